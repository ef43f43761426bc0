"""Glassware: a static glass item (painted once, then only blitted) and a liquid item on top of it whose level
and colour change.  Liquids are simple shapes (rounded rectangles, circle chords, trapezoids), so repainting
one is cheap; nothing is clipped."""
from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPolygonF

from . import palette as P
from .base import PoseItem, added


@dataclass(frozen=True)
class Shape:
    """One kind of glass: its outline and where its liquid can be (all standing on (0, 0), y up is negative)."""

    name: str
    bounds: QRectF
    liquid_bottom: float
    liquid_top: float  # level of a full glass
    cork: QRectF | None


def _bottle() -> QPainterPath:
    w, h, body_h, neck_w = 52.0, 92.0, 62.0, 18.0
    p = QPainterPath()
    p.moveTo(-w / 2 + 6, 0)
    p.quadTo(-w / 2, 0, -w / 2, -6)
    p.lineTo(-w / 2, -body_h + 10)
    p.quadTo(-w / 2, -body_h, -neck_w / 2 - 4, -body_h - 4)
    p.lineTo(-neck_w / 2, -h + 6)
    p.lineTo(-neck_w / 2 - 2, -h)
    p.lineTo(neck_w / 2 + 2, -h)
    p.lineTo(neck_w / 2, -h + 6)
    p.lineTo(neck_w / 2 + 4, -body_h - 4)
    p.quadTo(w / 2, -body_h, w / 2, -body_h + 10)
    p.lineTo(w / 2, -6)
    p.quadTo(w / 2, 0, w / 2 - 6, 0)
    p.closeSubpath()
    return p


def _flask() -> QPainterPath:
    r, neck_h, neck_w = 21.0, 20.0, 13.0
    p = QPainterPath()
    p.addEllipse(QPointF(0, -r), r, r)
    neck = QPainterPath()
    neck.addRect(QRectF(-neck_w / 2, -2 * r - neck_h + 4, neck_w, neck_h))
    lip = QPainterPath()
    lip.addRoundedRect(QRectF(-neck_w / 2 - 3, -2 * r - neck_h, neck_w + 6, 5), 2, 2)
    return p.united(neck).united(lip)


def _jar() -> QPainterPath:
    w, h = 66.0, 80.0
    p = QPainterPath()
    p.addRoundedRect(QRectF(-w / 2, -h + 14, w, h - 14), 14, 14)
    neck = QPainterPath()
    neck.addRoundedRect(QRectF(-w * 0.3, -h + 2, w * 0.6, 16), 4, 4)
    return p.united(neck)


def _beaker() -> QPainterPath:
    w, h = 74.0, 70.0
    p = QPainterPath()
    p.moveTo(-w / 2, -h)
    p.lineTo(-w / 2 + 4, -6)
    p.quadTo(-w / 2 + 5, 0, -w / 2 + 12, 0)
    p.lineTo(w / 2 - 12, 0)
    p.quadTo(w / 2 - 5, 0, w / 2 - 4, -6)
    p.lineTo(w / 2, -h)
    p.lineTo(w / 2 + 8, -h - 6)
    p.lineTo(-w / 2 - 2, -h - 2)
    p.closeSubpath()
    return p


SHAPES = {
    "bottle": Shape("bottle", QRectF(-28, -100, 56, 102), -3.0, -55.0, QRectF(-7, -99, 14, 9)),
    "flask": Shape("flask", QRectF(-26, -64, 52, 66), -2.5, -39.5, None),
    "jar": Shape("jar", QRectF(-36, -84, 72, 86), -3.0, -60.0, QRectF(-16, -84, 32, 10)),
    "beaker": Shape("beaker", QRectF(-40, -78, 90, 80), -3.0, -62.0, None),
}
_PATHS = {"bottle": _bottle, "flask": _flask, "jar": _jar, "beaker": _beaker}


@lru_cache(maxsize=None)
def outline(kind: str) -> QPainterPath:
    return _PATHS[kind]()


