"""Each challenge's short scene on the stage: the beats played before the question — stopping before any beat
that would show the answer — and the beats that reveal it afterwards (on the run the answer made, if any).

``ScenePlayer`` plays a list of beats on the window's story clock, one after another, and pauses at the end of
the last one (just before the next beat begins, so nothing of it shows)."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from ..constants import BEAT_END


@dataclass(frozen=True)
class Plan:
    scene: tuple[str, ...]  # played before the question: none of them shows the answer
    reveal: tuple[str, ...]  # played after the answer


PLANS = {
    "play_gpt": Plan(("setup",), ("prediction",)),  # the prediction beat's bars are the answer
    "best_match": Plan(("recipe",), ("match",)),  # the match beat shows the scores
    "call_pour": Plan(("recipe", "match"), ("softmax", "pour")),  # the shares appear in the picky beat
    "pour_by_hand": Plan(("pour", "parallel"), ("softmax", "pour", "prediction")),  # his own pour is given
    "pickiness": Plan(("match", "softmax"), ("softmax", "pour")),  # at temperature 1: given in the question
    "rope": Plan(("setup", "recipe"), ("mask",)),  # the mask beat draws every reach
    "order_blind": Plan(("setup", "parallel"), ("parallel",)),
    "saboteur": Plan(("heads", "residual"), ("heads", "prediction")),  # the winner is in the question
    "name_alchemist": Plan(("heads",), ("match", "softmax", "pour")),  # then the named head pours
    "when_knows": Plan(("ffn",), ("blocks", "prediction")),  # the floor cards' guesses come in "Again!"
    "brew": Plan(("prediction",), ("prediction",)),  # the winner is in the question
}


def plan_for(kind: str) -> Plan:
    return PLANS[kind]


class ScenePlayer(QObject):
    """Plays beats on the clock in order; ``finished`` when the last one is done. Pausing the clock (or stop)
    ends the scene where it is."""

    finished = Signal()

    def __init__(self, clock, parent: QObject | None = None):
        super().__init__(parent)
        self.clock = clock
        self._story = None
        self._queue: list = []
        self._end = None  # the moment the beat playing now stops at
        self._final = None  # the end of the scene's last beat
        clock.playing_changed.connect(self._on_playing)

    @property
    def playing(self) -> bool:
        return self._end is not None

    def play(self, story, beats) -> None:
        self.stop()
        self._story = story
        names = {b.name: b for b in story.beats}
        self._queue = [names[n] for n in beats if n in names]
        self._final = self._queue[-1].end - BEAT_END if self._queue else None
        self._next()

    def skip(self) -> None:
        """Straight to the end of the scene (the pause before the answer)."""
        if self._end is None:
            return
        self._queue = []
        self._end = None
        self.clock.pause()
        self.clock.seek(self._final)
        self.finished.emit()

    def stop(self) -> None:
        self._queue = []
        if self._end is not None:
            self._end = None
            self.clock.pause()

    def _next(self) -> None:
        if not self._queue:
            self._end = None
            self.finished.emit()
            return
        beat = self._queue.pop(0)
        self._end = beat.end - BEAT_END
        self.clock.pause()
        self.clock.seek(beat.start)
        self.clock.play_until(self._end)

    def _on_playing(self, playing: bool) -> None:
        if playing or self._end is None:
            return
        if self.clock.time >= self._end - 1e-6:
            self._next()
        else:  # someone paused the clock: the scene ends here
            self._queue = []
            self._end = None
