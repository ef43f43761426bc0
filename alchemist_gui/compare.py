"""Before/after: what the last experiment changed, side by side and as a difference.

When the words were shuffled, the after-run is first moved back into the original order, token by token. With
the causal mask and the positional encoding off, the workshop cannot tell the order, so every head's flask comes
out the same, only moved: the view shows both runs' flasks in one order and the largest difference as a number.

Like the inspector, the view draws only when it can be seen, one plot per call of refresh().  Its layout never
changes with what it shows (an empty comparison shows empty plots and a hint): a section appearing or going would
move every plot below it, and each pyqtgraph plot takes milliseconds to paint.
"""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QGroupBox, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from .flasks import FlaskRows
from .plots import DIFF_STOPS, BarChart, Heatmap
from .retranslate import Translatable
from .theme import ERROR, GOOD, INK_SOFT

SAME_TOLERANCE = 1e-4  # float32 sums in another order differ by ~1e-7; anything this small is "the same"
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


def describe_switches(trace) -> str:
    translate = QCoreApplication.translate
    parts = [translate("CompareView", "rope on") if trace.mask else translate("CompareView", "rope off"),
             translate("CompareView", "badges on") if trace.positional else translate("CompareView", "badges off"),
             f"T = {trace.temperature:.2g}"]
    if trace.knockout:
        parts.append(translate("CompareView", "silenced: %1").replace(
            "%1", ", ".join(f"{l}.{h}" for l, h in sorted(trace.knockout))))
    return " · ".join(parts)


