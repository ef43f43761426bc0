"""The timeline of presentation mode: one thin line along the bottom of the screen, filled as the story plays,
with a notch where each beat begins — the room sees how far the story has come without a row of controls."""
from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

from ..theme import ACCENT, PANEL

TRACK = "#e2d5bf"
NOTCH_PX = 2.0  # the gap that marks a beat's start, in logical pixels


class ProgressLine(QWidget):
    def __init__(self, clock, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("presentationProgress")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)  # it paints every pixel: nothing under it
        self.clock = clock
        self._starts: tuple[float, ...] = ()
        self._filled = -1  # the pixel the played part reaches, as last painted
        clock.time_changed.connect(self._on_time)

    def set_beats(self, starts, duration: float) -> None:
        self._starts = tuple(s / duration for s in starts[1:]) if duration > 0 else ()
        self._filled = -1
        self.update()

    def fraction(self) -> float:
        duration = self.clock.duration
        return min(max(self.clock.time / duration, 0.0), 1.0) if duration > 0 else 0.0

    def _on_time(self, _t: float) -> None:
        if self.isVisible() and round(self.fraction() * self.width()) != self._filled:
            self.update()  # a repaint only when the played part has grown by a whole pixel

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        w, h = self.width(), self.height()
        self._filled = round(self.fraction() * w)
        p.fillRect(0, 0, w, h, QColor(TRACK))
        p.fillRect(0, 0, self._filled, h, QColor(ACCENT))
        panel = QColor(PANEL)
        for s in self._starts:
            p.fillRect(QRectF(s * w - NOTCH_PX / 2, 0, NOTCH_PX, h), panel)
