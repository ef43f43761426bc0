"""The inspector: the real numbers behind the stage, drawn with pyqtgraph.

Attention of the chosen head (who looks at whom), every head of the block as a thumbnail (click to choose),
the next-word probabilities, and the logit lens (what the stream would predict after each block).

A new run only marks the plots stale; they are drawn when they can be seen, one piece per call of refresh()
(the window spreads those calls over frames), or at once when their tab is opened.
"""
from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QSplitter, QTabWidget, QVBoxLayout, QWidget

from .plots import HEAT, BarChart, Heatmap
from .retranslate import Translatable
from .stage.palette import hue_colour
from .story.layout import head_hue
from .story.numbers import fmt_percent
from .theme import ACCENT_DARK, ERROR, INK, INK_SOFT, PANEL


TAB_PIECES = (("attention", "heads"), ("prediction",))  # what each tab shows, drawn a piece at a time


class _HeadBox(pg.ViewBox):
    def __init__(self, head: int, on_click):
        super().__init__(lockAspect=False, enableMouse=False, invertY=True, enableMenu=False)
        self.head, self._on_click = head, on_click

    def mouseClickEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            event.accept()
            self._on_click(self.head)


class HeadsGrid(pg.GraphicsLayoutWidget):
    """Every head of one block as a small attention map; the chosen head is framed, silenced heads are red."""

    head_clicked = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setBackground(PANEL)
        self.setMinimumHeight(120)
        self.boxes: list[_HeadBox] = []
        self.images: list[pg.ImageItem] = []
        self.labels: list[pg.LabelItem] = []
        self._looks: list = []  # per head: what its label and frame show (redrawn only when it changes)
        self._shape = None

    def _build(self, n_head: int) -> None:
        """Items are made once per head count (a new model may have more heads), then only updated."""
        self.clear()
        self.boxes, self.images, self.labels = [], [], []
        self._looks, self._shape = [None] * n_head, None
        cols = n_head if n_head <= 4 else math.ceil(math.sqrt(n_head))
        for h in range(n_head):
            cell = self.addLayout(row=h // cols, col=h % cols)
            label = cell.addLabel("", row=0, col=0, size="8pt", color=INK_SOFT)
            box = _HeadBox(h, self.head_clicked.emit)
            cell.addItem(box, row=1, col=0)
            image = pg.ImageItem(axisOrder="row-major")
            image.setColorMap(HEAT)
            box.addItem(image)
            self.boxes.append(box)
            self.images.append(image)
            self.labels.append(label)

    def set_heads(self, attention: np.ndarray, chosen: int, silenced: set[int], title) -> None:
        """attention: [H, T, T] of one block."""
        if len(self.boxes) != attention.shape[0]:
            self._build(attention.shape[0])
        reshaped = attention.shape != self._shape
        self._shape = attention.shape
        for h, (box, image, label) in enumerate(zip(self.boxes, self.images, self.labels)):
            image.setImage(attention[h], autoLevels=False, levels=(0.0, 1.0))
            look = (h == chosen, h in silenced, title(h, h in silenced))
            if look != self._looks[h]:  # a label is slow to lay out: only when it changes
                self._looks[h] = look
                self._restyle(h, box, image, label, *look)
            if reshaped:
                box.setRange(xRange=(0, attention.shape[2]), yRange=(0, attention.shape[1]), padding=0.02)

    def _restyle(self, h: int, box, image, label, chosen: bool, silenced: bool, title: str) -> None:
        image.setOpacity(0.35 if silenced else 1.0)
        if chosen:
            box.setBorder(pg.mkPen(ACCENT_DARK, width=3))
        elif silenced:
            box.setBorder(pg.mkPen(ERROR, width=1.5, style=Qt.PenStyle.DashLine))
        else:
            box.setBorder(pg.mkPen("#d8ccb8", width=1))
        colour = ERROR if silenced else (ACCENT_DARK if chosen else INK_SOFT)
        # a dot in the head's badge colour on the stage, so the thumbnail and the alchemist are easy to match
        badge = hue_colour(head_hue(h), 0.8, 0.5).name()
        label.setText(f"<span style='color:{badge}'>●</span> {title}", color=colour, size="8pt", bold=chosen)

    def shown(self) -> list[np.ndarray]:
        return [image.image for image in self.images]


class Inspector(Translatable, QWidget):
    head_selected = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._trace = None
        self._layer = self._head = 0
        self._focus = None
        self._stale: set[str] = set()  # pieces that lag behind the trace
        self._on_screen = True
        self._titled = None  # (layer, head) the titles were written for

        self.heatmap = Heatmap()
        self.heatmap.setObjectName("attentionHeatmap")
        self.readout = QLabel()
        self.readout.setObjectName("hint")
        self.readout.setMinimumHeight(self.readout.fontMetrics().height() + 4)
        self.heatmap.hovered.connect(self._on_hover)
        self.heads = HeadsGrid()
        self.heads.head_clicked.connect(self.head_selected)
        self.heads_hint = QLabel()
        self.heads_hint.setObjectName("hint")
        self.heads_hint.setWordWrap(True)

        attention = QWidget()
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.heatmap, 1)
        top_layout.addWidget(self.readout)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 4, 0, 0)
        bottom_layout.addWidget(self.heads_hint)
        bottom_layout.addWidget(self.heads, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(bottom)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(attention)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(split)

        self.next_word = BarChart()
        self.next_word.setObjectName("nextWordBars")
        self.lens = BarChart(colour="#c9a46a")
        self.lens.setObjectName("logitLens")
        self.next_hint = QLabel()
        self.next_hint.setObjectName("hint")
        self.next_hint.setWordWrap(True)
        self.lens_hint = QLabel()
        self.lens_hint.setObjectName("hint")
        self.lens_hint.setWordWrap(True)
        prediction = QWidget()
        p_layout = QVBoxLayout(prediction)
        p_layout.setContentsMargins(6, 6, 6, 6)
        p_layout.addWidget(self.next_hint)
        p_layout.addWidget(self.next_word, 3)
        p_layout.addWidget(self.lens_hint)
        p_layout.addWidget(self.lens, 2)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("inspectorTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(attention, "")
        self.tabs.addTab(prediction, "")
        self.tabs.currentChanged.connect(lambda index: self._on_screen and self._bring_up_to_date(index))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.tabs)
        self.retranslate()

    def bind(self, session, redraw_later) -> None:
        """Show the session's run; ``redraw_later(panel)`` has the plots drawn a piece per frame."""
        def show(run, *_):
            story = run.story
            self.set_trace(run.trace, story.layer, story.head, story.focus)
            redraw_later(self)
        session.run_shown.connect(show)
        session.story_changed.connect(show)
        self.head_selected.connect(lambda head: session.select(head=head))
        if session.run is not None:  # made after a run was shown: catch up with it
            show(session.run)

    # -- data ----------------------------------------------------------------------------------------
    def set_trace(self, trace, layer: int, head: int, focus: int | None) -> None:
        """Take a new run or selection.  Nothing is drawn yet: see refresh()."""
        self._trace, self._layer, self._head, self._focus = trace, layer, head, focus
        self._stale = {"attention", "heads", "prediction"}

    def set_on_screen(self, shown: bool) -> None:
        """Whether the inspector can be seen (its dock's tab is raised); a stale tab is drawn when it can."""
        self._on_screen = shown
        if shown:
            self._bring_up_to_date(self.tabs.currentIndex())

    @property
    def stale(self) -> bool:
        """Something on screen lags behind the trace."""
        return self._on_screen and any(p in self._stale for p in TAB_PIECES[self.tabs.currentIndex()])

    def refresh(self) -> bool:
        """Draw one stale piece of the open tab, if the inspector can be seen; True while more remain."""
        if self._trace is None or not self.stale:
            return False
        self._draw(next(p for p in TAB_PIECES[self.tabs.currentIndex()] if p in self._stale))
        return self.stale

    def _bring_up_to_date(self, index: int) -> None:
        for piece in TAB_PIECES[index]:
            if self._trace is not None and piece in self._stale:
                self._draw(piece)

    def _draw(self, piece: str) -> None:
        self._stale.discard(piece)
        {"attention": self._show_attention, "heads": self._show_heads,
         "prediction": self._show_prediction}[piece](self._trace)

    def _show_attention(self, trace) -> None:
        self._retitle()
        layer, head = self._layer, self._head
        tokens = trace.tokens
        focus = trace.n_tokens - 1 if self._focus is None else self._focus
        masked = ~np.isfinite(trace.scores[layer, head])
        self.heatmap.set_data(trace.attention[layer, head], tokens, tokens, masked=masked, levels=(0.0, 1.0),
                              focus_row=focus, readout=self._attention_readout)

    def _show_heads(self, trace) -> None:
        layer = self._layer
        silenced = {h for (l, h) in trace.knockout if l == layer}
        self.heads.set_heads(trace.attention[layer], self._head, silenced, self._head_title)

    def _show_prediction(self, trace) -> None:
        preds = trace.predictions(8)
        self.next_word.set_bars([t for t, _ in preds], [p for _, p in preds], highlight=0)
        lens = [trace.lens_predictions(l, 1)[0] for l in range(trace.config["n_layer"])]
        self.lens.set_bars([self._block_label(l) for l in range(len(lens))], [p for _, p in lens],
                           texts=[f"{t}  {fmt_percent(p)}" for t, p in lens], highlight=len(lens) - 1)

    # what the tabs show (a tab not opened yet is brought up to date first, exactly as opening it would)
    def shown_attention(self) -> np.ndarray:
        self._bring_up_to_date(0)
        return self.heatmap.shown()

    def shown_heads(self) -> list[np.ndarray]:
        self._bring_up_to_date(0)
        return self.heads.shown()

    def shown_predictions(self) -> list[tuple[str, float]]:
        self._bring_up_to_date(1)
        labels, values = self.next_word.shown()
        return list(zip(labels, (float(v) for v in values)))

    def shown_lens(self) -> list[str]:
        self._bring_up_to_date(1)
        return [item.toPlainText().split("  ")[0] for item in self.lens._texts if item.isVisible()]

    # -- text ----------------------------------------------------------------------------------------
    def _attention_readout(self, i: int, j: int, value: float) -> str:
        tokens = self._trace.tokens
        if not np.isfinite(self._trace.scores[self._layer, self._head, i, j]):
            return self.tr("“%1” cannot see “%2”: it comes later (behind the rope)").replace(
                "%1", tokens[i]).replace("%2", tokens[j])
        return self.tr("“%1” pours %2 from “%3”").replace("%1", tokens[i]).replace(
            "%2", f"{value:.1%}").replace("%3", tokens[j])

    def _on_hover(self, text: str) -> None:
        self.readout.setText(text or self.tr("Point at a square to read its share."))

    def _head_title(self, h: int, silenced: bool) -> str:
        return self.tr("head %1 (silenced)").replace("%1", str(h)) if silenced else self.tr("head %1").replace(
            "%1", str(h))

    def _block_label(self, layer: int) -> str:
        return self.tr("after block %1").replace("%1", str(layer))

    def _retitle(self, again: bool = False) -> None:
        layer, head = self._layer, self._head
        if (layer, head) == self._titled and not again:
            return  # pyqtgraph lays a title out anew each time: only when it changes
        self._titled = (layer, head)
        self.heatmap.set_title(self.tr("Block %1, head %2: who pours from whom").replace("%1", str(layer)).replace(
            "%2", str(head)))
        self.heatmap.set_axis_labels(self.tr("pouring word (query)"), self.tr("bottle (key)"))
        self.heads_hint.setText(self.tr("All heads of block %1 — click one to follow it").replace("%1", str(layer)))
        self.next_word.plot.setTitle(self.tr("Next word: the model's real probabilities"), color=INK, size="10pt")
        self.lens.plot.setTitle(self.tr("Logit lens: the best guess after each block"), color=INK, size="10pt")

    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("Attention"))
        self.tabs.setTabText(1, self.tr("Prediction"))
        self.next_hint.setText(self.tr("The last word's flask, read out: how likely each word is to come next."))
        self.lens_hint.setText(self.tr("Reading the stream early: what the model would say if it stopped after "
                                       "each block."))
        self.readout.setText(self.tr("Point at a square to read its share."))
        self._retitle(again=True)
        if self._trace is not None:  # the plots' labels are translated too
            self._stale = {"attention", "heads", "prediction"}
            if self._on_screen:
                self._bring_up_to_date(self.tabs.currentIndex())
