"""The game on one sentence and one model: builds each challenge from real runs, and scores guesses.

    game = Game(run, info, sentence, presets)      # run(text, switches) -> Trace
    ch = game.challenge("pouring.call_pour")       # Challenge (posed, or skipped with a reason)
    req = request(ch, guess)                       # the run the guess needs, or None
    result = score(ch, guess, trace)               # pure; trace = the run of req (None if req is None)
    result = game.answer(ch, guess)                # the same in one call, running req through ``run``

Building a challenge runs the engine (searches: milliseconds per run on the bundled model), so the app builds
them in its worker, one chapter at a time; ``should_stop`` lets it cancel a search between two runs.
"""
from __future__ import annotations

from typing import Callable

from .challenge import CannotPose, Challenge, Result
from .chapters import CHAPTERS, Chapter, chapter, split_id
from .context import Context
from .kinds import kind_module
from .model_info import ModelInfo
from .runs import Runner, RunRequest, Runs
from .texts import CHALLENGE_NAMES


class Game:
    def __init__(self, run: Runner, info: ModelInfo, sentence: str, presets=(), *, budget: int = 0,
                 should_stop: Callable[[], bool] | None = None):
        self.info = info
        self.runs = Runs(run, should_stop=should_stop)
        self.context = Context(self.runs, info, sentence, tuple(presets), budget)
        self._built: dict[str, Challenge] = {}

    @property
    def sentence(self) -> str:
        return self.context.sentence

    @property
    def chapters(self) -> tuple[Chapter, ...]:
        return CHAPTERS

    def challenge(self, challenge_id: str) -> Challenge:
        """The challenge posed on this sentence and model (built once, then remembered)."""
        if challenge_id not in self._built:
            self._built[challenge_id] = self._build(challenge_id)
        return self._built[challenge_id]

    def chapter_challenges(self, chapter_id: str) -> list[Challenge]:
        return [self.challenge(i) for i in chapter(chapter_id).challenge_ids]

    def build_all(self) -> list[tuple[Chapter, list[Challenge]]]:
        return [(c, self.chapter_challenges(c.id)) for c in CHAPTERS]

    def answer(self, ch: Challenge, guess) -> Result:
        req = request(ch, guess)
        trace = self.runs(req.text, req.switches) if req is not None else None
        return score(ch, guess, trace)

    def _build(self, challenge_id: str) -> Challenge:
        chap, kind = split_id(challenge_id)
        base = self.context.base
        common = dict(id=challenge_id, kind=kind, chapter=chap.id, name=CHALLENGE_NAMES[kind],
                      sentence=self.sentence, tokens=tuple(base.tokens), base=base)
        try:
            posed = kind_module(kind).pose(self.context)
        except CannotPose as exc:
            return Challenge(**common, skipped=exc.reason)
        return Challenge(**common, question=posed.question, hint=posed.hint, answer_text=posed.answer_text,
                         setup=posed.setup, answer=posed.answer)


def request(ch: Challenge, guess) -> RunRequest | None:
    """The engine run a guess needs before it can be scored (None: it is scored against the posed numbers)."""
    if not ch.posed:
        return None
    return kind_module(ch.kind).request(ch, guess)


def score(ch: Challenge, guess, trace=None) -> Result:
    """The guess against the engine's answer: a Result with the score, the medal and the real numbers."""
    if not ch.posed:
        raise ValueError(f"challenge {ch.id} was skipped: {ch.skipped}")
    return kind_module(ch.kind).score(ch, guess, trace)
