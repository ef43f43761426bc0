"""Where the saved progress lives: the user's data folder (QStandardPaths), or ALCHEMIST_PROGRESS when set."""
from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QStandardPaths

ENV = "ALCHEMIST_PROGRESS"


def progress_path() -> Path:
    chosen = os.environ.get(ENV)
    if chosen:
        return Path(chosen)
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(folder) / "progress.json"


def load_progress():
    """The saved progress (a fresh one, with its ``notice``, when the old file was unreadable)."""
    from ..game.progress import Progress

    return Progress.load(progress_path())
