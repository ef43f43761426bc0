"""Rows of flask swatches: each word's head output in the stage's potion colours, labelled with its word.

Used by the before/after view to make "the same flasks, just moved" visible at a glance.
"""
from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from .stage.palette import rgb as rgb_colour
from .theme import INK, INK_SOFT

ROW_H = 54
LABEL_W = 118


class FlaskRows(QWidget):
    def __init__(self, parent: QWidget | None = None, rows: int = 1):
        super().__init__(parent)
        self._rows: list[tuple[str, list[tuple[str, tuple]]]] = []
        self._room = rows  # rows it keeps room for, so that showing them moves nothing else
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(rows * ROW_H + 4)

    def set_rows(self, rows) -> None:
        """rows: [(label, [(word, rgb), ...]), ...]"""
        self._rows = [(label, list(items)) for label, items in rows]
        self.setFixedHeight(max(self._room, len(self._rows)) * ROW_H + 4)
        self.update()

    def rows(self):
        return self._rows

    def sizeHint(self) -> QSize:
        return QSize(360, max(self._room, len(self._rows)) * ROW_H + 4)

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        small = self.font()
        small.setPointSizeF(small.pointSizeF() * 0.85)
        for r, (label, items) in enumerate(self._rows):
            top = r * ROW_H + 2
            p.setPen(QColor(INK))
            p.setFont(self.font())
            label_rect = QRectF(0, top, LABEL_W - 6, ROW_H - 16)
            flags = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight | Qt.TextFlag.TextWordWrap
            p.drawText(label_rect, flags, label)
            n = max(1, len(items))
            cell = (self.width() - LABEL_W) / n
            size = min(cell - 4, ROW_H - 22)
            for i, (word, rgb) in enumerate(items):
                cx = LABEL_W + cell * (i + 0.5)
                flask = QPainterPath()  # a round-bottomed flask: a circle with a short neck
                body = QRectF(cx - size / 2, top + 6 + size * 0.25, size, size * 0.75)
                flask.addEllipse(body)
                flask.addRect(QRectF(cx - size * 0.14, top + 4, size * 0.28, size * 0.3))
                p.fillPath(flask.simplified(), rgb_colour(rgb))
                p.setPen(QPen(QColor(INK_SOFT), 1))
                p.drawPath(flask.simplified())
                p.setFont(small)
                word_rect = QRectF(cx - cell / 2, top + ROW_H - 18, cell, 14)
                shown = QFontMetrics(small).elidedText(word, Qt.TextElideMode.ElideRight, int(cell))
                p.setPen(QColor(INK))
                p.drawText(word_rect, Qt.AlignmentFlag.AlignCenter, shown)
