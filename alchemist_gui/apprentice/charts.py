"""The apprenticeship's plots (pyqtgraph): the loss curves over the checkpoints, the followed alchemist's pours
over the checkpoints (a stacked plot), and the live loss curve of a training run.

The checkpoints double (0, 1, 2, 4, 8 …), so the two checkpoint plots share a logarithmic step axis: x is
log2(step + 1), which puts step 0 at 0 and spaces the doublings evenly; the tick labels are the steps themselves.
Each plot makes its items once and afterwards only updates their data.
"""
from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont

from ..plots import quiet_plot
from ..theme import ACCENT, ACCENT_DARK, INK, INK_SOFT, PANEL

HELD_OUT = "#3f6fa8"  # the held-out curve: a cool blue beside the amber of training
MARK = ACCENT_DARK
REST_COLOUR = "#d8cfc2"  # the band of the words gathered together
# one colour per bottle position, the same in every plot and every run (muted, told apart in print and by most
# colour-blind readers)
BOTTLE_COLOURS = ("#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1", "#ff9da7",
                  "#9c755f", "#8cd17d")
LABEL_MIN_SHARE = 0.07
EMPTY_LOSS_TOP = 8.0  # a band is labelled with its word where it is at least this thick


def step_x(step) -> float:
    """Where a step sits on the logarithmic step axis (a model without training checkpoints: at 0)."""
    return math.log2(step + 1) if step is not None else 0.0


def step_label(step: int) -> str:
    return f"{step:,}" if step < 10_000 else f"{step // 1000:,}k"


def step_ticks(steps, room: int = 7) -> list[tuple[float, str]]:
    """Labels for some of the checkpoint steps: the first and the last always, others only where they keep about
    1/``room`` of the axis from their neighbours (so they never run together)."""
    steps = [s for s in steps if s is not None]
    if not steps:
        return []
    xs = [step_x(s) for s in steps]
    gap = max(xs[-1] - xs[0], 1e-9) / room
    chosen = [0]
    for i in range(1, len(steps) - 1):
        if xs[i] - xs[chosen[-1]] >= gap and xs[-1] - xs[i] >= gap * 0.7:
            chosen.append(i)
    if len(steps) > 1:
        chosen.append(len(steps) - 1)
    return [(xs[i], step_label(steps[i])) for i in chosen]


def bottle_colour(index: int | None) -> QColor:
    return QColor(REST_COLOUR if index is None else BOTTLE_COLOURS[index % len(BOTTLE_COLOURS)])


