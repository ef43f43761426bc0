"""The sentences the window offers, the checks it makes before asking the engine, and the word shuffle."""
from __future__ import annotations

import random
import re

from PySide6.QtCore import QCoreApplication

from .settings import STORY_SENTENCE

# The story's sentence first; the others show the other patterns the bundled model learnt.
PRESETS = (
    STORY_SENTENCE,  # feeling: "lies still on the bed" -> tired
    "Tom lies to his mother, feeling",  # the same verb, another meaning -> guilty
    "Tom gave his sister the soup, and it was",  # "it" is the thing given -> hot
    "The cat found the soup, and it",  # "it" is the animal -> meowed
    "The keys to the old cabinet",  # agreement across a gap -> are
    "Sarah walks to the park with",  # his/her agrees with the name -> her
)

MAX_CHARACTERS = 2000  # more than this is a pasted document, not a sentence to watch


def input_problem(text: str) -> str | None:
    """A one-line reason why ``text`` cannot be run, or None. Everything else is the engine's to judge."""
    if not text or not text.strip():
        return QCoreApplication.translate("Sentences", "The sentence is empty: type a few words, or pick an example.")
    if len(text) > MAX_CHARACTERS:
        return QCoreApplication.translate(
            "Sentences", "That text is too long (%1 characters): the workshop shows one sentence of a few words. "
            "Paste a shorter one.").replace("%1", f"{len(text):,}")
    return None


_WORDS = re.compile(r"\w+|[^\w\s]+")  # the same split as the word-level tokenizer (whitespace, punctuation)


def split_words(text: str) -> list[str]:
    return _WORDS.findall(text)


def shuffled(text: str, seed: int) -> str:
    """The same words in another order (never the original order when another one exists)."""
    words = split_words(text)
    if len(set(words)) < 2:
        return " ".join(words)
    rng = random.Random(seed)
    order = list(words)
    for _ in range(50):
        rng.shuffle(order)
        if order != words:
            break
    return " ".join(order)


def all_unknown(trace) -> bool:
    return bool(trace.unknown) and len(trace.unknown) == trace.n_tokens
