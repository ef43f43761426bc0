"""What ``install(window)`` adds: the Apprenticeship dock (made the first time it is seen: pyqtgraph is imported
then, not before the window's first paint), its View menu item, File › Train your own workshop…, and the jobs
on the engine thread that keep the checkpoints in memory and trace the sentence on each of them.

The session stays the owner of the checkpoint on screen: a slider move is ``session.set_checkpoint(step)`` (None
for the finished model), and the panel follows the session's runs.  Two lanes of the worker are ours:
"apprentice-keep" (the checkpoints loaded once and handed to the Engine's cache just before the session's run
asks for one) and "apprentice-pours" (the followed alchemist's row of attention on every checkpoint).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QVBoxLayout, QWidget

from engine import Switches

from ..retranslate import tr
from .held import Checkpoints, Keeper, list_for, same_source
from ..scrolling import scrolling

KEEP_LANE = "apprentice-keep"
POURS_LANE = "apprentice-pours"
_NOTHING = object()  # no model listed yet


@dataclass(frozen=True)
class PourRequest:
    """Everything the stacked plot depends on (not the checkpoint on screen: it shows them all)."""

    source: Any
    sentence: str
    switches: Switches
    layer: int
    head: int
    focus: int


def keep_work(keeper: Keeper, source, engine) -> None:
    keeper.ensure(engine, source)


def forget_work(keeper: Keeper, engine) -> None:
    keeper.forget()


def pours_work(keeper: Keeper, request: PourRequest, engine):
    from .pours import trace_pours

    models = keeper.ensure(engine, request.source)
    return request, trace_pours(models, request.sentence, request.switches, request.layer, request.head,
                                request.focus)


class Apprenticeship(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.session = window.session
        self.keeper = Keeper()  # touched only by jobs on the engine thread
        self.checkpoints = Checkpoints(_NOTHING)
        self.panel = None
        self.dialog = None
        self._asked: PourRequest | None = None  # the stacked plot's request asked last
        self._seen = False  # the dock is in front (visibilityChanged)
        self._holder = QWidget()
        self._holder.setObjectName("apprenticeHolder")
        QVBoxLayout(self._holder).setContentsMargins(0, 0, 0, 0)
        # a short tab title: four tabs share the dock
        self.dock = window.docks.add("apprenticeDock", scrolling(self._holder), lambda: tr("Learning"))
        self.dock.visibilityChanged.connect(self._on_visibility)
        menus = window.menus
        self.actions = {
            "apprenticeship": menus.add("view", "apprenticeship", self.show_panel,
                                        lambda: tr("&Learning: the workshop as it learned"),
                                        QKeySequence(Qt.Key.Key_F7)),
            "train": menus.add("file", "train", self.open_training, lambda: tr("&Train your own workshop…")),
        }
        self._place_train_item()
        session = self.session
        session.run_shown.connect(self._on_run_shown)
        session.story_changed.connect(self._on_story)
        session.refused.connect(self._on_refused)
        session.locks_changed.connect(self._on_locks)
        session.client.finished.connect(self._on_finished)
        window.installEventFilter(self)

    # -- the dock ----------------------------------------------------------------------------------------
    @property
    def on_screen(self) -> bool:
        """The panel can be seen (a dock behind another tab cannot; it hears visibilityChanged when that changes,
        before its visible region is known)."""
        return self._seen and self.dock.isVisible()

    def show_panel(self) -> None:
        """View › Apprenticeship: the tab in front, the slider in hand."""
        self.dock.show()
        self.dock.raise_()
        self._seen = True
        self._build()
        self._catch_up()
        self.panel.slider.setFocus()

    def _on_visibility(self, shown: bool) -> None:
        self._seen = shown
        if shown:
            self._build()
            self._catch_up()

    def _build(self) -> None:
        if self.panel is not None:
            return
        from .panel import ApprenticePanel

        self.panel = ApprenticePanel()
        self.panel.chosen.connect(self.choose)
        self.panel.train_requested.connect(self.open_training)
        self._holder.layout().addWidget(self.panel)
        self._on_locks(self.session.locks)

    def _catch_up(self) -> None:
        if self.panel is not None and self.session.run is not None:
            self._take_run(self.session.run)

    # -- the session's runs ----------------------------------------------------------------------------
    def _on_run_shown(self, run, previous, reason) -> None:
        if self.panel is not None:
            self._take_run(run)

    def _take_run(self, run) -> None:
        asked = run.request
        if self.checkpoints.source is _NOTHING or not same_source(asked.model, self.checkpoints.source):
            self.checkpoints = list_for(asked.model)
            self.panel.set_checkpoints(self.checkpoints)
            if not self.checkpoints.trained_here:
                self.session.client.submit(KEEP_LANE, partial(forget_work, self.keeper))  # free the old folder's
        here = self.checkpoints.index_of(asked.checkpoint)
        if same_source(self.session.model, asked.model) and self.checkpoints.index_of(self.session.checkpoint) == here:
            self.panel.show_index(here)  # nothing newer asked: the slider shows what is on screen
        if self.panel.index == here:
            word, probability = run.trace.predictions(k=1)[0]
            self.panel.show_prediction(word, probability)
        self._show_selection(run)
        self._ask_pours(run)

    def _on_story(self, run) -> None:
        if self.panel is not None:
            self._show_selection(run)
            self._ask_pours(run)

    def _on_refused(self, message: str) -> None:
        run = self.session.run
        if self.panel is not None and run is not None and same_source(run.request.model, self.checkpoints.source):
            self.panel.show_index(self.checkpoints.index_of(run.request.checkpoint))

    def _show_selection(self, run) -> None:
        story = run.story
        self.panel.set_selection(story.layer, story.head, run.trace.tokens[story.focus])

    def _ask_pours(self, run) -> None:
        """The stacked plot of this run's sentence, switches and alchemist, if it is not the one shown."""
        if not self.on_screen or not self.checkpoints.trained_here or self.checkpoints.count < 2:
            return
        story = run.story
        request = PourRequest(run.request.model, run.request.sentence, run.trace.switches, story.layer, story.head,
                              story.focus)
        if request == self._asked:
            return
        self._asked = request
        self.panel.show_loading()
        self.session.client.submit(POURS_LANE, partial(pours_work, self.keeper, request))

    def _on_finished(self, result) -> None:
        if result.lane == POURS_LANE and self.panel is not None:
            if result.error is not None:
                self._asked = None
                self.panel.show_pours_problem(result.error)
                return
            request, history = result.value
            if request == self._asked:
                self.window.later.ask("apprentice-pours", lambda: self.panel.show_pours(history))
        elif result.lane == KEEP_LANE and result.error is not None and self.panel is not None:
            self.panel.show_pours_problem(result.error)

    # -- the learner's moves ---------------------------------------------------------------------------
    def choose(self, index: int) -> None:
        """The slider asks for checkpoint ``index``: run the sentence on it (a model already in memory)."""
        cps, session = self.checkpoints, self.session
        if "checkpoint" in session.locks or not 0 <= index < cps.count or not same_source(session.model, cps.source):
            return
        if cps.trained_here:
            # just before the session's run asks the Engine for it (jobs run in the order asked)
            session.client.submit(KEEP_LANE, partial(keep_work, self.keeper, cps.source))
        session.set_checkpoint(cps.items[index].asked_as)

    def open_training(self) -> None:
        if self.dialog is None:
            from .training_dialog import TrainingDialog

            self.dialog = TrainingDialog(self.window, can_open="model" not in self.session.locks)
            self.dialog.open_requested.connect(self.open_workshop)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog

    def open_workshop(self, folder: str) -> None:
        """A trained workshop goes on the stage, and the panel shows how it learned."""
        if "model" in self.session.locks:
            return
        self.session.set_model(folder)
        self.show_panel()

    # -- locks, menus, closing -------------------------------------------------------------------------
    def _on_locks(self, locks) -> None:
        self.actions["train"].setVisible("model" not in locks)
        if self.panel is not None:
            self.panel.set_locked("checkpoint" in locks, "model" in locks)
        if self.dialog is not None:
            self.dialog.set_can_open("model" not in locks)

    def _place_train_item(self) -> None:
        """File › Train your own workshop… goes with the model items at the top (menus.add puts it last)."""
        menu, train = self.window.menus.file, self.actions["train"]
        anchor = self.window.menus.actions.get("bundled")
        if anchor is None:
            return
        menu.removeAction(train)
        items = menu.actions()
        at = items.index(anchor)
        if at + 1 < len(items):
            menu.insertAction(items[at + 1], train)
        else:
            menu.addAction(train)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close and self.dialog is not None:
            self.dialog.stop_now()  # a training process never outlives the window
            self.dialog.hide()
        return False


__all__ = ["Apprenticeship", "PourRequest", "KEEP_LANE", "POURS_LANE"]
