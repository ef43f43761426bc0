"""One word's station: bottle with tag and number, alchemist with recipe scroll, flask, name plate, the word's
own bottle (jar), the team's tiny flasks and the reach line.  Each part that only fades is its own item, so
fading is just an opacity change and nothing is repainted.  A station is kept while the stage keeps as many
stations: a re-run only hands its items new looks (configure) and poses (show)."""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen

from ..story import layout as L
from . import art
from . import palette as P
from .base import PoseItem, added
from .glass import Glass

ALCHEMIST_W, ALCHEMIST_H = 100.0, 180.0
# relative to his feet: the face (assets/art/alchemist.svg) and, in his left hand at chest height, the recipe
# scroll — beside the beard and below the face, so the scroll never hides who holds it
FACE_RECT = QRectF(-15, -131, 30, 30)
SCROLL_RECT = QRectF(-60, -86, 46, 18)
SCROLL_ENDS = 7.0  # the rolled ends stick out this far left and right
TAG_RECT = QRectF(-24, -40, 48, 20)  # on the bottle's body, relative to its base


def scroll_centre(x: float, scale: float) -> QPointF:
    return QPointF(x + SCROLL_RECT.center().x() * scale, L.ALCHEMIST_BOTTOM + SCROLL_RECT.center().y() * scale)


def tag_centre(x: float, scale: float) -> QPointF:
    return QPointF(x + TAG_RECT.center().x() * scale, L.BOTTLE_BOTTOM + TAG_RECT.center().y() * scale)


def draw_stripes(painter: QPainter, rect: QRectF, cells) -> None:
    """A glyph: one cell per direction of q/k space, warm for positive, cool for negative, strength = |value|."""
    n = len(cells)
    if not n:
        return
    w = rect.width() / n
    painter.setPen(Qt.PenStyle.NoPen)
    for k, v in enumerate(cells):
        c = QColor(P.WARM if v >= 0 else P.COOL)
        c.setAlphaF(0.12 + 0.88 * min(1.0, abs(v)))
        painter.setBrush(c)
        painter.drawRect(QRectF(rect.left() + k * w + 0.6, rect.top(), w - 1.2, rect.height()))


class TagItem(PoseItem):
    """The key glyph on a paper tag tied to the bottle's neck; its state is the glyph's cells."""

    def __init__(self):
        super().__init__(QRectF(-28, -86, 56, 70), z=3.5)

    def draw(self, painter: QPainter, cells) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#7a5a3a"), 1.0))
        painter.drawLine(QPointF(-6, -80), QPointF(TAG_RECT.left() + 4, TAG_RECT.top()))
        painter.drawLine(QPointF(6, -80), QPointF(TAG_RECT.right() - 4, TAG_RECT.top()))
        painter.setBrush(QColor("#fbf3df"))
        painter.setPen(QPen(QColor("#7a5a3a"), 1.2))
        painter.drawRoundedRect(TAG_RECT.adjusted(-2, -2, 2, 2), 3, 3)
        draw_stripes(painter, TAG_RECT, cells)


class ScrollItem(PoseItem):
    """The query glyph on the recipe scroll in the alchemist's hand."""

    NEEDS_LOOK = True

    def __init__(self):
        super().__init__(SCROLL_RECT.adjusted(-10, -8, 10, 8), z=4.5)
        self.focused = False

    def configure(self, focused: bool) -> None:
        if self.set_look(focused):
            self.focused = focused

    @staticmethod
    def drawn_rect() -> QRectF:
        """What the scroll covers, relative to the alchemist's feet (at art scale 1)."""
        return SCROLL_RECT.adjusted(-SCROLL_ENDS, -5, SCROLL_ENDS, 5)

    def draw(self, painter: QPainter, cells) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = SCROLL_RECT
        painter.setPen(QPen(P.ACCENT_DARK if self.focused else QColor("#7a5a3a"), 2.0 if self.focused else 1.3))
        painter.setBrush(QColor("#fbf3df"))
        painter.drawRoundedRect(r.adjusted(-3, -3, 3, 3), 3, 3)
        painter.setBrush(QColor("#e8d7b0"))  # the rolled ends
        painter.drawRoundedRect(QRectF(r.left() - SCROLL_ENDS, r.top() - 5, SCROLL_ENDS, r.height() + 10), 3, 3)
        painter.drawRoundedRect(QRectF(r.right(), r.top() - 5, SCROLL_ENDS, r.height() + 10), 3, 3)
        draw_stripes(painter, r, cells)


