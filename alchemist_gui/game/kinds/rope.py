"""The rope: click every bottle an early word's alchemist can reach, then bet whether removing the rope (the
causal mask) changes the prediction.  The reach is read from the real scores (finite = within reach); the bet is
settled by a real run with the mask off."""
from __future__ import annotations

from engine import Switches

from .. import scoring, texts
from ..challenge import CannotPose, Result
from ..numbers import listing, pct, word, words
from ..reading import reachable, top_words, winner
from .common import Posed, follow, invalid, text


def pose(ctx) -> Posed:
    base = ctx.base
    n = base.n_tokens
    if n < 2:
        raise CannotPose(text(texts.SKIPS, "too_short", words=n))
    pos = max(0, (n - 1) // 3)  # an early word: some bottles are behind the rope
    reach = reachable(base, 0, 0, pos)
    free = ctx.runs(ctx.sentence, Switches(mask=False))
    (before, p_before), (after, p_after) = winner(base), winner(free)
    tokens = base.tokens
    changes = before != after
    return Posed(
        question=text(texts.QUESTIONS, "rope", word=word(tokens[pos]), winner=word(before)),
        hint=text(texts.HINTS, "rope"),
        answer_text=text(texts.ANSWERS, "rope.changes" if changes else "rope.same", reach=words(tokens[j] for j in reach),
                         before=word(before), before_prob=pct(p_before), after=word(after), after_prob=pct(p_after)),
        setup={"follow": follow(0, 0, pos, tokens), "bottles": list(range(n))},
        answer={"reach": reach, "changes": changes,
                "with_rope": [{"word": w, "prob": p} for w, p in top_words(base, 3)],
                "without_rope": [{"word": w, "prob": p} for w, p in top_words(free, 3)]},
    )


def request(ch, guess):
    return None


def score(ch, guess, trace) -> Result:
    try:
        picked = sorted({int(j) for j in guess["reach"]})
        bet = guess["changes"]
    except (TypeError, ValueError, KeyError):
        return invalid(ch, "rope_form")
    if not isinstance(bet, bool):
        return invalid(ch, "rope_form")
    n = len(ch.tokens)
    if any(not 0 <= j < n for j in picked):
        return invalid(ch, "not_a_bottle")
    reach, changes = ch.answer["reach"], ch.answer["changes"]
    missing, extra = scoring.set_difference(picked, reach)
    bet_right = bet == changes
    medal = scoring.rope_medal(len(missing), len(extra), bet_right)
    union = set(picked) | set(reach)
    jaccard = len(set(picked) & set(reach)) / len(union) if union else 1.0
    tokens = ch.tokens
    before, after = ch.answer["with_rope"][0], ch.answer["without_rope"][0]
    values = dict(word=word(tokens[ch.setup["follow"]["word"]]), reach=words(tokens[j] for j in reach),
                  missing=words(tokens[j] for j in missing) or "—", extra=words(tokens[j] for j in extra) or "—",
                  before=word(before["word"]), before_prob=pct(before["prob"]), after=word(after["word"]),
                  after_prob=pct(after["prob"]), hidden=n - len(reach), n=n,
                  without=listing((word(t["word"]), pct(t["prob"])) for t in ch.answer["without_rope"]))
    key = f"rope.{'changes' if changes else 'same'}_{'right' if bet_right else 'wrong'}"
    exact = not missing and not extra
    return Result(ch.id, ch.kind, True, score=0.5 * jaccard + 0.5 * bet_right, medal=medal,
                  numbers={"reach": reach, "picked": picked, "missing": missing, "extra": extra,
                           "changes": changes, "bet": bet, "with_rope": ch.answer["with_rope"],
                           "without_rope": ch.answer["without_rope"]},
                  narration=text(texts.FEEDBACK, key, **values),
                  note=text(texts.NOTES, "rope.exact" if exact else "rope.off", **values))
