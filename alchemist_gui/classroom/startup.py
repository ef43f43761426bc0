"""``ALCHEMIST_EXIT_AFTER_FIRST_STORY=1``: print how long the process took to put its first story on the stage
(the model loaded, the sentence traced, every station drawn and painted), then quit — the benchmark's
``first_story_s``.  The line is ``first_story_s=1.234 torch_loaded=True``: seconds since the process started
(alchemist_gui.app.seconds_since_process_start), and whether torch was imported by then (it must be: the model
ran)."""
from __future__ import annotations

import os
import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

ENV = "ALCHEMIST_EXIT_AFTER_FIRST_STORY"


def wanted() -> bool:
    return bool(os.environ.get(ENV))


class FirstStoryReporter(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self._waiting_paint = False
        window.session.run_shown.connect(self._on_run)
        window.session.refused.connect(self._on_refused)
        window.stage.settled.connect(self._on_settled)

    def _on_refused(self, message: str) -> None:
        if self.window.session.run is None:  # no story will come: say so rather than wait for ever
            print(f"first_story_failed={message!r}", flush=True)
            QApplication.instance().quit()

    def _on_run(self, run, previous, reason) -> None:
        if previous is None and not self.window.stage.settling:  # not put on screen gradually: paint next
            self._wait_for_paint()

    def _on_settled(self) -> None:
        if self.window.session.run is not None:
            self._wait_for_paint()

    def _wait_for_paint(self) -> None:
        if not self._waiting_paint:
            self._waiting_paint = True
            self.window.stage.viewport().installEventFilter(self)
            self.window.stage.viewport().update()

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint and self._waiting_paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._report)  # once this paint is done
        return False

    def _report(self) -> None:
        from ..app import seconds_since_process_start

        seconds = seconds_since_process_start()
        print(f"first_story_s={seconds:.3f} torch_loaded={'torch' in sys.modules}", flush=True)
        QApplication.instance().quit()
