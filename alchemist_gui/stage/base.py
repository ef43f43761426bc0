"""The one kind of graphics item the stage uses: it paints itself from a small state tuple.

Items are created once and kept from story to story: ``configure`` hands an item its story-level *look* (a word,
a width, a robe colour), every frame only hands it new *state*.  An item repaints only when its look or its state
changed; Qt keeps its picture in a cache and just blits it, so a re-run that changes few looks costs few repaints.
A fully transparent item is given opacity 0 rather than hidden: Qt throws a hidden item's cached picture away,
and showing it again would repaint it.
"""
from __future__ import annotations

import time

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsItem

MIN_ALPHA = 0.004
# what Qt adds to drawing a picture (making its cached pixmap, clearing it, putting it on screen): a fixed part
# and a part that grows with the pixmap's size, measured on a slow machine (the pacer corrects by a factor)
BLIT_MS, PIXELS_PER_MS = 0.2, 60_000.0


class PoseItem(QGraphicsItem):
    repaints = 0.0  # work for the next paint: the estimated milliseconds of the pictures it must redraw
    counting = False  # only while a change is being spread (pacing.py): playing frames skip the bookkeeping
    draw_ms = 2.0  # how long one draw() of this class takes, learnt as its items are drawn (unknown: assume long)

    def __init__(self, rect: QRectF, z: float = 0.0, cached: bool = True, clickable: bool = False):
        super().__init__()
        self._rect = QRectF(rect)
        self.state = None
        self.look = None  # what configure() last gave it
        self.clickable = clickable  # a clickable item lets clicks through while it is transparent
        self.setZValue(z)
        self.alpha = 0.0  # mirrors opacity(), read without a call into Qt
        self._stale = False  # its picture must be redrawn (counted in ``repaints`` once it is visible)
        self.setOpacity(0.0)
        if cached:  # repaint into a pixmap only when the state changes; otherwise Qt just blits it
            self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def boundingRect(self) -> QRectF:
        return self._rect

    def set_look(self, look) -> bool:
        """Take a story-level look; False (and nothing repainted) when it is the one the item already has."""
        if look == self.look:
            return False
        self.look = look
        self.redraw()
        return True

    def redraw(self) -> None:
        self.update()
        self._stale = True
        self._count()

    def _count(self) -> None:
        if self._stale and self.alpha > 0.0:
            self._stale = False
            if PoseItem.counting:
                PoseItem.repaints += self.weight()

    def weight(self) -> float:
        """What redrawing its picture is expected to cost (ms): a word plate's text takes longer than a liquid,
        a picture as wide as the stage longer than a small one."""
        scene = self.scene()
        views = scene.views() if scene is not None else ()
        zoom = self.scale() * (views[0].transform().m11() if views else 1.0)
        pixels = self._rect.width() * self._rect.height() * zoom * zoom
        return type(self).draw_ms + BLIT_MS + pixels / PIXELS_PER_MS

    def painted(self) -> None:
        """Its picture was just drawn outside a frame (a warm-up)."""
        self._stale = False

    def set_rect(self, rect: QRectF) -> None:
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = QRectF(rect)

    def place(self, x: float, y: float, scale: float = 1.0) -> None:
        """Where the item stands and its art scale; a changed scale repaints its cached picture, so only then."""
        self.move_to(x, y)
        if self.scale() != scale:
            self.setScale(scale)
            self._stale = True
            self._count()

    def show_state(self, state, alpha: float = 1.0) -> None:
        if state is not self.state and state != self.state:
            self.state = state
            self.update()
            self._stale = True
        alpha = 0.0 if alpha <= MIN_ALPHA else (1.0 if alpha > 1.0 else alpha)
        old = self.alpha
        if alpha != old and (alpha == 0.0 or old == 0.0 or abs(alpha - old) > 1e-3):
            self.alpha = alpha
            self.setOpacity(alpha)
        if self._stale:
            self._count()

    def shown(self) -> bool:
        return self.isVisible() and self.alpha > 0.05

    def move_to(self, x: float, y: float) -> None:
        pos = self.pos()
        if pos.x() != x or pos.y() != y:
            self.setPos(x, y)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        if self.state is not None:
            started = time.perf_counter()
            self.draw(painter, self.state)
            kind = type(self)
            kind.draw_ms += 0.2 * ((time.perf_counter() - started) * 1000.0 - kind.draw_ms)

    def draw(self, painter: QPainter, state) -> None:  # pragma: no cover - every item overrides it
        raise NotImplementedError
