"""The records a challenge is made of: the text to show, what the player chooses from, the engine's answer,
and the result of a guess.  Plain data: the Qt layer draws them, the CLI prints them, the tests read them."""
from __future__ import annotations

from dataclasses import dataclass, field

from .runs import RunRequest  # noqa: F401  (re-exported: the run a guess needs)


@dataclass(frozen=True)
class Text:
    """An English source template and its values (already formatted strings, or Texts themselves: words such
    as "changes" that need translating too).  The app shows
    text.render(lambda s: QCoreApplication.translate("game", s)); str(text) is the English."""

    template: str
    values: dict = field(default_factory=dict, hash=False)

    def render(self, translate=lambda s: s) -> str:
        values = {k: v.render(translate) if isinstance(v, Text) else v for k, v in self.values.items()}
        return translate(self.template).format(**values)

    def __str__(self) -> str:
        return self.render()

    def to_json(self) -> dict:
        return {"text": str(self), "template": self.template,
                "values": {k: v.to_json() if isinstance(v, Text) else v for k, v in self.values.items()}}


class CannotPose(Exception):
    """This challenge cannot be posed for this sentence and model; ``reason`` says why, to the player."""

    def __init__(self, reason: Text):
        super().__init__(str(reason))
        self.reason = reason


@dataclass(frozen=True)
class Challenge:
    id: str  # "<chapter>.<kind>", the key of its progress
    kind: str  # play_gpt, best_match, call_pour, pour_by_hand, pickiness, rope, order_blind, saboteur,
    #            name_alchemist, when_knows, brew
    chapter: str
    name: str  # English source of the challenge's name ("Play GPT")
    sentence: str  # the text it is posed on
    tokens: tuple  # that text's words as the model reads them
    question: Text | None = None
    hint: Text | None = None  # shown on request
    answer_text: Text | None = None  # the teacher's one-line answer
    setup: dict = field(default_factory=dict, hash=False)  # JSON: what the player sees and chooses from
    answer: dict = field(default_factory=dict, hash=False)  # JSON: the engine's answer (never stored anywhere)
    skipped: Text | None = None  # why it cannot be posed; then nothing else is set
    base: object = field(default=None, compare=False, hash=False, repr=False)  # the Trace it was posed on

    @property
    def posed(self) -> bool:
        return self.skipped is None

    def to_json(self) -> dict:
        out = {"id": self.id, "kind": self.kind, "name": self.name}
        if self.skipped is not None:
            out.update(skipped=str(self.skipped), question=None, answer=None)
            return out
        out.update(question=str(self.question), answer=self.answer, answer_text=str(self.answer_text),
                   hint=str(self.hint), setup=self.setup)
        return out


@dataclass(frozen=True)
class Result:
    challenge_id: str
    kind: str
    valid: bool  # False: the guess could not be scored (``narration`` says why); nothing is recorded
    score: float = 0.0  # the kind's own measure, documented in README.md (mostly 0..1, higher is better)
    medal: str | None = None  # None, "pass", "good" or "best"
    numbers: dict = field(default_factory=dict, hash=False)  # JSON: the real numbers beside the guess
    narration: Text | None = None  # why, in the metaphor
    note: Text | None = None  # why, technically, with the real numbers
    trace: object = field(default=None, compare=False, hash=False, repr=False)  # the run made to score it

    @property
    def passed(self) -> bool:
        return self.medal is not None

    def to_json(self) -> dict:
        return {"challenge": self.challenge_id, "kind": self.kind, "valid": self.valid, "score": self.score,
                "medal": self.medal, "numbers": self.numbers,
                "narration": str(self.narration) if self.narration else None,
                "note": str(self.note) if self.note else None}
