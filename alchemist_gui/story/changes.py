"""What an experiment changed, in one line, and where inside the model it changed most.

A learner who switches the rope off and sees "tired" stay at about 61 % concludes that the switch does nothing.
``describe_change(before, after, layer, head)`` says what it did: the prediction's change ("“tired” 61.4% → 61.3%:
this answer does not depend on word order") and where the change is large — the attention of some head, the
flasks of some head — with the values to fill the templates (text.CHANGES), for the window to translate.

Runs of the same text are compared word by word in the order it was typed: a shuffled run's positions are put
back with ``trace.order`` first, so "the same flasks, just moved" reads as no change.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

import numpy as np

from .numbers import fmt_percent
from .text import CHANGES, fill, join_sentences

LITTLE = 0.02  # a prediction that moves by less than 2 points, and keeps its winner, "changes little"
ATTENTION_FLOOR = 0.01  # attention shares that moved by less than 1 point did not move
FLASK_FLOOR = 0.05  # a flask that changed by less than 5 % of its size did not change


@dataclass(frozen=True)
class Change:
    parts: tuple[str, ...]  # English templates: the prediction's line, then where it changed
    values: dict = field(hash=False)  # placeholder -> text
    little: bool  # the prediction kept its winner and moved by less than LITTLE
    switch: str  # what differs: "order", "mask", "temperature", "knockout", "pour", "several", "none", "text"
    word: str  # the word the line follows (the winner before)
    before: float  # its probability before and after
    after: float
    attention_change: float  # the largest change of any attention share (0..1), in typed order
    flask_change: float  # the largest change of any head's flask, relative to its size

    @property
    def line(self) -> str:
        return self.parts[0]

    @property
    def where(self) -> tuple[str, ...]:
        return self.parts[1:]

    def text(self, translate: Callable[[str], str] | None = None) -> str:
        return join_sentences(fill(translate(p) if translate else p, self.values) for p in self.parts)


def describe_change(before, after, layer: int | None = None, head: int | None = None) -> Change:
    """``before``/``after``: two Traces of one model.  ``layer``/``head``: the head the stage follows, reported
    when it is among those that changed most (otherwise the head that changed most is)."""
    word, p_before = before.predictions(1)[0]
    p_after = prob_of(after, word)
    winner, p_winner = after.predictions(1)[0]
    values = {"word": word, "before": fmt_percent(p_before), "after": fmt_percent(p_after), "winner": winner,
              "winner_after": fmt_percent(p_winner)}
    if before.tokens != after.tokens and sorted(before.tokens) != sorted(after.tokens) \
            or before.config != after.config:
        return Change((CHANGES[("other", "text")],), values, False, "text", word, p_before, p_after, 0.0, 0.0)

    switch = switch_kind(before.switches, after.switches)
    little = winner == word and abs(p_after - p_before) < LITTLE
    if little:
        key = ("small", switch if switch in ("order", "mask", "temperature", "knockout", "pour") else "several")
        values["heads"] = ", ".join(f"{l}.{h}" for l, h in sorted(before.knockout ^ after.knockout))
    elif winner == word:
        key = ("same", "surer" if p_after > p_before else "less_sure")
    else:
        key = ("new", "winner")
    parts = [CHANGES[key]]

    att_change, att_where = attention_change(before, after, layer, head)
    flask_change, flask_where = flask_change_of(before, after, layer, head)
    if att_change >= ATTENTION_FLOOR:
        (l, h), (q, k), (a0, a1) = att_where
        words = typed_words(before)
        values.update(att_head=f"{l}.{h}", att_query=words[q], att_key=words[k], att_before=fmt_percent(a0),
                      att_after=fmt_percent(a1))
        parts.append(CHANGES[("where", "attention")])
    if flask_change >= FLASK_FLOOR:
        (l, h), q = flask_where
        values.update(flask_head=f"{l}.{h}", flask_word=typed_words(before)[q],
                      flask_change=f"{100 * flask_change:.0f}%")
        parts.append(CHANGES[("where", "flask")])
    if len(parts) == 1:
        values["att_floor"] = fmt_percent(ATTENTION_FLOOR)
        parts.append(CHANGES[("where", "nowhere")])
    return Change(tuple(parts), values, little, switch, word, p_before, p_after, att_change, flask_change)


def prob_of(trace, word: str) -> float:
    """The probability ``trace`` gives ``word`` as the next word (0 if the vocabulary lacks it)."""
    try:
        return float(trace.probs[trace.vocab.index(word)])
    except ValueError:
        return 0.0


def switch_kind(a, b) -> str:
    """Which experiment differs between two Switches values."""
    kinds = []
    if a.positional != b.positional or a.shuffle_seed != b.shuffle_seed:
        kinds.append("order")
    if a.mask != b.mask:
        kinds.append("mask")
    if a.temperature != b.temperature:
        kinds.append("temperature")
    if a.knockout != b.knockout:
        kinds.append("knockout")
    if a.pour != b.pour:
        kinds.append("pour")
    return kinds[0] if len(kinds) == 1 else "several" if kinds else "none"


def typed(trace) -> np.ndarray:
    """Where each word of the typed text stands in ``trace``: typed word w is at position typed(trace)[w]."""
    order = np.asarray(trace.order if trace.order is not None else range(trace.n_tokens), dtype=np.int64)
    where = np.empty_like(order)
    where[order] = np.arange(order.size)
    return where


def typed_words(trace) -> tuple[str, ...]:
    return tuple(trace.tokens[p] for p in typed(trace))


def _in_typed_order(array: np.ndarray, where: np.ndarray, axes: int) -> np.ndarray:
    """``array`` [H, T, (T)] with its last ``axes`` word axes put in typed order (no copy when nothing moved)."""
    if np.array_equal(where, np.arange(where.size)):
        return array
    out = array[:, where]
    return out[:, :, where] if axes == 2 else out


def attention_change(before, after, layer, head):
    """The largest |Δ attention share| over every head and word pair, in typed order, and where it is:
    ((layer, head), (query word, key word) in typed order, (share before, share after)).  One block at a time:
    a long text's attention is large."""
    pb, pa = typed(before), typed(after)
    L, H = before.attention.shape[:2]
    per_head = np.zeros((L, H))
    spots = {}
    for l in range(L):
        a0 = _in_typed_order(before.attention[l], pb, 2)
        a1 = _in_typed_order(after.attention[l], pa, 2)
        diff = np.abs(a1 - a0)  # [H, T, T]
        for h in range(H):
            k = int(np.argmax(diff[h]))
            q, key = divmod(k, diff.shape[-1])
            per_head[l, h] = float(diff[h, q, key])
            spots[l, h] = ((q, key), (float(a0[h, q, key]), float(a1[h, q, key])))
    l, h = _pick(per_head, layer, head)
    (q, k), shares = spots[l, h]
    return float(per_head[l, h]), ((l, h), (q, k), shares)


