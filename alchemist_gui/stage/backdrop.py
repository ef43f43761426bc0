"""The workshop itself: the wall and the floor (the view's background), and the shelf and bench the stations use.

The wall and the floor never change, so the view paints them as its background, which Qt keeps in one opaque
picture and copies each frame (a copy is cheaper than blending an item as large as the view).  They reach far
beyond the stage, so that a view of another shape than the stage shows more workshop rather than empty bands."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QLinearGradient, QPainter, QPen, QRadialGradient

from ..story import layout as L
from ..story.text import STAGE_LABELS
from . import palette as P
from .base import PoseItem

PLANK_H = 24.0
WORKSHOP = QRectF(-L.STAGE_W, -L.STAGE_H * 0.6, 3 * L.STAGE_W, 2.6 * L.STAGE_H)  # wall and floor, in stage units


def draw_workshop(painter: QPainter) -> None:
    """The wall with its lanterns and the floor boards, over WORKSHOP."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    W = L.STAGE_W
    b = WORKSHOP
    wall_rect = QRectF(b.left(), b.top(), b.width(), L.FLOOR_Y - b.top())
    wall = QLinearGradient(0, 0, 0, L.FLOOR_Y)  # pads above 0 with its top colour
    wall.setColorAt(0.0, QColor("#f4ead7"))
    wall.setColorAt(1.0, QColor("#e9dbc0"))
    painter.fillRect(wall_rect, wall)
    glow = QRadialGradient(QPointF(W * 0.6, 120), W * 0.55)  # warm lamp light
    glow.setColorAt(0.0, QColor(255, 236, 190, 120))
    glow.setColorAt(1.0, QColor(255, 236, 190, 0))
    painter.fillRect(wall_rect, glow)
    # stone courses on the wall, faint
    painter.setPen(QPen(QColor(160, 130, 90, 28), 1))
    x0, x1 = int(b.left()), int(b.right())
    for k, y in enumerate(range(40 - 56 * 11, int(L.FLOOR_Y), 56)):
        painter.drawLine(QPointF(x0, y), QPointF(x1, y))
        off = 0 if k % 2 else 60
        for x in range(x0 + off, x1, 120):
            painter.drawLine(QPointF(x, y), QPointF(x, y + 56))
    for x in (W * 0.34, W * 0.62, W * 0.9):  # hanging lanterns
        lantern(painter, x)
    # floor boards
    floor_rect = QRectF(b.left(), L.FLOOR_Y, b.width(), b.bottom() - L.FLOOR_Y)
    floor = QLinearGradient(0, L.FLOOR_Y, 0, L.STAGE_H)
    floor.setColorAt(0.0, QColor("#c9a878"))
    floor.setColorAt(1.0, QColor("#b48f5f"))
    painter.fillRect(floor_rect, floor)
    painter.setPen(QPen(QColor(110, 75, 40, 60), 1))
    for y in range(int(L.FLOOR_Y) + 30, int(b.bottom()), 34):
        painter.drawLine(QPointF(x0, y), QPointF(x1, y))
    painter.setPen(QPen(QColor("#8a6238"), 3))
    painter.drawLine(QPointF(x0, L.FLOOR_Y), QPointF(x1, L.FLOOR_Y))


class ShelvesItem(PoseItem):
    """The shelf for the potions and the bench for the words' own bottles; they span the stations, so a
    sentence of another length repaints them (the wall behind stays)."""

    NEEDS_LOOK = True

    def __init__(self, left: float, right: float):
        super().__init__(QRectF(), z=-9)
        self.configure(left, right)
        self.show_state(True)

    def configure(self, left: float, right: float) -> None:
        if self.set_look((left, right)):
            self.left, self.right = left, right
            self.set_rect(QRectF(left - 20, L.SHELF_Y - 4, right - left + 40, L.STAGE_H - L.SHELF_Y + 4))

    def draw(self, painter: QPainter, state) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        H = L.STAGE_H
        left, right = self.left - 14, self.right + 14
        painter.setPen(Qt.PenStyle.NoPen)
        for x in (left + 30, (left + right) / 2, right - 30):  # the shelf's brackets
            painter.setBrush(P.WOOD_DARK)
            painter.drawPolygon([QPointF(x - 6, L.SHELF_Y), QPointF(x + 6, L.SHELF_Y), QPointF(x + 6, L.SHELF_Y + 50),
                                 QPointF(x - 6, L.SHELF_Y + 24)])
        shelf = QRectF(left, L.SHELF_Y - 2, right - left, PLANK_H)
        plank(painter, shelf)
        bench = QRectF(left, L.JAR_BOTTOM, right - left, PLANK_H)
        for x in (left + 16, right - 16):
            painter.fillRect(QRectF(x - 6, bench.bottom(), 12, H - bench.bottom()), P.WOOD_DARK)
        plank(painter, bench)
        # what each row is, burnt into the wood
        painter.setFont(P.font(17, bold=True))
        painter.setPen(QColor("#fbecd0"))
        for rect, key in ((shelf, "shelf"), (bench, "bench")):
            text = QCoreApplication.translate("story", STAGE_LABELS[key])
            m = QFontMetricsF(painter.font())
            painter.drawText(rect.adjusted(14, 0, -14, 0), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             m.elidedText(text, Qt.TextElideMode.ElideRight, rect.width() - 28))


def lantern(painter: QPainter, x: float) -> None:
    glow = QRadialGradient(QPointF(x, 62), 90)
    glow.setColorAt(0.0, QColor(255, 214, 130, 110))
    glow.setColorAt(1.0, QColor(255, 214, 130, 0))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(glow)
    painter.drawEllipse(QPointF(x, 62), 90, 90)
    painter.setPen(QPen(QColor("#5a3d22"), 2))
    painter.drawLine(QPointF(x, WORKSHOP.top()), QPointF(x, 40))  # the chain, from the ceiling
    painter.setBrush(QColor("#ffd77a"))
    painter.setPen(QPen(QColor("#5a3d22"), 2.5))
    painter.drawRoundedRect(QRectF(x - 13, 44, 26, 36), 6, 6)
    painter.setBrush(QColor("#5a3d22"))
    painter.drawRect(QRectF(x - 16, 40, 32, 6))
    painter.drawRect(QRectF(x - 11, 80, 22, 5))
    painter.setPen(QPen(QColor("#5a3d22"), 1.5))
    painter.drawLine(QPointF(x, 46), QPointF(x, 80))


def plank(painter: QPainter, rect: QRectF) -> None:
    wood = QLinearGradient(0, rect.top(), 0, rect.bottom())
    wood.setColorAt(0.0, P.WOOD_LIGHT)
    wood.setColorAt(1.0, P.WOOD_DARK)
    painter.setBrush(wood)
    painter.setPen(QPen(P.WOOD_DARK, 1.5))
    painter.drawRoundedRect(rect, 3, 3)
