"""Items that belong to no single word: streams, the rope, the team of heads, the vessel, the cauldron, the
floors, the prediction bars and the blank.  As for the stations, what only fades or moves is its own item, and
items are kept from story to story: configure() changes what a new story changes, nothing else."""
from __future__ import annotations

import math
from collections import OrderedDict

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPen, QPixmap

from ..story import layout as L
from ..story.text import STAGE_LABELS
from . import art
from . import palette as P
from .base import PoseItem
from .glass import Glass
from .station import ALCHEMIST_H, ALCHEMIST_W, AlchemistItem

NEURON_STEP = 60.0


def tr(text: str) -> str:
    return QCoreApplication.translate("story", text)


def bezier(p0, p1, p2, p3, t: float) -> QPointF:
    s = 1.0 - t
    a, b, c, d = s * s * s, 3 * s * s * t, 3 * s * t * t, t * t * t
    return QPointF(a * p0[0] + b * p1[0] + c * p2[0] + d * p3[0], a * p0[1] + b * p1[1] + c * p2[1] + d * p3[1])


class StreamItem(PoseItem):
    """A stream of potion along an arc, between its tail and its front, drawn as a chain of droplets whose size
    shows the volume (stamped round pictures are far cheaper for Qt to paint than one long antialiased stroke)."""

    DROPS = 30

    def __init__(self):
        super().__init__(QRectF(), z=7, cached=False)

    def show_state(self, state, alpha: float = 1.0) -> None:
        """The stream's own bounds (the hull of its arc), not the whole stage: a view that repaints only what
        changed (presentation mode) then repaints only the arc."""
        if state is not None and state != self.state:
            xs = (state.src[0], state.dst[0])
            ys = (state.src[1], state.dst[1], state.peak_y)
            pad = state.width * 0.7 + 3
            self.set_rect(QRectF(min(xs) - pad, min(ys) - pad, max(xs) - min(xs) + 2 * pad,
                                 max(ys) - min(ys) + 2 * pad))
        super().show_state(state, alpha)

    def draw(self, painter: QPainter, s) -> None:
        if s.head <= s.tail:
            return
        p0, p3 = s.src, s.dst
        p1, p2 = (p0[0], s.peak_y), (p3[0], s.peak_y)
        r = max(1.3, s.width / 2)
        reach = (abs(p1[1] - p0[1]) + abs(p2[0] - p1[0]) + abs(p3[1] - p2[1])) * 0.8  # ~ the arc's length
        n = max(2, min(int(self.DROPS * (s.head - s.tail)), int(reach * (s.head - s.tail) / (1.5 * r + 4))) + 1)
        to_painter = painter.worldTransform()  # item -> the painter's own pixels (the view's zoom and position)
        ratio = painter.device().devicePixelRatioF()  # the painter's pixels -> the device's (a 4K screen: 2)
        scale = to_painter.m11() * ratio
        drops = (droplet(s.rgb, r * 1.25, scale, ratio), droplet(s.rgb, r, scale, ratio))  # the front one: bigger
        painter.save()
        painter.resetTransform()  # stamps are placed in whole device pixels: Qt's plain blit, no scaling
        for k in range(n):
            t = s.head - (s.head - s.tail) * k / (n - 1)
            stamp, half = drops[1 if k else 0]
            at = to_painter.map(bezier(p0, p1, p2, p3, t))
            painter.drawPixmap(QPointF(round(at.x() * ratio - half) / ratio, round(at.y() * ratio - half) / ratio),
                               stamp)
        painter.restore()


DROPLETS_KEPT = 512  # droplet pictures kept (colours × sizes × zooms seen lately)
_droplets: OrderedDict = OrderedDict()


