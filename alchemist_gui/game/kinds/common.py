"""What the kinds share: the posed record, results, and choosing which alchemist a question follows."""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from .. import texts
from ..challenge import Challenge, Result, Text
from ..reading import reachable


@dataclass(frozen=True)
class Posed:
    question: Text
    hint: Text
    answer_text: Text
    setup: dict = field(default_factory=dict, hash=False)
    answer: dict = field(default_factory=dict, hash=False)


def text(table: dict, key: str, **values) -> Text:
    return Text(table[key], {k: v if isinstance(v, Text) else str(v) for k, v in values.items()})


def invalid(ch: Challenge, key: str, **values) -> Result:
    """A guess that cannot be scored: says why, records nothing."""
    return Result(ch.id, ch.kind, valid=False, narration=text(texts.INVALID, key, **values))


def follow(layer: int, head: int, pos: int, tokens) -> dict:
    """The alchemist a question follows, as the setup shows it."""
    return {"layer": int(layer), "head": int(head), "word": int(pos), "word_text": tokens[pos]}


def rows(trace, min_reach: int = 2):
    """Every (layer, head, word) whose alchemist reaches at least ``min_reach`` bottles, with those bottles."""
    n_layer, n_head = trace.config["n_layer"], trace.config["n_head"]
    for pos in range(trace.n_tokens):
        for layer in range(n_layer):
            for head in range(n_head):
                reach = reachable(trace, layer, head, pos)
                if len(reach) >= min_reach:
                    yield layer, head, pos, reach


def entropy(shares) -> float:
    p = np.asarray([s for s in shares if s > 0], dtype=np.float64)
    return float(-(p * np.log(p)).sum())
