"""Scoring: pure functions from a guess and the engine's real numbers to a score and a medal.

Medals are "pass", "good" and "best" (each implies the ones before); None means not passed yet.  Every function
here takes plain numbers, so each is unit-tested on its own (tests/game/test_scoring.py).
"""
from __future__ import annotations

import math
from typing import Iterable, Mapping, Sequence

import numpy as np

MEDALS = ("pass", "good", "best")
SPREAD_FLOOR = 0.01  # a spread bet always leaves at least this much to "something else": a GPT never rules out a word
USED_SHARE = 0.005  # a bottle counts as used when at least this share is poured from it


def medal(passed: bool, good: bool = False, best: bool = False) -> str | None:
    """The highest medal earned; a better medal implies the lower ones."""
    if best:
        return "best"
    if good:
        return "good"
    return "pass" if passed else None


def medal_rank(m: str | None) -> int:
    """0 for no medal, 1 pass, 2 good, 3 best: for keeping the best medal a player has earned."""
    return 0 if m is None else MEDALS.index(m) + 1


# -- Play GPT ----------------------------------------------------------------------------------------------
def word_rank(word_probs: Mapping[str, float], word: str) -> int:
    """1 for the model's likeliest word; a word it does not have ranks after all of them."""
    p = word_probs.get(word)
    if p is None:
        return len(word_probs) + 1
    return 1 + sum(1 for q in word_probs.values() if q > p)


def one_word_medal(rank: int) -> str | None:
    return medal(rank <= 5, rank <= 3, rank == 1)


def spread_skill(word_probs: Mapping[str, float], bet: Mapping[str, float]) -> float:
    """How well a spread bet matches the model's next-word distribution: exp(−KL(model ‖ bet)), in (0, 1].

    The bet gives its shares to a few words; what it leaves over (at least SPREAD_FLOOR) is spread evenly over
    every other word. The expected log-score of the bet, Σ p·log q, is compared with the best possible one, the
    model's own Σ p·log p: skill 1 means the bet is the model's distribution."""
    shares = {w: float(s) for w, s in bet.items() if float(s) > 0}
    total = sum(shares.values())
    if total <= 0:
        raise ValueError("a spread bet needs a positive share on at least one word")
    scale = min(1.0, (1.0 - SPREAD_FLOOR) / total)
    shares = {w: s * scale for w, s in shares.items()}
    others = [w for w in word_probs if w not in shares]
    rest = (1.0 - sum(shares.values())) / len(others) if others else 0.0
    kl = 0.0
    for w, p in word_probs.items():
        if p <= 0:
            continue
        q = shares.get(w, rest)
        kl += p * (math.log(p) - math.log(q))
    return math.exp(-max(0.0, kl))


def spread_medal(skill: float) -> str | None:
    return medal(skill >= 0.25, skill >= 0.5, skill >= 0.8)


# -- Best match --------------------------------------------------------------------------------------------
def score_rank(scores: Sequence[float], reachable: Iterable[int], pick: int) -> int:
    """Rank of the picked bottle's score among the reachable bottles (1 = the best match)."""
    reach = list(reachable)
    if pick not in reach:
        raise ValueError("the pick is not a reachable bottle")
    return 1 + sum(1 for j in reach if scores[j] > scores[pick])


def match_medal(rank: int, n_reachable: int) -> str | None:
    return medal(rank <= max(2, math.ceil(n_reachable / 3)), rank <= 2, rank == 1)


# -- Call the pour and Pour by hand ---------------------------------------------------------------------
def normalised_shares(shares: Sequence[float], allowed: Iterable[int], n: int) -> np.ndarray:
    """Shares over n bottles that are non-negative, only on allowed bottles and sum to 1 (rescaled)."""
    x = np.asarray([float(s) for s in shares], dtype=np.float64)
    if x.shape != (n,):
        raise ValueError(f"expected {n} shares, got {x.shape[0] if x.ndim == 1 else x.shape}")
    if not np.all(np.isfinite(x)) or np.any(x < 0):
        raise ValueError("shares must be non-negative numbers")
    outside = np.ones(n, dtype=bool)
    outside[list(allowed)] = False
    if np.any(x[outside] > 0):
        raise ValueError("a share is poured from a bottle out of reach")
    total = x.sum()
    if total <= 0:
        raise ValueError("nothing is poured")
    return x / total


