"""StageView: draws a Story's pose.  Items are made once and kept; set_story reconfigures them, set_time poses them.

The stage owns no clock and no state beyond its graphics items: the window calls set_time(t) and the view
shows story.pose(t).  Left click on an alchemist follows that word (token_clicked); a right click or
Shift+click silences or restores his head (head_toggled).

A new story (a re-run, another head, another followed word) keeps every item: each is handed its new look and
only the items whose look really changed are repainted.  ``set_story(story, gradual=True)`` also spreads that
work over a few frames (see pacing.py), so that no single frame of the window takes long.
"""
from __future__ import annotations

import time
from functools import partial

from PySide6.QtCore import QEvent, QRectF, Qt, Signal
from PySide6.QtGui import QPainter, QPixmapCache
from PySide6.QtWidgets import QFrame, QGraphicsItem, QGraphicsScene, QGraphicsView

from ..story import layout as L
from . import palette as P
from .backdrop import ShelvesItem, draw_workshop
from .base import PoseItem
from .pacing import Pacer
from .parts import Floors, MatchFan, Prediction, Reaction, Rope, Streams, Team
from .station import Station

ZOOM_STEP = 1.15
WARM_UP_ALPHA = 0.002  # drawn into its cache, blended at 0.5/255: invisible (Qt skips items under 0.001)
PIXMAP_CACHE_KB = 256 * 1024  # every item keeps its picture in QPixmapCache; Qt's default 10 MB would evict them


