"""Best match: click the bottle whose tag best fits the followed alchemist's recipe.

Scored by the rank of the pick among the real scores q·k/√d of the bottles within reach.  The alchemist to
follow is the one whose best match stands out most (largest gap to the runner-up) on a word that reaches at
least three bottles, preferring a best match that is neither the word itself nor the first word."""
from __future__ import annotations

import numpy as np

from .. import scoring, texts
from ..challenge import CannotPose, Result
from ..numbers import num, word
from .common import Posed, follow, invalid, rows, text


def choose(trace):
    best_key, best = None, None
    for layer, head, pos, reach in rows(trace, 2):
        s = np.asarray(trace.scores[layer, head, pos, reach], dtype=np.float64)
        order = np.argsort(-s, kind="stable")
        top = reach[order[0]]
        margin = float(s[order[0]] - s[order[1]])
        key = (len(reach) >= 3, top not in (0, pos), margin)
        if best_key is None or key > best_key:
            best_key, best = key, (layer, head, pos, reach)
    return best


def pose(ctx) -> Posed:
    base = ctx.base
    chosen = choose(base)
    if chosen is None:
        raise CannotPose(text(texts.SKIPS, "too_short", words=base.n_tokens))
    layer, head, pos, reach = chosen
    scores = [float(s) if np.isfinite(s) else None for s in base.scores[layer, head, pos]]
    ranking = sorted(reach, key=lambda j: -scores[j])
    best, second = ranking[0], ranking[1]
    tokens = base.tokens
    return Posed(
        question=text(texts.QUESTIONS, "best_match", word=word(tokens[pos]), layer=layer, head=head),
        hint=text(texts.HINTS, "best_match"),
        answer_text=text(texts.ANSWERS, "best_match", best=word(tokens[best]), score=num(scores[best]),
                         second=word(tokens[second]), second_score=num(scores[second])),
        setup={"follow": follow(layer, head, pos, tokens), "bottles": reach},
        answer={"best": best, "best_word": tokens[best], "ranking": ranking, "scores": scores},
    )


def request(ch, guess):
    return None


def score(ch, guess, trace) -> Result:
    reach = ch.setup["bottles"]
    try:
        pick = int(guess)
    except (TypeError, ValueError):
        return invalid(ch, "pick_a_bottle")
    if pick not in reach:
        return invalid(ch, "not_reachable")
    scores, tokens = ch.answer["scores"], ch.tokens
    rank = scoring.score_rank(scores, reach, pick)
    best = ch.answer["best"]
    f = ch.setup["follow"]
    shares = [float(a) for a in ch.base.attention[f["layer"], f["head"], f["word"]]]
    values = dict(pick=word(tokens[pick]), best=word(tokens[best]), rank=rank, n=len(reach),
                  pick_score=num(scores[pick]), best_score=num(scores[best]), word=word(tokens[f["word"]]))
    return Result(ch.id, ch.kind, True, score=float(rank), medal=scoring.match_medal(rank, len(reach)),
                  numbers={"pick": pick, "rank": rank, "best": best, "scores": scores, "shares": shares},
                  narration=text(texts.FEEDBACK, "best_match.right" if rank == 1 else "best_match.wrong", **values),
                  note=text(texts.NOTES, "best_match", **values))
