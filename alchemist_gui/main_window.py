"""The main window: it builds the widgets and wires them to the session (session.py), which owns the state.

Sentence and model on top, the stage with its narration and timeline in the middle, and on the right one column
of tabs: experiments, the inspector and the before/after view (the stage keeps the width).
"""
from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMainWindow, QStackedWidget, QToolBar, QVBoxLayout, QWidget

from engine import Switches

from . import dialogs
from .banner import Banner
from .constants import BEAT_END
from .docks import Docks
from .later import Later
from .menus import Menus
from .narration import NarrationPanel
from .change_notes import bind_change_notes, example_sentences
from .extensions import install_extensions
from .memory import bind_memory
from .notices import bind_notices
from .retranslate import Translatable
from .selection_bar import SelectionBar
from .sentence_bar import SentenceBar
from .sentences import example_texts
from .session import Selection, Session
from .settings import Settings
from .timeline import Timeline
from .wiring import bind_hint, bind_stage

DEFAULT_SIZE = QSize(1440, 900)
FIRST_RUN_FALLBACK_MS = 3000  # in case no paint ever comes (a hidden window)


class MainWindow(Translatable, QMainWindow):
    first_paint = Signal()  # the window is about to paint for the first time (the engine starts just after)

    def __init__(self, settings: Settings | None = None, translations=None, model=None, sentence: str | None = None,
                 autoplay: bool = True, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings or Settings()
        self.translations = translations
        source = model if model is not None else (self.settings.model_folder() or os.environ.get("ALCHEMIST_MODEL"))
        layer, head = self.settings.layer_head()
        first = example_texts(translations.language if translations else "en")[0]  # the story, in the UI's language
        self.session = Session(sentence or self.settings.sentence(first), Switches(), source, None,
                               Selection(layer, head), parent=self)
        self.clock = self.session.clock
        self._autoplay = autoplay  # the first run plays the opening beat, so the workshop fades in by itself
        self._started = self._closed = False
        app = QCoreApplication.instance()
        if app is not None:  # however the app ends, the engine thread is stopped before Qt goes away
            app.aboutToQuit.connect(self.close)
        self._start_timer = QTimer(self)  # the first run starts just after the first paint
        self._start_timer.setObjectName("first-run")
        self._start_timer.setSingleShot(True)
        self._start_timer.timeout.connect(self._first_run)
        self._build()
        self._wire()
        self.retranslate()
        geometry = self.settings.geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(self._default_size())
        self.docks.restore(self.settings.dock_state())
        install_extensions(self)

    # ================================================================== construction
    def _build(self) -> None:
        from .stage import StageView  # imported here to keep start-up lean

        self.sentence_bar = SentenceBar()
        self.selection_bar = SelectionBar()
        self.stage = StageView()
        self.stage.setObjectName("stage")
        self.stage.setMinimumSize(360, 240)
        self.banner = Banner()
        self.narration = NarrationPanel()
        self.timeline = Timeline(self.clock)
        self.timeline.setObjectName("timeline")
        stage_area = QWidget()
        column = QVBoxLayout(stage_area)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.selection_bar)
        column.addWidget(self.banner)  # a row of its own: a message never covers the stage
        column.addWidget(self.stage, 1)
        workshop = QWidget()
        layout = QVBoxLayout(workshop)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(stage_area, 1)
        layout.addWidget(self.narration)  # a layout, not a splitter: it grows with its text and the opened note
        self.pages = QStackedWidget()  # the workshop, and pages the extensions add (the game's chapter map)
        self._pages: dict[str, int] = {}
        self.add_page("workshop", workshop)
        self.setCentralWidget(self.pages)
        # the sentence bar and the timeline are toolbars: they span the whole window, above and below the docks
        self.top_bar = self._bar("sentenceBar", self.sentence_bar, Qt.ToolBarArea.TopToolBarArea)
        self.timeline_bar = self._bar("timelineBar", self.timeline, Qt.ToolBarArea.BottomToolBarArea)
        self.docks = Docks(self)
        self.experiments = self.docks.experiments
        # the panels beside the stage redraw a piece per frame, once the stage has taken a new story in
        self.later = Later(self, ready=lambda: not self.stage.settling)
        self.menus = Menus(self)

    def _bar(self, name: str, widget: QWidget, area) -> QToolBar:
        bar = QToolBar(self)
        bar.setObjectName(name)
        bar.setMovable(False)
        bar.setFloatable(False)
        bar.toggleViewAction().setVisible(False)
        bar.setContextMenuPolicy(Qt.ContextMenuPolicy.PreventContextMenu)
        bar.addWidget(widget)
        self.addToolBar(area, bar)
        return bar

    def _wire(self) -> None:
        session = self.session
        for view in (self.sentence_bar, self.selection_bar, self.experiments, self.narration, self.timeline):
            view.bind(session)
        bind_stage(self)
        bind_notices(self.banner, session, self.later)
        bind_change_notes(self.banner, session, lambda: example_sentences(self.sentence_bar, session))
        bind_hint(self.banner, session)
        bind_memory(self)
        self.sentence_bar.submitted.connect(self.stage.setFocus)  # Enter runs and hands the keys to the story
        self.sentence_bar.left.connect(self.stage.setFocus)  # and Esc leaves the box without running
        self.sentence_bar.open_model_requested.connect(self.choose_model_folder)
        self.selection_bar.fit_requested.connect(self.stage.fit)
        self.selection_bar.panels_requested.connect(lambda: self.docks.set_shown(not self.docks.any_shown()))
        self.experiments.demo_requested.connect(self.demonstrate_order_blindness)
        session.run_shown.connect(self._on_run_shown)
        self.timeline.speed_changed.connect(self.settings.set_speed)
        self.timeline.set_speed(self.settings.speed())

    def _redraw_later(self, panel) -> None:
        """A panel catches up a piece per frame, after the stage (see later.py)."""
        self.later.ask(type(panel).__name__, lambda: panel.refresh() and self._redraw_later(panel))

    # ================================================================== pages of the central area
    def add_page(self, name: str, widget: QWidget) -> None:
        """Another page for the centre of the window (the game's chapter map…); "workshop" is the stage's."""
        self._pages[name] = self.pages.addWidget(widget)

    def show_page(self, name: str) -> None:
        self.pages.setCurrentIndex(self._pages[name])
        self.timeline_bar.setVisible(name == "workshop")

    @property
    def page(self) -> str:
        return next(n for n, i in self._pages.items() if i == self.pages.currentIndex())

    # ================================================================== runs
    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._started:
            self._started = True
            self.stage.setFocus()
            # The first run imports torch on the worker thread, and that import holds the GIL for long stretches:
            # start it only once the window has painted, so the user sees the window at once.
            self.installEventFilter(self)
            self._start_timer.start(FIRST_RUN_FALLBACK_MS)

    def eventFilter(self, watched, event) -> bool:
        if watched is self and event.type() == QEvent.Type.Paint:
            self.removeEventFilter(self)
            self.first_paint.emit()
            self._start_timer.start(20)  # let this frame reach the screen first
        return False

    def _first_run(self) -> None:
        if not self._closed:
            self.session.start()
            # the pyqtgraph panels are made once the first story is on the stage (importing pyqtgraph would delay it)
            self.session.run_shown.connect(self._build_plots)

    def _build_plots(self, *_) -> None:
        self.session.run_shown.disconnect(self._build_plots)
        self.later.ask("plots", lambda: self.docks.build_plots(lambda panel: panel.bind(self.session,
                                                                                       self._redraw_later)))

    def _on_run_shown(self, run, previous, reason) -> None:
        self.statusBar().showMessage(self.tr("The model ran in %1 ms.").replace("%1", f"{run.seconds * 1000:.0f}"))
        if self._autoplay and previous is None and self.clock.time == 0.0:
            self.clock.play_until(run.story.beats[0].end - BEAT_END)
        self._autoplay = False

    @property
    def busy(self) -> bool:
        """Something asked is not on screen yet, or the window is still putting the last run on screen."""
        return self.session.busy or self.stage.settling or self.later.busy

    def choose_model_folder(self) -> None:
        folder = dialogs.ask_model_folder(self)
        if folder is not None:
            self.session.set_model(folder or None)

    def demonstrate_order_blindness(self) -> None:
        """Rope and badges off (run; it becomes the baseline), then shuffle (run): Before/after shows the same
        flasks, moved."""
        session = self.session
        plain = session.switches.replace(mask=False, positional=False, shuffle_seed=None)
        self.docks.compare_dock.show()
        self.docks.compare_dock.raise_()
        session.set_switches(plain)
        session.after_run(lambda: (session.set_baseline(plain), session.set_switches(plain.replace(shuffle_seed=7))))

    # ================================================================== time
    def current_beat(self) -> str | None:
        story = self.session.story
        return story.beat_at(self.clock.time).name if story else None

    def show_beat(self, name: str, progress: float = 1.0) -> None:
        """Pause at a moment of a beat (1.0 = its end, everything in place): for screenshots and tests."""
        story = self.session.story
        if story is None:
            return
        beat = next(b for b in story.beats if b.name == name)
        self.clock.pause()
        t = beat.start + (beat.end - beat.start) * min(max(progress, 0.0), 1.0)
        self.clock.seek(min(t, beat.end - BEAT_END))

    # ================================================================== language, help, closing
    def set_language(self, lang: str) -> None:
        if self.translations is None or not self.translations.set_language(lang):
            return
        self.settings.set_language(lang)
        self.menus.show_language(lang)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Alchemist — watch a GPT think"))
        self.docks.retranslate()
        self.menus.retranslate()

    def show_help(self) -> None:
        self._help = dialogs.show_help(self)

    def show_log(self) -> None:
        self._log = dialogs.show_log(self)

    def show_about(self) -> None:
        dialogs.show_about(self, self.session.info)

    def save_picture(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save a picture of the window"), "alchemist.png",
                                              self.tr("PNG images (*.png)"))
        if path and not self.grab().save(path, "PNG"):
            self.banner.show_message("picture", "error", self.tr("Could not save %1.").replace("%1", path))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        for dock in self.docks.all():  # the stage never gets less than half the window
            dock.setMaximumWidth(max(dock.minimumSizeHint().width(), self.width() // 2))

    def _default_size(self) -> QSize:
        screen = QGuiApplication.primaryScreen()
        if screen is None:
            return DEFAULT_SIZE
        room = screen.availableGeometry().size()
        return QSize(min(DEFAULT_SIZE.width(), room.width()), min(DEFAULT_SIZE.height(), room.height()))

    def closeEvent(self, event) -> None:
        if not self._closed:
            self._closed = True
            self._start_timer.stop()
            self.later.run("settings")  # what the last run asked to remember
            self.later.stop()
            self.settings.save_window(self.saveGeometry(), self.docks.save())
            selection = self.session.selection
            self.settings.set_layer_head(selection.layer, selection.head)
            self.settings.sync()
            self.session.close()
        super().closeEvent(event)
