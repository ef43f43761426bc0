"""Find the saboteur: silence heads so that the prediction flips, with as few heads as possible.

The fewest is found by searching the real model: every single head; then pairs, then triples, among the heads
whose silencing hurt the winner most (as many as the run budget allows, so a big model is searched less
widely); then, as a last resort, a greedy pile-up in that order (an upper bound, marked not complete)."""
from __future__ import annotations

import math
from itertools import combinations

from engine import Switches

from .. import scoring, texts
from ..challenge import CannotPose, Result
from ..numbers import head_name, pct, word
from ..reading import winner, word_probs
from ..runs import RunRequest
from .common import Posed, invalid, text


def _largest_pool(size: int, allowed: int, available: int) -> int:
    """The most heads whose subsets of ``size`` fit in ``allowed`` runs."""
    k = size
    while k < available and math.comb(k + 1, size) <= allowed:
        k += 1
    return k if math.comb(k, size) <= allowed else size - 1


def search(ctx):
    base = ctx.base
    win, p_win = winner(base)
    # last floors first: when a big model has more heads than the budget, the ones nearest the output are tried
    heads = [(l, h) for l in reversed(range(ctx.info.n_layer)) for h in range(ctx.info.n_head)][: ctx.budget]
    budget = max(ctx.budget - len(heads), ctx.budget // 2) // 2  # pairs and triples: a share of what is left

    def flips(group) -> tuple[bool, object]:
        t = ctx.runs(ctx.sentence, Switches(knockout=frozenset(group)))
        return winner(t)[0] != win, t

    drop, found = {}, []
    for head in heads:
        flipped, t = flips([head])
        drop[head] = p_win - word_probs(t).get(win, 0.0)
        if flipped:
            found.append(([head], t))
    complete = len(heads) == ctx.info.n_heads_total
    if found:
        return 1, found, complete
    ranked = sorted(heads, key=lambda hd: -drop[hd])
    for size, part in ((2, 0.6), (3, 0.4)):  # pairs get most of the budget; triples among the most harmful
        pool = _largest_pool(size, int(budget * part), len(ranked))
        if pool < size:
            break
        for group in combinations(ranked[:pool], size):
            flipped, t = flips(list(group))
            if flipped:
                found.append((list(group), t))
        complete = complete and pool == len(ranked)
        if found:
            return size, found, complete
    group = []
    for head in ranked:  # greedy: silence the most harmful heads one after another until the word flips
        group.append(head)
        if len(group) <= 3:
            continue
        flipped, t = flips(group)
        if flipped:
            return len(group), [(list(group), t)], False
    return None, [], complete


def pose(ctx) -> Posed:
    base = ctx.base
    win, p = winner(base)
    fewest, found, complete = search(ctx)
    if fewest is None:
        raise CannotPose(text(texts.SKIPS, "saboteur_none", winner=word(win)))
    group, t = found[0]
    new, new_p = winner(t)
    examples = [{"heads": [head_name(*hd) for hd in g], "new_winner": winner(tt)[0]} for g, tt in found[:5]]
    return Posed(
        question=text(texts.QUESTIONS, "saboteur", winner=word(win), prob=pct(p)),
        hint=text(texts.HINTS, "saboteur"),
        answer_text=text(texts.ANSWERS, "saboteur", fewest=fewest, heads=", ".join(head_name(*hd) for hd in group),
                         new=word(new), new_prob=pct(new_p)),
        setup={"n_layer": ctx.info.n_layer, "n_head": ctx.info.n_head, "winner": win, "winner_prob": p},
        answer={"fewest": fewest, "example": [head_name(*hd) for hd in group], "new_winner": new,
                "new_prob": new_p, "examples": examples, "complete": complete, "ways": len(found)},
    )


def heads_of(guess) -> frozenset:
    """Heads as (layer, head) pairs, or "layer.head" strings."""
    out = set()
    for item in guess:
        if isinstance(item, str):
            layer, head = item.split(".")
            item = (layer, head)
        layer, head = (int(x) for x in item)
        out.add((layer, head))
    return frozenset(out)


def _valid(ch, guess):
    heads = heads_of(guess)
    n_layer, n_head = ch.setup["n_layer"], ch.setup["n_head"]
    if not heads or any(not (0 <= l < n_layer and 0 <= h < n_head) for l, h in heads):
        raise ValueError
    return heads


def request(ch, guess):
    try:
        return RunRequest(ch.sentence, Switches(knockout=_valid(ch, guess)))
    except (TypeError, ValueError):
        return None


def score(ch, guess, trace) -> Result:
    try:
        heads = _valid(ch, guess)
    except (TypeError, ValueError):
        return invalid(ch, "bad_heads", layers=ch.setup["n_layer"] - 1, heads=ch.setup["n_head"] - 1)
    if trace is None or trace.knockout != heads:
        return invalid(ch, "needs_run")
    win = ch.setup["winner"]
    new, new_p = winner(trace)
    flipped = new != win
    fewest = ch.answer["fewest"]
    medal = scoring.saboteur_medal(flipped, len(heads), fewest)
    old_p = word_probs(trace).get(win, 0.0)
    values = dict(count=len(heads), fewest=fewest, winner=word(win), winner_prob=pct(ch.setup["winner_prob"]),
                  now=pct(old_p), new=word(new), new_prob=pct(new_p),
                  heads=", ".join(head_name(*hd) for hd in sorted(heads)),
                  example=", ".join(ch.answer["example"]))
    key = "saboteur." + ("best" if medal == "best" else "flipped" if flipped else "held")
    return Result(ch.id, ch.kind, True, score=float(len(heads)) if flipped else 0.0, medal=medal,
                  numbers={"silenced": [head_name(*hd) for hd in sorted(heads)], "flipped": flipped,
                           "winner_before": win, "winner_after": new, "prob_after": new_p,
                           "old_winner_prob_after": old_p, "fewest": fewest, "example": ch.answer["example"]},
                  narration=text(texts.FEEDBACK, key, **values), note=text(texts.NOTES, "saboteur", **values),
                  trace=trace)
