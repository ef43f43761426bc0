"""Numbers and words as the game's texts show them (the story's formatting, plus lists)."""
from __future__ import annotations

from alchemist_gui.story.numbers import fmt_number, fmt_percent, quoted

pct = fmt_percent
word = quoted
num = fmt_number


def listing(pairs) -> str:
    """“tired” 61.4%, “sleepy” 24.0% — a word and its number, comma-separated."""
    return ", ".join(f"{a} {b}" for a, b in pairs)


def words(items) -> str:
    return ", ".join(quoted(w) for w in items)


def head_name(layer: int, head: int) -> str:
    return f"{layer}.{head}"


def temp(t: float) -> str:
    return f"{t:.3g}"
