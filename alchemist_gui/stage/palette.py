"""The stage's warm workshop palette and fonts.  The colours the window shares (paper, ink, the amber accent)
come from alchemist_gui/theme.py, the one place they are defined; the wood and glass are the stage's own."""
from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QColor, QFont, QFontDatabase

from .. import theme
from ..constants import CJK_FONT

PAPER = QColor(theme.PAPER)
WALL = QColor("#efe4cf")
WALL_DARK = QColor("#e3d3b6")
WOOD = QColor("#9a6a3f")
WOOD_DARK = QColor("#6e4526")
WOOD_LIGHT = QColor("#c08e5c")
FLOOR = QColor("#d8c09a")
INK = QColor(theme.INK)
INK_SOFT = QColor(theme.INK_SOFT)
ACCENT = QColor(theme.ACCENT)
ACCENT_DARK = QColor(theme.ACCENT_DARK)
ERROR = QColor(theme.ERROR)  # the red of a silenced head, as the window's knock-out buttons
GLASS = QColor(255, 255, 255, 70)
GLASS_EDGE = QColor("#5a4632")
ROPE = QColor("#a0522d")
FOCUS = ACCENT
WARM = QColor("#d9534f")  # positive stripes on scrolls and tags
COOL = QColor("#3f7fbf")  # negative stripes
SILENCED = QColor("#9a9088")
SILENCED_ROBE, SILENCED_HAT = "#b3ada6", "#8a847e"  # a silenced head's alchemists wear grey


@lru_cache(maxsize=None)
def families() -> tuple[str, ...]:
    """Latin first, then a CJK face when one is installed (Qt falls back per glyph)."""
    installed = set(QFontDatabase.families())
    out = [f for f in ("DejaVu Sans", "Noto Sans", "Segoe UI", "Helvetica Neue", "Arial") if f in installed][:1]
    out += [f for f in (CJK_FONT, "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC") if f in installed][:1]
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


def clamp01(x) -> float:
    return min(1.0, max(0.0, float(x)))


def rgb(c, alpha: float = 1.0) -> QColor:
    """An unclamped story colour (three floats, 0..1 when in range) clamped for painting: the one RGB clamp of
    the app's colours (the flask swatches beside the stage use it too)."""
    return QColor.fromRgbF(clamp01(c[0]), clamp01(c[1]), clamp01(c[2]), clamp01(alpha))
