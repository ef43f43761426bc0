"""The one kind of graphics item the stage uses: it paints itself from a small state tuple.

Items are created once and kept from story to story: ``configure`` hands an item its story-level *look* (a word,
a width, a robe colour), every frame only hands it new *state*.  An item repaints only when its look or its state
changed; Qt keeps its picture in a cache and just blits it, so a re-run that changes few looks costs few repaints.
A fully transparent item is given opacity 0 rather than hidden: Qt throws a hidden item's cached picture away,
and showing it again would repaint it.

What the items' repaints will cost is counted per view (``Work``, kept by the view's StageScene), so two stages —
the window's and an export's offscreen one — never count each other's pictures.
"""
from __future__ import annotations

import time

from ..log import log_unexpected

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

MIN_ALPHA = 0.004
# what Qt adds to drawing a picture (making its cached pixmap, clearing it, putting it on screen): a fixed part
# and a part that grows with the pixmap's size, measured on a slow machine (the pacer corrects by a factor)
BLIT_MS, PIXELS_PER_MS = 0.2, 60_000.0


DRAW_MS = 2.0  # how long one draw() of a kind of item takes before it was ever measured: assume long


class Work:
    """One view's bookkeeping of the pictures its items must redraw (pacing.py spreads them over frames)."""

    def __init__(self):
        self.repaints = 0.0  # work for the next paint: the estimated milliseconds of the pictures to redraw
        self.counting = False  # only while a change is being spread: playing frames skip the bookkeeping
        self.draw_ms: dict[type, float] = {}  # how long one draw() of each kind of item takes, learnt as drawn
        # one device pixel in stage units (the view sets it when its zoom changes): an item moved by a fraction
        # of a pixel would have Qt draw its cached picture anew, so moving items land on whole pixels
        self.pixel = 0.0

    def snap(self, v: float) -> float:
        return round(v / self.pixel) * self.pixel if self.pixel > 0 else v

    def draw_cost(self, kind: type) -> float:
        return self.draw_ms.get(kind, DRAW_MS)

    def learn(self, kind: type, ms: float) -> None:
        old = self.draw_ms.get(kind, DRAW_MS)
        self.draw_ms[kind] = old + 0.2 * (ms - old)


class StageScene(QGraphicsScene):
    """The stage's scene: it keeps the view's Work, which its items report to."""

    def __init__(self, rect: QRectF, parent=None):
        super().__init__(rect, parent)
        self.work = Work()
        self.kept: set = set()  # every item this stage ever had: their Python sides live as long as the scene


_NO_WORK = Work()  # for an item outside a StageScene: counted nowhere that matters


def work_of(item: QGraphicsItem) -> Work:
    return getattr(item.scene(), "work", _NO_WORK)


def added(owner, item):
    """Put ``item`` on the stage: into a scene, or under a group item (which moves its children with it). The
    scene keeps the item's Python side alive (see ``discard``)."""
    if isinstance(owner, QGraphicsScene):
        owner.addItem(item)
    else:
        item.setParentItem(owner)
    scene = item.scene()
    if scene is not None and hasattr(scene, "kept"):
        scene.kept.add(item)
    return item


def discard(item) -> None:
    """Take an item off the stage. Its Python side stays with the scene (``kept``) until the scene itself goes:
    Qt may still hold on to a removed item for a while (hover, grab and update bookkeeping), and an item whose
    Python side was collected by then crashed the app when Qt called into it."""
    scene = item.scene()
    item.setParentItem(None)
    if scene is not None:
        scene.removeItem(item)


class GroupItem(QGraphicsItem):
    """An invisible item that only carries others: moving or fading it moves or fades all of them at once (their
    cached pictures are only blitted elsewhere)."""

    def __init__(self):
        super().__init__()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, True)

    def boundingRect(self) -> QRectF:
        return QRectF()

    def paint(self, painter, option, widget=None) -> None:
        pass


class PoseItem(QGraphicsItem):
    NEEDS_LOOK = False  # True for items that cannot draw before configure() gave them their look
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
            work = work_of(self)
            if work.counting:
                work.repaints += self.weight()

    def weight(self) -> float:
        """What redrawing its picture is expected to cost (ms): a word plate's text takes longer than a liquid,
        a picture as wide as the stage longer than a small one."""
        scene = self.scene()
        views = scene.views() if scene is not None else ()
        zoom = self.scale() * (views[0].transform().m11() if views else 1.0)
        pixels = self._rect.width() * self._rect.height() * zoom * zoom
        return work_of(self).draw_cost(type(self)) + BLIT_MS + pixels / PIXELS_PER_MS

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
        """Move the item (to whole device pixels: see Work.pixel)."""
        work = work_of(self)
        x, y = work.snap(x), work.snap(y)
        pos = self.pos()
        if pos.x() != x or pos.y() != y:
            self.setPos(x, y)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        if self.state is None or not self.ready_to_draw():
            return
        started = time.perf_counter()
        try:
            self.draw(painter, self.state)
        except Exception as exc:  # noqa: BLE001 - an exception out of paint() makes Qt call the abstract base: a crash
            log_unexpected(f"The stage could not draw a {type(self).__name__}", exc)
            return
        work_of(self).learn(type(self), (time.perf_counter() - started) * 1000.0)

    def ready_to_draw(self) -> bool:
        """An item with a story-level look draws only once it has one (a moment may be shown before a gradual
        set_story reached the item)."""
        return self.look is not None or not self.NEEDS_LOOK

    def draw(self, painter: QPainter, state) -> None:  # pragma: no cover - every item overrides it
        raise NotImplementedError
