"""The caption strip under the exported stage: the beat's title, its step, and its line of narration.

The texts are the narration panel's: story templates translated in the "story" context and filled with the
sentence's numbers (narration.beat_text).  Sizes follow the strip's height, so a caption reads the same at any
export size; a line too long for the strip is set smaller, down to a floor, and then cut with an ellipsis.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPen
from PySide6.QtWidgets import QApplication

from ..narration import beat_text
from ..theme import ACCENT_DARK, INK, INK_SOFT, PANEL

SHARE_OF_HEIGHT = 0.17  # of the exported picture
MIN_HEIGHT = 28  # pixels
EDGE = QColor("#dccfb9")
WRAP = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop


def caption_height(picture_height: int) -> int:
    return max(MIN_HEIGHT, round(picture_height * SHARE_OF_HEIGHT))


def _font(pixels: float, bold: bool = False) -> QFont:
    # the application's font: create_application gives it a CJK face after the Latin one when one is installed
    # (without any, Qt still draws Chinese with whatever installed face has the glyphs)
    font = QFont(QApplication.font())
    font.setPixelSize(max(6, round(pixels)))
    font.setBold(bold)
    return font


def texts(story, beat) -> tuple[str, str, str]:
    """(title, line, step) as the narration panel shows them, in the installed language."""
    index = story.beats.index(beat)
    step = QCoreApplication.translate("NarrationPanel", "Step %1 of %2") \
        .replace("%1", str(index + 1)).replace("%2", str(len(story.beats)))
    return beat_text(beat, "title"), beat_text(beat, "line"), step


def paint_caption(painter: QPainter, rect: QRectF, story, beat) -> None:
    """Draw the strip into ``rect`` (vector: the SVG keeps its text as text)."""
    title, line, step = texts(story, beat)
    h = rect.height()
    pad = max(3.0, 0.1 * h)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.fillRect(rect, QColor(PANEL))
    painter.setPen(QPen(EDGE, max(1.0, h / 80)))
    painter.drawLine(rect.topLeft(), rect.topRight())
    inner = rect.adjusted(2 * pad, pad, -2 * pad, -pad)

    step_font = _font(0.15 * h)
    painter.setFont(step_font)
    painter.setPen(QColor(INK_SOFT))
    step_w = QFontMetricsF(step_font).horizontalAdvance(step)
    painter.drawText(QRectF(inner.right() - step_w, inner.top(), step_w, 0.26 * h),
                     Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, step)

    title_font = _font(0.22 * h, bold=True)
    painter.setFont(title_font)
    painter.setPen(QColor(ACCENT_DARK))
    title_rect = QRectF(inner.left(), inner.top(), inner.width() - step_w - pad, 0.26 * h)
    painter.drawText(title_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                     QFontMetricsF(title_font).elidedText(title, Qt.TextElideMode.ElideRight, title_rect.width()))

    line_rect = QRectF(inner.left(), title_rect.bottom() + 0.04 * h, inner.width(),
                       inner.bottom() - title_rect.bottom() - 0.04 * h)
    painter.setPen(QColor(INK))
    for share in (0.17, 0.155, 0.14, 0.125, 0.11):  # the largest size at which the line fits
        font = _font(share * h)
        needed = QFontMetricsF(font).boundingRect(QRectF(0, 0, line_rect.width(), 1e6), WRAP, line)
        if needed.height() <= line_rect.height():
            break
    painter.setFont(font)
    painter.setClipRect(line_rect)
    painter.drawText(line_rect, WRAP, line if needed.height() <= line_rect.height() else _cut(font, line, line_rect))
    painter.restore()


def _cut(font: QFont, text: str, rect: QRectF) -> str:
    """The longest start of ``text`` that fits ``rect`` with an ellipsis."""
    metrics = QFontMetricsF(font)
    low, high = 0, len(text)
    while low < high:
        mid = (low + high + 1) // 2
        if metrics.boundingRect(QRectF(0, 0, rect.width(), 1e6), WRAP, text[:mid] + "…").height() <= rect.height():
            low = mid
        else:
            high = mid - 1
    return text[:low].rstrip() + "…"


class CaptionStrips:
    """Rasterised strips, one per beat (a caption changes only when the beat does)."""

    def __init__(self, width: int, height: int):
        self.width, self.height = width, height
        self._strips: dict[str, QImage] = {}

    def strip(self, story, beat) -> QImage:
        image = self._strips.get(beat.name)
        if image is None:
            image = QImage(self.width, self.height, QImage.Format.Format_RGB32)
            painter = QPainter(image)
            paint_caption(painter, QRectF(0, 0, self.width, self.height), story, beat)
            painter.end()
            self._strips[beat.name] = image
        return image
