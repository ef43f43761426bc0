"""The stage's warm workshop palette and fonts (kept in step with alchemist_gui/theme.py's colours)."""
from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QColor, QFont, QFontDatabase

PAPER = QColor("#f7f2e8")
WALL = QColor("#efe4cf")
WALL_DARK = QColor("#e3d3b6")
WOOD = QColor("#9a6a3f")
WOOD_DARK = QColor("#6e4526")
WOOD_LIGHT = QColor("#c08e5c")
FLOOR = QColor("#d8c09a")
INK = QColor("#2b2118")
INK_SOFT = QColor("#6f6253")
ACCENT = QColor("#d98a1c")
ACCENT_DARK = QColor("#8f520a")
GLASS = QColor(255, 255, 255, 70)
GLASS_EDGE = QColor("#5a4632")
ROPE = QColor("#a0522d")
FOCUS = QColor("#d98a1c")
WARM = QColor("#d9534f")  # positive stripes on scrolls and tags
COOL = QColor("#3f7fbf")  # negative stripes
SILENCED = QColor("#9a9088")

CJK_FAMILY = "WenQuanYi Micro Hei"


@lru_cache(maxsize=None)
def families() -> tuple[str, ...]:
    """Latin first, then a CJK face when one is installed (Qt falls back per glyph)."""
    installed = set(QFontDatabase.families())
    out = [f for f in ("DejaVu Sans", "Noto Sans", "Segoe UI", "Helvetica Neue", "Arial") if f in installed][:1]
    out += [f for f in (CJK_FAMILY, "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC") if f in installed][:1]
    return tuple(out) or (QFont().defaultFamily(),)


@lru_cache(maxsize=64)
def font(size: int, bold: bool = False) -> QFont:
    """A font ``size`` stage units tall (pixel size, so text scales with the stage like everything else)."""
    f = QFont()
    f.setFamilies(list(families()))
    f.setPixelSize(max(1, int(size)))
    f.setBold(bold)
    return f


def hue_colour(hue: float, saturation: float = 0.45, value: float = 0.72) -> QColor:
    return QColor.fromHsvF(hue % 1.0, saturation, value)


def rgb(c, alpha: float = 1.0) -> QColor:
    """An unclamped story colour, clamped for painting."""
    return QColor.fromRgbF(min(1.0, max(0.0, c[0])), min(1.0, max(0.0, c[1])), min(1.0, max(0.0, c[2])),
                           min(1.0, max(0.0, alpha)))
