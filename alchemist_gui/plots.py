"""pyqtgraph building blocks shared by the inspector and the before/after view.

Each widget creates its plot items once and afterwards only updates their data (pyqtgraph's own advice for
smooth updates); text labels come from a pool that only grows.
"""
from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPen
from PySide6.QtWidgets import QGraphicsRectItem

from .story.numbers import fmt_percent
from .theme import ACCENT, ACCENT_DARK, DIFF_STOPS, HEAT_STOPS, INK, INK_SOFT, MASKED_RGBA, PANEL


def colormap(stops) -> pg.ColorMap:
    return pg.ColorMap([p for p, _ in stops], [QColor(c) for _, c in stops])


HEAT = colormap(HEAT_STOPS)
DIFF = colormap(DIFF_STOPS)


def short(token: str, limit: int = 10) -> str:
    return token if len(token) <= limit else token[: limit - 1] + "…"


def quiet_plot(plot: pg.PlotItem) -> None:
    """A plot for reading, not for exploring: no mouse pan/zoom, no context menu, no auto-range button."""
    plot.setMenuEnabled(False)
    plot.setMouseEnabled(x=False, y=False)
    plot.hideButtons()
    for name in ("left", "bottom"):
        axis = plot.getAxis(name)
        axis.setPen(pg.mkPen(INK_SOFT))
        axis.setTextPen(pg.mkPen(INK))
        axis.setStyle(hideOverlappingLabels=False)  # the last word's label matters most: never drop it


class Heatmap(pg.GraphicsLayoutWidget):
    """A token × token (or token × feature) matrix with token tick labels, a colour bar and a hover readout."""

    hovered = Signal(str)  # a readout line for the cell under the mouse ("" when outside)

    def __init__(self, stops=HEAT_STOPS, levels=(0.0, 1.0), symmetric=False, colorbar=True, parent=None):
        super().__init__(parent)
        self.setBackground(PANEL)
        self.setMinimumSize(160, 140)
        self.symmetric = symmetric
        self.plot = self.addPlot(row=0, col=0)
        quiet_plot(self.plot)
        self.plot.invertY(True)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.masked = pg.ImageItem(axisOrder="row-major")  # grey cells that the rope (causal mask) hides
        self.plot.addItem(self.image)
        self.plot.addItem(self.masked)
        self.focus = QGraphicsRectItem()
        self.focus.setPen(QPen(QColor(ACCENT_DARK), 0))
        self.focus.pen().setCosmetic(True)
        pen = QPen(QColor(INK), 2.0)
        pen.setCosmetic(True)
        self.focus.setPen(pen)
        self.focus.setVisible(False)
        self.plot.addItem(self.focus)
        self.colorbar = None
        if colorbar:
            self.colorbar = pg.ColorBarItem(values=levels, colorMap=colormap(stops), interactive=False, width=10,
                                            pen=pg.mkPen(INK_SOFT))
            self.colorbar.setImageItem(self.image, insert_in=self.plot)
        else:
            self.image.setColorMap(colormap(stops))
            self.image.setLevels(levels)
        self._rows: tuple = ()
        self._cols: tuple = ()
        self._col_step = 1
        self._ticked_for = None  # (size, rows, cols) the tick labels were thinned for
        self._data = np.zeros((0, 0))
        self._readout = lambda i, j, v: f"{v:.3f}"
        self.scene().sigMouseMoved.connect(self._on_mouse)

    # -- data ----------------------------------------------------------------------------------------
    def set_data(self, data: np.ndarray, rows, cols, masked: np.ndarray | None = None, levels=None,
                 focus_row: int | None = None, readout=None, col_step: int = 1) -> None:
        data = np.asarray(data, dtype=np.float32)
        self._data = data
        if readout is not None:
            self._readout = readout
        if levels is None and self.symmetric:
            top = float(np.nanmax(np.abs(data))) if data.size else 1.0
            levels = (-max(top, 1e-9), max(top, 1e-9))
        if self.colorbar is not None:
            if levels is not None:
                self.colorbar.setLevels(levels)
            self.image.setImage(data, autoLevels=False)
        else:
            self.image.setImage(data, autoLevels=False, levels=levels or self.image.levels)
        if masked is not None and masked.any():
            rgba = np.zeros(masked.shape + (4,), dtype=np.ubyte)
            rgba[masked] = MASKED_RGBA
            self.masked.setImage(rgba, autoLevels=False, levels=(0, 255))
            self.masked.setVisible(True)
        else:
            self.masked.setVisible(False)
        n_rows, n_cols = data.shape if data.ndim == 2 else (0, 0)
        if tuple(rows) != self._rows or tuple(cols) != self._cols or col_step != self._col_step:
            self._rows, self._cols, self._col_step = tuple(rows), tuple(cols), col_step
            self._apply_ticks()
        self.plot.setRange(xRange=(0, max(n_cols, 1)), yRange=(0, max(n_rows, 1)), padding=0)
        if focus_row is not None and 0 <= focus_row < n_rows:
            self.focus.setRect(QRectF(0, focus_row, n_cols, 1))
            self.focus.setVisible(True)
        else:
            self.focus.setVisible(False)

    def _apply_ticks(self) -> None:
        """Token labels, thinned so that neighbours never run together ("Sarahliesstill…"): every k-th one, where k
        follows from the room the axis has; the last one (the word that predicts) is always there."""
        key = (self.width(), self.height(), self._rows, self._cols, self._col_step)
        if key == self._ticked_for:
            return
        self._ticked_for = key
        metrics = QFontMetrics(self.plot.getAxis("bottom").style.get("tickFont") or QFont())
        rows = [short(t) for t in self._rows]
        cols = [short(t, 7) for t in self._cols]
        width = max(40, self.width() - 110)  # the left axis and the colour bar take the rest
        height = max(40, self.height() - 60)
        col_room = max((metrics.horizontalAdvance(t) for t in cols), default=0) + 8
        row_room = metrics.height() + 2
        col_step = max(self._col_step, math.ceil(len(cols) * col_room / width)) if cols else 1
        row_step = max(1, math.ceil(len(rows) * row_room / height)) if rows else 1

        def kept(n: int, step: int):
            return [i for i in range(n) if (n - 1 - i) % step == 0]  # counted back from the last
        self.plot.getAxis("left").setTicks([[(i + 0.5, rows[i]) for i in kept(len(rows), row_step)]])
        self.plot.getAxis("bottom").setTicks([[(j + 0.5, cols[j]) for j in kept(len(cols), col_step)]])

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if getattr(self, "_ticked_for", None) is not None:  # (a resize may come while __init__ still runs)
            self._apply_ticks()

    def shown(self) -> np.ndarray:
        """The matrix on screen (tests compare it with the trace)."""
        return self.image.image

    def set_axis_labels(self, left: str, bottom: str) -> None:
        self.plot.setLabel("left", left, color=INK_SOFT)
        self.plot.setLabel("bottom", bottom, color=INK_SOFT)

    def set_title(self, title: str) -> None:
        self.plot.setTitle(title, color=INK, size="10pt")

    def _on_mouse(self, pos) -> None:
        if not self.plot.sceneBoundingRect().contains(pos) or self._data.ndim != 2:
            self.hovered.emit("")
            return
        p = self.plot.vb.mapSceneToView(pos)
        i, j = int(np.floor(p.y())), int(np.floor(p.x()))
        if 0 <= i < self._data.shape[0] and 0 <= j < self._data.shape[1]:
            self.hovered.emit(self._readout(i, j, float(self._data[i, j])))
        else:
            self.hovered.emit("")


