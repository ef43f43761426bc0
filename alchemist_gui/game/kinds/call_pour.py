"""Call the pour: set the shares the alchemist will pour from each bottle (they always sum to 100 %).

Scored by 1 − the total-variation distance to the real attention row.  The row chosen is one that is neither
nearly all from one bottle nor nearly even (a guess of "all from the best" or "evenly" should not pass), on
the last word when it has such a row."""
from __future__ import annotations

import numpy as np

from .. import scoring, texts
from ..challenge import CannotPose, Result
from ..numbers import listing, pct, word
from .common import Posed, follow, invalid, rows, text


def choose(trace, avoid=()):
    best_key, best = None, None
    last = trace.n_tokens - 1
    for layer, head, pos, reach in rows(trace, 2):
        a = np.asarray(trace.attention[layer, head, pos], dtype=np.float64)
        top = float(a[reach].max())
        even = scoring.evenness(a, reach)
        easy = max(scoring.overlap(a, _all_from(a, reach)), even)  # what a lazy guess would score
        significant = int((a[reach] >= 0.1).sum())
        key = ((layer, head, pos) not in avoid, len(reach) >= 3, easy < 0.6, significant >= 2, pos == last,
               -abs(top - 0.6))
        if best_key is None or key > best_key:
            best_key, best = key, (layer, head, pos, reach)
    return best


def _all_from(a, reach):
    one = np.zeros_like(a)
    one[reach[int(np.argmax(a[reach]))]] = 1.0
    return one


def pose(ctx) -> Posed:
    base = ctx.base
    chosen = choose(base)
    if chosen is None:
        raise CannotPose(text(texts.SKIPS, "too_short", words=base.n_tokens))
    layer, head, pos, reach = chosen
    real = [float(x) for x in base.attention[layer, head, pos]]
    tokens = base.tokens
    scores = [float(s) if np.isfinite(s) else None for s in base.scores[layer, head, pos]]
    ranked = sorted(reach, key=lambda j: -real[j])
    return Posed(
        question=text(texts.QUESTIONS, "call_pour", word=word(tokens[pos]), layer=layer, head=head, n=len(reach)),
        hint=text(texts.HINTS, "call_pour"),
        answer_text=text(texts.ANSWERS, "call_pour", shares=listing((word(tokens[j]), pct(real[j]))
                                                                    for j in ranked[:4])),
        setup={"follow": follow(layer, head, pos, tokens), "bottles": reach, "scores": scores},
        answer={"shares": real},
    )


def request(ch, guess):
    return None


def shares_of(guess, n: int) -> list[float]:
    """A guess as one share per bottle: a list, or {position: share}."""
    if isinstance(guess, dict):
        out = [0.0] * n
        for j, s in guess.items():
            out[int(j)] = float(s)
        return out
    return [float(s) for s in guess]


def score(ch, guess, trace) -> Result:
    n = len(ch.tokens)
    try:
        g = scoring.normalised_shares(shares_of(guess, n), ch.setup["bottles"], n)
    except (TypeError, ValueError, IndexError):
        return invalid(ch, "bad_shares")
    real = np.asarray(ch.answer["shares"], dtype=np.float64)
    s = scoring.overlap(g, real)
    medal = scoring.pour_medal(s)
    gap = real - g
    far = int(np.argmax(np.abs(gap)))
    tokens = ch.tokens
    values = dict(score=pct(s), far=word(tokens[far]), real_far=pct(real[far]), guess_far=pct(g[far]),
                  word=word(tokens[ch.setup["follow"]["word"]]),
                  real=listing((word(tokens[j]), pct(real[j])) for j in ch.setup["bottles"]))
    key = "close" if medal in ("good", "best") else "near" if medal else "far"
    return Result(ch.id, ch.kind, True, score=s, medal=medal,
                  numbers={"guess": g.tolist(), "real": real.tolist(), "gap": gap.tolist(), "overlap": s},
                  narration=text(texts.FEEDBACK, f"call_pour.{key}", **values),
                  note=text(texts.NOTES, "call_pour", **values))
