"""The Apprenticeship panel: a slider over the model's checkpoints, what each one measured, the loss curves, and
how the followed alchemist learned to pour.

The panel only shows what it is given (apprenticeship.py feeds it from the session and the engine thread) and
says what the learner asks for: ``chosen(index)`` when the slider moves (keys, drag, or a click on a plot),
``train_requested`` for the training dialog.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtWidgets import (QFrame, QGroupBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy,
                               QSlider, QVBoxLayout, QWidget)

from ..retranslate import Translatable
from ..story.numbers import fmt_short_percent as percent
from .charts import LossCurves, PourPlot, bottle_colour
from .held import Checkpoints
from .pours import PourHistory, bands, biggest_since

SLIDER_KEYS = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Home, Qt.Key.Key_End,
               Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)
READOUT_WORDS = 3  # the biggest pours named under the stacked plot
WATCH_MS = 1200  # Watch it learn: one checkpoint this long (the stage has long put the last one on screen)
CURVES_HEIGHT, POURS_HEIGHT = 125, 170  # fixed: a new run never changes the panel's layout


def _label(name: str = "", wrap: bool = True) -> QLabel:
    label = QLabel()
    if name:
        label.setObjectName(name)
    label.setWordWrap(wrap)
    return label


class CheckpointSlider(QSlider):
    """The checkpoint slider.  With the focus on it, the arrows, PageUp/PageDown and Home/End move it: the
    window's story shortcuts (the same keys step through the story) would otherwise take them first."""

    def __init__(self, parent=None):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setObjectName("checkpointSlider")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.setTickInterval(1)
        self.setSingleStep(1)
        self.setPageStep(2)

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and event.key() in SLIDER_KEYS and \
                not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            event.accept()  # Qt then delivers the key to this slider instead of triggering the shortcut
            return True
        return super().event(event)


class Stat(QFrame):
    """A number with its name under it (training loss, held-out loss, held-out accuracy)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("apprenticeStat")
        self.value = _label("apprenticeStatValue", wrap=False)
        self.value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption = _label("hint")
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box = QVBoxLayout(self)
        box.setContentsMargins(4, 4, 4, 4)
        box.setSpacing(0)
        box.addWidget(self.value)
        box.addWidget(self.caption)


STYLE = """
QFrame#apprenticeStat { background: #fffdf8; border: 1px solid #e3d6bf; border-radius: 6px; }
QLabel#apprenticeStatValue { font-size: 15px; font-weight: bold; color: #2b2118; }
QLabel#apprenticeStep { font-size: 16px; font-weight: bold; color: #8f520a; }
QLabel#apprenticeWhen { color: #6f6253; font-style: italic; }
QLabel#apprenticeSays { color: #2b2118; }
QLabel#apprenticeNote { background: #fff4d1; border: 1px solid #e0c97a; border-radius: 6px; padding: 8px;
                        color: #5c4400; }
