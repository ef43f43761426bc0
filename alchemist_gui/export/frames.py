"""Exact pictures of the stage: a StageView of its own, never shown, drawn into an image at the asked size.

The view is the window's own stage widget (the same items and the same cached pictures as on screen), sized to
the picture and fitted, and handed the story at once (not gradually: nothing is on screen to keep smooth).  Each
frame is ``view.set_time(t)`` and one paint of its viewport into a QImage that is kept and drawn over, frame after
frame; ``pixels()`` looks at that image's memory without copying it.  The caption strip, when asked for, is drawn
under the stage, from a picture made once per beat.

Widgets live on the GUI thread only: make and use StageFrames there (ExportRunner drives an export from the
event loop; the encoding runs on a thread of its own, see video.WriterThread).
"""
from __future__ import annotations

import os
import re
import sys

import numpy as np
from PySide6.QtCore import QPoint, QRect, QRectF, QSize, Qt, QThread
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication, QGraphicsItem

from .caption import CaptionStrips, caption_height, paint_caption

HINTS = (QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
         | QPainter.RenderHint.SmoothPixmapTransform)


def ensure_application():
    """The running QApplication, or a new one that draws offscreen (the command line has no window)."""
    app = QApplication.instance()
    if app is None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from ..app import create_application

        app, _ = create_application([sys.argv[0] if sys.argv else "alchemist"])
    if QThread.currentThread() is not app.thread():
        raise RuntimeError("pictures are drawn by a Qt widget: export them on the GUI thread "
                           "(alchemist_gui.export.runner.ExportRunner does it without blocking the window)")
    return app


class StageFrames:
    def __init__(self, story, size: tuple[int, int], caption: bool):
        from ..stage import StageView

        ensure_application()
        self.story = story
        self.width, self.height = size
        self.caption_h = caption_height(self.height) if caption else 0
        self.stage_h = self.height - self.caption_h
        self._strips = CaptionStrips(self.width, self.caption_h) if caption else None
        self.view = StageView()
        self.view.resize(self.width, self.stage_h)
        self.view.set_story(story)
        self.image = QImage(self.width, self.height, QImage.Format.Format_RGB32)
        self.image.fill(Qt.GlobalColor.white)
        # a widget that was never shown takes its size when it is first painted: paint it once, so that it is
        # laid out and the stage fitted to it before any frame (the SVG's paint does not lay it out)
        self.view.viewport().render(self.image)

    def render(self, t: float) -> QImage:
        """The stage at time ``t`` (and its caption), drawn over the kept image; returns that image."""
        self.view.set_time(t)
        painter = QPainter(self.image)
        self.view.viewport().render(painter, QPoint(0, 0))
        if self._strips is not None:
            painter.drawImage(0, self.stage_h, self._strips.strip(self.story, self.story.beat_at(t)))
        painter.end()
        return self.image

    def pixels(self) -> np.ndarray:
        """The image's memory as a uint8 array [height, width, 4] (no copy; valid until the next render)."""
        image = self.image
        rows = np.frombuffer(image.constBits(), dtype=np.uint8).reshape(self.height, image.bytesPerLine())
        return rows[:, : 4 * self.width].reshape(self.height, self.width, 4)

    def write_svg(self, t: float, path) -> None:
        """The stage at ``t`` as vector graphics through Qt's SVG generator: shapes and text stay shapes and text
        (the alchemists themselves are pictures on the stage, so they are embedded as pictures)."""
        from PySide6.QtSvg import QSvgGenerator

        self.view.set_time(t)
        beat = self.story.beat_at(t)
        generator = QSvgGenerator()
        generator.setFileName(str(path))
        generator.setSize(QSize(self.width, self.height))
        generator.setViewBox(QRect(0, 0, self.width, self.height))
        generator.setTitle("Alchemist")
        generator.setDescription(f"{beat.name} at t = {t:.2f} s")
        items = self.view.scene().items()
        modes = [item.cacheMode() for item in items]
        for item in items:  # a cached item would be drawn as a bitmap of itself
            item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
        painter = QPainter()
        if not painter.begin(generator):
            raise OSError(f"cannot write {path}")
        try:
            painter.setRenderHints(HINTS)
            self.view.render(painter, QRectF(0, 0, self.width, self.stage_h), self.view.viewport().rect())
            if self._strips is not None:
                paint_caption(painter, QRectF(0, self.stage_h, self.width, self.caption_h), self.story, beat)
        finally:
            painter.end()
            for item, mode in zip(items, modes):
                item.setCacheMode(mode)
        pixel_size(path, self.width, self.height)

    def close(self) -> None:
        self.view.set_story(None)
        self.view.deleteLater()
        self.view = None


def pixel_size(path, width: int, height: int) -> None:
    """Qt writes the SVG's size in millimetres at its resolution; slides and browsers want the pixel size that
    was asked for (the viewBox is already in pixels)."""
    with open(path, encoding="utf-8") as f:
        text = f.read()
    head, tag_end = text.find("<svg"), text.find(">", text.find("<svg"))
    tag = re.sub(r'\swidth="[^"]*"', f' width="{width}"', text[head:tag_end], count=1)
    tag = re.sub(r'\sheight="[^"]*"', f' height="{height}"', tag, count=1)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text[:head] + tag + text[tag_end:])