# -- the view ---------------------------------------------------------------------------------------------
class CompareView(Translatable, QWidget):
    demo_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.before = self.after = None
        self.layer = self.head = 0
        self.order: np.ndarray | None = None
        self.max_flask_difference: float | None = None  # over every head of every block, once moved back
        self._compared = True  # order and max_flask_difference are worked out for before/after
        self._stale = set(PIECES)
        self._on_screen = False

        self.summary = QLabel()  # Before / After, or what to do to have something to compare
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setMinimumHeight(3 * self.summary.fontMetrics().lineSpacing() + 4)

        self.att_before, self.att_after = Heatmap(colorbar=False), Heatmap(colorbar=False)
        self.att_diff = Heatmap(stops=DIFF_STOPS, symmetric=True)
        self.att_note = QLabel()
        self.att_note.setObjectName("hint")
        self.att_note.setWordWrap(True)
        self.attention_box = QGroupBox()
        grid = QGridLayout(self.attention_box)
        grid.addWidget(self.att_before, 0, 0)
        grid.addWidget(self.att_after, 0, 1)
        grid.addWidget(self.att_diff, 1, 0, 1, 2)
        grid.addWidget(self.att_note, 2, 0, 1, 2)
        grid.setRowStretch(0, 1)
        grid.setRowStretch(1, 1)

        self.pred = BarChart()
        self.pred_before = BarChart(colour="#b8ab98")
        self.prediction_box = QGroupBox()
        grid = QGridLayout(self.prediction_box)
        self.pred_before_label, self.pred_after_label = QLabel(), QLabel()
        for w in (self.pred_before_label, self.pred_after_label):
            w.setObjectName("hint")
        grid.addWidget(self.pred_before_label, 0, 0)
        grid.addWidget(self.pred_after_label, 0, 1)
        grid.addWidget(self.pred_before, 1, 0)
        grid.addWidget(self.pred, 1, 1)

        self.flask_rows = FlaskRows(rows=3)
        self.flask_before = Heatmap(levels=None, symmetric=True, colorbar=False)
        self.flask_after = Heatmap(levels=None, symmetric=True)
        self.verdict = QLabel()
        self.verdict.setObjectName("verdict")
        self.verdict.setWordWrap(True)
        self.verdict.setTextFormat(Qt.TextFormat.RichText)
        self.flask_note = QLabel()
        self.flask_note.setObjectName("hint")
        self.flask_note.setWordWrap(True)
        self.demo = QPushButton()
        self.demo.setObjectName("compareDemoButton")
        self.demo.clicked.connect(self.demo_requested)
        self.flask_box = QGroupBox()
        grid = QGridLayout(self.flask_box)
        grid.addWidget(self.verdict, 0, 0, 1, 2)
        grid.addWidget(self.flask_rows, 1, 0, 1, 2)
        grid.addWidget(self.flask_before, 2, 0)
        grid.addWidget(self.flask_after, 2, 1)
        grid.addWidget(self.flask_note, 3, 0, 1, 2)
        grid.setRowStretch(2, 1)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.summary)
        layout.addWidget(self.attention_box)
        layout.addWidget(self.prediction_box)
        layout.addWidget(self.flask_box)
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
        self.pred.setMinimumHeight(150)
        self.pred_before.setMinimumHeight(150)
        # texts that come and go keep their room: a label growing by a line would move every plot below it
        for label, lines in ((self.att_note, 2), (self.verdict, 3), (self.flask_note, 5)):
            label.setMinimumHeight(lines * label.fontMetrics().lineSpacing() + 4)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.retranslate()

    def bind(self, session, redraw_later) -> None:
        """Compare each experiment's run with the run before it (same sentence and model)."""
        def show(run, previous, reason):
            if reason == "switch" and previous is not None and previous.trace.config == run.trace.config:
                self.set_runs(previous.trace, run.trace)
            elif reason != "switch":
                self.clear()
            self.set_selection(run.story.layer, run.story.head)
            redraw_later(self)

        def follow(run):
            self.set_selection(run.story.layer, run.story.head)
            redraw_later(self)
        session.run_shown.connect(show)
        session.story_changed.connect(follow)

    # -- data ------------------------------------------------------------------------------------------
    def set_runs(self, before, after) -> None:
        """Two runs to compare; what they differ in is worked out when the view is drawn (see refresh())."""
        self.before, self.after = before, after
        self.order = None
        self.max_flask_difference = None
        self._compared = False
        self._changed()

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
            self._changed()

    def _changed(self) -> None:
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
        if not ready:
            empty = self.tr("Flip a switch in Experiments: this view then shows what it changed, before and after.")
            self.summary.setText(f"<span style='color:{INK_SOFT}'>{empty}</span>")
            return
        after_text = describe_switches(self.after)
        if self._shuffled():
            after_text += " · " + self.tr("words shuffled")
        self.summary.setText(
            f"<b>{self.tr('Before')}:</b> {describe_switches(self.before)}<br>"
            f"<b>{self.tr('After')}:</b> {after_text}")

    def _show_att_before(self, ready: bool, layer: int, head: int) -> None:
        self.att_before.set_title(self.tr("before"))
        if not ready:
            self.att_before.set_data(np.zeros((0, 0)), (), ())
            return
        b = self.before
        self.att_before.set_data(b.attention[layer, head], b.tokens, b.tokens, masked=~np.isfinite(b.scores[layer, head]))

    def _show_att_after(self, ready: bool, layer: int, head: int) -> None:
        self.att_after.set_title(self.tr("after"))
        if not ready:
            self.att_after.set_data(np.zeros((0, 0)), (), ())
            return
        a = self.after
        self.att_after.set_data(a.attention[layer, head], a.tokens, a.tokens, masked=~np.isfinite(a.scores[layer, head]))

    def _show_att_diff(self, ready: bool, layer: int, head: int) -> None:
        if not ready or self.order is None:
            self.att_diff.set_data(np.zeros((0, 0)), (), ())
            self.att_diff.set_title("")
            self.att_note.setText(self.tr("The two runs read different tokens, so they cannot be lined up.")
                                  if ready else "")
            return
        tokens, att_b = self.before.tokens, self.before.attention[layer, head]
        att_a = moved_back(self.after.attention[layer, head], self.order, axes=(-2, -1))
        diff = att_a - att_b
        self.att_diff.set_data(diff, tokens, tokens, readout=lambda i, j, v: f"{v:+.3f}")
        self.att_diff.set_title(self.tr("after − before (max %1)").replace("%1", f"{np.abs(diff).max():.3g}"))
        self.att_note.setText(self.tr("Red: pours more after the change; blue: less.") + (
            " " + self.tr("The shuffled run is moved back into the original order first.")
            if self._shuffled() else ""))

    def _show_prediction(self, ready: bool, layer: int, head: int) -> None:
        if ready:
            self._show_predictions(self.before, self.after)
            return
        for chart in (self.pred, self.pred_before):
            chart.set_bars([], [])
        self.pred_before_label.setText(self.tr("before"))
        self.pred_after_label.setText(self.tr("after"))

    def _show_flask_rows(self, ready: bool, layer: int, head: int) -> None:
        if not (ready and self._shuffled()):
            self.flask_rows.set_rows([])
            hint = self.tr("Shuffle the words with the rope and the badges off: the flasks come out the same, only "
                           "moved. Try the button below.")
            self.verdict.setText(f"<span style='color:{INK_SOFT}'>{hint}</span>")
            self.flask_note.setText("")
            return
        self._show_flasks(self.before, self.after, self.order, layer, head)

    def _show_flask_before(self, ready: bool, layer: int, head: int) -> None:
        self._show_flask_plot(self.flask_before, ready, layer, head, moved=False)

    def _show_flask_after(self, ready: bool, layer: int, head: int) -> None:
        self._show_flask_plot(self.flask_after, ready, layer, head, moved=True)

    def _show_flask_plot(self, plot, ready: bool, layer: int, head: int, moved: bool) -> None:
        """One row per word (original order), one column per number of the head's flask."""
        plot.set_title(self.tr("after, moved back") if moved else self.tr("before"))
        if not (ready and self._shuffled()):
            plot.set_data(np.zeros((0, 0)), (), ())
            return
        before, order = self.before, self.order
        flasks_b = before.head_out[layer, head]
        flasks_a = moved_back(self.after.head_out[layer, head], order)
        top = float(max(np.abs(flasks_b).max(), np.abs(flasks_a).max(), 1e-9))
        dims = [str(d) for d in range(flasks_b.shape[1])]
        plot.set_data(flasks_a if moved else flasks_b, before.tokens, dims, levels=(-top, top), col_step=4,
                      readout=lambda i, j, v: f"{before.tokens[i]}[{j}] = {v:+.4f}")

    def _show_predictions(self, before, after) -> None:
        after_top = after.predictions(5)
        before_top = before.predictions(5)
        self.pred.set_bars([t for t, _ in after_top], [p for _, p in after_top], highlight=0)
        self.pred_before.set_bars([t for t, _ in before_top], [p for _, p in before_top], highlight=0)
        self.pred_before_label.setText(self.tr("before: after “%1”").replace("%1", before.tokens[-1]))
        self.pred_after_label.setText(self.tr("after: after “%1”").replace("%1", after.tokens[-1]))

    def _show_flasks(self, before, after, order, layer, head) -> None:
        """The rows of flasks, the verdict and the note (the two plots below are pieces of their own)."""
        from .story.colour import potion_rgb  # the stage's own colours for the same vectors

        flasks_b = before.head_out[layer, head]
        flasks_a = moved_back(after.head_out[layer, head], order)
        colour_b = potion_rgb(before, layer, head, flasks_b)
        colour_shuffled = potion_rgb(after, layer, head, after.head_out[layer, head])
        colour_back = potion_rgb(after, layer, head, flasks_a)
        self.flask_rows.set_rows([
            (self.tr("before"), list(zip(before.tokens, colour_b))),
            (self.tr("after (shuffled)"), list(zip(after.tokens, colour_shuffled))),
            (self.tr("after, moved back"), list(zip(before.tokens, colour_back))),
        ])
        worst = self.max_flask_difference
        number = f"{worst:.2e}"
        if worst <= SAME_TOLERANCE:
            verdict = self.tr("Same flasks, just moved: the largest difference over every head of every block is "
                              "%1 (rounding noise).").replace("%1", number)
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
        self._changed()  # the plots' texts are translated too
        self.set_on_screen(self._on_screen)
