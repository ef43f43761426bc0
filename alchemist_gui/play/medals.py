"""Medals drawn by hand: a round medal on a ribbon with a star — bronze (passed), silver (good), gold (best).
A medal not won yet is a dashed ring, a skipped challenge a grey dash."""
from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPixmap, QPolygonF, QRadialGradient
from PySide6.QtWidgets import QSizePolicy, QWidget

from .style import EMPTY, METALS, RIBBONS

RANK = {None: 0, "pass": 1, "good": 2, "best": 3}


def star(cx: float, cy: float, outer: float, inner: float, points: int = 5) -> QPolygonF:
    poly = QPolygonF()
    for k in range(points * 2):
        r = outer if k % 2 == 0 else inner
        a = -math.pi / 2 + k * math.pi / points
        poly.append(QPointF(cx + r * math.cos(a), cy + r * math.sin(a)))
    return poly


def paint_medal(painter: QPainter, rect: QRectF, medal: str | None, skipped: bool = False) -> None:
    """A medal filling ``rect`` (square is best): the disc in the lower part, the ribbon above it."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    size = min(rect.width(), rect.height())
    cx, top = rect.center().x(), rect.center().y() - size / 2
    r = size * 0.34
    cy = top + size - r - size * 0.04
    if medal is None:
        pen = QPen(QColor("#b7a98f") if skipped else EMPTY, max(1.2, size * 0.05))
        if skipped:
            painter.setPen(pen)
            painter.drawLine(QPointF(cx - r * 0.6, cy), QPointF(cx + r * 0.6, cy))
        else:
            pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QPointF(cx, cy), r, r)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(EMPTY)
            painter.drawPolygon(star(cx, cy, r * 0.45, r * 0.19))
        painter.restore()
        return
    light, body, edge = (QColor(c) for c in METALS[medal])
    ribbon, ribbon_dark = (QColor(c) for c in RIBBONS[medal])
    # the ribbon: two bands crossing behind the disc
    w = size * 0.17
    for side, colour in ((-1, ribbon), (1, ribbon_dark)):
        band = QPainterPath()
        x0 = cx + side * size * 0.20
        band.moveTo(x0 - w / 2, top)
        band.lineTo(x0 + w / 2, top)
        band.lineTo(cx - side * size * 0.02 + w / 2, cy - r * 0.2)
        band.lineTo(cx - side * size * 0.02 - w / 2, cy - r * 0.2)
        band.closeSubpath()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawPath(band)
    gradient = QRadialGradient(QPointF(cx - r * 0.35, cy - r * 0.4), r * 1.5)
    gradient.setColorAt(0.0, light)
    gradient.setColorAt(0.55, body)
    gradient.setColorAt(1.0, edge)
    painter.setBrush(QBrush(gradient))
    painter.setPen(QPen(edge, max(1.0, size * 0.035)))
    painter.drawEllipse(QPointF(cx, cy), r, r)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(QColor(255, 255, 255, 110), max(0.8, size * 0.025)))
    painter.drawEllipse(QPointF(cx, cy), r * 0.78, r * 0.78)
    painter.setPen(QPen(edge.darker(115), max(0.6, size * 0.02)))
    painter.setBrush(light)
    painter.drawPolygon(star(cx, cy, r * 0.52, r * 0.22))
    painter.restore()


def medal_pixmap(medal: str | None, size: int, skipped: bool = False, ratio: float = 2.0) -> QPixmap:
    pixmap = QPixmap(int(size * ratio), int(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    paint_medal(painter, QRectF(0, 0, size, size), medal, skipped)
    painter.end()
    return pixmap


class MedalIcon(QWidget):
    """A medal of a fixed size (its tooltip names it)."""

    def __init__(self, size: int = 30, parent: QWidget | None = None):
        super().__init__(parent)
        self._size = size
        self.medal: str | None = None
        self.skipped = False
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def set_medal(self, medal: str | None, skipped: bool = False) -> None:
        if (medal, skipped) != (self.medal, self.skipped):
            self.medal, self.skipped = medal, skipped
            self.update()

    def sizeHint(self) -> QSize:
        return QSize(self._size, self._size)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        paint_medal(painter, QRectF(self.rect()), self.medal, self.skipped)
