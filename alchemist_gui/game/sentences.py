"""Which sentences the game plays on: the story's sentence or the user's, and other sentences to compare with
(the presets the caller gives, or shuffles of the sentence itself when a model reads none of them)."""
from __future__ import annotations

from engine import Switches

from .model_info import ModelInfo
from .reading import is_punctuation, join_words, split_words, top_words

STORY_SENTENCE = "Sarah lies still on the bed, feeling"


def default_presets() -> tuple[str, ...]:
    """The bundled model's story checks (engine/corpus.py): sentences whose next word the model must know."""
    from engine.corpus import STORY_CHECKS

    return tuple(dict.fromkeys(check.prompt for check in STORY_CHECKS))


def readable(info: ModelInfo, text: str) -> bool:
    """A word-level model knows every word of it (a BPE model reads any text)."""
    if not info.word_level:
        return True
    words = split_words(text)
    return bool(words) and all(info.knows(w) for w in words)


def default_sentence(info: ModelInfo, run, presets=()) -> str:
    """The story's sentence if the model reads it, else the first preset it reads, else a sentence the model
    writes itself: its first known word, continued with its own likeliest words (each word once)."""
    for text in (STORY_SENTENCE, *presets):
        if readable(info, text):
            return text
    words = [next((w for w in info.known_words if not is_punctuation(w)), info.known_words[0])]
    for _ in range(min(7, info.n_positions - 1)):
        ranked = top_words(run(join_words(words), Switches()), len(words) + 1)
        words.append(next(w for w, _ in ranked if w not in words))  # never the same word twice: a sentence, not a stutter
    return join_words(words)


def comparison_runs(ctx, want: int = 7):
    """(text, switches) of up to ``want`` sentences: the sentence itself first, then the presets the model reads,
    then shuffles of the sentence to make up the number."""
    out = [(ctx.sentence, Switches())]
    seen = {tuple(split_words(ctx.sentence))}
    for text in ctx.presets:
        key = tuple(split_words(text))
        if len(out) >= want:
            break
        if key not in seen and len(key) >= 3 and readable(ctx.info, text):
            seen.add(key)
            out.append((text, Switches()))
    seed = 1
    while len(out) < want and seed <= want * 3 and len(set(split_words(ctx.sentence))) >= 2:
        out.append((ctx.sentence, Switches(shuffle_seed=seed)))
        seed += 1
    return out