def droplet(rgb, radius: float, scale: float, ratio: float = 1.0) -> tuple[QPixmap, float]:
    """A round drop of potion of ``radius`` (scene units) drawn once at the device's resolution and then stamped:
    at 4K a stream of antialiased ellipses cost a frame its budget, a blit costs next to nothing.  Returns the
    picture (in device pixels) and its half size in device pixels.  Sizes are kept to a quarter of a pixel."""
    device_r = max(0.5, round(radius * scale * 4) / 4)
    key = (tuple(rgb), device_r, radius > 3, ratio)
    found = _droplets.get(key)
    if found is None:
        side = int(math.ceil(2 * device_r + 3))
        stamp = QPixmap(side, side)
        stamp.fill(Qt.GlobalColor.transparent)
        painter = QPainter(stamp)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = P.rgb(rgb)
        painter.setPen(QPen(colour.darker(150), scale) if radius > 3 else Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(QPointF(side / 2, side / 2), device_r, device_r)
        painter.end()
        stamp.setDevicePixelRatio(ratio)  # its pixels are the device's: drawn 1:1 at the screen's ratio
        found = _droplets[key] = (stamp, side / 2)
        while len(_droplets) > DROPLETS_KEPT:
            _droplets.popitem(last=False)
    else:
        _droplets.move_to_end(key)
    return found


class RopeItem(PoseItem):
    """The rope of the causal mask across the bottles that come later than the word whose reach it marks, with a
    tag hanging from it that names that word."""

    NEEDS_LOOK = True

    def __init__(self):
        super().__init__(QRectF(), z=8)
        self.font = P.font(22, bold=True)
        self.label = ""

    def configure(self, x0: float, x1: float, y: float, word: str) -> None:
        label = tr(STAGE_LABELS["rope_for"]).format(word=word) if word else ""
        if self.set_look((x0, x1, y, label)):
            self.x0, self.x1, self.line_y, self.label = x0, x1, y, label
            self.set_rect(QRectF(x0 - 12, y - 60, max(0.0, x1 - x0) + 24, 130))

    def draw(self, painter: QPainter, state) -> None:
        x0, x1, y = self.x0, self.x1, self.line_y
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        path = QPainterPath(QPointF(x0, y - 30))
        path.cubicTo(QPointF(x0 + (x1 - x0) * 0.3, y + 10), QPointF(x0 + (x1 - x0) * 0.7, y + 10), QPointF(x1, y - 30))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(P.ROPE.darker(130), 7, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawPath(path)
        painter.setPen(QPen(P.ROPE.lighter(130), 3, Qt.PenStyle.DashLine, Qt.PenCapStyle.RoundCap))
        painter.drawPath(path)
        for x in (x0, x1):  # brass posts
            painter.setPen(QPen(QColor("#6b4a12"), 1.5))
            painter.setBrush(QColor("#d4a93c"))
            painter.drawRoundedRect(QRectF(x - 5, y - 44, 10, 76), 4, 4)
            painter.drawEllipse(QPointF(x, y - 46), 8, 8)
        if self.label:  # a tag hanging from the middle of the rope
            m = QFontMetricsF(self.font)
            room = max(40.0, x1 - x0 - 30)
            text = m.elidedText(self.label, Qt.TextElideMode.ElideRight, room - 16)
            w = m.horizontalAdvance(text) + 16
            tag = QRectF((x0 + x1) / 2 - w / 2, y + 12, w, m.height() + 8)
            painter.setPen(QPen(P.ROPE.darker(130), 1.5))
            painter.drawLine(QPointF(tag.center().x(), y - 1), QPointF(tag.center().x(), tag.top()))
            painter.setBrush(QColor("#fff3d6"))
            painter.drawRoundedRect(tag, 5, 5)
            painter.setFont(self.font)
            painter.setPen(P.INK)
            painter.drawText(tag, Qt.AlignmentFlag.AlignCenter, text)


class SignItem(PoseItem):
    """A hanging sign with a short text (e.g. 'no rope: the mask is off')."""

    NEEDS_LOOK = True

    def __init__(self):
        super().__init__(QRectF(), z=12)
        self.font = P.font(26, bold=True)

    def configure(self, x: float, y: float, text: str) -> None:
        text = tr(text)
        if self.set_look(text):
            self.text = text
            w = QFontMetricsF(self.font).horizontalAdvance(self.text) + 40
            self.set_rect(QRectF(-w / 2, -28, w, 56))
        self.move_to(x, y)

    def draw(self, painter: QPainter, state) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = self._rect.adjusted(2, 2, -2, -2)
        painter.setPen(QPen(P.ACCENT_DARK, 2))
        painter.setBrush(QColor("#fff3d6"))
        painter.drawRoundedRect(r, 8, 8)
        painter.setFont(self.font)
        painter.setPen(P.INK)
        painter.drawText(r, Qt.AlignmentFlag.AlignCenter, self.text)


class TeamMemberItem(AlchemistItem):
    """One head's alchemist in the followed word's team: his own robe colour and numbered badge; grey and
    crossed out when his head is silenced."""

    def __init__(self, head: int, on_click, on_menu):
        super().__init__(on_click, lambda pos: on_menu(head, pos), z=8,
                         rect=QRectF(-ALCHEMIST_W / 2 - 30, -ALCHEMIST_H - 42, ALCHEMIST_W + 60, ALCHEMIST_H + 48))
        self.head, self.hue, self.silenced, self.chosen = head, 0.0, False, False
        self.font = P.font(30, bold=True)
        self.small = P.font(30, bold=True)

    def configure_member(self, hue: float, silenced: bool, chosen: bool) -> None:
        robe = P.SILENCED_ROBE if silenced else P.hue_colour(hue, 0.5, 0.78).name()
        hat = P.SILENCED_HAT if silenced else P.hue_colour(hue, 0.62, 0.55).name()
        self.configure(robe, hat, chosen)
        self.hue, self.silenced, self.chosen = hue, silenced, chosen
        self.setToolTip(tr("head {head}").format(head=self.head))

    def draw(self, painter: QPainter, state) -> None:
        if self.chosen:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(P.ACCENT, 4))
            painter.setBrush(QColor(217, 138, 28, 70))
            painter.drawEllipse(QPointF(0, -4), 52, 11)
        super().draw(painter, state)
        badge = QRectF(-22, -ALCHEMIST_H * 0.42 - 22, 44, 44)  # on the chest
        painter.setPen(QPen(QColor("#3b2a1a"), 2))
        painter.setBrush(P.SILENCED if self.silenced else P.hue_colour(self.hue, 0.8, 0.5))
        painter.drawEllipse(badge)
        painter.setFont(self.font)
        painter.setPen(QColor("#ffffff"))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, str(self.head))
        if self.silenced:
            painter.setPen(QPen(P.ERROR, 8, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            painter.drawLine(QPointF(-32, -150), QPointF(32, -30))
            painter.drawLine(QPointF(32, -150), QPointF(-32, -30))
            painter.setFont(self.small)
            painter.setPen(P.ERROR)
            painter.drawText(QRectF(-ALCHEMIST_W / 2 - 30, -ALCHEMIST_H - 40, ALCHEMIST_W + 60, 36),
                             Qt.AlignmentFlag.AlignCenter, tr("silenced"))


class VesselLabelItem(PoseItem):
    def __init__(self):
        super().__init__(QRectF(-44, -32, 88, 30), z=9.5)
        self.font = P.font(22, bold=True)
        self.show_state(True, 0.0)

    def draw(self, painter: QPainter, state) -> None:
        painter.setFont(self.font)
        painter.setPen(P.INK)
        painter.drawText(self._rect, Qt.AlignmentFlag.AlignCenter, tr("W_o"))


class CauldronItem(PoseItem):
    """The cauldron of the feed-forward layer (SVG art); the liquid's surface is its own item."""

    W, H = 120.0, 94.0

    def __init__(self):
        super().__init__(QRectF(-self.W / 2 - 2, -self.H / 2 - 2, self.W + 4, self.H + 4), z=9)
        self.pixmap = art.pixmap("cauldron", self.W, self.H)
        self.show_state(True, 0.0)

    def draw(self, painter: QPainter, state) -> None:
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawPixmap(QRectF(-self.W / 2, -self.H / 2, self.W, self.H), self.pixmap, QRectF(self.pixmap.rect()))


class SurfaceItem(PoseItem):
    """The potion in the cauldron: a surface in its colour with bubbles that rise with the story clock."""

    def __init__(self):
        w = CauldronItem.W
        super().__init__(QRectF(-w * 0.42, -44, w * 0.84, 56), z=9.2, cached=False)
        self.surface_y = -CauldronItem.H / 2 + CauldronItem.H * 24 / 110

    def draw(self, painter: QPainter, state) -> None:
        rgb, bubble = state
        colour = P.rgb(rgb)
        w = CauldronItem.W
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(QPointF(0, self.surface_y), w * 0.4, CauldronItem.H * 0.08)
        painter.setBrush(colour.lighter(140))
        for k in range(4):
            phase = (bubble + k * 0.27) % 1.0
            r = 3 + 3 * (1 - phase)
            painter.drawEllipse(QPointF((k - 1.5) * w * 0.15, self.surface_y - 4 - phase * 24), r, r)


class NeuronItem(PoseItem):
    """One of the most active neurons of the feed-forward layer: it glows with its activation."""

    NEEDS_LOOK = True

    def __init__(self):
        super().__init__(QRectF(-NEURON_STEP / 2, -18, NEURON_STEP, 66), z=9)
        self.font = P.font(19, bold=True)
        self.label = ""

    def configure(self, label: str) -> None:
        if self.set_look(label):
            self.label = label

    def draw(self, painter: QPainter, glow) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#6b4a12"), 1.5))
        painter.setBrush(QColor.fromRgbF(1.0, 0.78, 0.25, 0.15 + 0.85 * glow))
        r = 6 + 8 * glow
        painter.drawEllipse(QPointF(0, 0), r, r)
        painter.setFont(self.font)
        painter.setPen(P.INK)
        painter.drawText(QRectF(-NEURON_STEP / 2, 18, NEURON_STEP, 26), Qt.AlignmentFlag.AlignCenter, self.label)


class FloorsItem(PoseItem):
    """The tower of blocks on the left: one floor card per block, labelled; the highlight of the followed block,
    the climbing marker and the guesses are their own items.  Clicking a floor card follows its block
    (``on_floor(block)``)."""

    NEEDS_LOOK = True

    BOTTOM = 942.0
    TOP = 116.0  # room above the tower for its caption

    def __init__(self, on_floor=lambda block: None):
        super().__init__(QRectF(), z=1, clickable=True)
        self.count = 0
        self.on_floor = on_floor
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def configure(self, count: int) -> None:
        self.setToolTip(tr(STAGE_LABELS["floor_tip"]))
        if not self.set_look(count):
            return
        self.count = count
        self.floor_h = min(100.0, (self.BOTTOM - self.TOP) / count)
        self.set_rect(QRectF(L.FLOORS_X - 6, self.BOTTOM - count * self.floor_h - 6, L.FLOORS_W + 12,
                             count * self.floor_h + 12))
        self.two_lines = self.floor_h >= 56
        size = int(min(22, max(13, self.floor_h * 0.32)))
        self.font = P.font(size, bold=True)

    def floor_rect(self, k: float) -> QRectF:
        y = self.BOTTOM - (k + 1) * self.floor_h
        return QRectF(L.FLOORS_X, y + 2, L.FLOORS_W, self.floor_h - 4)

    def floor_at(self, y: float) -> int | None:
        k = int((self.BOTTOM - y) // self.floor_h) if self.count else -1
        return k if 0 <= k < self.count else None

    def guess_rect(self, k: int) -> QRectF:
        r = self.floor_rect(k).adjusted(10, 0, -6, 0)
        if self.two_lines:
            return QRectF(r.left(), r.center().y(), r.width(), r.height() / 2 - 2)
        return r.adjusted(34, 0, 0, 0)

    def caption_rect(self) -> QRectF:
        top = self.BOTTOM - self.count * self.floor_h
        return QRectF(L.FLOORS_X - 10, top - 76, L.FLOORS_W + 20, 72)

    def draw(self, painter: QPainter, state) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(self.font)
        for k in range(self.count):
            r = self.floor_rect(k)
            painter.setPen(QPen(QColor("#b59a72"), 1))
            painter.setBrush(QColor("#f6ecd8") if k % 2 else QColor("#efe2c6"))
            painter.drawRoundedRect(r, 5, 5)
            painter.setPen(P.INK)
            r = r.adjusted(10, 0, -6, 0)
            if self.two_lines:
                painter.drawText(QRectF(r.left(), r.top() + 2, r.width(), r.height() / 2),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                                 tr(STAGE_LABELS["floor"]).format(layer=k))
            else:
                painter.drawText(r, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, str(k))

    def mousePressEvent(self, event) -> None:
        k = self.floor_at(event.pos().y()) if self.shown() else None
        if k is None or event.button() != Qt.MouseButton.LeftButton:
            event.ignore()
            return
        self.on_floor(k)
        event.accept()


class LiftItem(PoseItem):
    """A highlight on one floor: solid on the block the story follows (every beat), dashed for the floor the
    workshop has climbed to in "Again!"."""

    NEEDS_LOOK = True

    def __init__(self, dashed: bool = False):
        super().__init__(QRectF(), z=1.6 if dashed else 1.5)
        self.dashed = dashed

    def configure(self, floor_h: float) -> None:
        if self.set_look(floor_h):
            self.set_rect(QRectF(L.FLOORS_X - 4, -floor_h + 1, L.FLOORS_W + 8, floor_h - 2))

    def draw(self, painter: QPainter, state) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = self._rect.adjusted(2, 2, -2, -2)
        if self.dashed:
            painter.setPen(QPen(P.ACCENT_DARK, 3, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(r, 7, 7)
            painter.setBrush(P.ACCENT_DARK)  # an arrow pointing up: the workshop climbs
            painter.setPen(Qt.PenStyle.NoPen)
            cx, cy = r.right() - 16, r.center().y()
            painter.drawPolygon([QPointF(cx - 9, cy + 6), QPointF(cx + 9, cy + 6), QPointF(cx, cy - 8)])
        else:
            painter.setPen(QPen(P.ACCENT, 3))
            painter.setBrush(QColor(217, 138, 28, 50))
            painter.drawRoundedRect(r, 7, 7)


class TextItem(PoseItem):
    """A line of text in a box (elided to fit), e.g. a floor's logit-lens guess; ``wrap``: lines broken to fit."""

    NEEDS_LOOK = True

    def __init__(self, colour: QColor, bold: bool = False, align=Qt.AlignmentFlag.AlignLeft, z: float = 2,
                 wrap: bool = False):
        super().__init__(QRectF(), z=z)
        self.colour, self.align, self.bold, self.wrap = colour, align, bold, wrap

    def configure(self, rect: QRectF, size: int) -> None:
        if self.set_look((rect.x(), rect.y(), rect.width(), rect.height(), size)):
            self.font = P.font(size, self.bold)
            self.set_rect(rect)

    def draw(self, painter: QPainter, text) -> None:
        painter.setFont(self.font)
        painter.setPen(self.colour)
        if self.wrap:
            painter.drawText(self._rect, self.align | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap, text)
            return
        m = QFontMetricsF(self.font)
        painter.drawText(self._rect, self.align | Qt.AlignmentFlag.AlignVCenter,
                         m.elidedText(text, Qt.TextElideMode.ElideRight, self._rect.width()))


class BarsPanelItem(PoseItem):
    """The card of next-word probabilities: words, tracks and percentages; the bars themselves grow on top.  It
    hangs on the wall above the shelf (from layout.CARD_TOP), so it never covers a bottle."""

    NEEDS_LOOK = True

    WORD_W, PCT_W = 190.0, 100.0

    def __init__(self):
        super().__init__(QRectF(), z=11)
        self.font = P.font(25, bold=True)
        self.title_font = P.font(20, bold=True)
        self.pct_font = P.font(23)

    def configure(self, right: float, rows: int) -> None:
        if not self.set_look((right, rows)):
            return
        width = min(640.0, right - L.WORK_X0)
        self.card = QRectF(right - width, L.CARD_TOP, width, L.BARS_TOP - L.CARD_TOP + rows * L.BAR_H + 8)
        self.set_rect(self.card.adjusted(-4, -4, 4, 4))
        self.bar_x0 = self.card.left() + 16 + self.WORD_W + 10
        self.bar_w = self.card.width() - 32 - self.WORD_W - 10 - self.PCT_W

    def bar_rect(self, k: int) -> QRectF:
        return QRectF(self.bar_x0, L.BARS_TOP + k * L.BAR_H + 6, self.bar_w, L.BAR_H - 12)

    def draw(self, painter: QPainter, rows) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        p = self.card
        painter.setPen(QPen(QColor("#b59a72"), 1.5))
        painter.setBrush(QColor(255, 252, 244, 248))
        painter.drawRoundedRect(p, 10, 10)
        painter.setFont(self.title_font)
        painter.setPen(P.ACCENT_DARK)
        painter.drawText(QRectF(p.left() + 16, p.top() + 4, p.width() - 32, L.BARS_TOP - p.top() - 6),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, tr("next word"))
        m = QFontMetricsF(self.font)
        for k, (word, label) in enumerate(rows):
            y = L.BARS_TOP + k * L.BAR_H
            painter.setFont(self.font)
            painter.setPen(P.INK)
            painter.drawText(QRectF(p.left() + 16, y, self.WORD_W, L.BAR_H),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             m.elidedText(word, Qt.TextElideMode.ElideRight, self.WORD_W))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#efe4cf"))
            painter.drawRoundedRect(self.bar_rect(k), 5, 5)
            painter.setFont(self.pct_font)
            painter.setPen(P.INK)
            painter.drawText(QRectF(self.bar_x0 + self.bar_w + 10, y, self.PCT_W - 10, L.BAR_H),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label)


class BarItem(PoseItem):
    """One probability bar; its length is the engine's probability relative to the winner's."""

    NEEDS_LOOK = True

    def __init__(self):
        super().__init__(QRectF(), z=11.5)
        self.winner = False

    def configure(self, rect: QRectF, winner: bool) -> None:
        if self.set_look((rect.width(), rect.height(), winner)):
            self.set_rect(QRectF(0, 0, rect.width(), rect.height()))
            self.winner = winner
        self.move_to(rect.x(), rect.y())

    def draw(self, painter: QPainter, length) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(P.ACCENT if self.winner else QColor("#c9a26b"))
        painter.drawRoundedRect(QRectF(0, 0, max(3.0, self._rect.width() * length), self._rect.height()), 5, 5)


class BlankItem(PoseItem):
    """The place of the word still to come: a dashed plate with '?', and an empty dashed jar below it."""

    NEEDS_LOOK = True

    def __init__(self):
        super().__init__(QRectF(), z=6)
        self.q_font = P.font(32, bold=True)

    def configure(self, width: float) -> None:
        if self.set_look(width):
            self.w = width - 4
            self.set_rect(QRectF(-self.w / 2 - 4, -26, self.w + 8, 52))

    def draw(self, painter: QPainter, state) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        plate = QRectF(-self.w / 2, -22, self.w, 44)
        painter.setPen(QPen(P.ACCENT_DARK, 2, Qt.PenStyle.DashLine))
        painter.setBrush(QColor(255, 255, 255, 110))
        painter.drawRoundedRect(plate, 6, 6)
        painter.setFont(self.q_font)
        painter.setPen(P.ACCENT_DARK)
        painter.drawText(plate, Qt.AlignmentFlag.AlignCenter, tr("?"))


class DropWordItem(PoseItem):
    """The winning word, falling from the bars into the blank."""

    NEEDS_LOOK = True

    def __init__(self):
        super().__init__(QRectF(), z=13)
        self.font = P.font(26, bold=True)

    def configure(self, word: str, width: float) -> None:
        if not self.set_look((word, width)):
            return
        m = QFontMetricsF(self.font)
        w = max(width - 4, min(m.horizontalAdvance(word) + 28, 260.0))
        self.set_rect(QRectF(-w / 2 - 3, -26, w + 6, 52))
        self.word, self.w = word, w

    def draw(self, painter: QPainter, state) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = QRectF(-self.w / 2, -22, self.w, 44)
        painter.setPen(QPen(P.ACCENT_DARK, 2.5))
        painter.setBrush(QColor("#ffe6a8"))
        painter.drawRoundedRect(r, 6, 6)
        painter.setFont(self.font)
        painter.setPen(P.INK)
        m = QFontMetricsF(self.font)
        painter.drawText(r, Qt.AlignmentFlag.AlignCenter, m.elidedText(self.word, Qt.TextElideMode.ElideRight, self.w - 8))


class CrateItem(PoseItem):
    """Long texts: a crate holding the words without a station of their own — a few bottle necks in their mixed
    colour stick out of it, and its front says how many words it holds."""

    NEEDS_LOOK = True

    H = 70.0

    def __init__(self):
        super().__init__(QRectF(), z=3)
        self.big = P.font(26, bold=True)
        self.small = P.font(16, bold=True)

    def configure(self, width: float, count: int) -> None:
        if self.set_look((width, count)):
            self.w, self.count = width - 10, count
            self.set_rect(QRectF(-self.w / 2 - 4, -self.H - 36, self.w + 8, self.H + 40))
            self.setToolTip(tr(STAGE_LABELS["crate"]).format(count=count))

    def draw(self, painter: QPainter, rgb) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        w, h = self.w, self.H
        colour = P.rgb(rgb)
        painter.setPen(QPen(P.GLASS_EDGE, 1.5))
        for k in range(4):  # the bottles inside: only their necks show
            x = -w / 2 + w * (k + 0.5) / 4
            painter.setBrush(QColor(255, 255, 255, 140))
            painter.drawRoundedRect(QRectF(x - 7, -h - 30, 14, 36), 4, 4)
            painter.setBrush(colour)
            painter.drawRoundedRect(QRectF(x - 5, -h - 14, 10, 18), 3, 3)
        box = QRectF(-w / 2, -h, w, h)
        painter.setPen(QPen(P.WOOD_DARK, 2))
        painter.setBrush(P.WOOD_LIGHT)
        painter.drawRoundedRect(box, 4, 4)
        painter.setPen(QPen(P.WOOD, 1.5))
        for y in (-h * 2 / 3, -h / 3):
            painter.drawLine(QPointF(-w / 2 + 3, y), QPointF(w / 2 - 3, y))
        painter.setPen(QColor("#fff3d6"))
        painter.setFont(self.big)
        painter.drawText(QRectF(-w / 2, -h + 2, w, h * 0.52), Qt.AlignmentFlag.AlignCenter, str(self.count))
        painter.setFont(self.small)
        text = tr(STAGE_LABELS["crate"]).format(count="").strip()
        painter.drawText(QRectF(-w / 2 + 2, -h * 0.5, w - 4, h * 0.48),
                         Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text)


class SpotItem(PoseItem):
    """A pool of light under an alchemist the story points at (the mask beat's example)."""

    def __init__(self):
        super().__init__(QRectF(-70, -ALCHEMIST_H - 20, 140, ALCHEMIST_H + 36), z=3.9)
        self.show_state(True, 0.0)

    def draw(self, painter: QPainter, state) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(255, 206, 110, 115))  # the cone of light from above
        painter.drawPolygon([QPointF(-22, -ALCHEMIST_H - 16), QPointF(22, -ALCHEMIST_H - 16), QPointF(62, -2),
                             QPointF(-62, -2)])
        painter.setPen(QPen(P.ACCENT, 5))
        painter.setBrush(QColor(217, 138, 28, 110))
        painter.drawEllipse(QPointF(0, -3), 58, 11)


class TagLabelItem(PoseItem):
    """A coloured tag across the followed alchemist: "silenced" (red) when his head is knocked out in this run,
    "poured by hand" (amber) while the shares he pours are the learner's."""

    NEEDS_LOOK = True

    def __init__(self, label: str, colour: QColor):
        super().__init__(QRectF(), z=5.6)  # over his flask and scroll
        self.font = P.font(22, bold=True)
        self.label, self.colour = label, colour

    def configure(self) -> None:
        text = tr(STAGE_LABELS[self.label])
        if self.set_look(text):
            self.text = text
            w = QFontMetricsF(self.font).horizontalAdvance(text) + 18
            self.set_rect(QRectF(-w / 2 - 2, -16, w + 4, 32))

    def draw(self, painter: QPainter, state) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = self._rect.adjusted(2, 2, -2, -2)
        painter.setPen(QPen(QColor("#ffffff"), 2))
        painter.setBrush(self.colour)
        painter.drawRoundedRect(r, 6, 6)
        painter.setFont(self.font)
        painter.setPen(QColor("#ffffff"))
        painter.drawText(r, Qt.AlignmentFlag.AlignCenter, self.text)


class MessageItem(PoseItem):
    """A card on the wall with one line: that the workshop is loading, or how to start."""

    NEEDS_LOOK = True

    def __init__(self, size: int, z: float = 14):
        super().__init__(QRectF(), z=z)
        self.font = P.font(size, bold=True)

    def configure(self, text: str, width: float = 1200.0) -> None:
        if self.set_look((text, width)):
            m = QFontMetricsF(self.font)
            self.text = m.elidedText(text, Qt.TextElideMode.ElideRight, width - 48)
            w = m.horizontalAdvance(self.text) + 48
            self.set_rect(QRectF(-w / 2, -m.height() * 0.9 - 8, w, m.height() * 1.8 + 16))

    def draw(self, painter: QPainter, state) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = self._rect.adjusted(3, 3, -3, -3)
        painter.setPen(QPen(P.ACCENT_DARK, 2.5))
        painter.setBrush(QColor(255, 250, 238, 245))
        painter.drawRoundedRect(r, 12, 12)
        painter.setFont(self.font)
        painter.setPen(P.INK)
        painter.drawText(r, Qt.AlignmentFlag.AlignCenter, self.text)


def neuron_x(cauldron_x: float, k: int, count: int) -> float:
    """Neurons stand in a row beside the cauldron, on the side with room."""
    half = CauldronItem.W * 0.65 + 24
    left = cauldron_x - half - (count - 1) * NEURON_STEP > L.WORK_X0
    step = -NEURON_STEP if left else NEURON_STEP
    return cauldron_x + (-1 if left else 1) * half + step * k


__all__ = ["StreamItem", "RopeItem", "SignItem", "TeamMemberItem", "VesselLabelItem", "CauldronItem", "SurfaceItem",
           "NeuronItem", "FloorsItem", "LiftItem", "TextItem", "BarsPanelItem", "BarItem", "BlankItem", "DropWordItem",
           "CrateItem", "SpotItem", "TagLabelItem", "MessageItem", "Glass", "neuron_x"]