class NumberItem(PoseItem):
    """The score or share over a bottle: a chip with legible text, sized to the station."""

    NEEDS_LOOK = True

    def __init__(self):
        super().__init__(QRectF(), z=10)

    def configure(self, width: float) -> None:
        if not self.set_look(width):
            return
        size = round(24 * min(1.15, width / 120)) if width >= 80 else 19 if width >= 56 else 15
        self.font = P.font(size, bold=True)
        w = max(44.0, width - 2)
        self.set_rect(QRectF(-w / 2, -size * 0.8, w, 1.6 * size))

    def draw(self, painter: QPainter, state) -> None:
        text, big, in_reach = state
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(self.font)
        r = self._rect.adjusted(0, 1, 0, -1)
        metrics = QFontMetricsF(self.font)
        tw = min(r.width(), metrics.horizontalAdvance(text) + 12)
        chip = QRectF(-tw / 2, r.top(), tw, r.height())
        painter.setPen(QPen(P.ACCENT_DARK if big else QColor("#cdbb9c"), 2.0 if big else 1.0))
        painter.setBrush(QColor("#fff3d6") if big else QColor(255, 253, 248, 240))
        painter.drawRoundedRect(chip, 5, 5)
        painter.setPen(P.INK if in_reach else P.INK_SOFT)
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, metrics.elidedText(text, Qt.TextElideMode.ElideRight, chip.width()))


class AlchemistItem(PoseItem):
    """An alchemist (SVG art, pre-rendered).  Left click follows his word; right click opens his menu (follow
    his word, silence or restore his head, show him in the inspector): ``on_menu(screen_pos)``."""

    NEEDS_LOOK = True

    def __init__(self, on_click, on_menu, z: float = 4, rect: QRectF | None = None):
        super().__init__(rect or QRectF(-ALCHEMIST_W / 2 - 4, -ALCHEMIST_H - 2, ALCHEMIST_W + 8, ALCHEMIST_H + 6), z=z,
                         clickable=True)
        self.pixmap = None
        self.spotlight = False
        self.on_click, self.on_menu = on_click, on_menu
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def configure(self, robe: str, hat: str, spotlight: bool) -> None:
        """The robe is the followed head's colour: a new head repaints every alchemist, a new run none."""
        if self.set_look((robe, hat, spotlight)):
            self.pixmap = art.pixmap("alchemist", ALCHEMIST_W, ALCHEMIST_H, robe, hat)
            self.spotlight = spotlight

    def draw(self, painter: QPainter, state) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        if self.spotlight:  # a warm pool of light under the followed alchemist
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(217, 138, 28, 90))
            painter.drawEllipse(QPointF(0, -3), 50, 8)
        painter.drawPixmap(QRectF(-ALCHEMIST_W / 2, -ALCHEMIST_H, ALCHEMIST_W, ALCHEMIST_H), self.pixmap,
                           QRectF(self.pixmap.rect()))

    def mousePressEvent(self, event) -> None:
        if not self.shown():  # a faded-out alchemist is not there to click: pass it on to what lies below
            event.ignore()
            return
        if event.button() == Qt.MouseButton.LeftButton:
            self.on_click()
        event.accept()  # a right press is accepted so that the context menu event comes to this item

    def contextMenuEvent(self, event) -> None:
        if not self.shown():
            event.ignore()
            return
        self.on_menu(event.screenPos())
        event.accept()


