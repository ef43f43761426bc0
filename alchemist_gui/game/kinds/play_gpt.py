"""Play GPT: bet on the next word before anything is shown — one word, or a spread over a few.

One word is scored by the model's probability of it (medal by its rank); a spread by its expected log-score
against the model's distribution (scoring.spread_skill)."""
from __future__ import annotations

import math
import random
import zlib

from .. import scoring, texts
from ..challenge import Result
from ..numbers import listing, pct, word
from ..reading import is_punctuation, join_words, top_words, word_probs
from .common import Posed, invalid, text

N_OPTIONS = 12  # words offered as chips: the model's five likeliest among others, in alphabetical order
SPREAD_MAX = 5


def pose(ctx) -> Posed:
    base = ctx.base
    top = top_words(base, 5)
    options = _options(ctx, [w for w, _ in top])
    win, p = top[0]
    return Posed(
        question=text(texts.QUESTIONS, "play_gpt", sentence=word(join_words(base.tokens))),
        hint=text(texts.HINTS, "play_gpt", last=word(base.tokens[-1])),
        answer_text=text(texts.ANSWERS, "play_gpt", winner=word(win), prob=pct(p),
                         others=listing((word(w), pct(q)) for w, q in top[1:4])),
        setup={"options": options, "any_word": True, "spread_max": SPREAD_MAX},
        answer={"winner": win, "prob": p, "top": [{"word": w, "prob": q} for w, q in top]},
    )


def _options(ctx, top: list[str]) -> list[str]:
    pool = [w for w in (ctx.info.known_words or ctx.base.vocab) if w not in top and not is_punctuation(w)]
    rng = random.Random(zlib.crc32(ctx.sentence.encode("utf-8")))  # the same chips for the same sentence
    extra = rng.sample(pool, min(len(pool), max(0, N_OPTIONS - len(top))))
    return sorted(dict.fromkeys(top + extra), key=lambda w: (w.casefold(), w))


def request(ch, guess):
    return None  # scored against the posing run itself


def bet_of(guess) -> dict[str, float]:
    if isinstance(guess, str):
        return {guess: 1.0}
    return {str(w): float(s) for w, s in dict(guess).items() if float(s) > 0}


def score(ch, guess, trace) -> Result:
    try:
        bet = bet_of(guess)
    except (TypeError, ValueError):
        return invalid(ch, "bet_form")
    probs = word_probs(ch.base)
    if not bet:
        return invalid(ch, "empty_bet")
    unknown = [w for w in bet if w not in probs]
    if unknown:
        return invalid(ch, "unknown_word", word=word(unknown[0]))
    if any(not math.isfinite(s) for s in bet.values()) or sum(bet.values()) > 1.0 + 1e-6:
        return invalid(ch, "too_much")
    if len(bet) > SPREAD_MAX:
        return invalid(ch, "spread_too_wide", most=SPREAD_MAX)
    top = ch.answer["top"]
    win = ch.answer["winner"]
    ranks = {w: scoring.word_rank(probs, w) for w in bet}
    numbers = {"bet": bet, "model": {w: probs[w] for w in bet}, "ranks": ranks, "top": top}
    top_text = listing((word(t["word"]), pct(t["prob"])) for t in top)
    if len(bet) == 1:
        (w, _), = bet.items()
        p, rank = probs[w], ranks[w]
        medal = scoring.one_word_medal(rank)
        key = "win" if rank == 1 else "close" if medal else "miss"
        numbers.update(mode="word", prob=p, rank=rank)
        return Result(ch.id, ch.kind, True, score=p, medal=medal, numbers=numbers,
                      narration=text(texts.FEEDBACK, f"play_gpt.{key}", word=word(w), prob=pct(p), rank=rank,
                                     winner=word(win), winner_prob=pct(ch.answer["prob"])),
                      note=text(texts.NOTES, "play_gpt.word", word=word(w), prob=pct(p), rank=rank,
                                words=len(probs), top=top_text))
    skill = scoring.spread_skill(probs, bet)
    best = -sum(p * math.log(p) for p in probs.values() if p > 0)
    medal = scoring.spread_medal(skill)
    numbers.update(mode="spread", skill=skill)
    key = "spread_good" if skill >= 0.5 else "spread_poor"
    return Result(ch.id, ch.kind, True, score=skill, medal=medal, numbers=numbers,
                  narration=text(texts.FEEDBACK, f"play_gpt.{key}", skill=pct(skill), winner=word(win),
                                 winner_prob=pct(ch.answer["prob"])),
                  note=text(texts.NOTES, "play_gpt.spread", skill=f"{skill:.2f}", kl=f"{-math.log(skill):.2f}",
                            entropy=f"{best:.2f}", top=top_text))