class BarChart(pg.GraphicsLayoutWidget):
    """Horizontal bars, one per row, labelled on the left and with a value text at the bar's end."""

    def __init__(self, colour=ACCENT, parent=None):
        super().__init__(parent)
        self.setBackground(PANEL)
        self.setMinimumSize(160, 120)
        self.plot = self.addPlot(row=0, col=0)
        quiet_plot(self.plot)
        self.plot.invertY(True)
        self.plot.hideAxis("bottom")  # every bar has its value written at its end: an axis would only crowd it
        self.bars = pg.BarGraphItem(x0=[], y=[], width=[], height=0.68, brush=QColor(colour), pen=pg.mkPen(None))
        self.highlight = pg.BarGraphItem(x0=[], y=[], width=[], height=0.68, brush=QColor(ACCENT_DARK),
                                         pen=pg.mkPen(None))
        self.plot.addItem(self.bars)
        self.plot.addItem(self.highlight)
        self._texts: list[pg.TextItem] = []
        self._values = np.zeros(0)
        self._labels: tuple = ()
        self._font = QFont()

    def set_bars(self, labels, values, texts=None, highlight: int | None = None) -> None:
        values = np.asarray(values, dtype=float)
        self._values, self._labels = values, tuple(labels)
        n = len(values)
        y = np.arange(n, dtype=float)
        self.bars.setOpts(x0=np.zeros(n), y=y, width=values, height=0.68)
        if highlight is not None and 0 <= highlight < n:
            self.highlight.setOpts(x0=[0.0], y=[float(highlight)], width=[values[highlight]], height=0.68)
            self.highlight.setVisible(True)
        else:
            self.highlight.setVisible(False)
        while len(self._texts) < n:
            item = pg.TextItem(color=INK, anchor=(0, 0.5))
            item.setFont(self._font)
            self.plot.addItem(item)
            self._texts.append(item)
        texts = texts if texts is not None else [fmt_percent(v) for v in values]
        for i, item in enumerate(self._texts):
            if i < n:
                item.setText(texts[i])
                item.setPos(QPointF(float(values[i]) + 0.02, i))
                item.setVisible(True)
            else:
                item.setVisible(False)
        self.plot.getAxis("left").setTicks([[(i, short(t, 14)) for i, t in enumerate(self._labels)]])
        self.plot.setRange(xRange=(0, 1.32), yRange=(-0.6, max(n, 1) - 0.4), padding=0)

    def shown(self) -> tuple[tuple, np.ndarray]:
        return self._labels, self._values
