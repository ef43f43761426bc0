"""The main window: sentence and model on top, the stage with its narration and timeline in the middle, and on the
right one column of tabs: experiments, the inspector and the before/after view (the stage keeps the width).

The window owns the state the user chooses (sentence, model, switches, block/head, followed word) and the story
clock; every change that needs new numbers becomes a request to the engine worker. What is on screen is always
one accepted run: a failed run leaves it untouched and explains itself in the banner.
"""
from __future__ import annotations

import os
import sys
import traceback
from dataclasses import dataclass, replace
from functools import partial

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QKeySequence, QPainter, QPalette
from PySide6.QtWidgets import (QComboBox, QDockWidget, QFileDialog, QFrame, QHBoxLayout, QLabel, QMainWindow,
                               QMessageBox, QPushButton, QScrollArea, QSizePolicy, QTabWidget, QToolBar, QToolButton,
                               QVBoxLayout, QWidget)

from .banner import Banner, Overlay
from .experiments import ExperimentsPanel
from .later import FRAME_MS, Later
from .narration import NarrationPanel, story_text
from .sentences import PRESETS, all_unknown, input_problem, shuffled
from .settings import Settings, Switches
from .timeline import BEAT_END, StoryClock, Timeline
from .worker import EngineClient, RunRequest, RunResult, clamp_selection

DEBOUNCE_MS = 250  # switch edits (a dragged slider, quick clicks) settle into one run
DEFAULT_SIZE = QSize(1440, 900)
SIDE_WIDTH = 400  # the tabbed column on the right; the stage takes the rest
DOCK_STATE_VERSION = 2  # bumped when the default layout changes, so an older saved layout is not restored
_UNCHANGED = object()


