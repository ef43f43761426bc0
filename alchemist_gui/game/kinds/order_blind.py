"""Order-blind: bet whether shuffling the words changes the flasks — with the badges (positions) off, with them
on, and with both the badges and the rope off.

The truthful subtlety: with only the badges off, the rope still leaks the order (after a shuffle each word has
other words before it, so it reaches other bottles); only with rope and badges both off are the flasks the same,
just moved.  Every answer is a comparison of real runs (Switches(shuffle_seed=...), trace.order)."""
from __future__ import annotations

from engine import Switches

from .. import scoring, texts
from ..challenge import CannotPose, Result
from ..numbers import word, words
from ..reading import join_words, moved_flask_change
from .common import Posed, invalid, text

CASES = {  # case -> the switches both runs share
    "badges_off": Switches(positional=False),
    "badges_on": Switches(),
    "both_off": Switches(positional=False, mask=False),
}
SAME = 1e-4  # relative change below which the flasks count as the same (float rounding is ~1e-7)


def pose(ctx) -> Posed:
    base = ctx.base
    if len(set(int(i) for i in base.token_ids)) < 2:
        raise CannotPose(text(texts.SKIPS, "one_kind_of_word"))
    cases, shuffled_tokens, order = {}, None, None
    for case, sw in CASES.items():
        plain = ctx.runs(ctx.sentence, sw)
        moved = ctx.runs(ctx.sentence, sw.replace(shuffle_seed=ctx.shuffle_seed))
        change = moved_flask_change(plain, moved)
        cases[case] = {"changes": change > SAME, "largest_change": change}
        shuffled_tokens, order = list(moved.tokens), list(moved.order)
    return Posed(
        question=text(texts.QUESTIONS, "order_blind", shuffled=word(join_words(shuffled_tokens))),
        hint=text(texts.HINTS, "order_blind"),
        answer_text=text(texts.ANSWERS, "order_blind",
                         **{case: text(texts.YES_NO, "changes" if c["changes"] else "same")
                            for case, c in cases.items()}),
        setup={"cases": list(CASES), "shuffled_tokens": shuffled_tokens, "order": order,
               "seed": ctx.shuffle_seed,
               "switches": {case: {"mask": sw.mask, "positional": sw.positional} for case, sw in CASES.items()}},
        answer={"cases": cases},
    )


def request(ch, guess):
    return None


def score(ch, guess, trace) -> Result:
    try:
        bets = {case: guess[case] for case in CASES}
    except (TypeError, KeyError):
        return invalid(ch, "order_form")
    if not all(isinstance(b, bool) for b in bets.values()):
        return invalid(ch, "order_form")
    cases = ch.answer["cases"]
    right = [case for case in CASES if bets[case] == cases[case]["changes"]]
    medal = scoring.bets_medal(len(right), len(CASES))
    wrong = [case for case in CASES if case not in right]
    if wrong:
        case = wrong[0]
        key = f"order_blind.{case}_{'changes' if cases[case]['changes'] else 'same'}"
    else:
        key = "order_blind.all_right"
    values = dict(right=len(right), total=len(CASES), words=words(ch.setup["shuffled_tokens"][:4]),
                  **{case: f"{cases[case]['largest_change']:.2g}" for case in CASES})
    return Result(ch.id, ch.kind, True, score=len(right) / len(CASES), medal=medal,
                  numbers={"bets": bets, "cases": cases, "right": right},
                  narration=text(texts.FEEDBACK, key, **values), note=text(texts.NOTES, "order_blind", **values))