class CheckpointPlot(pg.PlotWidget):
    """A plot over the checkpoints with the current one marked; a click picks the nearest checkpoint."""

    picked = Signal(int)  # checkpoint index

    def __init__(self, parent=None):
        super().__init__(parent, background=PANEL)
        self.setMinimumHeight(110)
        self.plot = self.getPlotItem()
        quiet_plot(self.plot)
        self.plot.showGrid(x=True, y=True, alpha=0.12)
        self.marker = pg.InfiniteLine(angle=90, movable=False, pen=pg.mkPen(MARK, width=2, style=Qt.PenStyle.DashLine))
        self.marker.setZValue(20)
        self.plot.addItem(self.marker, ignoreBounds=True)
        self.xs = np.zeros(0)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip("")
        self.scene().sigMouseClicked.connect(self._on_click)

    def set_steps(self, steps) -> None:
        self.xs = np.array([step_x(s) for s in steps], dtype=float)
        self.plot.getAxis("bottom").setTicks([step_ticks(steps)])
        if len(self.xs):
            span = max(self.xs[-1] - self.xs[0], 1.0)
            self.plot.setXRange(self.xs[0] - 0.03 * span, self.xs[-1] + 0.03 * span, padding=0)

    def mark(self, index: int) -> None:
        if 0 <= index < len(self.xs):
            self.marker.setValue(float(self.xs[index]))

    def nearest(self, x: float) -> int:
        return int(np.argmin(np.abs(self.xs - x))) if len(self.xs) else -1

    def _on_click(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton or not len(self.xs):
            return
        pos = event.scenePos()
        if not self.plot.vb.sceneBoundingRect().contains(pos):
            return
        index = self.nearest(self.plot.vb.mapSceneToView(pos).x())
        if index >= 0:
            event.accept()
            self.picked.emit(index)


class LossCurves(CheckpointPlot):
    """Training and held-out loss at each checkpoint."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.legend = self.plot.addLegend(offset=(-8, 6), labelTextColor=INK, labelTextSize="8pt",
                                          brush=pg.mkBrush(255, 253, 248, 220), pen=pg.mkPen("#dccfb9"))
        self.train = self.plot.plot([], [], pen=pg.mkPen(ACCENT, width=2), symbol="o", symbolSize=5,
                                    symbolBrush=ACCENT, symbolPen=None, connect="finite")
        self.held_out = self.plot.plot([], [], pen=pg.mkPen(HELD_OUT, width=2), symbol="s", symbolSize=5,
                                       symbolBrush=HELD_OUT, symbolPen=None, connect="finite")
        self.current = pg.ScatterPlotItem(size=11, pen=pg.mkPen(INK, width=1.5), brush=pg.mkBrush(None))
        self.current.setZValue(30)
        self.plot.addItem(self.current)
        self._names = ("", "")

    def set_checkpoints(self, checkpoints) -> None:
        """``checkpoints``: the Checkpoint items (steps and losses; a missing loss leaves a gap)."""
        steps = [c.step for c in checkpoints]
        self.set_steps(steps)

        def values(name):
            return np.array([np.nan if getattr(c, name) is None else getattr(c, name) for c in checkpoints], float)

        self.train.setData(self.xs, values("train_loss"))
        self.held_out.setData(self.xs, values("heldout_loss"))
        finite = np.concatenate([values("train_loss"), values("heldout_loss")])
        finite = finite[np.isfinite(finite)]
        if finite.size:
            top = float(finite.max())
            self.plot.setYRange(0.0, top * 1.08, padding=0)

    def mark(self, index: int) -> None:
        super().mark(index)
        points = []
        for curve in (self.train, self.held_out):
            _, y = curve.getData()
            if y is not None and 0 <= index < len(y) and np.isfinite(y[index]):
                points.append({"pos": (self.xs[index], y[index])})
        self.current.setData(points)

    def set_names(self, train: str, held_out: str, axis: str) -> None:
        if self._names != (train, held_out):
            self._names = (train, held_out)
            self.legend.clear()
            self.legend.addItem(self.train, train)
            self.legend.addItem(self.held_out, held_out)
        self.plot.setLabel("left", axis, color=INK_SOFT)

    def curves(self) -> tuple[np.ndarray, np.ndarray]:
        """(training, held-out) loss as drawn, one value per checkpoint (tests)."""
        return self.train.getData()[1], self.held_out.getData()[1]


class PourPlot(CheckpointPlot):
    """The followed alchemist's pour shares at each checkpoint, stacked: one band per bottle (its word written in
    it where there is room), the bottles he pours little from gathered in one band on top."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setMinimumHeight(150)
        self.plot.setYRange(0.0, 1.0, padding=0.04)  # room for the "100 %" label at the top
        self.plot.getAxis("left").setTicks([[(0.0, "0%"), (0.5, "50%"), (1.0, "100%")]])
        self.plot.showGrid(x=False, y=False)
        self.bands: list = []  # the Band values drawn, bottom to top
        self._lines: list[pg.PlotCurveItem] = []
        self._fills: list[pg.FillBetweenItem] = []
        self._labels: list[pg.TextItem] = []
        self._rest_word = ""
        self._base = pg.PlotCurveItem([], [], pen=pg.mkPen(None))
        self.plot.addItem(self._base)
        font = QFont()
        font.setPointSizeF(8.0)
        font.setBold(True)
        self._font = font

    def set_rest_word(self, text: str) -> None:
        self._rest_word = text

    def set_bands(self, steps, bands) -> None:
        """``bands``: pours.Band items, bottom to top; their values are the shares at each checkpoint."""
        self.set_steps(steps)
        self.bands = list(bands)
        while len(self._lines) < len(self.bands):
            line = pg.PlotCurveItem([], [], pen=pg.mkPen(PANEL, width=1))
            self.plot.addItem(line)
            below = self._lines[-1] if self._lines else self._base
            fill = pg.FillBetweenItem(below, line)
            fill.setZValue(-10)
            self.plot.addItem(fill)
            label = pg.TextItem("", color=INK, anchor=(0.5, 0.5))
            label.setFont(self._font)
            label.setZValue(10)
            self.plot.addItem(label)
            self._lines.append(line)
            self._fills.append(fill)
            self._labels.append(label)
        n = len(self.xs)
        bottom = np.zeros(n)
        self._base.setData(self.xs, bottom)
        for k, line in enumerate(self._lines):
            fill, label = self._fills[k], self._labels[k]
            if k >= len(self.bands):
                for item in (line, fill, label):
                    item.setVisible(False)
                line.setData([], [])
                continue
            band = self.bands[k]
            top = bottom + band.values
            line.setData(self.xs, top)
            colour = bottle_colour(band.index)
            fill.setBrush(pg.mkBrush(colour))
            for item in (line, fill):
                item.setVisible(True)
            at = int(np.argmax(band.values))
            word = band.word if band.word is not None else self._rest_word
            label.setText(word)
            label.setColor(QColor(INK) if colour.lightnessF() > 0.55 else QColor("#ffffff"))
            label.setPos(float(self.xs[at]) if n else 0.0, float(bottom[at] + band.values[at] / 2) if n else 0.0)
            label.setVisible(bool(n and band.values[at] >= LABEL_MIN_SHARE))
            bottom = top
        self._place_edge_labels()

    def _place_edge_labels(self) -> None:
        """A label at the first or last checkpoint would hang half outside the plot: anchor it inwards."""
        if not len(self.xs):
            return
        for label in self._labels:
            x = label.pos().x()
            anchor = (0.0, 0.5) if x <= self.xs[0] + 1e-9 else (1.0, 0.5) if x >= self.xs[-1] - 1e-9 else (0.5, 0.5)
            label.setAnchor(anchor)

    def shares(self) -> dict:
        """What each band's height is at each checkpoint, as drawn: {bottle index or None: [checkpoints]} (tests)."""
        out, below = {}, self._base.getData()[1]
        for band, line in zip(self.bands, self._lines):
            top = line.getData()[1]
            out[band.index] = np.asarray(top) - np.asarray(below)
            below = top
        return out


