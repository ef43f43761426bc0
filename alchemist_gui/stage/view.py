"""StageView: draws a Story's pose.  Items are made once and kept; set_story reconfigures them, set_time poses them.

The stage owns no clock and no state beyond its graphics items: the window calls set_time(t) and the view
shows story.pose(t).  Left click on an alchemist follows that word (token_clicked); a right click opens his menu:
follow this word, silence or restore this head (head_toggled — the stage shows it at once, before the re-run),
show it in the inspector (inspect_requested).  A click on a floor card asks for that block (floor_clicked).

A new story (a re-run, another head, another followed word) keeps every item: each is handed its new look and
only the items whose look really changed are repainted.  ``set_story(story, gradual=True)`` also spreads that
work over a few frames (see pacing.py), so that no single frame of the window takes long.
"""
from __future__ import annotations

import time
from functools import partial

from PySide6.QtCore import QEvent, QRectF, Qt, Signal
from PySide6.QtGui import QPainter, QPixmapCache
from PySide6.QtWidgets import QFrame, QGraphicsItem, QGraphicsView, QMenu

from ..story import layout as L
from ..story.text import STAGE_LABELS
from . import palette as P
from .backdrop import ShelvesItem, draw_workshop
from .base import GroupItem, PoseItem, StageScene, added, discard
from .pacing import Pacer
from .parts import ClimbSign, Crate, Floors, MatchFan, Prediction, Reaction, Rope, Spot, Streams, Tags, Team
from .props import MessageItem, tr
from .station import Station

ZOOM_STEP = 1.15
WARM_UP_ALPHA = 0.002  # drawn into its cache, blended at 0.5/255: invisible (Qt skips items under 0.001)
PIXMAP_CACHE_KB = 256 * 1024  # every item keeps its picture in QPixmapCache; Qt's default 10 MB would evict them
LOADING_Y, HINT_Y = 210.0, 150.0  # the loading card and the hint hang on the wall