class WordItem(PoseItem):
    """The word's name plate on the floor, with its position badge.  Narrow stations (long sentences) get a
    standing plate with the word written downwards; the followed word's plate grows to fit its word."""

    NEEDS_LOOK = True

    VERTICAL_H = 84.0

    def __init__(self):
        super().__init__(QRectF(), z=6)
        self.word, self.badge, self.focused, self.spot_in_text = "", "", False, ""

    def configure(self, width: float, word: str, badge: str, focused: bool, place: str = "") -> None:
        """``place``: the word's place in the text, drawn as a hollow badge when the real badges are off (long
        texts, where the stations skip words)."""
        if not self.set_look((width, word, badge, focused, place)):
            return
        self.spot_in_text = place
        size = round(26 * min(1.15, width / 120)) if width >= 80 else 21 if width >= 56 else 17
        plate_size = size  # the plate keeps its height; a long word gets a smaller face before it is cut short
        while not focused and size > 15 and QFontMetricsF(P.font(size, bold=True)).horizontalAdvance(word) > width - 12:
            size -= 1
        self.font = P.font(size, bold=True)
        # a narrow station (or a word that still does not fit a narrow one) is written downwards; the followed
        # word's plate grows instead
        too_long = QFontMetricsF(self.font).horizontalAdvance(word) > width - 12
        self.vertical = not focused and (width < 50 or (width < 60 and too_long))
        size = plate_size if not self.vertical else size
        self.badge_font = P.font(max(12, size - 8), bold=True)
        self.word, self.badge, self.focused = word, badge, focused
        w = width - 4
        if focused:
            w = max(w, QFontMetricsF(self.font).horizontalAdvance(word) + 20)
        if self.vertical:
            self.plate = QRectF(-w / 2, -size * 0.85 - 2, w, self.VERTICAL_H)
        else:
            self.plate = QRectF(-w / 2, -size * 0.85 - 2, w, size * 1.7 + 4)
        self.set_rect(self.plate.adjusted(-8, -14, 4, 4))
        self.setZValue(6.5 if focused else 6)
        self.setToolTip(word)

    def draw(self, painter: QPainter, state) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = self.plate
        painter.setPen(QPen(P.ACCENT_DARK if self.focused else QColor("#b59a72"), 2.5 if self.focused else 1.2))
        painter.setBrush(QColor("#fff0cc") if self.focused else QColor("#fbf6ea"))
        painter.drawRoundedRect(r, 6, 6)
        metrics = QFontMetricsF(self.font)
        painter.setFont(self.font)
        painter.setPen(P.INK)
        if self.vertical:  # read from top to bottom, like a spine label
            painter.save()
            painter.translate(r.center())
            painter.rotate(90)
            text_rect = QRectF(-r.height() / 2 + 14, -r.width() / 2, r.height() - 18, r.width())
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignCenter,
                             metrics.elidedText(self.word, Qt.TextElideMode.ElideRight, text_rect.width()))
            painter.restore()
        else:
            text_rect = r.adjusted(4, 0, -4, 0)
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignCenter,
                             metrics.elidedText(self.word, Qt.TextElideMode.ElideRight, text_rect.width()))
        label = self.badge or self.spot_in_text
        if label:  # the position badge sits on the plate's corner; a mere place in the text is hollow
            painter.setFont(self.badge_font)
            bm = QFontMetricsF(self.badge_font)
            bw = max(bm.horizontalAdvance(label) + 8, bm.height() + 2)
            badge = QRectF(r.left() - 5, r.top() - bm.height() * 0.55, bw, bm.height() + 2)
            if self.badge:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor("#6e4526"))
            else:
                painter.setPen(QPen(P.INK_SOFT, 1.2, Qt.PenStyle.DashLine))
                painter.setBrush(QColor("#fbf6ea"))
            painter.drawRoundedRect(badge, badge.height() / 2, badge.height() / 2)
            painter.setPen(QColor("#fff3d6") if self.badge else P.INK_SOFT)
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, label)


