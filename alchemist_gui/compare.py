"""Before/after: what an experiment changed, side by side and as a difference.

"Before" is the baseline the learner chose (everything on, until "Use this run as the baseline"), run on the same
sentence and model; "after" is the run on screen. When the words were shuffled, the after-run is first moved back
into the original order, token by token. With the rope and the badges off the workshop cannot tell the order, so
every head's flask comes out the same, only moved: the view shows both runs' flasks in one order and the largest
difference as a number.

Differences are drawn on fixed scales (an attention share moves by at most ±1), and a difference below the stated
tolerance is float rounding, drawn as none. The largest difference is written once and quoted the same way
everywhere. Like the inspector, the view draws only when it can be seen, one piece per call of refresh().
"""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QFrame, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QScrollArea,
                               QVBoxLayout, QWidget)

from engine import Switches

from .flasks import FlaskRows
from .notices import describe_switches
from .plots import DIFF_STOPS, BarChart, Heatmap
from .retranslate import Translatable, tr
from .theme import ERROR, GOOD, INK_SOFT

SAME_TOLERANCE = 1e-4  # flasks: float32 sums in another order differ by ~1e-7; anything this small is "the same"
ATTENTION_TOLERANCE = 1e-6  # attention shares closer than this are the same share (drawn as no difference)
PIECES = ("summary", "att_before", "att_after", "att_diff", "prediction", "flask_rows", "flask_before",
          "flask_after")  # drawn in this order, one per refresh()


# -- the maths (no widgets) -------------------------------------------------------------------------------
def permutation_between(before, after) -> np.ndarray | None:
    """``order`` with after.tokens[order[i]] == before.tokens[i]: where each original word went. None when the
    two runs do not hold the same tokens."""
    a, b = list(np.asarray(before.token_ids)), list(np.asarray(after.token_ids))
    if len(a) != len(b) or sorted(a) != sorted(b):
        return None
    free: dict[int, list[int]] = {}
    for j, token in enumerate(b):
        free.setdefault(int(token), []).append(j)
    return np.array([free[int(token)].pop(0) for token in a])


def moved_back(after_array: np.ndarray, order: np.ndarray, axes=(-2,)) -> np.ndarray:
    """``after_array`` with its token axes put back into the original order."""
    out = after_array
    for axis in axes:
        out = np.take(out, order, axis=axis)
    return out


def flask_difference(before, after, order: np.ndarray) -> float:
    """The largest |difference| between the two runs' head outputs, every block and head, once moved back."""
    return float(np.abs(before.head_out - moved_back(after.head_out, order, axes=(-2,))).max())


def below_tolerance_as_zero(diff: np.ndarray, tolerance: float) -> np.ndarray:
    return np.where(np.abs(diff) < tolerance, 0.0, diff)


def fmt_difference(value: float, tolerance: float) -> str:
    """The one way the largest difference is written: a number, or "none" when it is rounding noise."""
    if value < tolerance:
        return tr("none (below %1)").replace("%1", f"{tolerance:g}")
    return f"{value:.3g}"


def run_text(trace) -> str:
    return describe_switches(trace.switches) or tr("everything on")


