"""ExportRunner: an export driven by the event loop, a few milliseconds at a time, so the window never freezes.

The stage's frames are drawn by a Qt widget, which lives on the GUI thread; the runner therefore advances the
job's ``steps()`` from a zero-interval timer, at most ``budget_ms`` per turn of the event loop (always at least
one frame), while the encoding of the frames runs on the writer's own thread.  Numbers exports are one step.

    runner = ExportRunner(job, parent=dialog)
    runner.progress.connect(lambda done, total, eta_s: ...)   # eta_s < 0: not known yet
    runner.finished.connect(lambda result: ...)               # an ExportResult: the file is in place
    runner.failed.connect(lambda message: ...)                # one line for the user; nothing was written
    runner.cancelled.connect(...)                             # after cancel(): nothing was written
    runner.start()
"""
from __future__ import annotations

import time

from PySide6.QtCore import QObject, QTimer, Signal

from engine.errors import AlchemistError

from .job import Eta

BUDGET_MS = 12.0  # drawing frames may take this much of each turn of the event loop (a frame is ~16 ms)


class ExportRunner(QObject):
    progress = Signal(int, int, float)  # done, total, eta_s (-1: not known yet)
    finished = Signal(object)  # ExportResult
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, job, parent: QObject | None = None, budget_ms: float = BUDGET_MS):
        super().__init__(parent)
        self.job = job
        self.budget_ms = budget_ms
        self._steps = None
        self._eta = None
        self._timer = QTimer(self)
        self._timer.setObjectName("exportRunner")
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._turn)

    @property
    def running(self) -> bool:
        return self._steps is not None

    def start(self) -> None:
        if self._steps is None:
            self._steps = self.job.steps()
            self._eta = Eta()
            self._timer.start()

    def cancel(self) -> None:
        """Stop now: what was written is removed (an older file of that name stays as it was)."""
        if self._steps is not None:
            self._stop()
            self.cancelled.emit()

    def _stop(self) -> None:
        self._timer.stop()
        steps, self._steps = self._steps, None
        steps.close()

    def _turn(self) -> None:
        turn_end = time.perf_counter() + self.budget_ms / 1000.0
        try:
            while True:
                done, total = next(self._steps)
                eta = self._eta(done, total)
                self.progress.emit(done, total, -1.0 if eta is None else eta)
                if self._steps is None:  # a slot connected to progress cancelled
                    return
                if time.perf_counter() >= turn_end:
                    return
        except StopIteration:
            self._timer.stop()
            self._steps = None
            self.finished.emit(self.job.result)
        except AlchemistError as exc:
            self._fail(str(exc))
        except Exception as exc:  # noqa: BLE001 - an export that failed must say so, not kill the window
            self._fail(f"the export failed: {exc}")

    def _fail(self, message: str) -> None:
        self._timer.stop()
        self._steps = None  # the generator ended with the error: its cleanup already ran
        self.failed.emit(message)
