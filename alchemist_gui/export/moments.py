"""Which moments of the story an export shows: one moment for a picture, evenly spaced frames for an animation.

Qt-free; only the story's beats (name, start, end) are read.  The rule for frames: an animation of the beats
from A to B (inclusive) covers [A.start, B.end); it has N = max(1, round((B.end − A.start) × fps)) frames, and
frame k shows the pose at A.start + k / fps.  A video player therefore shows each pose at its own time.
"""
from __future__ import annotations

from engine.errors import InputError, UsageError

PICTURE_PROGRESS = 0.9  # a picture of a beat shows it nearly played out (as `shot --beat` does)


def beat_index(story, name: str, option: str = "--beat") -> int:
    names = [b.name for b in story.beats]
    if name not in names:
        raise InputError(f"{option} {name!r} is not a beat of the story; the beats are: {', '.join(names)}")
    return names.index(name)


def beat_range(story, beat=None, first=None, last=None) -> tuple[int, int]:
    """The beats an animation covers, as indices (inclusive): one beat, a range, or the whole story."""
    if beat is not None and (first is not None or last is not None):
        raise UsageError("choose either --beat (one beat) or --from/--to (a range of beats), not both")
    if beat is not None:
        k = beat_index(story, beat)
        return k, k
    a = 0 if first is None else beat_index(story, first, "--from")
    b = len(story.beats) - 1 if last is None else beat_index(story, last, "--to")
    if a > b:
        raise InputError(f"--from {story.beats[a].name} comes after --to {story.beats[b].name} in the story "
                         f"(the order is {', '.join(x.name for x in story.beats)})")
    return a, b


def frame_times(story, fps: int, beat=None, first=None, last=None) -> tuple[float, float, tuple[float, ...]]:
    """(start, end, the time of every frame) of an animation."""
    a, b = beat_range(story, beat, first, last)
    start, end = story.beats[a].start, story.beats[b].end
    n = max(1, round((end - start) * fps))
    return start, end, tuple(min(start + k / fps, end) for k in range(n))


def picture_time(story, beat=None, t=None) -> float:
    """The moment a picture shows: ``t`` seconds into ``beat`` (or into the story when no beat is named);
    without ``t``, the beat nearly played out, or the story's end."""
    if beat is None:
        if t is None:
            return story.duration
        start, end, what = 0.0, story.duration, "the story"
    else:
        b = story.beats[beat_index(story, beat)]
        if t is None:
            return b.start + PICTURE_PROGRESS * (b.end - b.start)
        start, end, what = b.start, b.end, f"the beat {beat!r}"
    try:
        t = float(t)
    except (TypeError, ValueError):
        raise UsageError(f"--t is a number of seconds, not {t!r}") from None
    if not 0.0 <= t <= end - start:  # (NaN fails this too)
        raise InputError(f"--t {t:g} is outside {what}, which lasts {end - start:g} s (0 to {end - start:g})")
    return start + t
