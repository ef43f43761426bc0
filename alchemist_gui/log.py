"""The app's log: unexpected errors keep their traceback here, while the user sees one clear line.

The file lives in the user's data folder (QStandardPaths' AppDataLocation), or at ``ALCHEMIST_LOG`` when that is
set (tests, screenshots); Help › Show log opens it.
"""
from __future__ import annotations

import logging
import os
import traceback
from pathlib import Path

LOGGER = logging.getLogger("alchemist")
MAX_BYTES = 512 * 1024  # an older log beyond this is cut back to its newest half when the app starts


def log_path() -> Path:
    override = os.environ.get("ALCHEMIST_LOG")
    if override:
        return Path(override)
    from PySide6.QtCore import QStandardPaths

    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(folder or Path.home() / ".alchemist") / "alchemist.log"


def start_logging() -> Path | None:
    """Send the app's log lines to its file (once per process); None when no file can be written."""
    path = log_path()
    for handler in [h for h in LOGGER.handlers if getattr(h, "alchemist", False)]:
        if Path(handler.baseFilename) == path.absolute():
            return path
        LOGGER.removeHandler(handler)  # the log moved (ALCHEMIST_LOG changed): follow it
        handler.close()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.is_file() and path.stat().st_size > MAX_BYTES:
            path.write_bytes(path.read_bytes()[-MAX_BYTES // 2:])
        handler = logging.FileHandler(path, encoding="utf-8")
    except OSError:
        return None
    handler.alchemist = True
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    LOGGER.addHandler(handler)
    LOGGER.setLevel(logging.INFO)
    return path


def log_unexpected(what: str, exc: BaseException) -> str:
    """Log ``exc`` with its traceback; return the one line the user sees."""
    start_logging()
    LOGGER.error("%s\n%s", what, "".join(traceback.format_exception(exc)).rstrip())
    return f"{what}: {type(exc).__name__}: {exc}".splitlines()[0]