def flask_change_of(before, after, layer, head):
    """The largest change of a head's flask (its output at one word) relative to its size (the larger of before
    and after, so 100 % means as large as the flask itself), in typed order."""
    pb, pa = typed(before), typed(after)
    o0 = np.asarray(before.head_out, dtype=np.float64)[:, :, pb]  # [L, H, T, D]: small beside attention
    o1 = np.asarray(after.head_out, dtype=np.float64)[:, :, pa]
    size = np.maximum(np.maximum(np.linalg.norm(o0, axis=-1), np.linalg.norm(o1, axis=-1)), 1e-9)
    rel = np.linalg.norm(o1 - o0, axis=-1) / size  # [L, H, T]
    per_head = rel.max(axis=2)
    l, h = _pick(per_head, layer, head)
    return float(per_head[l, h]), ((int(l), int(h)), int(np.argmax(rel[l, h])))


def _pick(per_head: np.ndarray, layer, head) -> tuple[int, int]:
    """The head that changed most — or the followed one, when it changed nearly as much (at least 80 %)."""
    l, h = np.unravel_index(int(np.argmax(per_head)), per_head.shape)
    if layer is not None and head is not None and per_head[layer, head] >= 0.8 * per_head[l, h]:
        return int(layer), int(head)
    return int(l), int(h)
