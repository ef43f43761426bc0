"""Bars of the real numbers beside the guess: per row the player's number (amber, hatched) over the model's
(walnut, solid), with the gap between them drawn as a red band, and an optional goal line."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from .. import style
from ..text import percent

ROW_H = 30.0
LEGEND_H = 22.0


@dataclass(frozen=True)
class Row:
    label: str
    real: float
    guess: float | None = None
    tag: str = ""  # shown after the label: "your pick", "best", "target" …
    strong: bool = False  # the row that matters most (the winner, the answer)


class CompareBars(QWidget):
    def __init__(self, rows: list[Row], names: tuple[str, str] = ("", ""), lo: float = 0.0,
                 hi: float | None = None, fmt=percent, goal: float | None = None, goal_name: str = "",
                 parent: QWidget | None = None):
        """names: the legend (the guess's series, the model's); lo/hi: the scale (hi None: the largest value)."""
        super().__init__(parent)
        self.rows, self.names, self.fmt = rows, names, fmt
        values = [r.real for r in rows] + [r.guess for r in rows if r.guess is not None]
        self.lo = min([lo] + values)
        self.hi = hi if hi is not None else max([1e-9, goal or 0.0] + values)
        self.goal, self.goal_name = goal, goal_name
        self.has_guess = any(r.guess is not None for r in rows)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(240)

    def _legend(self) -> bool:
        return any(self.names)

    def sizeHint(self) -> QSize:
        return QSize(360, int(len(self.rows) * ROW_H + (LEGEND_H if self._legend() else 0) + 6))

    def minimumSizeHint(self) -> QSize:
        return QSize(240, self.sizeHint().height())

    def x_of(self, area: QRectF, v: float) -> float:
        span = self.hi - self.lo or 1.0
        return area.left() + (min(max(v, self.lo), self.hi) - self.lo) / span * area.width()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(self.font())
        metrics = QFontMetricsF(font)
        bold = QFont(font)
        bold.setBold(True)
        y = 2.0
        if self._legend():
            self._paint_legend(painter, metrics, y)
            y += LEGEND_H
        bold_metrics = QFontMetricsF(bold)
        label_w = min(self.width() * 0.34, max(bold_metrics.horizontalAdvance(r.label) for r in self.rows) + 12)
        value_w = metrics.horizontalAdvance("100.0% · 100.0%" if self.has_guess else "100.0%") + 6
        area = QRectF(label_w, 0, max(40.0, self.width() - label_w - value_w - 4), 0)
        zero = self.x_of(area, 0.0)
        for row in self.rows:
            cell = QRectF(0, y, self.width(), ROW_H)
            painter.setFont(bold if row.strong else font)
            painter.setPen(style.INK)
            used = bold_metrics if row.strong else metrics
            label = used.elidedText(row.label, Qt.TextElideMode.ElideRight, label_w - 8)
            painter.drawText(QRectF(0, y, label_w - 6, ROW_H), Qt.AlignmentFlag.AlignVCenter, label)
            track = QRectF(area.left(), y + 4, area.width(), ROW_H - 8)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(style.T.PAPER_DARK))
            painter.drawRoundedRect(track, 3, 3)
            if row.guess is not None:
                top = QRectF(track.left(), track.top() + 1, 0, track.height() * 0.42)
                bottom = QRectF(track.left(), track.top() + track.height() * 0.5, 0, track.height() * 0.48)
                self._bar(painter, zero, self.x_of(area, row.guess), top, guess=True)
                self._bar(painter, zero, self.x_of(area, row.real), bottom, guess=False)
                a, b = sorted((self.x_of(area, row.guess), self.x_of(area, row.real)))
                if b - a > 0.5:  # the gap: a red band across both bars, closed by red ends
                    painter.setBrush(style.GAP)
                    painter.setPen(Qt.PenStyle.NoPen)
                    painter.drawRect(QRectF(a, track.top(), b - a, track.height()))
                    painter.setPen(QPen(style.BAD, 1.4))
                    for x in (a, b):
                        painter.drawLine(QPointF(x, track.top()), QPointF(x, track.bottom()))
            else:
                bar = QRectF(track.left(), track.top() + 2, 0, track.height() - 4)
                self._bar(painter, zero, self.x_of(area, row.real), bar, guess=False, strong=row.strong)
            if row.tag:
                self._paint_tag(painter, font, track, row, area)
            painter.setFont(font)
            text_rect = QRectF(area.right() + 4, y, value_w, ROW_H)
            if row.guess is not None:
                painter.setPen(QColor(style.T.ACCENT_DARK))
                guess_text = self.fmt(row.guess) + " · "
                painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter, guess_text)
                text_rect = text_rect.adjusted(metrics.horizontalAdvance(guess_text), 0, 0, 0)
            painter.setPen(style.INK)
            painter.setFont(bold)
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter, self.fmt(row.real))
            y += ROW_H
        if self.goal is not None:
            x = self.x_of(area, self.goal)
            top = LEGEND_H if self._legend() else 2.0
            pen = QPen(style.GOOD, 1.5, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawLine(QPointF(x, top), QPointF(x, y))

    def _paint_tag(self, painter: QPainter, font: QFont, track: QRectF, row: Row, area: QRectF) -> None:
        """The row's tag inside its track, at the right end (white where a bar reaches under it)."""
        small = QFont(font)
        small.setPointSizeF(max(6.5, font.pointSizeF() - 1.5))
        small.setItalic(True)
        painter.setFont(small)
        width = QFontMetricsF(small).horizontalAdvance(row.tag) + 8
        box = QRectF(track.right() - width, track.top(), width - 4, track.height())
        ends = [self.x_of(area, row.real)] + ([self.x_of(area, row.guess)] if row.guess is not None else [])
        under = max(ends) > box.left() + 2
        painter.setPen(QColor("white") if under and row.guess is None else QColor(style.T.ACCENT_DARK))
        painter.drawText(box, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, row.tag)

    def _bar(self, painter: QPainter, zero: float, end: float, rect: QRectF, guess: bool,
             strong: bool = False) -> None:
        a, b = sorted((zero, end))
        bar = QRectF(a, rect.top(), max(1.5, b - a), rect.height())
        if guess:
            painter.setPen(QPen(style.GUESS.darker(125), 1))
            painter.setBrush(QColor(style.GUESS.red(), style.GUESS.green(), style.GUESS.blue(), 120))
            painter.drawRoundedRect(bar, 2, 2)
            painter.setBrush(QBrush(style.GUESS.darker(115), Qt.BrushStyle.BDiagPattern))
            painter.drawRoundedRect(bar, 2, 2)
        else:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(style.GUESS if strong else style.REAL)
            painter.drawRoundedRect(bar, 2, 2)

    def _paint_legend(self, painter: QPainter, metrics: QFontMetricsF, y: float) -> None:
        x = 2.0
        for k, name in enumerate(self.names):
            if not name or (k == 0 and not self.has_guess):
                continue
            swatch = QRectF(x, y + 5, 18, 11)
            self._bar(painter, swatch.left(), swatch.right(), swatch, guess=k == 0)
            painter.setPen(style.SOFT)
            painter.drawText(QRectF(x + 24, y, self.width(), LEGEND_H - 2), Qt.AlignmentFlag.AlignVCenter, name)
            x += 24 + metrics.horizontalAdvance(name) + 18
        if self.goal is not None and self.goal_name:
            painter.setPen(QPen(style.GOOD, 1.5, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(x, y + 4), QPointF(x, y + LEGEND_H - 4))
            painter.setPen(style.GOOD)
            painter.drawText(QRectF(x + 6, y, self.width(), LEGEND_H - 2), Qt.AlignmentFlag.AlignVCenter,
                             self.goal_name)
