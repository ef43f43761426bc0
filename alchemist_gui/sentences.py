"""The example sentences the sentence box offers (the story's first; the others show the other patterns the
bundled model learnt) and the split that matches a word-level tokenizer."""
from __future__ import annotations

import re

from .constants import STORY_SENTENCE

PRESETS = (
    STORY_SENTENCE,  # feeling: "lies still on the bed" -> tired
    "Tom lies to his mother, feeling",  # the same verb, another meaning -> guilty
    "Tom gave his sister the soup, and it was",  # "it" is the thing given -> hot
    "The cat found the soup, and it",  # "it" is the animal -> meowed
    "The keys to the old cabinet",  # agreement across a gap -> are
    "Sarah walks to the park with",  # his/her agrees with the name -> her
)

_WORDS = re.compile(r"\w+|[^\w\s]+")  # the same split as the word-level tokenizer (whitespace, punctuation)


def split_words(text: str) -> list[str]:
    return _WORDS.findall(text)
