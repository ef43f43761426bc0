"""Pickiness: set the temperature so that the followed alchemist pours at least 90 % from one bottle — or,
when he is already that picky, so that he pours evenly.

The temperature divides every head's scores, on every floor, so the followed row also changes through the
floors below it: the answer is found by real re-runs (a falling or rising ladder of temperatures, then
bisection), not by a formula on one row.  The answer is the gentlest temperature that reaches the goal."""
from __future__ import annotations

import math

import numpy as np

from engine import Switches
from engine.switches import MAX_TEMPERATURE, MIN_TEMPERATURE

from .. import scoring, texts
from ..challenge import CannotPose, Result
from ..numbers import listing, pct, temp, word
from ..runs import RunRequest
from .common import Posed, follow, invalid, rows, text

STEP = 1.4  # the ladder's ratio between neighbouring temperatures
BISECT = 4


def measure(trace, layer, head, pos, variant, reach) -> float:
    row = trace.attention[layer, head, pos]
    return scoring.top_share(row) if variant == "picky" else scoring.evenness(row, reach)


def goal(variant: str) -> float:
    return scoring.PICKY_SHARE if variant == "picky" else scoring.EVEN_OVERLAP


def solve(ctx, layer, head, pos, reach, variant):
    """The gentlest temperature found that reaches the goal (the largest for picky, the smallest for even)."""
    def value(t):
        return measure(ctx.runs(ctx.sentence, Switches(temperature=t)), layer, head, pos, variant, reach)

    want = goal(variant)
    if variant == "picky":
        ladder = [STEP ** -k for k in range(1, 40) if STEP ** -k > MIN_TEMPERATURE] + [MIN_TEMPERATURE]
    else:
        ladder = [STEP ** k for k in range(1, 40) if STEP ** k < MAX_TEMPERATURE] + [MAX_TEMPERATURE]
    missed = 1.0
    for t in ladder:
        if value(t) >= want:
            lo, hi = missed, t  # lo misses, hi reaches: bisect in log space towards the gentlest
            for _ in range(BISECT):
                mid = math.sqrt(lo * hi)
                if value(mid) >= want:
                    hi = mid
                else:
                    lo = mid
            return hi, value(hi)
        missed = t
    return None, None


def candidates(trace, variant):
    last = trace.n_tokens - 1
    found = []
    for layer, head, pos, reach in rows(trace, 2):
        v = measure(trace, layer, head, pos, variant, reach)
        if v >= goal(variant):
            continue  # already there at temperature 1
        top = scoring.top_share(trace.attention[layer, head, pos])
        found.append(((len(reach) >= 3, pos == last, -abs(top - 0.55)), (layer, head, pos, reach)))
    found.sort(key=lambda kv: kv[0], reverse=True)
    return [c for _, c in found[:3]]


def pose(ctx) -> Posed:
    base = ctx.base
    tokens = base.tokens
    for variant in ("picky", "even"):
        for layer, head, pos, reach in candidates(base, variant):
            t, v = solve(ctx, layer, head, pos, reach, variant)
            if t is None:
                continue
            shares = [float(a) for a in ctx.runs(ctx.sentence, Switches(temperature=t)).attention[layer, head, pos]]
            own = [float(a) for a in base.attention[layer, head, pos]]
            values = dict(word=word(tokens[pos]), layer=layer, head=head, goal=pct(goal(variant)))
            return Posed(
                question=text(texts.QUESTIONS, f"pickiness.{variant}", **values),
                hint=text(texts.HINTS, f"pickiness.{variant}"),
                answer_text=text(texts.ANSWERS, f"pickiness.{variant}", temperature=temp(t), value=pct(v),
                                 goal=pct(goal(variant))),
                setup={"follow": follow(layer, head, pos, tokens), "bottles": reach, "variant": variant,
                       "goal": goal(variant), "own_shares": own,
                       "range": [MIN_TEMPERATURE, MAX_TEMPERATURE]},
                answer={"variant": variant, "temperature": t, "value": v, "shares": shares},
            )
    raise CannotPose(text(texts.SKIPS, "pickiness_unreachable"))


def _temperature(guess) -> float | None:
    try:
        t = float(guess)
    except (TypeError, ValueError):
        return None
    return t if math.isfinite(t) and MIN_TEMPERATURE <= t <= MAX_TEMPERATURE else None


def request(ch, guess):
    t = _temperature(guess)
    return None if t is None else RunRequest(ch.sentence, Switches(temperature=t))


def score(ch, guess, trace) -> Result:
    t = _temperature(guess)
    if t is None:
        return invalid(ch, "bad_temperature", low=temp(MIN_TEMPERATURE), high=temp(MAX_TEMPERATURE))
    if trace is None or not math.isclose(trace.temperature, t, rel_tol=1e-9):
        return invalid(ch, "needs_run")
    f, variant = ch.setup["follow"], ch.answer["variant"]
    reach = ch.setup["bottles"]
    v = measure(trace, f["layer"], f["head"], f["word"], variant, reach)
    want = goal(variant)
    reached = v >= want
    answer_t = ch.answer["temperature"]
    medal = scoring.pickiness_medal(reached, t, answer_t)
    shares = [float(a) for a in trace.attention[f["layer"], f["head"], f["word"]]]
    top = int(np.argmax(shares))
    tokens = ch.tokens
    values = dict(temperature=temp(t), value=pct(v), goal=pct(want), answer=temp(answer_t),
                  top=word(tokens[top]), top_share=pct(shares[top]),
                  shares=listing((word(tokens[j]), pct(shares[j])) for j in reach))
    key = f"pickiness.{variant}_" + ("best" if medal == "best" else "reached" if reached else "missed")
    return Result(ch.id, ch.kind, True, score=v, medal=medal,
                  numbers={"temperature": t, "answer_temperature": answer_t, "value": v, "goal": want,
                           "reached": reached, "shares": shares, "own_shares": ch.setup["own_shares"],
                           "answer_shares": ch.answer["shares"]},
                  narration=text(texts.FEEDBACK, key, **values), note=text(texts.NOTES, f"pickiness.{variant}",
                                                                           **values),
                  trace=trace)