class TrainingCurve(pg.PlotWidget):
    """The live loss of a training run: the batch loss at each reported step, and the held-out loss measured at
    the checkpoints; the x axis is the step (linear: it grows as training goes)."""

    def __init__(self, parent=None):
        super().__init__(parent, background=PANEL)
        self.setMinimumHeight(150)
        self.plot = self.getPlotItem()
        quiet_plot(self.plot)
        self.plot.showGrid(x=True, y=True, alpha=0.12)
        self.legend = self.plot.addLegend(offset=(-8, 6), labelTextColor=INK, labelTextSize="8pt",
                                          brush=pg.mkBrush(255, 253, 248, 220), pen=pg.mkPen("#dccfb9"))
        self.batch = self.plot.plot([], [], pen=pg.mkPen(ACCENT, width=1.6))
        self.held_out = self.plot.plot([], [], pen=pg.mkPen(HELD_OUT, width=2), symbol="s", symbolSize=6,
                                       symbolBrush=HELD_OUT, symbolPen=None)
        self._batch: list[tuple[int, float]] = []
        self._held: list[tuple[int, float]] = []
        self._names = ("", "")

    def clear_run(self, steps: int) -> None:
        self._batch, self._held = [], []
        self.batch.setData([], [])
        self.held_out.setData([], [])
        self.plot.setXRange(0, max(1, steps), padding=0.02)
        self.plot.setYRange(0, EMPTY_LOSS_TOP, padding=0)  # an untrained workshop starts near ln(vocabulary)
        self.plot.enableAutoRange(axis="y")

    def add(self, row: dict) -> None:
        """One JSON line of the trainer: {"step", "loss", …, and "heldout_loss" at a checkpoint}."""
        step = int(row.get("step", 0))
        if isinstance(row.get("loss"), (int, float)):
            self._batch.append((step, float(row["loss"])))
            self.batch.setData(*zip(*self._batch))
        if isinstance(row.get("heldout_loss"), (int, float)):
            self._held.append((step, float(row["heldout_loss"])))
            self.held_out.setData(*zip(*self._held))

    def points(self) -> int:
        return len(self._batch)

    def set_names(self, batch: str, held_out: str, x_axis: str, y_axis: str) -> None:
        if self._names != (batch, held_out):
            self._names = (batch, held_out)
            self.legend.clear()
            self.legend.addItem(self.batch, batch)
            self.legend.addItem(self.held_out, held_out)
        self.plot.setLabel("bottom", x_axis, color=INK_SOFT)
        self.plot.setLabel("left", y_axis, color=INK_SOFT)


__all__ = ["LossCurves", "PourPlot", "TrainingCurve", "CheckpointPlot", "step_x", "step_ticks", "bottle_colour"]
