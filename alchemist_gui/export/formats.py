"""What can be exported, the limits of each kind of file, and the checks made before anything is written.

Qt-free: the command line checks its options here before it loads torch or Qt, and the window's dialog can ask
the same questions (which options apply, what the defaults are) without drawing anything.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from engine.errors import InputError, UsageError

# sizes in pixels (an SVG's are its viewBox): smaller is unreadable, larger than 8K is a typo
MIN_SIZE = (64, 64)
MAX_SIZE = (7680, 4320)
# GIF keeps every frame in memory until it is written (one byte a pixel): beyond this, MP4 is the format
GIF_MAX_SIZE = (1920, 1080)
GIF_MAX_PIXELS = 300_000_000  # width × height × frames; e.g. the whole story at 480×300, 15 fps: 166 million
# frames a second; a GIF's delays are whole hundredths of a second and viewers slow down those under 2/100 s
FPS_RANGE = {"mp4": (1, 60), "gif": (1, 50)}


@dataclass(frozen=True)
class Format:
    suffix: str  # ".mp4"
    kind: str  # "numbers", "picture" or "animation"
    what: str  # a few words for messages and the final line
    size: tuple[int, int] | None = None  # default size of pictures and animations
    fps: int | None = None  # default frames a second of animations
    caption: bool = False  # is the narration strip under the stage on by default


FORMATS = {f.suffix: f for f in (
    Format(".json", "numbers", "the trace's numbers as JSON (what `trace --json` prints)"),
    Format(".npz", "numbers", "every array of the trace at full precision (NumPy .npz)"),
    Format(".csv", "numbers", "one head's attention matrix with token labels (CSV)"),
    Format(".png", "picture", "a picture of the stage (PNG)", size=(1280, 720)),
    Format(".svg", "picture", "a picture of the stage (SVG, vector)", size=(1280, 720)),
    Format(".gif", "animation", "an animation of the stage (GIF)", size=(640, 360), fps=15, caption=True),
    Format(".mp4", "animation", "a video of the stage (H.264 MP4)", size=(1280, 720), fps=30, caption=True),
)}

# which export options apply to which suffixes (the rest would be silently ignored: they are refused instead)
APPLIES = {
    "layer": {".csv", ".png", ".svg", ".gif", ".mp4"},
    "head": {".csv", ".png", ".svg", ".gif", ".mp4"},
    "word": {".png", ".svg", ".gif", ".mp4"},
    "beat": {".png", ".svg", ".gif", ".mp4"},
    "first": {".gif", ".mp4"},
    "last": {".gif", ".mp4"},
    "t": {".png", ".svg"},
    "size": {".png", ".svg", ".gif", ".mp4"},
    "fps": {".gif", ".mp4"},
    "caption": {".png", ".svg", ".gif", ".mp4"},
    "lang": {".png", ".svg", ".gif", ".mp4"},
    "top": {".json"},
}
FLAGS = {"first": "--from", "last": "--to", "word": "--word", "t": "--t"}  # option -> its command-line spelling


def flag(option: str) -> str:
    return FLAGS.get(option, f"--{option}")


def format_of(out: Path) -> Format:
    """The format named by the file's suffix; UsageError for any other suffix."""
    suffix = Path(out).suffix.lower()
    if suffix not in FORMATS:
        known = ", ".join(FORMATS)
        named = f"{suffix!r}" if suffix else "no suffix"
        raise UsageError(f"cannot export to {Path(out).name!r} ({named}): the file name must end in one of {known}")
    return FORMATS[suffix]


def check_applies(fmt: Format, given: dict) -> None:
    """Refuse options that mean nothing for this format (e.g. --fps for a .png)."""
    for option, value in given.items():
        if value is not None and fmt.suffix not in APPLIES.get(option, set(FORMATS)):
            where = ", ".join(sorted(APPLIES[option]))
            raise UsageError(f"{flag(option)} does not apply to a {fmt.suffix} file (it applies to {where})")


def parse_size(text: str) -> tuple[int, int]:
    """'1280x720' (or 1280×720) -> (1280, 720); the range is checked by check_size."""
    match = re.fullmatch(r"\s*(\d{1,6})\s*[xX×]\s*(\d{1,6})\s*", str(text))
    if not match:
        raise UsageError(f"--size must look like 1280x720, not {text!r}")
    return int(match.group(1)), int(match.group(2))


def check_size(fmt: Format, size) -> tuple[int, int]:
    try:
        w, h = (int(v) for v in size)
    except (TypeError, ValueError):
        raise UsageError(f"a size is two whole numbers, width and height, not {size!r}") from None
    low, high = MIN_SIZE, GIF_MAX_SIZE if fmt.suffix == ".gif" else MAX_SIZE
    if not (low[0] <= w <= high[0] and low[1] <= h <= high[1]):
        raise InputError(f"the size {w}x{h} is out of range for a {fmt.suffix} file: "
                         f"{low[0]}x{low[1]} to {high[0]}x{high[1]}")
    return w, h


def check_fps(fmt: Format, fps) -> int:
    low, high = FPS_RANGE[fmt.suffix.lstrip(".")]
    whole = isinstance(fps, int) or isinstance(fps, float) and fps.is_integer()
    if isinstance(fps, bool) or not whole:
        raise UsageError(f"--fps is a whole number of frames a second, not {fps!r}")
    if not low <= int(fps) <= high:
        raise InputError(f"--fps {int(fps)} is out of range for a {fmt.suffix} file: "
                         f"{low} to {high} frames a second")
    return int(fps)


def check_gif_budget(size: tuple[int, int], frames: int) -> None:
    pixels = size[0] * size[1] * frames
    if pixels > GIF_MAX_PIXELS:
        raise InputError(f"a GIF of {frames} frames at {size[0]}x{size[1]} is too big to make "
                         f"({pixels / 1e6:.0f} million pixels; at most {GIF_MAX_PIXELS / 1e6:.0f} million): "
                         "choose fewer beats, a lower --fps or a smaller --size, or export an .mp4")


def check_target(out: Path) -> Path:
    """The file can be written: its folder exists and is writable, and it is not a folder itself."""
    out = Path(out)
    folder = out.parent if str(out.parent) else Path(".")
    if out.is_dir():
        raise InputError(f"cannot export to {out}: it is a folder")
    if not folder.exists():
        raise InputError(f"cannot export to {out}: the folder {folder} does not exist")
    if not folder.is_dir():
        raise InputError(f"cannot export to {out}: {folder} is not a folder")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise InputError(f"cannot export to {out}: the folder {folder} is not writable")
    return out


def even_size(size: tuple[int, int]) -> tuple[int, int]:
    """H.264 in yuv420p stores colour per 2×2 block of pixels, so both sides must be even."""
    return size[0] - size[0] % 2, size[1] - size[1] % 2
