"""When does it know?  Guess after which floor (block) the last word's bottle first reads the winning word
and keeps reading it to the top (the logit lens: the final LayerNorm and unembedding applied after each block)."""
from __future__ import annotations

from .. import scoring, texts
from ..challenge import Result
from ..numbers import listing, pct, word
from ..reading import lens_words, winner
from .common import Posed, invalid, text


def knowing_floor(lens: list[tuple[str, float]], win: str) -> int:
    """The first block from which every reading up to the last one is the winner."""
    floor = len(lens) - 1
    while floor > 0 and lens[floor - 1][0] == win:
        floor -= 1
    return floor


def pose(ctx) -> Posed:
    base = ctx.base
    win, p = winner(base)
    lens = lens_words(base)
    floor = knowing_floor(lens, win)
    return Posed(
        question=text(texts.QUESTIONS, "when_knows", winner=word(win), floors=len(lens), top=len(lens) - 1),
        hint=text(texts.HINTS, "when_knows"),
        answer_text=text(texts.ANSWERS, "when_knows", floor=floor, winner=word(win),
                         lens=listing((f"{k}:", word(w)) for k, (w, _) in enumerate(lens))),
        setup={"floors": len(lens), "winner": win},
        answer={"floor": floor, "lens": [{"word": w, "prob": q} for w, q in lens]},
    )


def request(ch, guess):
    return None


def score(ch, guess, trace) -> Result:
    floors = ch.setup["floors"]
    try:
        g = int(guess)
    except (TypeError, ValueError):
        return invalid(ch, "pick_a_floor", top=floors - 1)
    if not 0 <= g < floors:
        return invalid(ch, "pick_a_floor", top=floors - 1)
    floor, lens = ch.answer["floor"], ch.answer["lens"]
    medal = scoring.floor_medal(g, floor, floors)
    values = dict(guess=g, floor=floor, winner=word(ch.setup["winner"]), read=word(lens[g]["word"]),
                  read_prob=pct(lens[g]["prob"]), lens=listing((f"{k}:", word(r["word"])) for k, r in enumerate(lens)))
    key = "when_knows." + ("right" if g == floor else "early" if g < floor else "late")
    return Result(ch.id, ch.kind, True, score=float(abs(g - floor)), medal=medal,
                  numbers={"guess": g, "floor": floor, "lens": lens},
                  narration=text(texts.FEEDBACK, key, **values), note=text(texts.NOTES, "when_knows", **values))
