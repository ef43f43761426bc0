"""Pour by hand: pour for one alchemist yourself (Switches.with_pour) so that the model predicts a target word —
or, when no pour of this model reaches another word, keep the prediction with as few bottles as possible.

The target is found by searching real runs: every one-bottle pour of the last word's alchemists, last floor
first, until a pour makes another word win; a pour from that one bottle is then the answer (1 bottle)."""
from __future__ import annotations

import numpy as np

from engine import AlchemistError, Switches

from .. import scoring, texts
from ..challenge import CannotPose, Result
from ..numbers import listing, pct, word
from ..reading import is_punctuation, reachable, top_words, winner, word_probs
from ..runs import RunRequest
from .call_pour import shares_of
from .common import Posed, entropy, follow, invalid, text


def _one_hot(n: int, j: int) -> list[float]:
    out = [0.0] * n
    out[j] = 1.0
    return out


def can_pour(ctx) -> bool:
    """Whether this engine really pours by hand: a one-bottle pour must come back in the trace's attention."""
    n = ctx.base.n_tokens
    key = (0, 0, n - 1)
    try:
        t = ctx.runs(ctx.sentence, Switches().with_pour(key, _one_hot(n, 0)))
    except AlchemistError:
        return False
    return bool(np.allclose(t.attention[key], _one_hot(n, 0), atol=1e-6))


def search(ctx, budget: int):
    """One-bottle pours at the last word, last floor first: {(layer, head): {word: (bottle, prob)}} of the pours
    that make another word win, and {(layer, head): [bottles whose pour keeps the winner]}."""
    base = ctx.base
    n, last = base.n_tokens, base.n_tokens - 1
    win = winner(base)[0]
    reached, kept, used = {}, {}, 0
    for layer in reversed(range(ctx.info.n_layer)):
        for head in range(ctx.info.n_head):
            for j in reachable(base, layer, head, last):
                if used >= budget:
                    return reached, kept
                t = ctx.runs(ctx.sentence, Switches().with_pour((layer, head, last), _one_hot(n, j)))
                used += 1
                w, p = winner(t)
                if w == win:
                    kept.setdefault((layer, head), []).append(j)
                elif not is_punctuation(w):  # "make it say ','" is no goal for a learner
                    found = reached.setdefault((layer, head), {})
                    if w not in found or p > found[w][1]:
                        found[w] = (j, p)
            if reached:  # the first alchemist that can change the word is the one to follow
                return reached, kept
    return reached, kept