# -- the view ---------------------------------------------------------------------------------------------
class CompareView(Translatable, QWidget):
    demo_requested = Signal()
    baseline_requested = Signal(bool)  # True: the run on screen becomes the baseline; False: back to everything on

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.before = self.after = None
        self.baseline_is_default = True
        self.layer = self.head = 0
        self.order: np.ndarray | None = None
        self.max_flask_difference: float | None = None  # over every head of every block, once moved back
        self.max_attention_difference: float | None = None  # the chosen head
        self._compared = True
        self._stale = set(PIECES)
        self._on_screen = False

        self.summary = QLabel()  # Before / After, or what to do to have something to compare
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.use_as_baseline = QPushButton()
        self.use_as_baseline.setObjectName("useAsBaseline")
        self.use_as_baseline.clicked.connect(lambda: self.baseline_requested.emit(True))
        self.default_baseline = QPushButton()
        self.default_baseline.setObjectName("defaultBaseline")
        self.default_baseline.clicked.connect(lambda: self.baseline_requested.emit(False))
        buttons = QHBoxLayout()
        buttons.addWidget(self.use_as_baseline)
        buttons.addWidget(self.default_baseline)
        buttons.addStretch(1)

        self.att_before, self.att_after = Heatmap(colorbar=False), Heatmap(colorbar=False)
        self.att_diff = Heatmap(stops=DIFF_STOPS, levels=(-1.0, 1.0))
        self.att_note = self._note()
        self.attention_box = QGroupBox()
        grid = QGridLayout(self.attention_box)
        grid.addWidget(self.att_before, 0, 0)
        grid.addWidget(self.att_after, 0, 1)
        grid.addWidget(self.att_diff, 1, 0, 1, 2)
        grid.addWidget(self.att_note, 2, 0, 1, 2)

        self.pred = BarChart()
        self.pred_before = BarChart(colour="#b8ab98")
        self.pred_before_label, self.pred_after_label = self._note(), self._note()
        self.pred_note = self._note()
        self.prediction_box = QGroupBox()
        grid = QGridLayout(self.prediction_box)
        grid.addWidget(self.pred_before_label, 0, 0)
        grid.addWidget(self.pred_after_label, 0, 1)
        grid.addWidget(self.pred_before, 1, 0)
        grid.addWidget(self.pred, 1, 1)
        grid.addWidget(self.pred_note, 2, 0, 1, 2)

        self.flask_rows = FlaskRows(rows=3)
        self.flask_before = Heatmap(levels=None, symmetric=True, colorbar=False)
        self.flask_after = Heatmap(levels=None, symmetric=True)
        self.verdict = QLabel()
        self.verdict.setObjectName("verdict")
        self.verdict.setWordWrap(True)
        self.verdict.setTextFormat(Qt.TextFormat.RichText)
        self.flask_note = self._note()
        self.flask_plots = QWidget()
        plots = QGridLayout(self.flask_plots)
        plots.setContentsMargins(0, 0, 0, 0)
        plots.addWidget(self.flask_rows, 0, 0, 1, 2)
        plots.addWidget(self.flask_before, 1, 0)
        plots.addWidget(self.flask_after, 1, 1)
        plots.addWidget(self.flask_note, 2, 0, 1, 2)
        self.flask_box = QGroupBox()
        box = QVBoxLayout(self.flask_box)
        box.addWidget(self.verdict)
        box.addWidget(self.flask_plots)
        self.demo = QPushButton()
        self.demo.setObjectName("compareDemoButton")
        self.demo.clicked.connect(self.demo_requested)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        for box in (self.attention_box, self.prediction_box, self.flask_box):
            layout.addWidget(box)
        layout.addWidget(self.demo)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        for w in (self.att_before, self.att_after, self.att_diff, self.flask_before, self.flask_after):
            w.setMinimumHeight(170)
        for w in (self.flask_before, self.flask_after):
            w.setMaximumHeight(230)
        for w in (self.pred, self.pred_before):
            w.setMinimumHeight(150)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.retranslate()

    @staticmethod
    def _note() -> QLabel:
        label = QLabel()
        label.setObjectName("hint")
        label.setWordWrap(True)
        return label

    def bind(self, session, redraw_later) -> None:
        """Compare the run on screen with the session's baseline run of the same sentence and model."""
        def ready(baseline, for_trace):
            self.baseline_is_default = session.baseline.is_default()
            self.set_runs(baseline, for_trace if baseline is not None else None)
            redraw_later(self)

        def follow(run, *_):
            self.set_selection(run.story.layer, run.story.head)
            redraw_later(self)
        session.baseline_ready.connect(ready)
        session.run_shown.connect(follow)
        session.story_changed.connect(follow)
        self.baseline_requested.connect(
            lambda mine: session.set_baseline(session.run.switches if mine and session.run else Switches()))
        if session.run is not None:  # made after a run was shown: ask for its comparison again
            follow(session.run)
            session.set_baseline(session.baseline)

    # -- data ------------------------------------------------------------------------------------------
    def set_runs(self, before, after) -> None:
        """Two runs to compare (None, None: the run on screen is the baseline itself)."""
        self.before, self.after = before, after
        self.order = None
        self.max_flask_difference = self.max_attention_difference = None
        self._compared = False
        self._stale = set(PIECES)

    def _compare(self) -> None:
        if self._compared:
            return
        self._compared = True
        before, after = self.before, self.after
        self.order = permutation_between(before, after) if before is not None and after is not None else None
        if self._shuffled():
            self.max_flask_difference = flask_difference(before, after, self.order)

    def clear(self) -> None:
        self.set_runs(None, None)

    def set_selection(self, layer: int, head: int) -> None:
        if (layer, head) != (self.layer, self.head):
            self.layer, self.head = layer, head
            self._stale = set(PIECES)

    def set_on_screen(self, shown: bool) -> None:
        """Whether the view can be seen (its dock's tab is raised): it is brought up to date when it can."""
        self._on_screen = shown
        if shown:
            while self.refresh():
                pass

    @property
    def stale(self) -> bool:
        return self._on_screen and bool(self._stale)

    def refresh(self) -> bool:
        """Draw one stale piece, if the view can be seen; True while more remain."""
        if not self.stale:
            return False
        piece = next(p for p in PIECES if p in self._stale)
        self._stale.discard(piece)
        self._compare()
        ready = self.before is not None and self.after is not None
        for box in (self.attention_box, self.prediction_box):
            box.setVisible(ready)  # no empty axes: without two runs there is nothing to plot
        layer, head = self._selection() if ready else (0, 0)
        getattr(self, f"_show_{piece}")(ready, layer, head)
        return self.stale

    def _shuffled(self) -> bool:
        order = self.order
        return order is not None and not np.array_equal(order, np.arange(len(order)))

    def _selection(self) -> tuple[int, int]:
        n_layer, n_head = self.before.config["n_layer"], self.before.config["n_head"]
        return min(self.layer, n_layer - 1), min(self.head, n_head - 1)

    def _show_summary(self, ready: bool, layer: int, head: int) -> None:
        self.default_baseline.setVisible(not self.baseline_is_default)
        self.use_as_baseline.setVisible(ready)
        if not ready:
            empty = self.tr("This run is the baseline. Flip a switch in Experiments: this view then shows what it "
                            "changed, before and after.")
            self.summary.setText(f"<span style='color:{INK_SOFT}'>{empty}</span>")
            return
        before = self.tr("<b>Before</b> (the baseline): %1").replace("%1", run_text(self.before))
        after = self.tr("<b>After</b> (on the stage): %1").replace("%1", run_text(self.after))
        self.summary.setText(f"{before}<br>{after}")

    def _show_att_before(self, ready: bool, layer: int, head: int) -> None:
        if ready:
            b = self.before
            self.att_before.set_title(self.tr("before"))
            self.att_before.set_data(b.attention[layer, head], b.tokens, b.tokens,
                                     masked=~np.isfinite(b.scores[layer, head]))

    def _show_att_after(self, ready: bool, layer: int, head: int) -> None:
        if ready:
            a = self.after
            self.att_after.set_title(self.tr("after"))
            self.att_after.set_data(a.attention[layer, head], a.tokens, a.tokens,
                                    masked=~np.isfinite(a.scores[layer, head]))

    def _show_att_diff(self, ready: bool, layer: int, head: int) -> None:
        if not ready:
            return
        if self.order is None:
            self.att_diff.setVisible(False)
            self.att_note.setText(self.tr("The two runs read different tokens, so they cannot be lined up."))
            return
        self.att_diff.setVisible(True)
        tokens, att_b = self.before.tokens, self.before.attention[layer, head]
        att_a = moved_back(self.after.attention[layer, head], self.order, axes=(-2, -1))
        raw = att_a - att_b
        diff = below_tolerance_as_zero(raw, ATTENTION_TOLERANCE)
        self.max_attention_difference = float(np.abs(raw).max())
        self.att_diff.set_data(diff, tokens, tokens, levels=(-1.0, 1.0), readout=lambda i, j, v: f"{v:+.3f}")
        self.att_diff.set_title(self.tr("after − before"))
        largest = fmt_difference(self.max_attention_difference, ATTENTION_TOLERANCE)
        note = self.tr("Block %1, head %2: the largest change of a share is %3. Red: pours more after the change; "
                       "blue: less; the scale runs from −1 to +1.").replace("%1", str(layer)).replace(
            "%2", str(head)).replace("%3", largest)
        if self._shuffled():
            note += " " + self.tr("The shuffled run is moved back into the original order first.")
        self.att_note.setText(note)

    def _show_prediction(self, ready: bool, layer: int, head: int) -> None:
        if not ready:
            return
        before, after = self.before, self.after
        after_top, before_top = after.predictions(5), before.predictions(5)
        self.pred.set_bars([t for t, _ in after_top], [p for _, p in after_top], highlight=0)
        self.pred_before.set_bars([t for t, _ in before_top], [p for _, p in before_top], highlight=0)
        self.pred_before_label.setText(self.tr("before: after “%1”").replace("%1", before.tokens[-1]))
        self.pred_after_label.setText(self.tr("after: after “%1”").replace("%1", after.tokens[-1]))
        word = before_top[0][0]
        p_before = float(before.probs[before.vocab.index(word)]) if word in before.vocab else 0.0
        p_after = float(after.probs[after.vocab.index(word)]) if word in after.vocab else 0.0
        self.pred_note.setText(self.tr("“%1”: %2 before, %3 after.").replace("%1", word).replace(
            "%2", f"{p_before:.1%}").replace("%3", f"{p_after:.1%}"))

    def _show_flask_rows(self, ready: bool, layer: int, head: int) -> None:
        self.flask_plots.setVisible(ready and self._shuffled())
        if not (ready and self._shuffled()):
            hint = self.tr("Shuffle the words with the rope and the badges off: the flasks come out the same, only "
                           "moved. Try the button below.")
            self.verdict.setText(f"<span style='color:{INK_SOFT}'>{hint}</span>")
            return
        self._show_flasks(self.before, self.after, self.order, layer, head)

    def _show_flask_before(self, ready: bool, layer: int, head: int) -> None:
        self._show_flask_plot(self.flask_before, ready, layer, head, moved=False)

    def _show_flask_after(self, ready: bool, layer: int, head: int) -> None:
        self._show_flask_plot(self.flask_after, ready, layer, head, moved=True)

    def _show_flask_plot(self, plot, ready: bool, layer: int, head: int, moved: bool) -> None:
        """One row per word (original order), one column per number of the head's flask."""
        if not (ready and self._shuffled()):
            return
        plot.set_title(self.tr("after, moved back") if moved else self.tr("before"))
        before, order = self.before, self.order
        flasks_b = before.head_out[layer, head]
        flasks_a = moved_back(self.after.head_out[layer, head], order)
        top = float(max(np.abs(flasks_b).max(), np.abs(flasks_a).max(), 1e-9))
        dims = [str(d) for d in range(flasks_b.shape[1])]
        plot.set_data(flasks_a if moved else flasks_b, before.tokens, dims, levels=(-top, top), col_step=4,
                      readout=lambda i, j, v: f"{before.tokens[i]}[{j}] = {v:+.4f}")

    def _show_flasks(self, before, after, order, layer, head) -> None:
        """The rows of flasks, the verdict and the note (the two plots below are pieces of their own)."""
        from .story.colour import potion_rgb  # the stage's own colours for the same vectors

        flasks_b = before.head_out[layer, head]
        flasks_a = moved_back(after.head_out[layer, head], order)
        self.flask_rows.set_rows([
            (self.tr("before"), list(zip(before.tokens, potion_rgb(before, layer, head, flasks_b)))),
            (self.tr("after (shuffled)"), list(zip(after.tokens, potion_rgb(after, layer, head,
                                                                            after.head_out[layer, head])))),
            (self.tr("after, moved back"), list(zip(before.tokens, potion_rgb(after, layer, head, flasks_a)))),
        ])
        worst = self.max_flask_difference
        number = fmt_difference(worst, SAME_TOLERANCE)
        if worst <= SAME_TOLERANCE:
            verdict = self.tr("Same flasks, just moved: the largest difference over every head of every block is "
                              "%1 (float rounding: %2).").replace("%1", number).replace("%2", f"{worst:.2e}")
            colour = GOOD
        else:
            verdict = self.tr("Not the same: the largest difference is %1. The order mattered — the rope or the "
                              "badges are on.").replace("%1", number)
            colour = ERROR
        self.verdict.setText(f"<span style='color:{colour}; font-weight:bold'>{verdict}</span>")
        moves = ", ".join(f"{before.tokens[i]} {i}→{order[i]}" for i in range(len(order)) if order[i] != i)
        self.flask_note.setText(self.tr("Each flask's colour is its head output seen through the stage's colour map. "
                                        "Below, the exact numbers: one row per word (original order), one column "
                                        "per number of the flask (%1). Moves: %2").replace(
            "%1", str(flasks_b.shape[1])).replace("%2", moves))

    # -- language --------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.attention_box.setTitle(self.tr("Attention of the chosen head"))
        self.prediction_box.setTitle(self.tr("Next word"))
        self.flask_box.setTitle(self.tr("Same flasks, moved?"))
        self.demo.setText(self.tr("Show me: shuffle an order-blind workshop"))
        self.use_as_baseline.setText(self.tr("Use this run as the baseline"))
        self.use_as_baseline.setToolTip(self.tr("Later experiments are compared with the run on the stage now"))
        self.default_baseline.setText(self.tr("Baseline: everything on"))
        self.att_diff.set_axis_labels("", "")
        self._stale = set(PIECES)  # the plots' texts are translated too
        self.set_on_screen(self._on_screen)
