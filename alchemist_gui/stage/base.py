"""The one kind of graphics item the stage uses: it paints itself from a small state tuple.

Items are created once per story; every frame only hands them new state.  An item repaints only when its
state changed; Qt keeps its picture in a cache and just blits it.  A fully transparent item is given opacity 0
rather than hidden: Qt throws a hidden item's cached picture away, and showing it again would repaint it.
"""
from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsItem

MIN_ALPHA = 0.004


class PoseItem(QGraphicsItem):
    def __init__(self, rect: QRectF, z: float = 0.0, cached: bool = True, clickable: bool = False):
        super().__init__()
        self._rect = QRectF(rect)
        self.state = None
        self.clickable = clickable  # a clickable item lets clicks through while it is transparent
        self.setZValue(z)
        self.alpha = 0.0  # mirrors opacity(), read without a call into Qt
        self.setOpacity(0.0)
        if cached:  # repaint into a pixmap only when the state changes; otherwise Qt just blits it
            self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def boundingRect(self) -> QRectF:
        return self._rect

    def show_state(self, state, alpha: float = 1.0) -> None:
        if state is not self.state and state != self.state:
            self.state = state
            self.update()
        alpha = 0.0 if alpha <= MIN_ALPHA else (1.0 if alpha > 1.0 else alpha)
        old = self.alpha
        if alpha != old and (alpha == 0.0 or old == 0.0 or abs(alpha - old) > 1e-3):
            self.alpha = alpha
            self.setOpacity(alpha)

    def shown(self) -> bool:
        return self.isVisible() and self.alpha > 0.05

    def move_to(self, x: float, y: float) -> None:
        pos = self.pos()
        if pos.x() != x or pos.y() != y:
            self.setPos(x, y)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        if self.state is not None:
            self.draw(painter, self.state)

    def draw(self, painter: QPainter, state) -> None:  # pragma: no cover - every item overrides it
        raise NotImplementedError
