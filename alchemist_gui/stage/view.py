"""StageView: draws a Story's pose.  Items are built in set_story and only updated in set_time.

The stage owns no clock and no state beyond its graphics items: the window calls set_time(t) and the view
shows story.pose(t).  Left click on an alchemist follows that word (token_clicked); a right click or
Shift+click silences or restores his head (head_toggled).
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, Qt, Signal
from PySide6.QtGui import QImage, QPainter, QPixmapCache
from PySide6.QtWidgets import QFrame, QGraphicsScene, QGraphicsView

from ..story import layout as L
from ..story.text import STAGE_LABELS
from . import palette as P
from .backdrop import BackdropItem
from .props import (BarItem, BarsPanelItem, BlankItem, CauldronItem, DropWordItem, FloorsItem, Glass, LiftItem,
                    NeuronItem, RopeItem, SignItem, StreamItem, SurfaceItem, TeamMemberItem, TextItem,
                    VesselLabelItem, neuron_x)
from .station import MatchFanItem, Station, scroll_centre, tag_centre

ZOOM_STEP = 1.15
CAULDRON_SCALE = 1.25
PIXMAP_CACHE_KB = 256 * 1024  # every item keeps its picture in QPixmapCache; Qt's default 10 MB would evict them


class StageView(QGraphicsView):
    token_clicked = Signal(int)
    head_toggled = Signal(int, int)

    def __init__(self, parent=None):
        super().__init__(parent)
        if QPixmapCache.cacheLimit() < PIXMAP_CACHE_KB:
            QPixmapCache.setCacheLimit(PIXMAP_CACHE_KB)
        self.setObjectName("stage")
        self.setScene(QGraphicsScene(QRectF(0, 0, L.STAGE_W, L.STAGE_H), self))
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
                            | QPainter.RenderHint.SmoothPixmapTransform)
        self.setBackgroundBrush(P.PAPER)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)  # most frames move a lot
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.scene().setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)  # items move every frame
        self.story = None
        self.t = 0.0
        self._set_auto_fit(True)
        self._clear()
        self._backdrop = BackdropItem(L.WORK_X0, L.WORK_X1)
        self.scene().addItem(self._backdrop)

    def _clear(self) -> None:
        self._stations, self._streams, self._team, self._team_flasks = [], [], [], []
        self._neurons, self._guesses, self._bars = [], [], []
        self._items = {}

    # -- the API ----------------------------------------------------------------------------------------
    def set_story(self, story) -> None:
        """(Re)build every item for a new trace, layer, head or followed word, then show the current time."""
        scene = self.scene()
        scene.clear()
        self._clear()
        self.story = story
        if story is None:
            self._backdrop = BackdropItem(L.WORK_X0, L.WORK_X1)
            scene.addItem(self._backdrop)
            return
        lay = story.layout
        self._backdrop = BackdropItem(lay.station_left(0), lay.blank_x + lay.blank_w / 2)
        scene.addItem(self._backdrop)
        first, last = story.pose(0.0), story.pose(story.duration)
        robe_hue = L.head_hue(story.head)
        robe, hat = P.hue_colour(robe_hue, 0.5, 0.78).name(), P.hue_colour(robe_hue, 0.62, 0.55).name()
        knocked = frozenset(h for (ly, h) in story.trace.knockout if ly == story.layer)
        hues = [L.head_hue(h) for h in range(story.n_head)]
        layer, head = story.layer, story.head
        for s in first.stations:
            self._stations.append(Station(scene, s, story, robe, hat, hues, knocked,
                                          on_click=lambda j=s.index: self.token_clicked.emit(j),
                                          on_toggle=lambda: self.head_toggled.emit(layer, head)))
        items = self._items
        items["match"] = self._add(MatchFanItem(scroll_centre(lay.xs[lay.focus], lay.scales[lay.focus]),
                                                [tag_centre(lay.xs[j], lay.scales[j]) for j in range(story.n)]))
        self._streams = [self._add(StreamItem()) for _ in range(story.stream_slots)]
        rope = first.rope
        items["rope"] = self._add(RopeItem(rope.x0, rope.x1, rope.y))
        if not story.trace.mask:
            items["sign"] = self._add(SignItem((lay.station_left(0) + lay.blank_x) / 2, L.STREAM_TOP + 30,
                                               STAGE_LABELS["no_rope"]))
        scale = L.team_scale(story.n_head)
        for h, (x, y) in enumerate(L.team_slots(lay, story.n_head)):
            member = self._add(TeamMemberItem(h, hues[h], h in knocked, h == head,
                                              on_click=lambda: self.token_clicked.emit(lay.focus),
                                              on_toggle=lambda h: self.head_toggled.emit(layer, h)))
            member.setPos(x, y)
            member.setScale(scale)
            self._team.append(member)
            self._team_flasks.append(Glass(scene, "flask", x, y, scale * 1.15, z=9))
        vx, vy = first.vessel.x, first.vessel.y
        items["vessel"] = Glass(scene, "beaker", vx, vy + 48, 1.35, z=9)
        items["vessel_label"] = self._add(VesselLabelItem())
        items["vessel_label"].setPos(vx, vy + 48 - 50)
        items["cauldron"] = self._add(CauldronItem())
        items["surface"] = self._add(SurfaceItem())
        for item in (items["cauldron"], items["surface"]):
            item.setPos(first.cauldron.x, first.cauldron.y)
            item.setScale(CAULDRON_SCALE)
        labels = first.cauldron.neuron_labels
        for k, label in enumerate(labels):
            neuron = self._add(NeuronItem(label))
            neuron.setPos(neuron_x(first.cauldron.x, k, len(labels)), first.cauldron.y - 10)
            self._neurons.append(neuron)
        floors = self._add(FloorsItem(story.n_layer))
        items["floors"] = floors
        items["lift"] = self._add(LiftItem(floors.floor_h))
        for k, guess in enumerate(first.floors.guesses):
            self._guesses.append(self._add(TextItem(floors.guess_rect(k), guess, int(floors.font.pixelSize() * 0.85),
                                                    P.ACCENT_DARK, bold=True)))
        right = lay.blank_x + lay.blank_w / 2
        panel = self._add(BarsPanelItem(right, last.bars))
        items["bars"] = panel
        self._bars = [self._add(BarItem(panel.bar_rect(k), b.winner)) for k, b in enumerate(last.bars)]
        items["blank"] = self._add(BlankItem(lay.blank_w, False))
        items["blank"].setPos(lay.blank_x, L.WORD_Y)
        items["blank_jar"] = Glass(scene, "jar", lay.blank_x, L.JAR_BOTTOM, 1.0, z=2, dashed=True)
        items["drop"] = self._add(DropWordItem(last.blank.word, lay.blank_w))
        items["match"].show_state(tuple(s.match for s in first.stations), 0.0)  # strengths never change
        self._warm_up()
        self.set_time(min(self.t, story.duration))

    def _warm_up(self) -> None:
        """Paint every item that has its look already once, off screen, so that each one's cached picture
        exists before the story needs it (otherwise the first frame of a beat pays for all of them)."""
        size = self.viewport().size()
        if not self.isVisible() or size.isEmpty():
            return
        ready = [item for item in self.scene().items() if getattr(item, "state", None) is not None]
        before = [item.alpha for item in ready]
        for item in ready:
            item.setOpacity(1.0)
        image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        painter = QPainter(image)
        self.render(painter)
        painter.end()
        for item, alpha in zip(ready, before):
            item.setOpacity(alpha)  # set_time then shows what the current pose needs

    def _add(self, item):
        self.scene().addItem(item)
        return item

    def set_time(self, t: float) -> None:
        """Move every item to story.pose(t).  Cheap: called every frame."""
        self.t = float(t)
        if self.story is None:
            return
        pose = self.story.pose(self.t)
        shelf = pose.shelf_alpha
        for station, s in zip(self._stations, pose.stations):
            station.update(s, shelf)
        items = self._items
        items["match"].show_state(items["match"].state, pose.match_alpha)
        used = set()
        for stream in pose.streams:
            self._streams[stream.slot].show_state(stream, stream.alpha)
            used.add(stream.slot)
        for k, item in enumerate(self._streams):
            if k not in used and item.alpha > 0:
                item.show_state(None, 0.0)
        items["rope"].show_state(True, pose.rope.alpha)
        if "sign" in items:
            items["sign"].show_state(True, 1.0 if pose.rope.sign else 0.0)
        heads = {h.head: h for h in pose.heads}
        for k, (member, flask) in enumerate(zip(self._team, self._team_flasks)):
            h = heads.get(k)
            if h is None:
                member.show_state(True, 0.0)
                flask.show(0.0, (0.5, 0.5, 0.5), 0.0)
            else:
                member.show_state(True, h.alpha)
                flask.move_to(h.flask_x, h.flask_y + 20)
                flask.show(h.flask_fill, (0.6, 0.58, 0.55) if h.silenced else h.flask_rgb, h.flask_alpha)
        v = pose.vessel
        items["vessel"].show(v.fill, v.rgb, v.alpha)
        items["vessel_label"].show_state(True, v.alpha)
        c = pose.cauldron
        items["cauldron"].show_state(True, c.alpha)
        items["surface"].show_state(((round(c.rgb[0], 3), round(c.rgb[1], 3), round(c.rgb[2], 3)), round(c.bubble, 3)), c.alpha)
        for neuron, glow in zip(self._neurons, c.neurons):
            neuron.show_state(round(glow * 20) / 20, c.alpha)
        f = pose.floors
        items["floors"].show_state(True, f.alpha)
        floor_h = items["floors"].floor_h
        items["lift"].move_to(0, FloorsItem.BOTTOM - f.current * floor_h)
        items["lift"].show_state(True, f.alpha)
        for guess, alpha in zip(self._guesses, f.guess_alpha):
            guess.show_state(guess.state, alpha)
        items["bars"].show_state(items["bars"].state, pose.bars_alpha)
        for bar, b in zip(self._bars, pose.bars or ()):
            bar.show_state(round(b.length, 3), b.alpha * pose.bars_alpha)
        if not pose.bars:
            for bar in self._bars:
                bar.show_state(bar.state, 0.0)
        b = pose.blank
        items["blank"].show_state(True, b.alpha if b.word_y < L.WORD_Y - 0.5 or b.word_alpha <= 0 else 0.0)
        items["blank_jar"].show(0.0, (0.5, 0.5, 0.5), b.alpha)
        items["drop"].move_to(b.x, b.word_y)
        items["drop"].show_state(True, b.word_alpha)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:  # painted labels are translated when items are built
            self.set_story(self.story)

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