class StageView(QGraphicsView):
    token_clicked = Signal(int)
    head_toggled = Signal(int, int)
    settled = Signal()  # everything a gradual set_story asked for is done

    def __init__(self, parent=None):
        super().__init__(parent)
        if QPixmapCache.cacheLimit() < PIXMAP_CACHE_KB:
            QPixmapCache.setCacheLimit(PIXMAP_CACHE_KB)
        self.setObjectName("stage")
        self.setScene(QGraphicsScene(QRectF(0, 0, L.STAGE_W, L.STAGE_H), self))
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
                            | QPainter.RenderHint.SmoothPixmapTransform)
        self.setBackgroundBrush(P.PAPER)
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheBackground)  # the wall and floor: see drawBackground
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)  # most frames move a lot
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.scene().setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)  # items move every frame
        # items paint into their own cached pictures (or set their pen and brush anew): no state to protect
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState, True)
        self.story = None
        self.t = 0.0
        self._pose_cache = None  # (story, t, pose)
        self._waiting: set = set()  # stations (by index) and parts not yet configured for the current story
        self._warming: list = []  # items shown for one frame, invisibly, so that their pictures get drawn
        self._warm_painted = False  # that frame was painted: they can go back to their pose
        self._pacer = Pacer(self, work=lambda: PoseItem.repaints, done=self._on_settled,
                            before_slice=self._end_warm_up)
        self._set_auto_fit(True)
        self._make_items()

    def _make_items(self) -> None:
        scene = self.scene()
        self._shelves = ShelvesItem(L.WORK_X0, L.WORK_X1)
        scene.addItem(self._shelves)
        self._stations: list[Station] = []
        self._team_part = Team(scene, on_click=lambda: self.token_clicked.emit(self.story.focus),
                               on_toggle=lambda h: self.head_toggled.emit(self.story.layer, h))
        self._floors = Floors(scene)
        self._prediction = Prediction(scene)
        self._reaction = Reaction(scene)
        self._rope = Rope(scene)
        self._parts = [MatchFan(scene), Streams(scene), self._rope, self._team_part, self._reaction, self._floors,
                       self._prediction]
        # the items tests and tools look at by name
        self._items = {"rope": self._rope.rope, "sign": self._rope.sign, "vessel": self._reaction.vessel,
                       "cauldron": self._reaction.cauldron, "floors": self._floors.floors,
                       "bars": self._prediction.panel, "blank": self._prediction.blank, "drop": self._prediction.drop}

    @property
    def _team(self) -> list:
        return self._team_part.members

    # -- the API ----------------------------------------------------------------------------------------
    @property
    def settling(self) -> bool:
        """A gradual set_story is still being put on screen."""
        return self._pacer.busy

    def set_story(self, story, gradual: bool = False) -> None:
        """Show a new trace, layer, head or followed word.  Items are kept and handed their new looks; with
        ``gradual`` a few of them per frame (parts not yet done keep their old look meanwhile)."""
        self.story = story
        self._pose_cache = None
        if story is None:
            self._stop_pacing()
            self._waiting = set()
            self._drop_stations(0)
            for part in self._parts:
                for item in part.items():
                    item.show_state(item.state, 0.0)
            self._shelves.configure(L.WORK_X0, L.WORK_X1)
            return
        steps = [partial(self._prepare, story)]  # the poses every step needs, made in the first slice
        steps.append(partial(self._configure_shelves, story))
        steps += [partial(self._configure_station, story, j) for j in range(story.n)]
        steps.append(partial(self._drop_stations, story.n))
        steps += [partial(self._configure_part, story, part) for part in self._parts]
        self._waiting = set(range(story.n)) | set(self._parts)
        if gradual and self.isVisible():
            # while the change is spread, a frame repaints only where something changed, not the whole view
            self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
            PoseItem.counting = True
            self._pacer.start(steps + [self._warm_up_steps])
        else:
            self._stop_pacing()
            for step in steps:
                step()

    def settle(self) -> None:
        """Finish a gradual set_story now."""
        self._pacer.finish()

    def _stop_pacing(self) -> None:
        self._pacer.stop()
        self._on_settled(announce=False)

    def _on_settled(self, announce: bool = True) -> None:
        PoseItem.counting = False
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)  # frames move a lot
        if announce:
            self.settled.emit()

    # -- configuring, part by part ----------------------------------------------------------------------
    def _prepare(self, story) -> None:
        """What every part is configured from: the story's first and last poses and the robe colours."""
        robe_hue = L.head_hue(story.head)
        self._first, self._last = story.pose(0.0), story.pose(story.duration)
        self._looks = (P.hue_colour(robe_hue, 0.5, 0.78).name(), P.hue_colour(robe_hue, 0.62, 0.55).name(),
                       tuple(L.head_hue(h) for h in range(story.n_head)),
                       frozenset(h for (ly, h) in story.trace.knockout if ly == story.layer))

    def _configure_shelves(self, story) -> None:
        lay = story.layout
        self._shelves.configure(lay.station_left(0), lay.blank_x + lay.blank_w / 2)

    def _configure_station(self, story, j: int) -> None:
        while len(self._stations) <= j:
            k = len(self._stations)
            self._stations.append(Station(self.scene(), on_click=lambda k=k: self.token_clicked.emit(k),
                                          on_toggle=lambda: self.head_toggled.emit(self.story.layer, self.story.head)))
        robe, hat, hues, knocked = self._looks
        self._stations[j].configure(self._first.stations[j], story.layout, robe, hat, hues, knocked)
        self._waiting.discard(j)
        pose = self._pose()
        self._stations[j].show(pose.stations[j], pose.shelf_alpha)

    def _drop_stations(self, n: int) -> None:
        scene = self.scene()
        while len(self._stations) > n:
            for item in self._stations.pop().items():
                scene.removeItem(item)

    def _configure_part(self, story, part) -> None:
        part.configure(story, self._first, self._last)
        self._waiting.discard(part)
        part.show(self._pose())

    def _warm_up_steps(self) -> list:
        """Draw, a few per frame, the pictures of items that are transparent now but already have their look, so
        each one's cached picture exists before a later beat shows it (otherwise that beat's first frame would pay
        for all of them).  An item is drawn by showing it for one frame at an opacity no eye can see."""
        fits = self._pacer.fits_a_frame  # a picture too big for one frame is drawn when its beat comes, as ever
        steps = []
        for item in self.scene().items():
            if isinstance(item, PoseItem) and item.state is not None and item.alpha == 0.0 \
                    and item.cacheMode() != QGraphicsItem.CacheMode.NoCache and fits(cost := item.weight()):
                step = partial(self._warm_up, item)
                step.cost = cost
                steps.append(step)
        return steps + [lambda: None]  # (the slice of this last one ends the last warm-up)

    def _warm_up(self, item) -> None:
        if item.scene() is None or item.alpha != 0.0:
            return
        item.setOpacity(WARM_UP_ALPHA)
        self._warming.append(item)
        PoseItem.repaints += item.weight()

    def _end_warm_up(self) -> None:
        """After the frame that drew them: back to what their pose says.  Not in that paint itself: an item
        changed while painting makes Qt paint the whole view again straight away."""
        if not self._warm_painted:
            return
        self._warm_painted = False
        warming, self._warming = self._warming, []
        for item in warming:
            item.setOpacity(item.alpha)
            item.painted()

    def _pose(self):
        cached = self._pose_cache
        if cached is None or cached[0] is not self.story or cached[1] != self.t:
            cached = self._pose_cache = (self.story, self.t, self.story.pose(self.t))
        return cached[2]

    # -- time -------------------------------------------------------------------------------------------
    def set_time(self, t: float) -> None:
        """Move every item to story.pose(t).  Cheap: called every frame."""
        self.t = float(t)
        self._end_warm_up()
        if self.story is None or len(self._waiting) == self.story.n + len(self._parts):
            return  # nothing configured for this story yet: the pacer's first slice poses what it configures
        pose = self._pose()
        waiting = self._waiting
        shelf = pose.shelf_alpha
        for j, (station, s) in enumerate(zip(self._stations, pose.stations)):
            if j not in waiting:
                station.show(s, shelf)
        for part in self._parts:
            if part not in waiting:
                part.show(pose)

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:
        """The workshop's wall and floor (backdrop.py).  Qt keeps the result in one opaque picture and only
        paints it again when the view's size or zoom changes."""
        super().drawBackground(painter, rect)
        draw_workshop(painter)

    def paintEvent(self, event) -> None:
        started = time.perf_counter()
        super().paintEvent(event)
        self._warm_painted = bool(self._warming)
        self._pacer.painted((time.perf_counter() - started) * 1000.0)

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        self._pacer.finish()  # nothing will be painted: no reason to spread the work

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            for item in self.scene().items():  # most labels are translated when they are painted
                item.update()
            self.set_story(self.story)  # the rest when an item is configured (e.g. the sign, whose width follows)

    def fit(self) -> None:
        """Zoom so the whole stage fits the view; it then follows the view's size until the user zooms."""
        self._set_auto_fit(True)

    # -- zooming ----------------------------------------------------------------------------------------
    def _set_auto_fit(self, on: bool) -> None:
        # while fitted no scroll bars can appear, so the fitted scale does not flicker between two values
        self._auto_fit = on
        policy = Qt.ScrollBarPolicy.ScrollBarAlwaysOff if on else Qt.ScrollBarPolicy.ScrollBarAsNeeded
        self.setHorizontalScrollBarPolicy(policy)
        self.setVerticalScrollBarPolicy(policy)
        if on:
            self.fitInView(self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._auto_fit:
            self.fitInView(self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._auto_fit:
            self.fitInView(self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            step = ZOOM_STEP if event.angleDelta().y() > 0 else 1 / ZOOM_STEP
            self._set_auto_fit(False)
            self.scale(step, step)
            event.accept()
        else:
            super().wheelEvent(event)
