"""Name the alchemist: see one head's strongest pours on a few sentences and name what it does.

What a head does is measured, not assumed: on each sentence, for every word from the third on (so that the
word itself, the one before it and the first word are three different bottles), the bottle it pours most from
is sorted into one of the kinds below.  The head asked about is one whose commonest kind is the same on the
sentences shown and on other sentences; the answer is checked against those other sentences."""
from __future__ import annotations

import numpy as np

from .. import scoring, texts
from ..challenge import CannotPose, Result
from ..numbers import head_name, pct, word
from ..reading import is_punctuation, join_words
from ..sentences import comparison_runs
from .common import Posed, invalid, text

KINDS = ("previous", "self", "first", "punctuation", "further")  # the choices, in the order offered
SHOWN = 3  # sentences shown; the rest check the answer
CLEAR = 0.5  # the commonest kind must hold for at least half of the words on the other sentences


def kind_of(tokens, pos: int, source: int) -> str:
    if source == pos:
        return "self"
    if source == pos - 1:
        return "previous"
    if source == 0:
        return "first"
    if is_punctuation(tokens[source]):
        return "punctuation"
    return "further"


def fractions(traces, layer: int, head: int) -> dict[str, float]:
    counts = dict.fromkeys(KINDS, 0)
    for t in traces:
        att = t.attention[layer, head]
        for pos in range(2, t.n_tokens):
            counts[kind_of(t.tokens, pos, int(np.argmax(att[pos])))] += 1
    total = sum(counts.values())
    return {k: (c / total if total else 0.0) for k, c in counts.items()}


def commonest(fr: dict[str, float]) -> str:
    return max(KINDS, key=lambda k: fr[k])


def strongest_pours(t, layer: int, head: int) -> list[dict]:
    att = t.attention[layer, head]
    return [{"word": pos, "from": int(np.argmax(att[pos])), "share": float(att[pos].max())}
            for pos in range(t.n_tokens)]


def pose(ctx) -> Posed:
    traces, seen = [], set()
    for text_, sw in comparison_runs(ctx, want=SHOWN + 4):
        t = ctx.runs(text_, sw)
        if t.tokens not in seen and t.n_tokens >= 3:
            seen.add(t.tokens)
            traces.append(t)
    if len(traces) < SHOWN + 1:
        raise CannotPose(text(texts.SKIPS, "too_few_sentences"))
    shown, other = traces[:SHOWN], traces[SHOWN:]
    best_key, best = None, None
    for layer in range(ctx.info.n_layer):
        for head in range(ctx.info.n_head):
            fs, fo = fractions(shown, layer, head), fractions(other, layer, head)
            kind = commonest(fo)
            key = (commonest(fs) == kind, min(fs[kind], fo[kind]))
            if best_key is None or key > best_key:
                best_key, best = key, (layer, head, kind, fs, fo)
    layer, head, kind, fs, fo = best
    if not best_key[0] or fo[kind] < CLEAR:
        raise CannotPose(text(texts.SKIPS, "no_clear_head"))
    has_punct = any(is_punctuation(tok) for t in traces for tok in t.tokens[1:])
    choices = [k for k in KINDS if k != "punctuation" or has_punct]
    return Posed(
        question=text(texts.QUESTIONS, "name_alchemist", head=head_name(layer, head), n=len(shown)),
        hint=text(texts.HINTS, "name_alchemist"),
        answer_text=text(texts.ANSWERS, "name_alchemist", head=head_name(layer, head),
                         kind=text(texts.CHOICES, kind), share=pct(fo[kind]), n=len(other)),
        setup={"layer": layer, "head": head, "choices": choices,
               "choice_labels": {k: texts.CHOICES[k] for k in choices},
               "sentences": [{"tokens": list(t.tokens), "pours": strongest_pours(t, layer, head)} for t in shown]},
        answer={"choice": kind, "fractions_other": fo, "fractions_shown": fs,
                "other_sentences": [list(t.tokens) for t in other]},
    )


def request(ch, guess):
    return None


def score(ch, guess, trace) -> Result:
    if guess not in ch.setup["choices"]:
        return invalid(ch, "pick_a_choice")
    answer, fo = ch.answer["choice"], ch.answer["fractions_other"]
    right = guess == answer
    medal = scoring.naming_medal(fo[guess], right)
    values = dict(head=head_name(ch.setup["layer"], ch.setup["head"]), choice=text(texts.CHOICES, guess),
                  answer=text(texts.CHOICES, answer), share=pct(fo[answer]), chosen_share=pct(fo[guess]),
                  n=len(ch.answer["other_sentences"]),
                  example=word(join_words(ch.answer["other_sentences"][0])))
    key = "name_alchemist." + ("right" if right else "partly" if medal else "wrong")
    return Result(ch.id, ch.kind, True, score=fo[guess], medal=medal,
                  numbers={"choice": guess, "answer": answer, "fractions_other": fo,
                           "fractions_shown": ch.answer["fractions_shown"]},
                  narration=text(texts.FEEDBACK, key, **values), note=text(texts.NOTES, "name_alchemist", **values))