def pose(ctx) -> Posed:
    base = ctx.base
    n, last = base.n_tokens, base.n_tokens - 1
    if n < 2:
        raise CannotPose(text(texts.SKIPS, "too_short", words=n))
    if not can_pour(ctx):
        raise CannotPose(text(texts.SKIPS, "cannot_pour"))
    win, win_p = winner(base)
    tokens = base.tokens
    reached, kept = search(ctx, ctx.budget // 3)
    if reached:
        (layer, head), found = next(iter(reached.items()))
        target, (bottle, prob) = max(found.items(), key=lambda kv: kv[1][1])
        pour = _one_hot(n, bottle)
        setup_extra, answer = {"variant": "reach", "target": target}, {
            "variant": "reach", "target": target, "fewest": 1, "pour": pour, "bottle": bottle, "prob": prob,
            "other_targets": sorted(w for w in found if w != target)}
        question = text(texts.QUESTIONS, "pour_by_hand.reach", word=word(tokens[last]), layer=layer, head=head,
                        target=word(target), winner=word(win))
        answer_text = text(texts.ANSWERS, "pour_by_hand.reach", target=word(target), bottle=word(tokens[bottle]),
                           prob=pct(prob))
    else:
        layer, head = max(((l, h) for l in range(ctx.info.n_layer) for h in range(ctx.info.n_head)),
                          key=lambda lh: entropy(base.attention[lh[0], lh[1], last]))
        fewest, pour = _fewest_keeping(ctx, layer, head, kept.get((layer, head), []))
        if pour is None:
            raise CannotPose(text(texts.SKIPS, "pour_no_effect"))
        setup_extra = {"variant": "keep", "target": win}
        answer = {"variant": "keep", "target": win, "fewest": fewest, "pour": pour}
        question = text(texts.QUESTIONS, "pour_by_hand.keep", word=word(tokens[last]), layer=layer, head=head,
                        winner=word(win))
        answer_text = text(texts.ANSWERS, "pour_by_hand.keep", fewest=fewest, winner=word(win),
                           bottles=listing((word(tokens[j]), pct(pour[j])) for j in range(n) if pour[j] > 0))
    own = [float(a) for a in base.attention[layer, head, last]]
    return Posed(
        question=question,
        hint=text(texts.HINTS, f"pour_by_hand.{setup_extra['variant']}"),
        answer_text=answer_text,
        setup={"follow": follow(layer, head, last, tokens), "bottles": reachable(base, layer, head, last),
               "own_shares": own, "winner": win, "winner_prob": win_p, **setup_extra},
        answer=answer,
    )


def _fewest_keeping(ctx, layer: int, head: int, one_bottle_keepers: list[int]):
    """Fewest bottles that keep the winner: a single bottle found by the search, else the alchemist's own
    shares on his k likeliest bottles, k = 2, 3, …"""
    base = ctx.base
    n, last = base.n_tokens, base.n_tokens - 1
    if one_bottle_keepers:
        own = base.attention[layer, head, last]
        j = max(one_bottle_keepers, key=lambda b: own[b])
        return 1, _one_hot(n, j)
    win = winner(base)[0]
    own = np.asarray(base.attention[layer, head, last], dtype=np.float64)
    order = [int(j) for j in np.argsort(-own, kind="stable") if own[j] > 0]
    for k in range(2, len(order) + 1):
        shares = np.zeros(n)
        shares[order[:k]] = own[order[:k]]
        shares /= shares.sum()
        t = ctx.runs(ctx.sentence, Switches().with_pour((layer, head, last), shares.tolist()))
        if winner(t)[0] == win:
            return k, shares.tolist()
    return 0, None


def _shares(ch, guess) -> np.ndarray:
    n = len(ch.tokens)
    return scoring.normalised_shares(shares_of(guess, n), ch.setup["bottles"], n)


def request(ch, guess):
    try:
        shares = _shares(ch, guess)
    except (TypeError, ValueError, IndexError):
        return None
    f = ch.setup["follow"]
    return RunRequest(ch.sentence, Switches().with_pour((f["layer"], f["head"], f["word"]), shares.tolist()))


def score(ch, guess, trace) -> Result:
    try:
        g = _shares(ch, guess)
    except (TypeError, ValueError, IndexError):
        return invalid(ch, "bad_shares")
    f = ch.setup["follow"]
    if trace is None or (f["layer"], f["head"], f["word"]) not in trace.switches.poured():
        return invalid(ch, "needs_run")
    target, fewest = ch.answer["target"], ch.answer["fewest"]
    win, win_p = winner(trace)
    reached = win == target
    used = scoring.bottles_used(g)
    after = dict(top_words(trace, 5))
    target_p = word_probs(trace).get(target, 0.0)
    medal = scoring.by_hand_medal(reached, used, fewest)
    variant = ch.answer["variant"]
    values = dict(target=word(target), prob=pct(target_p), winner=word(win), winner_prob=pct(win_p), used=used,
                  fewest=fewest, top=listing((word(w), pct(p)) for w, p in after.items()))
    key = f"pour_by_hand.{variant}_" + ("best" if medal == "best" else "reached" if reached else "missed")
    return Result(ch.id, ch.kind, True, score=target_p, medal=medal,
                  numbers={"shares": g.tolist(), "own_shares": ch.setup["own_shares"], "reached": reached,
                           "bottles": used, "fewest": fewest, "target_prob": target_p, "winner": win,
                           "top": [{"word": w, "prob": p} for w, p in after.items()]},
                  narration=text(texts.FEEDBACK, key, **values), note=text(texts.NOTES, "pour_by_hand", **values),
                  trace=trace)
