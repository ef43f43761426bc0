"""Work that can wait a frame: the panels beside the stage catch up one piece per frame, after the stage.

Qt paints every widget that changed in one go, so a run that redraws the stage, the inspector and the before/after
view at once makes one long frame.  The window asks for the panels' redraws here instead; they run one job per
frame, in the order asked, once the stage has settled.  Asking again for a job still waiting keeps its place
(its newest work runs), so a quick series of runs redraws each panel once.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, QTimer

from .constants import FRAME_MS



class Later(QObject):
    def __init__(self, parent: QObject, ready: Callable[[], bool]):
        super().__init__(parent)
        self._jobs: dict[str, Callable[[], None]] = {}
        self._ready = ready  # False while something that goes first (the stage) is still busy
        self._timer = QTimer(self)
        self._timer.setObjectName("panels-later")
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._run_one)

    @property
    def busy(self) -> bool:
        return bool(self._jobs)

    def ask(self, name: str, job: Callable[[], None]) -> None:
        self._jobs[name] = job
        self.kick()

    def kick(self, delay: int = 0) -> None:
        """Go on (when ``ready`` allows); the owner calls this when what goes first is done."""
        if self._jobs and not self._timer.isActive():
            self._timer.start(delay)

    def run(self, name: str) -> None:
        """Do the job ``name`` now, if it is waiting."""
        job = self._jobs.pop(name, None)
        if job is not None:
            job()

    def stop(self) -> None:
        self._timer.stop()
        self._jobs.clear()

    def _run_one(self) -> None:
        if not self._jobs or not self._ready():
            return  # the owner kicks again once ready
        self._jobs.pop(next(iter(self._jobs)))()
        self._timer.stop()  # (a job that asked for more started it)
        self.kick(FRAME_MS)  # the next job after this one's paint
