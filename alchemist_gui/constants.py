"""Numbers and names the app's modules share, each defined once."""
from __future__ import annotations

STORY_SENTENCE = "Sarah lies still on the bed, feeling"  # the essay's own sentence: the app opens on it
FRAME_MS = 16  # one frame at ~60 frames a second: no event may hold the UI thread longer
BEAT_END = 1e-6  # a beat played to its end stops this far before it, so the window still shows that beat
CJK_FONT = "WenQuanYi Micro Hei"  # the Chinese face used when it is installed (Qt falls back per glyph)
# the temperature slider is logarithmic over this range (the engine itself accepts 0.01–100)
SLIDER_T_MIN, SLIDER_T_MAX = 0.1, 10.0
SPEEDS = (0.25, 0.5, 1.0, 1.5, 2.0, 4.0)  # story playback speeds offered
VERSION = "0.2.0"  # the one source of the version (pyproject.toml reads it; main.py --version prints it)
