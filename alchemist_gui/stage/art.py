"""The SVG art in assets/art, rendered once into pixmaps (drawing a pixmap is far cheaper than an SVG)."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

ART_DIR = Path(__file__).resolve().parent.parent.parent / "assets" / "art"
OVERSAMPLE = 2.0  # pixmaps are rendered at twice their stage size so zooming in stays crisp


@lru_cache(maxsize=None)
def _svg_text(name: str) -> str:
    return (ART_DIR / f"{name}.svg").read_text(encoding="utf-8")


@lru_cache(maxsize=256)
def pixmap(name: str, width: float, height: float, robe: str = "#8a6db1", hat: str = "#5e4a86") -> QPixmap:
    """The art ``name`` at (width, height) stage units; robe/hat replace the #ROBE/#HAT placeholders."""
    text = _svg_text(name).replace("#ROBE", robe).replace("#HAT", hat)
    renderer = QSvgRenderer(QByteArray(text.encode("utf-8")))
    w, h = max(1, round(width * OVERSAMPLE)), max(1, round(height * OVERSAMPLE))
    image = QImage(w, h, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, w, h))
    painter.end()
    out = QPixmap.fromImage(image)
    out.setDevicePixelRatio(OVERSAMPLE)
    return out
