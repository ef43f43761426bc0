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


def fmt_number(x: float, digits: int = 2) -> str:
    if math.isinf(x):
        return "−∞" if x < 0 else "∞"
    return f"{x:.{digits}f}".replace("-", "−")


def quoted(word: str) -> str:
    return f"“{word}”"
