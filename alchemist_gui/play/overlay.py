"""The stage's part of the feedback: under the shelf, at each bottle, a chip with the player's number (the
stage's own labels above the bottles show the real ones in the reveal), tinted by how far it is from the real
number — green close, amber near, red far — or a mark (★ best, ✓ right, ✗ wrong).  One item of our own, added
to the stage's scene when a result is shown and taken away when the challenge ends."""
from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem

from ..story import layout as L
from . import style
from .text import percent

TOP = L.SHELF_Y + 24.0  # chips hang under the shelf (below its caption), above the alchemists' hats
CHIP_H = 34.0
LEGEND_H = 26.0
CLOSE, NEAR = 0.05, 0.15  # a guess this close to the real share is green, then amber, then red


def tint(guess: float, real: float) -> QColor:
    gap = abs(guess - real)
    return QColor("#dcefd8") if gap <= CLOSE else QColor("#fbe3b5") if gap <= NEAR else QColor("#f6cfc9")


class StageOverlay(QGraphicsItem):
    def __init__(self):
        super().__init__()
        self.setZValue(10_000)  # above the workshop's items
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self._marks: list = []  # (x, width, guess, real, tag)
        self._legend: str | None = None
        self._legend_x = L.WORK_X1
        self._rect = QRectF(L.WORK_X0, TOP, L.WORK_X1 - L.WORK_X0, CHIP_H + LEGEND_H + 8)

    def show_marks(self, layout, marks: dict, legend: str | None) -> None:
        """``marks``: {word: (guess, real, tag)}; words in the crate (long texts) have no station: left out.
        legend: what the chips' numbers are ("yours", …)."""
        self.prepareGeometryChange()
        self._marks = []
        for j, (guess, real, tag) in sorted(marks.items()):
            slot = layout.slot_of(j)
            if slot is not None:
                self._marks.append((layout.xs[slot], layout.widths[slot], guess, real, tag))
        self._legend = legend
        self._legend_x = layout.blank_x
        self.update()

    @property
    def marks(self) -> list:
        return list(self._marks)

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont()
        font.setPixelSize(19)
        font.setBold(True)
        painter.setFont(font)
        for x, width, guess, real, tag in self._marks:
            chip = QRectF(x - width / 2 + 5, TOP, width - 10, CHIP_H)
            if guess is not None and real is not None:
                painter.setPen(QPen(QColor(style.LINE), 1))
                painter.setBrush(tint(guess, real))
                painter.drawRoundedRect(chip, 9, 9)
                painter.setPen(QColor(style.T.ACCENT_DARK))
                painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, percent(guess))
            elif tag:
                good = tag.startswith(("✓", "★"))
                painter.setPen(QPen(style.GOOD if good else style.BAD, 1.5))
                painter.setBrush(QColor("#eef7ec") if good else QColor("#fdecea"))
                painter.drawRoundedRect(chip, 9, 9)
                painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, tag)
        if self._legend:
            small = QFont(font)
            small.setPixelSize(16)
            painter.setFont(small)
            painter.setPen(style.INK)
            left = min(x - w / 2 for x, w, *_ in self._marks) if self._marks else L.WORK_X0
            painter.drawText(QRectF(left + 5, TOP + CHIP_H + 4, L.WORK_X1 - left, LEGEND_H),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self._legend)