class MiniHeadsItem(PoseItem):
    """Heads beat, for the words not followed: one tiny flask per head, in that head's output colour."""

    NEEDS_LOOK = True

    def __init__(self):
        super().__init__(QRectF(), z=5)

    def configure(self, width: float, hues: tuple, knocked: frozenset) -> None:
        if not self.set_look((width, hues, knocked)):
            return
        self.step = 15.0 if width >= 50 else 11.0
        self.cols = max(1, min(len(hues), int((width - 4) // self.step)))
        self.rows = -(-len(hues) // self.cols)
        w = self.cols * self.step
        self.set_rect(QRectF(-w / 2, -self.rows * self.step / 2 - 2, w, self.rows * self.step + 4))
        self.hues, self.knocked = hues, knocked

    def draw(self, painter: QPainter, colours) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        top = self._rect.top() + 2
        for h, c in enumerate(colours):
            cx = self._rect.left() + (h % self.cols + 0.5) * self.step
            cy = top + (h // self.cols + 0.5) * self.step
            painter.setPen(QPen(P.hue_colour(self.hues[h], 0.7, 0.6), 2.0))
            painter.setBrush(P.SILENCED if h in self.knocked else P.rgb(c))
            r = self.step * 0.36
            painter.drawEllipse(QPointF(cx, cy), r, r)


class ReachItem(PoseItem):
    """Mask beat: how far this alchemist may reach along the shelf — the rows of the causal mask, stacked."""

    NEEDS_LOOK = True

    def __init__(self):
        super().__init__(QRectF(), z=1)

    def configure(self, x0: float, x1: float, y: float) -> None:
        if self.set_look((x0, x1, y)):
            self.x0, self.x1, self.line_y = x0, x1, y
            self.set_rect(QRectF(x0 - 8, y - 8, x1 - x0 + 16, 16))

    def draw(self, painter: QPainter, state) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(P.ROPE, 2.5))
        painter.drawLine(QPointF(self.x0, self.line_y), QPointF(self.x1, self.line_y))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(P.ROPE)
        painter.drawEllipse(QPointF(self.x1, self.line_y), 4.5, 4.5)


class MatchFanItem(PoseItem):
    """Match beat: a line from the followed alchemist's recipe to every tag, thicker for a higher score.
    The strengths never change within a story, so the fan is painted once and only fades.  It lies behind the
    alchemists (their faces stay clear) and in front of the shelf."""

    NEEDS_LOOK = True

    def __init__(self):
        super().__init__(QRectF(), z=3.8)

    def configure(self, scroll: QPointF, tags: list[QPointF]) -> None:
        if not self.set_look((scroll.x(), scroll.y(), tuple((t.x(), t.y()) for t in tags))):
            return
        xs, ys = [scroll.x()] + [t.x() for t in tags], [scroll.y()] + [t.y() for t in tags]
        rect = QRectF(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))
        self.set_rect(rect.adjusted(-12, -12, 12, 12))
        self.origin, self.tags = scroll, tags

    def draw(self, painter: QPainter, strengths) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for tag, s in sorted(zip(self.tags, strengths), key=lambda ts: ts[1]):  # strongest on top
            c = QColor(P.ACCENT)
            c.setAlphaF(0.25 + 0.7 * s)
            painter.setPen(QPen(c, 1.0 + 6.0 * s, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
            painter.drawLine(self.origin, tag)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(P.ACCENT_DARK)
        for tag, s in zip(self.tags, strengths):
            painter.drawEllipse(tag, 2.5 + 3.0 * s, 2.5 + 3.0 * s)


class Station:
    """Every item of one word, made once; configure() gives them a story's looks, show() a moment's pose.
    ``owner``: the scene, or the group item that carries the workshop (it climbs in "Again!")."""

    def __init__(self, owner, on_click, on_menu):
        self.bottle = Glass(owner, "bottle", z=3)
        self.tag = added(owner, TagItem())
        self.number = added(owner, NumberItem())
        self.alchemist = added(owner, AlchemistItem(on_click, on_menu))
        self.scroll = added(owner, ScrollItem())
        self.flask = Glass(owner, "flask", z=5)
        self.word = added(owner, WordItem())
        self.jar = Glass(owner, "jar", z=2)
        self.heads = added(owner, MiniHeadsItem())
        self.reach = added(owner, ReachItem())
        self.narrow = False
        self._shown = None  # the (pose, shelf) last shown: a station whose pose did not change is left alone

    def items(self) -> list:
        return [*self.bottle.items(), self.tag, self.number, self.alchemist, self.scroll, *self.flask.items(),
                self.word, *self.jar.items(), self.heads, self.reach]

    def configure(self, first, layout, slot: int, robe: str, hat: str, hues: tuple, knocked: frozenset) -> None:
        """``first``: this station's StationPose (any moment: what is set here does not change within a story)."""
        self._shown = None
        x, w, s = first.x, first.width, first.scale
        self.bottle.place(x, L.BOTTLE_BOTTOM, s)
        self.tag.place(x, L.BOTTLE_BOTTOM, s)
        self.number.configure(w)
        self.number.place(x, L.LABEL_Y)
        self.alchemist.configure(robe, hat, first.focused)
        self.alchemist.place(x, L.ALCHEMIST_BOTTOM, s)
        self.alchemist.setToolTip(first.word)
        self.scroll.configure(first.focused)
        self.scroll.place(x, L.ALCHEMIST_BOTTOM, s)
        self.flask.place(L.flask_x(layout, slot), L.FLASK_BOTTOM, s)
        self.word.configure(w, first.word, first.badge, first.focused, first.place)
        self.word.place(x, L.WORD_Y)
        self.jar.place(x, L.JAR_BOTTOM, s)
        self.heads.configure(w, hues, knocked)
        self.heads.place(x, L.REACTION_Y + (16 if w < 50 else 0))
        self.narrow = w < 50
        self.reach.configure(first.reach_x0, first.reach_x1, first.reach_y)

    def show(self, s, shelf: float) -> None:
        if self._shown is not None and self._shown[1] == shelf and self._shown[0] == s:
            return  # most stations hold still most of the time: comparing the poses is cheaper than posing
        self._shown = (s, shelf)
        a = s.alpha
        shelf_a = a * shelf * (1.0 - 0.6 * s.dim)
        self.bottle.show(s.bottle_fill, s.bottle_rgb, shelf_a)
        self.tag.show_state(s.tag, s.tag_alpha * shelf_a)
        alpha = s.number_alpha * shelf
        if self.narrow and not (s.share >= 0.05 or (s.share == 0.0 and s.match >= 0.85) or s.number == "−∞"):
            alpha = 0.0  # a narrow station has no room for every number: only the ones that matter
        self.number.show_state((s.number, s.share >= 0.3, s.in_reach), alpha)
        self.alchemist.show_state(True, s.alchemist_alpha)
        self.scroll.show_state(s.recipe, s.recipe_alpha * s.alchemist_alpha)
        self.flask.show(s.flask_fill, s.flask_rgb, s.flask_alpha * a)
        self.word.show_state(True, a)
        self.jar.show(0.84, s.jar_rgb, s.jar_alpha)
        self.heads.show_state(s.heads_rgb, s.heads_alpha * a)
        self.reach.show_state(True, s.reach)