def overlap(guess: Sequence[float], real: Sequence[float]) -> float:
    """1 − total-variation distance between two share vectors (1: identical, 0: no bottle in common)."""
    g, r = np.asarray(guess, dtype=np.float64), np.asarray(real, dtype=np.float64)
    return float(1.0 - 0.5 * np.abs(g - r).sum())


def pour_medal(score: float) -> str | None:
    return medal(score >= 0.6, score >= 0.75, score >= 0.9)


def bottles_used(shares: Sequence[float]) -> int:
    return int(sum(1 for s in shares if s >= USED_SHARE))


def by_hand_medal(reached: bool, used: int, fewest: int) -> str | None:
    return medal(reached, reached and used <= fewest + 1, reached and used <= fewest)


# -- Pickiness -------------------------------------------------------------------------------------------
PICKY_SHARE = 0.9  # "at least 90 % from one bottle"
EVEN_OVERLAP = 0.9  # "evenly": the shares overlap an even pour by at least this much


def top_share(row: Sequence[float]) -> float:
    return float(np.max(np.asarray(row, dtype=np.float64)))


def evenness(row: Sequence[float], reachable: Iterable[int]) -> float:
    """Overlap of the shares with an even pour over the reachable bottles (1: perfectly even)."""
    reach = list(reachable)
    even = np.zeros(len(row))
    even[reach] = 1.0 / len(reach)
    return overlap(row, even)


def pickiness_medal(reached: bool, temperature: float, answer: float) -> str | None:
    """Reached, and how close the temperature is to the gentlest one that reaches (a factor of 2: good; 1.25: best)."""
    if not reached or temperature <= 0 or answer <= 0:
        return medal(False)
    ratio = abs(math.log(temperature / answer))
    return medal(True, ratio <= math.log(2.0), ratio <= math.log(1.25))


# -- The rope ----------------------------------------------------------------------------------------------
def set_difference(guess: Iterable[int], real: Iterable[int]) -> tuple[list[int], list[int]]:
    """(missing, extra): bottles the guess left out, and bottles it wrongly included."""
    g, r = set(guess), set(real)
    return sorted(r - g), sorted(g - r)


def rope_medal(missing: int, extra: int, bet_right: bool) -> str | None:
    exact = missing == 0 and extra == 0
    return medal(missing + extra <= 1, exact, exact and bet_right)


# -- Order-blind --------------------------------------------------------------------------------------------
def bets_medal(right: int, total: int) -> str | None:
    return medal(right >= total - 1 and right > 0, right == total, right == total)


# -- Find the saboteur -----------------------------------------------------------------------------------
def saboteur_medal(flipped: bool, silenced: int, fewest: int) -> str | None:
    return medal(flipped, flipped and silenced <= fewest + 1, flipped and silenced <= fewest)


# -- Name the alchemist ------------------------------------------------------------------------------------
PARTLY = 0.25  # a choice the head does at least this often on other sentences is partly right


def naming_medal(chosen_fraction: float, is_answer: bool) -> str | None:
    return medal(is_answer or chosen_fraction >= PARTLY, is_answer, is_answer)


# -- When does it know? ------------------------------------------------------------------------------------
def floor_medal(guess: int, answer: int, n_layer: int) -> str | None:
    """Exact: best. In a deep model (4 floors or more) one floor off still passes, and is good from 8 floors."""
    off = abs(int(guess) - int(answer))
    return medal(off == 0 or (n_layer >= 4 and off <= 1), off == 0 or (n_layer >= 8 and off <= 1), off == 0)


# -- Brew a sentence ------------------------------------------------------------------------------------------
def word_edits(a: Sequence[str], b: Sequence[str]) -> int:
    """Words to replace, insert or delete to turn a into b (Levenshtein distance over words)."""
    prev = list(range(len(b) + 1))
    for i, wa in enumerate(a, 1):
        cur = [i]
        for j, wb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (wa != wb)))
        prev = cur
    return prev[-1]


def brew_medal(reached: bool, prob: float, edits: int, fewest: int) -> str | None:
    return medal(reached, reached and prob >= 0.5, reached and edits <= fewest)