class _BusyLabel(QWidget):
    """"The model is thinking…", or nothing.  Drawn by hand, in a room of fixed size: a QLabel whose text
    changes asks its layout to run again, and that relayout reaches up to the window, which then repaints
    whole, at the start and the end of every run.  Squeezed, it gives way."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._text = ""
        self.busy = False

    def set_text(self, text: str) -> None:
        """The text shown while busy (it sets the room asked for: once, or when the language changes)."""
        self._text = text
        self.updateGeometry()
        self.update()

    def set_busy(self, busy: bool) -> None:
        if busy != self.busy:
            self.busy = busy
            self.update()

    def text(self) -> str:
        return self._text if self.busy else ""

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        return QSize(metrics.horizontalAdvance(self._text) + 8, metrics.height() + 4)

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self.fontMetrics().height() + 4)

    def paintEvent(self, event) -> None:
        if self.busy:
            painter = QPainter(self)
            painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self._text)


@dataclass(frozen=True)
class RunState:
    """Everything a run depends on that the user chose."""

    sentence: str
    switches: Switches
    model: object  # ModelSource: None (bundled), a folder path, or a factory


class MainWindow(QMainWindow):
    trace_shown = Signal(object)  # a new run is on screen
    run_failed = Signal(str)  # a run was refused; the message is in the banner
    first_paint = Signal()  # the window is about to paint for the first time (the engine starts just after)

    def __init__(self, settings: Settings | None = None, translations=None, model=None, sentence: str | None = None,
                 autoplay: bool = True, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings or Settings()
        self.translations = translations
        source = model if model is not None else (self.settings.model_folder() or os.environ.get("ALCHEMIST_MODEL"))
        self._accepted = RunState(sentence or self.settings.sentence(), self.settings.switches(), source)
        self._wanted = self._accepted
        self._asked_reason: str | None = None  # the biggest change asked since the last answer
        self._asked_state = self._accepted
        self._then = None  # a step to take after the next accepted run (the order-blind demo)
        self._held = None  # (result, state, reason): a run waiting for the story of a selection changed meanwhile
        self._started = False
        self._autoplay = autoplay  # the first run plays the opening beat, so the workshop fades in by itself
        self._closed = False
        self._fell_back = False  # a remembered model folder failed at start-up and the bundled one is used
        self.trace = None
        self.story = None
        self.model_info = None
        self.layer, self.head = self.settings.layer_head()
        self.focus: int | None = None

        self.client = EngineClient(self)
        app = QCoreApplication.instance()
        if app is not None:  # however the app ends, the engine thread is stopped before Qt goes away
            app.aboutToQuit.connect(self.close)
        self.client.result_ready.connect(self._on_result)
        self.client.story_ready.connect(self._on_story)
        self.client.busy_changed.connect(self._on_busy)
        self.clock = StoryClock(self)
        self._debounce = QTimer(self)
        self._debounce.setObjectName("switch-debounce")
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(lambda: self._ask("switch"))
        self._start_timer = QTimer(self)  # the first run starts just after the first paint
        self._start_timer.setObjectName("first-run")
        self._start_timer.setSingleShot(True)
        self._start_timer.timeout.connect(self._first_run)

        self._build_central()
        # the panels beside the stage redraw a piece per frame, once the stage has taken a new story in
        self._later = Later(self, ready=lambda: not self.stage.settling)
        self.stage.settled.connect(lambda: self._later.kick(FRAME_MS))  # after the stage's last frame
        self._build_docks()
        self._build_menus()
        self.clock.time_changed.connect(self._on_time)
        self.timeline.speed_changed.connect(self.settings.set_speed)
        self.timeline.set_speed(self.settings.speed())
        self.experiments.set_switches(self._accepted.switches)
        self.sentence.setEditText(self._accepted.sentence)
        self.retranslate()
        self._restore_layout()

    # ================================================================== construction
    def _build_central(self) -> None:
        # -- top bar: the sentence and the model
        self.sentence_label = QLabel()
        self.sentence = QComboBox()
        self.sentence.setObjectName("sentenceBox")
        self.sentence.setEditable(True)
        self.sentence.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.sentence.setMinimumWidth(260)
        self.sentence.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.sentence.setMaxVisibleItems(12)
        self.sentence.setCompleter(None)  # inline completion would turn "Sarah" + Enter into a whole preset
        for text in PRESETS:
            self.sentence.addItem(text)
        self.sentence.lineEdit().returnPressed.connect(self.run_sentence)
        self.sentence.activated.connect(lambda index: self.run_sentence(self.sentence.itemText(index)))
        self.run_button = QPushButton()
        self.run_button.setObjectName("primary")
        self.run_button.clicked.connect(lambda: self.run_sentence())
        self.model_label = QLabel()
        self.model_label.setObjectName("modelLabel")
        self.model_label.setTextFormat(Qt.TextFormat.RichText)
        self.open_model = QToolButton()
        self.open_model.setObjectName("openModel")
        self.open_model.clicked.connect(self.choose_model_folder)
        self.busy_label = _BusyLabel()
        self.busy_label.setObjectName("busyLabel")

        top = QFrame()
        top.setObjectName("topBar")
        top.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        row = QHBoxLayout(top)
        row.setContentsMargins(12, 8, 12, 8)
        row.addWidget(self.sentence_label)
        row.addWidget(self.sentence, 3)
        row.addWidget(self.run_button)
        row.addSpacing(8)
        row.addWidget(self.busy_label)
        row.addStretch(1)
        row.addWidget(self.model_label)
        row.addWidget(self.open_model)

        # -- which alchemist the stage follows
        self.layer_label, self.head_label = QLabel(), QLabel()
        self.layer_box, self.head_box = QComboBox(), QComboBox()
        self.layer_box.setObjectName("layerPicker")
        self.head_box.setObjectName("headPicker")
        for box in (self.layer_box, self.head_box):
            box.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            box.setMinimumContentsLength(3)
        self.layer_box.currentIndexChanged.connect(lambda i: i >= 0 and self.set_selection(i, self.head))
        self.head_box.currentIndexChanged.connect(lambda i: i >= 0 and self.set_selection(self.layer, i))
        self.follow_label = QLabel()
        self.follow_label.setObjectName("hint")
        self.follow_label.setMinimumWidth(40)  # may be cut short rather than widen the window
        self.follow_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.fit_button = QToolButton()
        self.fit_button.setAutoRaise(True)
        pick = QHBoxLayout()
        pick.setContentsMargins(12, 4, 12, 0)
        for w in (self.layer_label, self.layer_box):
            pick.addWidget(w)
        pick.addSpacing(10)
        for w in (self.head_label, self.head_box):
            pick.addWidget(w)
        pick.addSpacing(14)
        pick.addWidget(self.follow_label, 1)
        pick.addWidget(self.fit_button)

        from .stage import StageView  # the colleague's QGraphicsView; imported here to keep start-up lean

        self.stage = StageView()
        self.stage.setObjectName("stage")
        self.stage.setMinimumSize(360, 240)
        self.stage.token_clicked.connect(self.set_focus_word)
        self.stage.head_toggled.connect(lambda layer, head: self.experiments.toggle_head(layer, head))
        self.fit_button.clicked.connect(self.stage.fit)

        self.banner = Banner()
        self.narration = NarrationPanel()
        self.timeline = Timeline(self.clock)
        self.timeline.setObjectName("timeline")

        stage_area = QWidget()
        stage_layout = QVBoxLayout(stage_area)
        stage_layout.setContentsMargins(0, 0, 0, 0)
        stage_layout.setSpacing(0)
        stage_layout.addLayout(pick)
        stage_layout.addWidget(Overlay(self.stage, self.banner), 1)  # messages float over the stage's top edge

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(stage_area, 1)
        layout.addWidget(self.narration)  # a layout, not a splitter: it grows with its text and the opened note
        self.setCentralWidget(central)
        # the sentence bar and the timeline are toolbars: they span the whole window, above and below the docks
        self.top_bar = self._bar("sentenceBar", top, Qt.ToolBarArea.TopToolBarArea)
        self.timeline_bar = self._bar("timelineBar", self.timeline, Qt.ToolBarArea.BottomToolBarArea)

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

    def _build_docks(self) -> None:
        self.experiments = ExperimentsPanel()
        self.experiments.changed.connect(self._on_switches_edited)
        self.experiments.demo_requested.connect(self.demonstrate_order_blindness)
        # the pyqtgraph panels are built just after the first paint (see _build_plots): importing pyqtgraph
        # and making its widgets would otherwise delay the first window by about a second
        self.inspector = self.compare = None

        scroll = QScrollArea()  # on a short screen the panel scrolls instead of squeezing its texts
        scroll.setWidget(self.experiments)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # never narrower than its widest line (a check box's label does not wrap), so nothing is cut off
        scroll.setMinimumWidth(self.experiments.minimumSizeHint().width()
                               + scroll.verticalScrollBar().sizeHint().width() + 4)
        right = Qt.DockWidgetArea.RightDockWidgetArea
        self.experiments_dock = self._dock("experimentsDock", scroll, right)
        self.inspector_dock = self._dock("inspectorDock", self._placeholder(), right)
        self.compare_dock = self._dock("compareDock", self._placeholder(), right)
        # one column of tabs, named on top: the stage gets the width, every panel stays one click away
        self.tabifyDockWidget(self.experiments_dock, self.inspector_dock)
        self.tabifyDockWidget(self.inspector_dock, self.compare_dock)
        self.setTabPosition(right, QTabWidget.TabPosition.North)
        self.setDocumentMode(True)
        self.experiments_dock.raise_()
        self.resizeDocks([self.experiments_dock], [SIDE_WIDTH], Qt.Orientation.Horizontal)
        self._tidy_title_bars()

    @staticmethod
    def _placeholder() -> QWidget:
        label = QLabel("…")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setObjectName("hint")
        return label

    def _build_plots(self) -> None:
        """The inspector and the before/after view (pyqtgraph), made once the window is on screen."""
        if self.inspector is not None:
            return
        from .compare import CompareView
        from .inspector import Inspector

        self.inspector = Inspector()
        self.inspector.head_selected.connect(lambda h: self.set_selection(self.layer, h))
        self.compare = CompareView()
        self.compare.demo_requested.connect(self.demonstrate_order_blindness)
        for dock, widget in ((self.inspector_dock, self.inspector), (self.compare_dock, self.compare)):
            old = dock.widget()
            dock.setWidget(widget)
            old.deleteLater()
            # a panel draws only while it can be seen (a dock behind another's tab cannot)
            dock.visibilityChanged.connect(widget.set_on_screen)
            widget.set_on_screen(dock.isVisible() and not dock.visibleRegion().isEmpty())

    def _dock(self, name: str, widget: QWidget, area) -> QDockWidget:
        dock = QDockWidget(self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        self.addDockWidget(area, dock)
        for signal in (dock.dockLocationChanged, dock.topLevelChanged, dock.visibilityChanged):
            signal.connect(lambda *_: self._tidy_title_bars())
        return dock

    def _tidy_title_bars(self) -> None:
        """A dock in a tab group is named by its tab: its own title bar would only say it again.  Alone or
        floating, it keeps the title bar (to read, drag and close it by)."""
        for dock in self.findChildren(QDockWidget):
            tabbed = not dock.isFloating() and bool(self.tabifiedDockWidgets(dock))
            if tabbed != (dock.titleBarWidget() is not None):
                dock.setTitleBarWidget(QWidget() if tabbed else None)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.open_action = QAction(self, shortcut=QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self.choose_model_folder)
        self.bundled_action = QAction(self)
        self.bundled_action.triggered.connect(lambda: self.open_model_folder(None))
        self.picture_action = QAction(self, shortcut=QKeySequence("Ctrl+Shift+S"))
        self.picture_action.triggered.connect(self.save_picture)
        self.quit_action = QAction(self, shortcut=QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        for a in (self.open_action, self.bundled_action, None, self.picture_action, None, self.quit_action):
            self.file_menu.addSeparator() if a is None else self.file_menu.addAction(a)

        self.story_menu = bar.addMenu("")
        self.play_action = QAction(self, shortcut=QKeySequence(Qt.Key.Key_Space))
        self.play_action.triggered.connect(self.clock.toggle)
        self.next_action = QAction(self, shortcut=QKeySequence(Qt.Key.Key_Right))
        self.next_action.triggered.connect(self.timeline.step_forward)
        self.prev_action = QAction(self, shortcut=QKeySequence(Qt.Key.Key_Left))
        self.prev_action.triggered.connect(self.timeline.step_back)
        self.start_action = QAction(self, shortcut=QKeySequence(Qt.Key.Key_Home))
        self.start_action.triggered.connect(lambda: (self.clock.pause(), self.clock.seek(0.0)))
        self.end_action = QAction(self, shortcut=QKeySequence(Qt.Key.Key_End))
        self.end_action.triggered.connect(lambda: (self.clock.pause(), self.clock.seek(self.clock.duration)))
        for a in (self.play_action, self.next_action, self.prev_action, self.start_action, self.end_action):
            self.story_menu.addAction(a)

        self.view_menu = bar.addMenu("")
        for dock in (self.experiments_dock, self.inspector_dock, self.compare_dock):
            self.view_menu.addAction(dock.toggleViewAction())
        self.view_menu.addSeparator()
        self.language_menu = self.view_menu.addMenu("")
        self.language_group = QActionGroup(self)
        self.language_actions = {}
        for lang, name in (("en", "English"), ("zh", "中文（简体）")):
            action = QAction(name, self, checkable=True)
            action.setData(lang)
            action.triggered.connect(lambda _=False, lang=lang: self.set_language(lang))
            self.language_group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[lang] = action
        self.view_menu.addSeparator()
        self.fit_action = QAction(self, shortcut=QKeySequence("Ctrl+0"))
        self.fit_action.triggered.connect(self.stage.fit)
        self.reset_layout_action = QAction(self)
        self.reset_layout_action.triggered.connect(self.reset_layout)
        self.view_menu.addAction(self.fit_action)
        self.view_menu.addAction(self.reset_layout_action)

        self.help_menu = bar.addMenu("")
        self.keys_action = QAction(self, shortcut=QKeySequence.StandardKey.HelpContents)
        self.keys_action.triggered.connect(self.show_help)
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self.show_about)
        self.help_menu.addAction(self.keys_action)
        self.help_menu.addAction(self.about_action)
        current = self.translations.language if self.translations else "en"
        self.language_actions[current].setChecked(True)

    def _restore_layout(self) -> None:
        self._default_state = self.saveState(DOCK_STATE_VERSION)
        geometry, state = self.settings.geometry(), self.settings.dock_state()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(self._default_size())
        if state is not None:
            self.restoreState(state, DOCK_STATE_VERSION)  # refused (the default kept) if saved by an older layout

    def _default_size(self) -> QSize:
        screen = QGuiApplication.primaryScreen()
        if screen is None:
            return DEFAULT_SIZE
        room = screen.availableGeometry().size()
        return QSize(min(DEFAULT_SIZE.width(), room.width()), min(DEFAULT_SIZE.height(), room.height()))

    def reset_layout(self) -> None:
        self.restoreState(self._default_state, DOCK_STATE_VERSION)
        for dock in (self.experiments_dock, self.inspector_dock, self.compare_dock):
            dock.setFloating(False)
            dock.show()
        self.experiments_dock.raise_()

    # ================================================================== running the engine
    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._started:
            self._started = True
            self.stage.setFocus()
            # The first run imports torch on the worker thread, and that import holds the GIL for long stretches:
            # start it only once the window has painted, so the user sees the window at once.
            self.installEventFilter(self)
            self._start_timer.start(3000)  # in case no paint ever comes (a hidden window)

    def eventFilter(self, watched, event) -> bool:
        if watched is self and event.type() == QEvent.Type.Paint:
            self.removeEventFilter(self)
            self.first_paint.emit()
            self._start_timer.start(20)  # let this frame reach the screen first
        return False

    def _first_run(self) -> None:
        if not self._closed and self._asked_state is self._accepted and self.trace is None and not self.client.busy:
            self._build_plots()
            self._ask("sentence")

    @property
    def busy(self) -> bool:
        """A run is waiting, in flight, or about to be asked (debounced), or the window is still putting the
        last one on screen."""
        return (self.client.busy or self._debounce.isActive() or self.client.making_story or self._held is not None
                or self.stage.settling or self._later.busy)

    def run_sentence(self, text: str | None = None) -> None:
        text = self.sentence.currentText() if text is None else text
        problem = input_problem(text)
        if problem:
            self._refuse(problem)
            return
        self.banner.dismiss("input")
        self._ask("sentence", sentence=text)

    def open_model_folder(self, folder: str | None) -> None:
        """Run the current sentence on another model (None = the bundled one); a bad folder keeps the old one."""
        self._ask("model", model=str(folder) if folder else None)

    def choose_model_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Open a GPT-2 model folder"))
        if folder:
            self.open_model_folder(folder)

    def set_switches(self, switches: Switches) -> None:
        """Ask for a run with these switches (what the experiments panel does, without the debounce)."""
        self._debounce.stop()
        self._ask("switch", switches=switches)

    def _on_switches_edited(self, switches: Switches) -> None:
        self._wanted = RunState(self._wanted.sentence, switches, self._wanted.model)
        self._debounce.start()

    def _ask(self, reason: str, sentence=None, switches=None, model=_UNCHANGED) -> None:
        if self._closed:
            return
        if reason != "switch":
            self._debounce.stop()  # a pending switch edit is folded into this run
        wanted = self._wanted
        self._wanted = RunState(wanted.sentence if sentence is None else sentence,
                                wanted.switches if switches is None else switches,
                                wanted.model if model is _UNCHANGED else model)
        sw = self._wanted.switches
        text = self._wanted.sentence
        if sw.shuffle_seed is not None:
            text = shuffled(text, sw.shuffle_seed)
        # runs asked while one is in flight are coalesced: the answer counts as the biggest change among them
        self._asked_reason = reason if self._asked_reason is None else self._strongest(reason, self._asked_reason)
        self._asked_state = self._wanted
        focus = None if reason != "switch" or sw.shuffle_seed != self._accepted.switches.shuffle_seed else self.focus
        self.client.request(RunRequest(text=text, model=self._wanted.model, mask=sw.mask, positional=sw.positional,
                                       temperature=sw.temperature, knockout=sw.knockout, reason=reason,
                                       story_for=(self.layer, self.head, focus)))

    @staticmethod
    def _strongest(a: str, b: str) -> str:
        """A new model is a bigger change than a new sentence, which is bigger than a switch."""
        rank = {"switch": 0, "sentence": 1, "model": 2}
        return a if rank[a] >= rank[b] else b

    def _on_result(self, result: RunResult) -> None:
        if self._closed:
            return
        reason, asked = self._asked_reason or "switch", self._asked_state
        self._asked_reason = None
        self._held = None  # a run still waiting for its story is older than this one
        if result.error is None and all_unknown(result.trace):
            self._refuse(self.tr("None of the words in “%1” are in this model's vocabulary, so it would only see "
                                 "<unk>. Try one of the example sentences.").replace("%1", result.request.text))
            return
        if result.error is not None:
            folder = result.request.model
            if self.trace is None and isinstance(folder, str) and not self._fell_back:
                # the folder remembered from last time is gone or broken: open on the bundled model instead
                self._fell_back = True
                self._wanted = self._accepted = RunState(self._accepted.sentence, self._accepted.switches, None)
                self.banner.show_message("model", "notice", lambda: self.tr(
                    "The model folder used last time could not be opened (%1). Showing the bundled model.").replace(
                    "%1", result.error))
                self._ask("model", model=None)
                return
            self._refuse(result.error)
            return
        try:
            self._accept(result, asked, reason)
        except Exception as exc:  # noqa: BLE001 - show the problem, keep the last good run
            traceback.print_exc(file=sys.stderr)
            self._refuse(self.tr("This run cannot be shown: %1").replace("%1", f"{type(exc).__name__}: {exc}"))

    def _refuse(self, message: str) -> None:
        """Explain why, keep what is on screen, and make the controls show what is on screen again."""
        self._debounce.stop()
        self._wanted = self._accepted
        self._then = None
        self.experiments.set_switches(self._accepted.switches)
        still = self._accepted.sentence if self.trace is not None else None
        key_text = message
        if still:
            key_text = message + " " + self.tr("The workshop still shows “%1”.").replace("%1", still)
        self.banner.show_message("input", "error", key_text)
        self.run_failed.emit(message)

    def _accept(self, result: RunResult, state: RunState, reason: str) -> None:
        self._build_plots()
        trace, previous = result.trace, self.trace
        n_layer, n_head = trace.config["n_layer"], trace.config["n_head"]
        sentence_changed = previous is None or state.sentence != self._accepted.sentence or reason == "model"
        focus = None if sentence_changed or state.switches.shuffle_seed != self._accepted.switches.shuffle_seed \
            else self.focus
        layer, head, focus = clamp_selection(trace, self.layer, self.head, focus)
        story = result.story
        if story is None or (story.layer, story.head, story.focus) != (layer, head, trace.n_tokens - 1
                                                                      if focus is None else focus):
            # the selection changed while the engine ran: the worker makes its story, then the run is shown
            self._held = (result, state, reason)
            self.client.request_story(trace, (layer, head, focus))
            return
        self.trace, self.story, self.model_info = trace, story, result.model
        self.layer, self.head, self.focus = layer, head, focus
        self._accepted = state
        self.stage.set_story(story, gradual=True)
        self.clock.set_duration(story.duration)
        self._fill_pickers(n_layer, n_head)
        if previous is None:
            self.timeline.set_beats(self._beat_rows())
        else:  # a new title moves every chip of the row: that repaint gets a frame of its own
            self._later.ask("timeline", lambda: self.timeline.set_beats(self._beat_rows()))
        self._on_time(self.clock.time)
        self.inspector.set_trace(trace, layer, head, focus)
        self.experiments.set_model_shape(n_layer, n_head)
        if self._wanted == state:
            self.experiments.set_switches(state.switches)
        self.compare.set_selection(layer, head)
        if reason == "switch" and previous is not None and previous.config == trace.config:
            self.compare.set_runs(previous, trace)
        else:
            self.compare.clear()
        self._refresh_panels()
        self.banner.dismiss("input")
        self._later.ask("notices", partial(self._show_notices, result))  # a new strip takes a few ms to make
        self._retranslate_model()
        self._retranslate_follow()
        # no timeout: a status message that expires would keep a timer running in an idle window
        self.statusBar().showMessage(self.tr("The model ran in %1 ms.").replace("%1", f"{result.seconds * 1000:.0f}"))
        self._later.ask("settings", partial(self._remember, state))
        if self._autoplay and previous is None and self.clock.time == 0.0:
            self.clock.play_until(story.beats[0].end - BEAT_END)
        self._autoplay = False
        then, self._then = self._then, None
        self.trace_shown.emit(trace)
        if then is not None:
            then()

    def _remember(self, state: RunState) -> None:
        """For next time.  (QSettings writes its file a moment after: in a frame of its own, here.)"""
        self.settings.set_sentence(state.sentence)
        self.settings.set_switches(state.switches)
        self.settings.set_model_folder(state.model if isinstance(state.model, str) else None)

    def _show_notices(self, result: RunResult) -> None:
        trace = result.trace
        if trace.unknown:
            words = result.unknown_words

            def unknown_text():
                listed = ", ".join(f"“{w}”" for w in words) if words else str(len(trace.unknown))
                return self.tr("This model does not know %1: the workshop reads it as <unk> (an unknown word).") \
                    .replace("%1", listed)
            self.banner.show_message("unknown", "notice", unknown_text)
        else:
            self.banner.dismiss("unknown")
        if trace.truncated:
            n_positions = trace.config["n_positions"]
            self.banner.show_message("truncated", "notice", lambda: self.tr(
                "The model reads at most %1 tokens: the first %2 were left out.").replace(
                "%1", str(n_positions)).replace("%2", str(trace.truncated)))
        else:
            self.banner.dismiss("truncated")
        if self._accepted.switches.shuffle_seed is not None:
            self.banner.show_message("shuffled", "notice", lambda: self.tr(
                "Shuffled: the workshop reads “%1”. Switch Shuffle off to restore the order.").replace(
                "%1", " ".join(trace.tokens)))
        else:
            self.banner.dismiss("shuffled")

    def _on_busy(self, busy: bool) -> None:
        self.busy_label.set_busy(busy)

    # ================================================================== the order-blind demonstration
    def demonstrate_order_blindness(self) -> None:
        """Rope and badges off (run), then shuffle (run): Before/after shows the same flasks, moved."""
        sw = self._wanted.switches
        plain = Switches(mask=False, positional=False, temperature=sw.temperature, knockout=sw.knockout)
        self.compare_dock.show()
        self.compare_dock.raise_()

        def shuffle_next():
            self.set_switches(Switches(**{**plain.__dict__, "shuffle_seed": 7}))
        if self._accepted.switches == plain and self.trace is not None:
            shuffle_next()
        else:
            self.set_switches(plain)
            self._then = shuffle_next

    # ================================================================== selection and time
    def _fill_pickers(self, n_layer: int, n_head: int) -> None:
        for box, count, index in ((self.layer_box, n_layer, self.layer), (self.head_box, n_head, self.head)):
            box.blockSignals(True)
            if box.count() != count:
                box.clear()
                box.addItems([str(i) for i in range(count)])
            box.setCurrentIndex(index)
            box.blockSignals(False)
        self._retranslate_pickers()

    def set_selection(self, layer: int, head: int) -> None:
        """Follow another block/head: the stage, the inspector and the before/after view follow."""
        if self.trace is None:
            return
        layer = min(max(0, layer), self.trace.config["n_layer"] - 1)
        head = min(max(0, head), self.trace.config["n_head"] - 1)
        if (layer, head) == (self.layer, self.head):
            return
        self.layer, self.head = layer, head
        self.settings.set_layer_head(layer, head)
        self._fill_pickers(self.trace.config["n_layer"], self.trace.config["n_head"])
        self._restory()

    def set_focus_word(self, index: int) -> None:
        if self.trace is None or not 0 <= index < self.trace.n_tokens:
            return
        self.focus = None if index == self.trace.n_tokens - 1 else index
        self._restory()
        self._retranslate_follow()

    def _restory(self) -> None:
        """Ask the worker for the story of the new selection (see _on_story)."""
        self.client.request_story(self.trace, (self.layer, self.head, self.focus))

    def _on_story(self, result) -> None:
        if self._closed:
            return
        held, self._held = self._held, None
        if held is not None and result.trace is held[0].trace:  # the story a finished run was waiting for
            if result.story is None:
                self._refuse(self.tr("This run cannot be shown: %1").replace("%1", str(result.error)))
            else:
                self._accept(replace(held[0], story=result.story), held[1], held[2])
            return
        self._held = held
        story = result.story
        if story is None or result.trace is not self.trace:
            return  # a story for a run no longer on screen, or none: what is shown stays
        n = self.trace.n_tokens
        if (story.layer, story.head, story.focus) != (self.layer, self.head, n - 1 if self.focus is None else self.focus):
            return  # the selection changed again; its story is on the way
        self.story = story
        self.stage.set_story(story, gradual=True)
        self.timeline.set_beats(self._beat_rows())
        self._on_time(self.clock.time)
        self.inspector.set_trace(self.trace, self.layer, self.head, self.focus)
        self.compare.set_selection(self.layer, self.head)
        self._refresh_panels()

    def _refresh_panels(self) -> None:
        """The inspector and the before/after view catch up a piece per frame, after the stage (see later.py)."""
        for name, panel in (("inspector", self.inspector), ("compare", self.compare)):
            self._later.ask(name, partial(self._refresh_piece, name, panel))

    def _refresh_piece(self, name: str, panel) -> None:
        if panel.refresh():  # more to draw: the rest in the next frames
            self._later.ask(name, partial(self._refresh_piece, name, panel))

    def _beat_rows(self):
        return [(b.name, b.start, b.end, story_text(b.title, b.values)) for b in self.story.beats]

    def _on_time(self, t: float) -> None:
        if self.story is None:
            return
        self.stage.set_time(t)
        beat = self.story.beat_at(t)
        self.narration.set_beat(beat, self.story.beats.index(beat), len(self.story.beats))

    def current_beat(self) -> str | None:
        return self.story.beat_at(self.clock.time).name if self.story else None

    def show_beat(self, name: str, progress: float = 1.0) -> None:
        """Pause at a moment of a beat (1.0 = its end, everything in place): for screenshots and tests."""
        if self.story is None:
            return
        beat = next(b for b in self.story.beats if b.name == name)
        self.clock.pause()
        t = beat.start + (beat.end - beat.start) * min(max(progress, 0.0), 1.0)
        self.clock.seek(min(t, beat.end - BEAT_END))

    # ================================================================== language
    def set_language(self, lang: str) -> None:
        if self.translations is None or not self.translations.set_language(lang):
            return
        self.settings.set_language(lang)
        self.language_actions[lang].setChecked(True)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Alchemist — watch a GPT think"))
        self.sentence_label.setText(self.tr("Sentence"))
        self.sentence.setToolTip(self.tr("Type a sentence and press Enter, or pick an example"))
        self.sentence.lineEdit().setPlaceholderText(self.tr("Type a sentence…"))
        self.run_button.setText(self.tr("Run"))
        self.run_button.setToolTip(self.tr("Run the model on this sentence (Enter)"))
        self.open_model.setText(self.tr("Open model…"))
        self.open_model.setToolTip(self.tr("Open any GPT-2 model folder"))
        self.busy_label.set_text(self.tr("⚗ The model is thinking…"))
        self.fit_button.setText(self.tr("Fit"))
        self.fit_button.setToolTip(self.tr("Zoom the workshop to fit (Ctrl+0). Ctrl+wheel zooms."))
        self.experiments_dock.setWindowTitle(self.tr("Experiments"))
        self.inspector_dock.setWindowTitle(self.tr("Inspector"))
        self.compare_dock.setWindowTitle(self.tr("Before / after"))
        self.file_menu.setTitle(self.tr("&File"))
        self.open_action.setText(self.tr("&Open model folder…"))
        self.bundled_action.setText(self.tr("Use the &bundled model"))
        self.picture_action.setText(self.tr("Save a &picture of the window…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.story_menu.setTitle(self.tr("&Story"))
        self.play_action.setText(self.tr("Play / pause"))
        self.next_action.setText(self.tr("Next step"))
        self.prev_action.setText(self.tr("Previous step"))
        self.start_action.setText(self.tr("Back to the start"))
        self.end_action.setText(self.tr("Jump to the prediction"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.fit_action.setText(self.tr("Fit the workshop"))
        self.reset_layout_action.setText(self.tr("Reset the layout"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.keys_action.setText(self.tr("How to use Alchemist"))
        self.about_action.setText(self.tr("About Alchemist"))
        self._retranslate_pickers()
        self._retranslate_model()
        self._retranslate_follow()
        if self.story is not None:
            self.timeline.set_beats(self._beat_rows())

    def _retranslate_pickers(self) -> None:
        self.layer_label.setText(self.tr("Block"))
        self.head_label.setText(self.tr("Head"))
        self.layer_box.setToolTip(self.tr("Which block (layer) the workshop shows"))
        self.head_box.setToolTip(self.tr("Which head (alchemist) the story follows"))

    def _retranslate_model(self) -> None:
        info = self.model_info
        if info is None:
            self.model_label.setText(self.tr("Loading the model…"))
            return
        name = self.tr("bundled model") if info.folder is None and info.name == "bundled" else info.name
        cfg = info.config
        self.model_label.setText(self.tr("Model: <b>%1</b> · %2 blocks × %3 heads").replace("%1", name)
                                 .replace("%2", str(cfg["n_layer"])).replace("%3", str(cfg["n_head"])))
        self.model_label.setToolTip(
            self.tr("%1 numbers per word, %2 words in its vocabulary, reads up to %3 tokens").replace(
                "%1", str(cfg["n_embd"])).replace("%2", str(info.vocab_size)).replace("%3", str(cfg["n_positions"]))
            + ("\n" + info.folder if info.folder else ""))

    def _retranslate_follow(self) -> None:
        if self.trace is None:
            self.follow_label.setText("")
            return
        index = self.trace.n_tokens - 1 if self.focus is None else self.focus
        self.follow_label.setText(self.tr("Following “%1” (word %2)").replace("%1", self.trace.tokens[index])
                                  .replace("%2", str(index)))
        self.follow_label.setToolTip(self.tr("Click a word on the stage to follow its alchemist"))

    # ================================================================== help, pictures, closing
    def show_help(self) -> None:
        QMessageBox.information(self, self.tr("How to use Alchemist"), self.tr(
            "Space: play or pause the story.\n→ / ←: next or previous step.\nHome / End: the start, the prediction.\n"
            "Click a step above the slider to jump to it; drag the slider to scrub.\n\n"
            "Click a word on the stage to follow its alchemist; Shift+click an alchemist to silence his head.\n"
            "The tabs on the right: Experiments change the real computation, the Inspector shows its numbers, "
            "Before / after shows what an experiment changed."))

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About Alchemist"), self.tr(
            "Alchemist shows how a GPT works by animating the numbers of a real model as a workshop of "
            "alchemists. Every number on screen comes from the live engine."))

    def save_picture(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save a picture of the window"), "alchemist.png",
                                              self.tr("PNG images (*.png)"))
        if path and not self.grab().save(path, "PNG"):
            self.banner.show_message("picture", "error", self.tr("Could not save %1.").replace("%1", path))

    def closeEvent(self, event) -> None:
        if not self._closed:
            self._closed = True
            self.clock.pause()
            self._debounce.stop()
            self._start_timer.stop()
            self._later.run("settings")  # what the last run asked to remember
            self._later.stop()
            self.settings.save_window(self.saveGeometry(), self.saveState(DOCK_STATE_VERSION))
            self.settings.set_layer_head(self.layer, self.head)
            self.settings.sync()
            self.client.shutdown()
        super().closeEvent(event)
