"""How picky an alchemist is, measured on the shares he actually gave (so the words follow the temperature).

The rule the narration states:
* one bottle in reach: "single" (it gets everything, whatever the scores);
* evenness — the entropy of the shares divided by its largest possible value, log(bottles in reach) — of at least
  EASY_EVENNESS: "easy" (easy-going: the shares are nearly even);
* otherwise a largest share of at least PICKY_TOP: "picky";
* otherwise "between" (choosy, not strict).
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

EASY_EVENNESS = 0.9
PICKY_TOP = 0.5


@dataclass(frozen=True)
class Spread:
    kind: str  # "single", "easy", "picky" or "between"
    top: float  # the largest share
    evenness: float  # entropy / log(reach), 0..1 (1 for a single bottle)
    reach: int  # bottles the alchemist may take from


def spread_of(shares, reach: int) -> Spread:
    """``shares``: the alchemist's row (summing to 1); ``reach``: how many bottles he may take from."""
    p = np.asarray(shares, dtype=np.float64)
    top = float(p.max()) if p.size else 1.0
    if reach <= 1:
        return Spread("single", top, 1.0, max(1, reach))
    q = p[p > 0]
    entropy = float(-(q * np.log(q)).sum())
    evenness = min(1.0, max(0.0, entropy / math.log(reach)))
    if evenness >= EASY_EVENNESS:
        kind = "easy"
    elif top >= PICKY_TOP:
        kind = "picky"
    else:
        kind = "between"
    return Spread(kind, top, evenness, reach)
