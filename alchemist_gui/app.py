"""The application: QApplication, look, fonts and translators, then the main window.

``ALCHEMIST_EXIT_AFTER_FIRST_PAINT=1`` prints how long the first painted window took (seconds since the process
started) and whether torch had been imported by then, and quits: the benchmark's start-up figure.
"""
from __future__ import annotations

import os
import signal
import sys
import time
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from .i18n import Translations, system_language, use_cjk_capable_font
from .log import start_logging
from .qt_noise import quiet_offscreen_noise
from .settings import Settings
from .theme import apply_theme

_IMPORTED_AT = time.time()
ICON = Path(__file__).resolve().parent.parent / "assets" / "icons" / "alchemist.svg"


def seconds_since_process_start() -> float:
    """Time since this process started (Linux: its start tick against the boot clock, 10 ms steps); elsewhere
    since this module was imported."""
    try:
        with open("/proc/self/stat") as f:
            ticks = int(f.read().rsplit(")", 1)[1].split()[19])
        return time.clock_gettime(time.CLOCK_BOOTTIME) - ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, AttributeError):
        return time.time() - _IMPORTED_AT


def create_application(argv: list[str]) -> tuple[QApplication, Translations]:
    app = QApplication.instance() or QApplication(argv)
    quiet_offscreen_noise(app)
    app.setApplicationName("Alchemist")
    app.setOrganizationName("Alchemist")
    apply_theme(app)
    use_cjk_capable_font(app)
    if ICON.is_file():
        app.setWindowIcon(QIcon(str(ICON)))
    translations = getattr(app, "_alchemist_translations", None)
    if translations is None:
        translations = Translations(app)
        app._alchemist_translations = translations  # one set of translators per application
    return app, translations


class _FirstPaintReporter(QObject):
    """Notes whether torch was imported when the window first painted, then reports once that paint is done."""

    def __init__(self, app: QApplication):
        super().__init__(app)
        self._app = app
        self._torch = None

    def painting(self) -> None:
        if self._torch is None:
            self._torch = "torch" in sys.modules  # the engine starts only after this first paint
            QTimer.singleShot(0, self._report)

    def _report(self) -> None:
        seconds = seconds_since_process_start()
        print(f"first_window_s={seconds:.3f} torch_loaded={self._torch}", flush=True)
        self._app.quit()


def main(argv: list[str]) -> int:
    app, translations = create_application(argv)
    start_logging()
    signal.signal(signal.SIGINT, signal.SIG_DFL)  # Ctrl+C in the terminal closes the app
    settings = Settings()
    translations.set_language(settings.language() or system_language())

    from .main_window import MainWindow

    window = MainWindow(settings, translations)
    scene = next((a for a in argv[1:] if a.lower().endswith(".alchemist")), None)
    if scene is not None:
        from .classroom import open_scene_at_start

        open_scene_at_start(window, scene)
    if os.environ.get("ALCHEMIST_EXIT_AFTER_FIRST_PAINT"):
        window.first_paint.connect(_FirstPaintReporter(app).painting)
    window.show()
    code = app.exec()
    window.close()
    return code
