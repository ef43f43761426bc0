"""Brew a sentence: edit the sentence, using only words the model knows (offered as chips), so that the model
predicts a target word.

Needs a word-level model (one token per word); a BPE model says so and is skipped.  The target is one the search
over real runs reached: every one-word change of the sentence to a word the model itself expects there (its own
likeliest words after the words before), so a reaching sentence is known to exist."""
from __future__ import annotations

from engine import Switches

from .. import scoring, texts
from ..challenge import CannotPose, Result
from ..numbers import listing, pct, word
from ..reading import is_punctuation, join_words, split_words, top_words, winner, word_probs
from ..runs import RunRequest
from .common import Posed, invalid, text

MAX_CHIPS = 40


def candidates(ctx, words: list[str], per_position: int) -> dict[int, list[str]]:
    """Words to try at each position: what the model expects after the words before (position 0: the first
    words of the other sentences)."""
    out = {}
    firsts = [split_words(t)[0] for t in ctx.presets if split_words(t)]
    for pos in range(len(words)):
        if pos == 0:
            pool = firsts
        else:
            pool = [w for w, _ in top_words(ctx.runs(join_words(words[:pos]), Switches()), per_position + 2)]
        known = [w for w in dict.fromkeys(pool) if w != words[pos] and ctx.info.knows(w)]
        out[pos] = known[:per_position]
    return out


def _reached(ctx, words, win, options: dict[int, list[str]]) -> dict[str, tuple[list[str], float]]:
    """{new winner: (the edited words, its probability)} over the one-word changes given."""
    reached = {}
    for pos, choices in options.items():
        for w in choices:
            edited = words[:pos] + [w] + words[pos + 1:]
            new, p = winner(ctx.runs(join_words(edited), Switches()))
            if new != win and not is_punctuation(new) and (new not in reached or p > reached[new][1]):
                reached[new] = (edited, p)
    return reached


def pose(ctx) -> Posed:
    if not ctx.info.word_level:
        raise CannotPose(text(texts.SKIPS, "brew_bpe"))
    base = ctx.base
    if base.unknown:
        raise CannotPose(text(texts.SKIPS, "brew_unknown"))
    words = list(base.tokens)
    win = winner(base)[0]
    per_position = max(2, min(8, (ctx.budget - len(words)) // max(1, len(words))))
    tried = candidates(ctx, words, per_position)
    # The last word asks the question ("feeling" -> a feeling): change the words before it first, so the target
    # is another answer to the same question; only when none reaches one, change the last word too.
    reached = _reached(ctx, words, win, {p: o for p, o in tried.items() if p < len(words) - 1})
    if not reached:
        reached = _reached(ctx, words, win, {len(words) - 1: tried[len(words) - 1]})
    if not reached:
        raise CannotPose(text(texts.SKIPS, "brew_unreachable", winner=word(win)))
    target, (edited, prob) = max(reached.items(), key=lambda kv: kv[1][1])
    # the sentence's words and the answer's always; then the other words tried, up to MAX_CHIPS
    chips = list(dict.fromkeys(words + edited + [w for ws in tried.values() for w in ws]))[:max(MAX_CHIPS, len(words) + 1)]
    chips.sort(key=lambda w: (w.casefold(), w))
    others = sorted(((t, e, p) for t, (e, p) in reached.items() if t != target), key=lambda x: -x[2])[:3]
    sentence = join_words(edited)
    return Posed(
        question=text(texts.QUESTIONS, "brew", target=word(target), winner=word(win)),
        hint=text(texts.HINTS, "brew"),
        answer_text=text(texts.ANSWERS, "brew", sentence=word(sentence), target=word(target), prob=pct(prob)),
        setup={"target": target, "words": words, "chips": chips, "any_known_word": True},
        answer={"target": target, "sentence": sentence, "words": edited, "edits": 1, "prob": prob,
                "others": [{"target": t, "sentence": join_words(e), "prob": p} for t, e, p in others]},
    )


def words_of(guess) -> list[str]:
    return split_words(guess) if isinstance(guess, str) else [str(w) for w in guess]


def request(ch, guess):
    try:
        words = words_of(guess)
    except TypeError:
        return None
    return RunRequest(join_words(words), Switches()) if words else None


def score(ch, guess, trace) -> Result:
    try:
        words = words_of(guess)
    except TypeError:
        return invalid(ch, "empty_sentence")
    if not words:
        return invalid(ch, "empty_sentence")
    if trace is None or trace.switches != Switches() or (trace.text != join_words(words) and not trace.truncated):
        return invalid(ch, "needs_run")
    if trace.unknown:
        return invalid(ch, "unknown_word", word=word(words[trace.unknown[0]] if trace.unknown[0] < len(words)
                                                     else trace.tokens[trace.unknown[0]]))
    target = ch.answer["target"]
    new, new_p = winner(trace)
    p = word_probs(trace).get(target, 0.0)
    reached = new == target
    edits = scoring.word_edits(ch.setup["words"], list(trace.tokens))
    fewest = ch.answer["edits"]
    medal = scoring.brew_medal(reached, p, edits, fewest)
    values = dict(target=word(target), prob=pct(p), winner=word(new), winner_prob=pct(new_p), edits=edits,
                  fewest=fewest, example=word(ch.answer["sentence"]),
                  top=listing((word(w), pct(q)) for w, q in top_words(trace, 3)))
    key = "brew." + ("best" if medal == "best" else "reached" if reached else "missed")
    return Result(ch.id, ch.kind, True, score=p, medal=medal,
                  numbers={"tokens": list(trace.tokens), "reached": reached, "target_prob": p, "winner": new,
                           "winner_prob": new_p, "edits": edits, "fewest_edits": fewest,
                           "top": [{"word": w, "prob": q} for w, q in top_words(trace, 5)]},
                  narration=text(texts.FEEDBACK, key, **values), note=text(texts.NOTES, "brew", **values),
                  trace=trace)
