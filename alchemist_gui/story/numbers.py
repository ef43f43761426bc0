"""Formatting the model's numbers for people: plain, short, and honest about rounding."""
from __future__ import annotations

import math

import numpy as np


def percent_units(shares: np.ndarray, per_percent: int = 10) -> list[int]:
    """Shares (summing to 1) in units of 1/per_percent of a percent that sum to exactly 100 % (largest
    remainder): each shown number is the engine's share rounded down or up, never off by a whole unit."""
    whole = 100 * per_percent
    raw = np.asarray(shares, dtype=np.float64) * whole
    total = raw.sum()
    if total <= 0:
        return [0] * len(raw)
    raw = raw * (whole / total)  # float noise: the engine's row sums to 1 within ~1e-7
    base = np.floor(raw).astype(int)
    missing = whole - int(base.sum())
    order = np.argsort(-(raw - base), kind="stable")
    for k in order[:missing]:
        base[k] += 1
    return [int(b) for b in base]


def percent_tenths(shares: np.ndarray) -> list[int]:
    return percent_units(shares, 10)


def fmt_tenths(tenths: int) -> str:
    return f"{tenths // 10}.{tenths % 10}%"


HALF_POINT = 5  # in tenths of a percent: a shown share must be nearer than this to the engine's


def share_labels(shares) -> list[str]:
    """Shares (summing to 1) as the stage shows them: whole percents where that is honest, one decimal where it is
    not, adding up to exactly 100 % — and no label 0.5 points or more from the engine's share.

    Start from tenths that sum to 1000 (largest remainder; each < 0.1 points off).  A share may drop its decimal
    when its nearest whole percent is less than half a point off; doing so moves the sum by that whole's
    difference from the tenths, so the largest set of shares whose differences cancel drops theirs (a subset sum
    over differences of at most ±5 tenths: small)."""
    x = np.asarray(shares, dtype=np.float64)
    if x.size == 0 or x.sum() <= 0:
        return ["0%"] * int(x.size)
    exact = x * (1000.0 / x.sum())
    tenths = percent_units(x, 10)
    wholes = [10 * int(math.floor(e / 10 + 0.5)) for e in exact]
    whole = [abs(w - e) < HALF_POINT - 1e-9 and w == t for w, e, t in zip(wholes, exact, tenths)]
    candidates = [j for j, (w, e, t) in enumerate(zip(wholes, exact, tenths))
                  if abs(w - e) < HALF_POINT - 1e-9 and w != t]
    best: dict[int, tuple] = {0: ()}  # sum of differences -> the largest set of candidates reaching it
    for j in candidates:
        d = wholes[j] - tenths[j]
        for total, chosen in list(best.items()):
            if len(best.get(total + d, ())) < len(chosen) + 1 or total + d not in best:
                best[total + d] = chosen + (j,)
    for j in best[0]:
        whole[j] = True
    return [f"{wholes[j] // 10}%" if whole[j] else fmt_tenths(tenths[j]) for j in range(len(tenths))]


def label_percent(label: str) -> float:
    """The number a share label shows ('17.8%' -> 17.8)."""
    return float(label.rstrip("%"))


def fmt_percent(p: float) -> str:
    """A single probability, e.g. 0.4213 -> '42.1%'; a tiny one is '<0.1%' rather than a misleading '0.0%'."""
    pct = 100.0 * float(p)
    if 0 < pct < 0.05:
        return "<0.1%"
    return f"{pct:.1f}%"


def fmt_whole_percent(p: float) -> str:
    pct = 100.0 * float(p)
    if 0 < pct < 0.5:
        return "<1%"
    return f"{pct:.0f}%"


def fmt_short_percent(p: float) -> str:
    """Whole percents, with a decimal below 1 % (an untrained model's best guess is a fraction of one per cent,
    and '<1%' would hide how small): 0.67 -> '67%', 0.0052 -> '0.5%'."""
    return fmt_percent(p) if 0 < float(p) < 0.01 else fmt_whole_percent(p)


def fmt_number(x: float, digits: int = 2) -> str:
    if math.isinf(x):
        return "−∞" if x < 0 else "∞"
    return f"{x:.{digits}f}".replace("-", "−")


def quoted(word: str) -> str:
    return f"“{word}”"