QLabel#apprenticeFinding { color: #2b2118; font-weight: bold; }
"""


class ApprenticePanel(Translatable, QWidget):
    chosen = Signal(int)  # a checkpoint index, asked by the slider or a click on a plot
    train_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("apprenticePanel")
        self.setStyleSheet(STYLE)
        self.checkpoints = Checkpoints(None)
        self.index = 0
        self.history: PourHistory | None = None
        self._pours_state = "none"  # "none", "loading", "ready", "single" or "problem"
        self._pours_problem = ""
        self._prediction = None  # (word, probability) of the run on screen at the slider's checkpoint
        self._selection = None  # (layer, head, word) the pours are of
        self._locked = False  # a scene fixed the training step

        self.step = _label("apprenticeStep", wrap=False)
        self.when = _label("apprenticeWhen")
        self.slider = CheckpointSlider()
        self.slider.valueChanged.connect(self._on_slider)
        self.slider.sliderPressed.connect(lambda: self.watch.setChecked(False))  # the learner takes over
        self.start_end = (_label("hint", wrap=False), _label("hint", wrap=False))
        self.start_end[1].setAlignment(Qt.AlignmentFlag.AlignRight)
        ends = QHBoxLayout()
        ends.addWidget(self.start_end[0])
        ends.addStretch(1)
        ends.addWidget(self.start_end[1])
        self.stats = (Stat(), Stat(), Stat())
        stats = QHBoxLayout()
        stats.setSpacing(6)
        for stat in self.stats:
            stats.addWidget(stat, 1)
        self.says = _label("apprenticeSays")
        self.note = _label("apprenticeNote")
        self.note.setVisible(False)
        self.watch = QPushButton()
        self.watch.setObjectName("watchLearning")
        self.watch.setCheckable(True)
        self.watch.toggled.connect(self._watch)
        self._watch_timer = QTimer(self)
        self._watch_timer.setObjectName("watch-learning")
        self._watch_timer.setInterval(WATCH_MS)
        self._watch_timer.timeout.connect(self._watch_next)
        step_row = QHBoxLayout()
        step_row.addWidget(self.step)
        step_row.addStretch(1)
        step_row.addWidget(self.watch)
        self.slider_box = QGroupBox()
        box = QVBoxLayout(self.slider_box)
        box.addLayout(step_row)
        box.addWidget(self.when)
        box.addWidget(self.slider)
        box.addLayout(ends)
        box.addLayout(stats)
        box.addWidget(self.says)

        self.curves = LossCurves()
        self.curves.setFixedHeight(CURVES_HEIGHT)
        self.curves.picked.connect(self._pick)
        self.curves_hint = _label("hint")
        self.curves_box = QGroupBox()
        box = QVBoxLayout(self.curves_box)
        box.addWidget(self.curves)
        box.addWidget(self.curves_hint)

        self.pours = PourPlot()
        self.pours.setFixedHeight(POURS_HEIGHT)
        self.pours.picked.connect(self._pick)
        self.pours_title = _label("hint")
        self.finding = _label("apprenticeFinding")
        self.readout = _label()
        self.readout.setTextFormat(Qt.TextFormat.RichText)
        self.pours_box = QGroupBox()
        box = QVBoxLayout(self.pours_box)
        box.addWidget(self.pours_title)
        box.addWidget(self.finding)  # the finding first: on a short screen it stays in sight
        box.addWidget(self.pours)
        box.addWidget(self.readout)

        self.train = QPushButton()
        self.train.setObjectName("primary")
        self.train.clicked.connect(self.train_requested)
        self.train_hint = _label("hint")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.addWidget(self.note)
        layout.addWidget(self.slider_box)
        layout.addWidget(self.curves_box)
        layout.addWidget(self.pours_box)
        layout.addWidget(self.train)
        layout.addWidget(self.train_hint)
        layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.retranslate()

    # -- what is shown ---------------------------------------------------------------------------------
    def set_checkpoints(self, checkpoints: Checkpoints) -> None:
        self.checkpoints = checkpoints
        self.history = None
        self._pours_state = "none"
        self._prediction = None
        several = checkpoints.count > 1
        with QSignalBlocker(self.slider):
            self.slider.setRange(0, max(0, checkpoints.count - 1))
            self.slider.setPageStep(max(1, min(3, checkpoints.count // 4)))
        self.watch.setChecked(False)
        for widget in (self.slider, self.watch, *self.start_end, self.curves_box, self.pours_box):
            widget.setVisible(several)
        self.slider.setEnabled(several and not self._locked)
        self.watch.setEnabled(several and not self._locked)
        if several:
            self.curves.set_checkpoints(checkpoints.items)
        self.index = checkpoints.index_of(None)
        self._show()

    def show_index(self, index: int) -> None:
        """The checkpoint the session shows (the slider follows without asking again)."""
        index = min(max(0, index), max(0, self.checkpoints.count - 1))
        with QSignalBlocker(self.slider):
            self.slider.setValue(index)
        if index != self.index:
            self.index = index
            self._prediction = None
        self._show()

    def show_prediction(self, word: str | None, probability: float = 0.0) -> None:
        self._prediction = None if word is None else (word, probability)
        self._show_says()

    def show_loading(self) -> None:
        self._pours_state = "loading"
        self._show_pours()

    def show_pours_problem(self, message: str) -> None:
        self._pours_state, self._pours_problem = "problem", message
        self._show_pours()

    def show_pours(self, history: PourHistory) -> None:
        self.history = history
        self._pours_state = "ready"
        self.pours.set_rest_word(self.tr("other words"))
        self.pours.set_bands(history.steps, bands(history))
        self.pours.mark(self.index)
        self._show_pours()

    def set_locked(self, checkpoint_locked: bool, model_locked: bool) -> None:
        self._locked = checkpoint_locked
        self.slider.setEnabled(self.checkpoints.count > 1 and not checkpoint_locked)
        self.watch.setEnabled(self.checkpoints.count > 1 and not checkpoint_locked)
        if checkpoint_locked:
            self.watch.setChecked(False)
        for plot in (self.curves, self.pours):
            plot.setEnabled(not checkpoint_locked)
        self.train.setVisible(not model_locked)
        self.train_hint.setVisible(not model_locked)
        self._show()

    # -- the learner's moves ---------------------------------------------------------------------------
    def _on_slider(self, value: int) -> None:
        self.index = value
        self._prediction = None
        self._show()
        self.chosen.emit(value)

    def _watch(self, on: bool) -> None:
        """Watch it learn: the slider moves on by itself, one checkpoint at a time, to the finished workshop."""
        if on:
            if self.slider.value() >= self.slider.maximum():
                self.slider.setValue(0)  # from the untrained start
            self._watch_timer.start()
        else:
            self._watch_timer.stop()
        self._show_watch()

    def _watch_next(self) -> None:
        if self.slider.value() >= self.slider.maximum() or not self.slider.isEnabled():
            self.watch.setChecked(False)
            return
        self.slider.setValue(self.slider.value() + 1)
        if self.slider.value() >= self.slider.maximum():
            self.watch.setChecked(False)

    def hideEvent(self, event) -> None:
        self.watch.setChecked(False)  # nobody is watching
        super().hideEvent(event)

    def _show_watch(self) -> None:
        self.watch.setText(self.tr("■ Stop") if self.watch.isChecked() else self.tr("▶ Watch it learn"))
        self.watch.setToolTip(self.tr("The slider moves by itself from the untrained workshop to the finished one, "
                                      "one checkpoint at a time."))

    def _pick(self, index: int) -> None:
        if self.slider.isEnabled() and index != self.slider.value():
            self.slider.setValue(index)  # the slider tells the rest (valueChanged)
            self.slider.setFocus()

    # -- texts -----------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.slider_box.setTitle(self.tr("The workshop as it learned"))
        self.curves_box.setTitle(self.tr("How the workshop learned"))
        self.pours_box.setTitle(self.tr("How this alchemist learned"))
        self.start_end[0].setText(self.tr("◀ untrained"))
        self.start_end[1].setText(self.tr("finished ▶"))
        captions = (self.tr("training loss"), self.tr("held-out loss"), self.tr("held-out accuracy"))
        for stat, caption in zip(self.stats, captions):
            stat.caption.setText(caption)
        self.stats[0].setToolTip(self.tr("How surprised the model is by the next word of sentences it trained on "
                                         "(lower is better)."))
        self.stats[1].setToolTip(self.tr("The same on sentences it never saw: lower here means it learnt the "
                                         "rules, not the sentences."))
        self.stats[2].setToolTip(self.tr("How often its first choice for the blank is right, on sentences it "
                                         "never saw."))
        self.curves.set_names(self.tr("training"), self.tr("held-out"), self.tr("loss"))
        self.curves_hint.setText(self.tr("Lower is better. The steps double, so the axis is logarithmic; click a "
                                         "point to go to that checkpoint."))
        self.slider.setToolTip(self.tr("Drag, or use ← →, PageUp/PageDown and Home/End: the stage runs the "
                                       "sentence on the workshop as it was at that step."))
        self._show_watch()
        self.train.setText(self.tr("Train your own workshop…"))
        self.train_hint.setText(self.tr("Choose what the apprentices read, how long and with which seed; the new "
                                        "workshop opens here with its own checkpoints."))
        self.pours.set_rest_word(self.tr("other words"))
        if self.history is not None:
            self.pours.set_bands(self.history.steps, bands(self.history))
            self.pours.mark(self.index)
        self._show()

    def _show(self) -> None:
        cps = self.checkpoints
        if cps.problem:
            self._note(self.tr("The checkpoints of this model cannot be read: %1").replace("%1", cps.problem))
        elif cps.in_memory:
            self._note(self.tr("This model was made in memory: it has no training checkpoints, only itself."))
        elif cps.count == 1:
            self._note(self.tr("This model came without its training checkpoints: it has exactly one, the "
                               "finished model, so there is no learning to watch. Train your own workshop "
                               "below to see one learn."))
        else:
            self.note.setVisible(False)
        self._show_step()
        self._show_says()
        if cps.count > 1:
            self.curves.mark(self.index)
            self.pours.mark(self.index)
        self._show_pours()

    def _note(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(True)

    def _current(self):
        items = self.checkpoints.items
        return items[self.index] if 0 <= self.index < len(items) else None

    def _show_step(self) -> None:
        current = self._current()
        if current is None:
            self.step.setText(self.tr("No checkpoints"))
            self.when.setText("")
            for stat in self.stats:
                stat.value.setText("—")
            return
        last = self.checkpoints.items[-1]
        if current.step is None:
            self.step.setText(self.tr("The finished model"))
            self.when.setText(self.tr("the finished workshop"))
        else:
            self.step.setText(self.tr("Step %1 of %2").replace("%1", f"{current.step:,}").replace(
                "%2", f"{last.step:,}"))
            if current.index == 0:
                self.when.setText(self.tr("the untrained workshop: random recipes and tags"))
            elif current.final or current.index == self.checkpoints.count - 1:
                self.when.setText(self.tr("the finished workshop"))
            else:
                share = current.step / max(1, last.step)
                self.when.setText(self.tr("in training: %1 of the way").replace(
                    "%1", percent(share)))
        values = (current.train_loss, current.heldout_loss, current.heldout_accuracy)
        for stat, value, kind in zip(self.stats, values, ("loss", "loss", "accuracy")):
            if value is None:
                stat.value.setText("—")
            else:
                stat.value.setText(percent(value) if kind == "accuracy" else f"{value:.2f}")

    def _show_says(self) -> None:
        if self.checkpoints.count == 0:
            self.says.setText("")
        elif self._prediction is None:
            self.says.setText(self.tr("The workshop runs the sentence at this step…"))
        else:
            word, probability = self._prediction
            self.says.setText(self.tr("At this step the workshop says “%1” (%2).").replace("%1", word).replace(
                "%2", percent(probability)))

    def set_selection(self, layer: int, head: int, word: str) -> None:
        self._selection = (layer, head, word)
        self._show_pours()

    def _show_pours(self) -> None:
        if self._selection is not None:
            layer, head, word = self._selection
            self.pours_title.setText(self.tr("Block %1, head %2: what the alchemist of “%3” pours from each "
                                             "bottle, step by step.").replace("%1", str(layer)).replace(
                "%2", str(head)).replace("%3", word))
        state, history = self._pours_state, self.history
        self.pours.setVisible(state == "ready")
        if state == "loading":
            self.finding.setText("")
            self.readout.setText(self.tr("Tracing the sentence on every checkpoint…"))
            return
        if state == "problem":
            self.finding.setText("")
            self.readout.setText(self.tr("The pours over the checkpoints cannot be shown: %1").replace(
                "%1", self._pours_problem))
            return
        if state != "ready" or history is None:
            self.finding.setText("")
            self.readout.setText("")
            return
        found = biggest_since(history)
        if found is None:
            self.finding.setText("")
        else:
            bottle, since = found
            word, final = history.tokens[bottle], percent(history.shares[-1, bottle])
            if since == 0:
                text = self.tr("From the very first step he pours most from “%1” (%2 at the end).")
            elif since == history.n_checkpoints - 1:
                text = self.tr("Only at the last checkpoint does he pour most from “%1” (%2); before that, his "
                               "favourite bottle was another.")
            else:
                text = self.tr("From step %3 on he pours most from “%1” (%2 at the end).").replace(
                    "%3", f"{history.steps[since]:,}")
            self.finding.setText(text.replace("%1", word).replace("%2", final))
        index = min(self.index, history.n_checkpoints - 1)
        row = history.shares[index]
        biggest = sorted(range(len(row)), key=lambda i: -row[i])[:READOUT_WORDS]
        parts = [f"<span style='color:{bottle_colour(i).darker(130).name()}'>■</span> {_html(history.tokens[i])} "
                 f"{percent(row[i])}" for i in biggest if row[i] > 0]
        step = history.steps[index]
        self.readout.setText(self.tr("At step %1 he pours: %2").replace(
            "%1", f"{step:,}" if step is not None else "—").replace("%2", " · ".join(parts)))


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


__all__ = ["ApprenticePanel", "CheckpointSlider"]