class GlassItem(PoseItem):
    """The empty glass: a pale body, a dark outline, a highlight and (for bottles and jars) a cork."""

    def __init__(self, kind: str, z: float, dashed: bool = False):
        self.form = SHAPES[kind]
        super().__init__(self.form.bounds.adjusted(-3, -3, 3, 3), z=z)
        self.kind, self.dashed = kind, dashed
        self.show_state(True, 0.0)

    def draw(self, painter: QPainter, state) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(P.ACCENT_DARK if self.dashed else P.GLASS_EDGE, 2.0, Qt.PenStyle.DashLine if self.dashed else Qt.PenStyle.SolidLine)
        painter.setPen(pen)
        painter.setBrush(QColor(255, 255, 255, 60 if self.dashed else 130))
        painter.drawPath(outline(self.kind))
        if self.form.cork is not None and not self.dashed:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#9a6a3a"))
            painter.drawRoundedRect(self.form.cork, 3, 3)


class LiquidItem(PoseItem):
    """The liquid in a glass, drawn over it (inset, so the outline stays visible), with a glint of light."""

    def __init__(self, kind: str, z: float):
        self.form = SHAPES[kind]
        super().__init__(self.form.bounds, z=z)
        self.kind = kind

    def show_liquid(self, fill: float, rgb, alpha: float) -> None:
        fill = round(min(1.0, max(0.0, fill)) * 200) / 200
        self.show_state((fill, (round(rgb[0], 3), round(rgb[1], 3), round(rgb[2], 3))), alpha if fill > 0 else 0.0)

    def draw(self, painter: QPainter, state) -> None:
        fill, rgb = state
        colour = P.rgb(rgb)
        s = self.form
        level = s.liquid_bottom + (s.liquid_top - s.liquid_bottom) * fill
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(colour.darker(135), 1.2))
        painter.setBrush(colour)
        if self.kind == "bottle":
            painter.drawRoundedRect(QRectF(-23.5, level, 47, s.liquid_bottom - level), 5, 5)
        elif self.kind == "jar":
            painter.drawRoundedRect(QRectF(-30.5, level, 61, s.liquid_bottom - level), 11, 11)
        elif self.kind == "flask":
            r, cy = 18.5, -21.0
            d = max(-r, min(r, level - cy))
            a0 = math.degrees(math.asin(-d / r))
            painter.drawChord(QRectF(-r, cy - r, 2 * r, 2 * r), int((180 - a0) * 16), int((180 + 2 * a0) * 16))
        else:  # beaker: the sides lean outwards going up
            def half(y):
                return 32.0 + 4.0 * (-y) / 70.0
            painter.drawPolygon(QPolygonF([QPointF(-half(level), level), QPointF(half(level), level),
                                           QPointF(half(s.liquid_bottom) - 6, s.liquid_bottom),
                                           QPointF(-half(s.liquid_bottom) + 6, s.liquid_bottom)]))
        painter.setPen(QPen(colour.lighter(150), 2.0))  # the surface catches the light
        w = {"bottle": 20.0, "jar": 26.0, "flask": 12.0, "beaker": 28.0}[self.kind]
        if fill < 0.98 or self.kind != "flask":
            painter.drawLine(QPointF(-w, level + 1.5), QPointF(w, level + 1.5))
        painter.setPen(QPen(QColor(255, 255, 255, 150), 3.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        x = s.bounds.left() + s.bounds.width() * 0.25
        top = max(level + 6, s.liquid_bottom + (s.liquid_top - s.liquid_bottom) * 0.7)
        if s.liquid_bottom - 6 > top:
            painter.drawLine(QPointF(x, s.liquid_bottom - 6), QPointF(x, top))


class Glass:
    """A glass and its liquid, placed together."""

    def __init__(self, owner, kind: str, z: float, dashed: bool = False):
        """``owner``: the scene, or a group item (see base.added)."""
        self.glass = added(owner, GlassItem(kind, z, dashed))
        self.liquid = added(owner, LiquidItem(kind, z + 0.1))

    def items(self) -> tuple:
        return self.glass, self.liquid

    def place(self, x: float, y: float, scale: float) -> None:
        self.glass.place(x, y, scale)
        self.liquid.place(x, y, scale)

    def show(self, fill: float, rgb, alpha: float) -> None:
        self.glass.show_state(True, alpha)
        self.liquid.show_liquid(fill, rgb, alpha)

    def move_to(self, x: float, y: float) -> None:
        self.glass.move_to(x, y)
        self.liquid.move_to(x, y)
