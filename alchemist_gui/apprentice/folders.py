"""Where a trained workshop goes: a fresh folder in the user's data folder by default, and the checks that keep
training from writing over something that is not its own.

``ALCHEMIST_WORKSHOPS=/some/folder`` puts the default there instead (tests, screenshots).
"""
from __future__ import annotations

import os
import time
from pathlib import Path

from PySide6.QtCore import QStandardPaths

from ..retranslate import tr

WORKSHOPS = "workshops"  # the sub-folder of the user's data folder that holds trained workshops


def workshops_folder() -> Path:
    chosen = os.environ.get("ALCHEMIST_WORKSHOPS")
    if chosen:
        return Path(chosen).expanduser()
    data = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(data or Path.home() / ".alchemist") / WORKSHOPS


def fresh_folder(parent: Path | None = None, now: float | None = None) -> Path:
    """A name that does not exist yet: workshop-YYYY-MM-DD-HHMM (then -2, -3 … when taken)."""
    parent = parent or workshops_folder()
    stamp = time.strftime("%Y-%m-%d-%H%M", time.localtime(now))
    candidate, n = parent / f"workshop-{stamp}", 2
    while candidate.exists() or _staged(candidate):
        candidate, n = parent / f"workshop-{stamp}-{n}", n + 1
    return candidate


def _staged(folder: Path) -> bool:
    """A training into this name is going on (its hidden sibling is there)."""
    return folder.parent.is_dir() and any(folder.parent.glob(f".{folder.name}.training-*"))


def folder_problem(text: str) -> str | None:
    """Why training cannot write a model folder at ``text``, in one line; None when it can."""
    text = text.strip()
    if not text:
        return tr("Choose a folder to keep the new workshop in.")
    folder = Path(text).expanduser()
    if not folder.is_absolute():
        return tr("Give the whole path of the folder (for example %1).").replace(
            "%1", str(workshops_folder() / folder))
    if folder.exists() and not folder.is_dir():
        return tr("“%1” is a file. The workshop is a folder: choose a name that does not exist "
                          "yet.").replace("%1", str(folder))
    if folder.is_dir() and any(folder.iterdir()):
        return tr("“%1” already holds files, and training would replace them. Choose a new "
                          "folder.").replace("%1", str(folder))
    existing = folder
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    if not existing.is_dir():
        return tr("“%1” is a file, so no folder can be made inside it.").replace("%1", str(existing))
    if not os.access(existing, os.W_OK | os.X_OK):
        return tr("This app may not write in “%1”. Choose a folder of your own.").replace(
            "%1", str(existing))
    return None


__all__ = ["workshops_folder", "fresh_folder", "folder_problem"]
