"""How one alchemist learned: his pour shares at every checkpoint, as plain numbers (no Qt, no torch here).

``trace_pours`` runs on the engine thread: it traces the sentence on each checkpoint's model with the run's switches
and keeps row ``attention[layer, head, focus]`` of each — what the followed alchemist pours from every bottle at
that step.  ``bands`` turns those rows into the stacked plot's bands: the bottles he ever pours much from, each on
its own, and the rest gathered in one band, so that a long text still gives a legible plot whose heights are exact.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

MOST_BANDS = 10  # bottles drawn as bands of their own; the others are gathered into "the other words"


@dataclass(frozen=True)
class PourHistory:
    """Row ``attention[layer, head, focus]`` of the sentence at each checkpoint, oldest first."""

    steps: tuple  # the checkpoints' training steps (None: a model without training checkpoints)
    tokens: tuple  # the trace's tokens (shuffled order when the run is shuffled)
    shares: np.ndarray  # [checkpoints, tokens]; each row sums to 1
    layer: int
    head: int
    focus: int  # the pouring word's position in the trace

    @property
    def n_checkpoints(self) -> int:
        return len(self.steps)


@dataclass(frozen=True)
class Band:
    """One band of the stacked plot: a bottle (``index`` its position) or the rest gathered (``index`` None)."""

    index: int | None
    word: str | None  # None for the gathered rest
    values: np.ndarray  # [checkpoints]: its share at each checkpoint


def trace_pours(checkpoints, sentence: str, switches, layer: int, head: int, focus: int) -> PourHistory:
    """``checkpoints``: [(step, engine Model)] oldest first.  Every model reads the same tokens, so the rows line
    up; a shuffle with the same seed puts them in the same order each time."""
    rows, tokens = [], None
    for _, model in checkpoints:
        trace = model.trace(sentence, switches)
        if tokens is None:
            tokens = trace.tokens
        rows.append(np.array(trace.attention[layer, head, focus], dtype=np.float64))
    return PourHistory(tuple(step for step, _ in checkpoints), tuple(tokens), np.stack(rows), layer, head, focus)


def bands(history: PourHistory, most: int = MOST_BANDS) -> list[Band]:
    """The bottles in sentence order, bottom to top; with more than ``most`` poured from, the ``most`` with the
    largest share at any checkpoint keep bands of their own and the rest share one band (last, on top).  Bottles
    he never pours from (behind the rope) have no band."""
    shares = history.shares
    poured = [i for i in range(shares.shape[1]) if shares[:, i].max() > 0.0]
    if len(poured) > most:
        biggest = sorted(poured, key=lambda i: -shares[:, i].max())[: most - 1]
        own = sorted(biggest)
        rest = [i for i in poured if i not in biggest]
    else:
        own, rest = poured, []
    out = [Band(i, history.tokens[i], shares[:, i].copy()) for i in own]
    if rest:
        out.append(Band(None, None, shares[:, rest].sum(axis=1)))
    return out


def biggest_since(history: PourHistory) -> tuple[int, int] | None:
    """(bottle, checkpoint index) such that the bottle he pours most from at the last checkpoint has been his
    biggest pour ever since that checkpoint; None when there is only one checkpoint."""
    shares = history.shares
    if len(shares) < 2:
        return None
    top = int(np.argmax(shares[-1]))
    since = len(shares) - 1
    while since > 0 and int(np.argmax(shares[since - 1])) == top:
        since -= 1
    return top, since


__all__ = ["PourHistory", "Band", "trace_pours", "bands", "biggest_since", "MOST_BANDS"]
