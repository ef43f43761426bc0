"""The beats of the story, their order and length, and the Beat record the window shows."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from .text import fill, join_sentences

BEATS = ("setup", "recipe", "match", "mask", "softmax", "pour", "parallel", "heads",
         "residual", "ffn", "blocks", "prediction")

# seconds at speed 1: long enough to read the line while the stage moves
DURATIONS = {
    "setup": 5.0, "recipe": 6.0, "match": 6.0, "mask": 5.0, "softmax": 6.0, "pour": 8.0, "parallel": 6.0,
    "heads": 7.0, "residual": 8.0, "ffn": 7.0, "blocks": 6.0, "prediction": 7.0,
}


def blocks_duration(n_layer: int) -> float:
    """The lift visits every floor: a deep model climbs a little longer."""
    return max(DURATIONS["blocks"], 2.0 + 0.6 * n_layer)


@dataclass(frozen=True)
class Beat:
    name: str
    start: float
    end: float
    title: str  # English source templates; the window translates them in the "story" context
    line: str
    note: str
    values: dict = field(hash=False)  # placeholder -> already formatted text (numbers of this sentence)
    # further sentences (templates) that say what the run's switches changed; shown after the line / the note
    more_line: tuple[str, ...] = ()
    more_note: tuple[str, ...] = ()

    def templates(self, part: str) -> tuple[str, ...]:
        """``part``: "title", "line" or "note" — its template and the sentences the run adds to it."""
        return (getattr(self, part), *getattr(self, f"more_{part}", ()))

    def text(self, part: str, translate: Callable[[str], str] | None = None) -> str:
        """What the narration shows: each template translated (``translate(template)``, e.g.
        ``lambda s: QCoreApplication.translate("story", s)``) and filled with this beat's values, joined."""
        return join_sentences(fill(translate(t) if translate else t, self.values) for t in self.templates(part))

    @property
    def duration(self) -> float:
        return self.end - self.start

    def progress(self, t: float) -> float:
        """0 before the beat, 1 after it, linear inside."""
        if t <= self.start:
            return 0.0
        if t >= self.end:
            return 1.0
        return (t - self.start) / (self.end - self.start)