class StageView(QGraphicsView):
    token_clicked = Signal(int)  # word: follow it
    head_toggled = Signal(int, int)  # layer, head: silence or restore it
    inspect_requested = Signal(int, int, int)  # layer, head, word: show them in the inspector
    floor_clicked = Signal(int)  # layer: follow that block
    settled = Signal()  # everything a gradual set_story asked for is done

    def __init__(self, parent=None):
        super().__init__(parent)
        if QPixmapCache.cacheLimit() < PIXMAP_CACHE_KB:
            QPixmapCache.setCacheLimit(PIXMAP_CACHE_KB)
        self.setObjectName("stage")
        scene = StageScene(QRectF(0, 0, L.STAGE_W, L.STAGE_H), self)
        self.work = scene.work  # this view's count of pictures to redraw (base.py)
        self.setScene(scene)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
                            | QPainter.RenderHint.SmoothPixmapTransform)
        self.setBackgroundBrush(P.PAPER)
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheBackground)  # the wall and floor: see drawBackground
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)  # most frames move a lot
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        scene.setItemIndexMethod(StageScene.ItemIndexMethod.NoIndex)  # items move every frame
        # items paint into their own cached pictures (or set their pen and brush anew): no state to protect
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState, True)
        self.story = None
        self.t = 0.0
        self.menu: QMenu | None = None  # the alchemist's menu last opened (right click)
        self._pose_cache = None  # (story, t, pose)
        self._waiting: set = set()  # stations (by slot) and parts not yet configured for the current story
        self._warming: list = []  # items shown for one frame, invisibly, so that their pictures get drawn
        self._warm_painted = False  # that frame was painted: they can go back to their pose
        self._toggled: set = set()  # heads silenced or restored here since the story came: shown before the re-run
        self._messages = {"loading": None, "hint": None}  # shown text ("" = the default one) or None
        self._hint_t = None  # the time at which the hint was asked for: moving the clock away hides it
        self._pacer = Pacer(self, work=lambda: self.work.repaints, done=self._on_settled,
                            before_slice=self._end_warm_up)
        self._set_auto_fit(True)
        self._make_items()

    def _make_items(self) -> None:
        scene = self.scene()
        self._workshop = GroupItem()  # the row of stations, the shelf and the blank: it climbs in "Again!"
        scene.addItem(self._workshop)
        self._shelves = added(self._workshop, ShelvesItem(L.WORK_X0, L.WORK_X1))
        self._stations: list[Station] = []
        self._team_part = Team(scene, on_click=lambda: self.token_clicked.emit(self.story.focus),
                               on_menu=lambda head, pos: self._open_menu(self.story.focus, self.story.layer, head, pos))
        self._floors = Floors(scene, on_floor=self.floor_clicked.emit)
        self._prediction = Prediction(scene, self._workshop)
        self._reaction = Reaction(scene)
        self._rope = Rope(scene)
        self._crate = Crate(self._workshop)
        self._silenced = Tags(self._workshop)
        self._parts = [MatchFan(scene), Streams(scene), self._rope, self._team_part, self._reaction, self._floors,
                       self._prediction, self._crate, Spot(self._workshop), self._silenced, ClimbSign(scene)]
        self._loading = added(scene, MessageItem(34))
        self._hint = added(scene, MessageItem(28))
        # the items tests and tools look at by name
        self._items = {"rope": self._rope.rope, "sign": self._rope.sign, "reach": self._rope.reach,
                       "vessel": self._reaction.vessel, "cauldron": self._reaction.cauldron,
                       "floors": self._floors.floors, "picked": self._floors.picked, "climb": self._floors.climb,
                       "floor_caption": self._floors.caption, "bars": self._prediction.panel,
                       "blank": self._prediction.blank, "drop": self._prediction.drop, "crate": self._crate.crate,
                       "silenced": self._silenced.tag, "poured": self._silenced.poured, "loading": self._loading, "hint": self._hint}

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
        self._toggled = set()
        self._silenced.override = None
        if story is None:
            self._stop_pacing()
            self._waiting = set()
            self._drop_stations(0)
            for part in self._parts:
                for item in part.items():
                    item.show_state(item.state, 0.0)
            self._shelves.configure(L.WORK_X0, L.WORK_X1)
            self._place_workshop(0.0, 1.0)
            return
        self.hide_loading()  # the workshop is here
        steps = [partial(self._prepare, story)]  # the poses every step needs, made in the first slice
        steps.append(partial(self._configure_shelves, story))
        steps += [partial(self._configure_station, story, k) for k in range(story.n_shown)]
        steps.append(partial(self._drop_stations, story.n_shown))
        steps += [partial(self._configure_part, story, part) for part in self._parts]
        self._waiting = set(range(story.n_shown)) | set(self._parts)
        if gradual and self.isVisible():
            # while the change is spread, a frame repaints only where something changed, not the whole view
            self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
            self.work.counting = True
            self._pacer.start(steps + [self._warm_up_steps])
        else:
            self._stop_pacing()
            for step in steps:
                step()

    def settle(self) -> None:
        """Finish a gradual set_story now."""
        self._pacer.finish()

    def show_loading(self, text: str = "") -> None:
        """Say on the stage that the workshop is loading (``text``, or the stage's own line); set_story or
        hide_loading() takes it away."""
        self._show_message("loading", text)

    def hide_loading(self) -> None:
        self._hide_message("loading")

    def show_hint(self, text: str = "") -> None:
        """One line inviting the learner to start (``text``, or "Press ▶ or Space…"); it goes when the clock moves
        (the first set_time to another moment) or with hide_hint()."""
        self._hint_t = self.t
        self._show_message("hint", text)

    def hide_hint(self) -> None:
        self._hide_message("hint")

    def _show_message(self, kind: str, text: str) -> None:
        self._messages[kind] = text
        item = self._loading if kind == "loading" else self._hint
        item.configure(text or tr(STAGE_LABELS["loading" if kind == "loading" else "ready"]), L.WORK_X1 - L.WORK_X0)
        item.place((L.WORK_X0 + L.WORK_X1) / 2, LOADING_Y if kind == "loading" else HINT_Y)
        item.show_state(True, 1.0)

    def _hide_message(self, kind: str) -> None:
        self._messages[kind] = None
        item = self._loading if kind == "loading" else self._hint
        item.show_state(item.state, 0.0)

    def _stop_pacing(self) -> None:
        self._pacer.stop()
        self._on_settled(announce=False)

    def _on_settled(self, announce: bool = True) -> None:
        self.work.counting = False
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)  # frames move a lot
        if announce:
            self.settled.emit()

    # -- the alchemist's menu ---------------------------------------------------------------------------
    def _station_clicked(self, k: int) -> None:
        if self.story is not None:
            self.token_clicked.emit(self.story.layout.shown[k])

    def _station_menu(self, k: int, pos) -> None:
        if self.story is not None:
            self._open_menu(self.story.layout.shown[k], self.story.layer, self.story.head, pos)

    def _open_menu(self, word: int, layer: int, head: int, pos) -> None:
        """Right click on an alchemist: follow his word, silence or restore his head, show it in the inspector."""
        if self.menu is not None:
            self.menu.close()
            self.menu.deleteLater()
        menu = self.menu = QMenu(self)
        menu.setObjectName("alchemistMenu")
        token = self.story.trace.tokens[word]
        silenced = self.silenced(layer, head)
        entries = ((STAGE_LABELS["menu_follow"], lambda: self.token_clicked.emit(word)),
                   (STAGE_LABELS["menu_restore" if silenced else "menu_silence"], lambda: self._toggle(layer, head)),
                   (STAGE_LABELS["menu_inspect"], lambda: self.inspect_requested.emit(layer, head, word)))
        for template, act in entries:
            action = menu.addAction(tr(template).format(word=token, layer=layer, head=head))
            action.triggered.connect(lambda checked=False, act=act: (menu.close(), act()))
        menu.popup(pos)

    def silenced(self, layer: int, head: int) -> bool:
        """Whether the stage shows that head as silenced: the run's knock-outs, with the learner's latest
        toggles (made here since the story came) already applied."""
        knocked = self.story is not None and (layer, head) in self.story.trace.knockout
        return knocked != ((layer, head) in self._toggled)

    def _toggle(self, layer: int, head: int) -> None:
        self._toggled ^= {(layer, head)}
        self._show_toggles()
        self.head_toggled.emit(layer, head)

    def _show_toggles(self) -> None:
        """Show the heads silenced or restored at once: robes, the team, the tiny flasks, the red tag."""
        story = self.story
        if story is None or len(self._waiting):
            return
        knocked = frozenset(h for h in range(story.n_head) if self.silenced(story.layer, h))
        followed = story.head in knocked
        robe, hat = self._robe(story, followed)
        hues = tuple(L.head_hue(h) for h in range(story.n_head))
        for station, first in zip(self._stations, self._first.stations):
            station.alchemist.configure(robe, hat, first.focused)
            station.heads.configure(first.width, hues, knocked)
        self._team_part.configure(story, self._first, self._last, knocked)
        self._silenced.override = followed if followed != story.silenced else None
        self.set_time(self.t)

    # -- configuring, part by part ----------------------------------------------------------------------
    @staticmethod
    def _robe(story, silenced: bool) -> tuple[str, str]:
        if silenced:
            return P.SILENCED_ROBE, P.SILENCED_HAT
        hue = L.head_hue(story.head)
        return P.hue_colour(hue, 0.5, 0.78).name(), P.hue_colour(hue, 0.62, 0.55).name()

    def _prepare(self, story) -> None:
        """What every part is configured from: the story's first and last poses and the robe colours."""
        self._first, self._last = story.pose(0.0), story.pose(story.duration)
        self._looks = (*self._robe(story, story.silenced), tuple(L.head_hue(h) for h in range(story.n_head)),
                       frozenset(h for (ly, h) in story.trace.knockout if ly == story.layer))

    def _configure_shelves(self, story) -> None:
        lay = story.layout
        self._shelves.configure(lay.left, lay.blank_x + lay.blank_w / 2)

    def _configure_station(self, story, k: int) -> None:
        while len(self._stations) <= k:
            j = len(self._stations)
            self._stations.append(Station(self._workshop, on_click=lambda j=j: self._station_clicked(j),
                                          on_menu=lambda pos, j=j: self._station_menu(j, pos)))
        robe, hat, hues, knocked = self._looks
        self._stations[k].configure(self._first.stations[k], story.layout, k, robe, hat, hues, knocked)
        self._waiting.discard(k)
        pose = self._pose()
        self._stations[k].show(pose.stations[k], pose.shelf_alpha)

    def _drop_stations(self, n: int) -> None:
        while len(self._stations) > n:
            for item in self._stations.pop().items():
                discard(item)

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
        self.work.repaints += item.weight()

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
        t = float(t)
        if self._messages["hint"] is not None and t != self._hint_t:
            self.hide_hint()  # the clock moved: the learner has started
        self.t = t
        self._end_warm_up()
        if self.story is None or len(self._waiting) == self.story.n_shown + len(self._parts):
            return  # nothing configured for this story yet: the pacer's first slice poses what it configures
        pose = self._pose()
        waiting = self._waiting
        shelf = pose.shelf_alpha
        for k, (station, s) in enumerate(zip(self._stations, pose.stations)):
            if k not in waiting:
                station.show(s, shelf)
        for part in self._parts:
            if part not in waiting:
                part.show(pose)
        self._place_workshop(pose.climb_dy, pose.climb_alpha)

    def _place_workshop(self, dy: float, alpha: float) -> None:
        """ "Again!": the whole row sinks away and the next floor's rises into place (moving the group only blits
        its items' pictures elsewhere)."""
        dy = self.work.snap(dy)  # whole device pixels: its items' cached pictures are only blitted elsewhere
        if self._workshop.y() != dy:
            self._workshop.setY(dy)
        if self._workshop.opacity() != alpha:
            self._workshop.setOpacity(alpha)

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
            for kind, text in self._messages.items():
                if text is not None:
                    self._show_message(kind, text)

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
            self._fit_now()

    def _fit_now(self) -> None:
        self.fitInView(self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
        self._zoomed()

    def _zoomed(self) -> None:
        scale = self.transform().m11()
        self.work.pixel = 1.0 / scale if scale > 0 else 0.0

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._auto_fit:
            self._fit_now()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._auto_fit:
            self._fit_now()

    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            step = ZOOM_STEP if event.angleDelta().y() > 0 else 1 / ZOOM_STEP
            self._set_auto_fit(False)
            self.scale(step, step)
            self._zoomed()
            event.accept()
        else:
            super().wheelEvent(event)
