"""What a generated sentence and a corpus pattern are, and how tokens become readable text (both languages).

A sentence is a tuple of tokens — English words and punctuation, Chinese characters — exactly as the bundled
model's tokenizer splits its text, with one position (``answer_at``) whose token the earlier tokens decide.
"""
from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass
from typing import Callable

# punctuation that takes no space before it (English) and that is full-width (Chinese)
_CLOSING = {",", ".", "?", "!"}


@dataclass(frozen=True)
class Sentence:
    words: tuple[str, ...]  # tokens, exactly as the tokenizer splits the text
    answer_at: int  # index of the token that the earlier tokens decide
    answers: frozenset  # the tokens acceptable at answer_at (for a Chinese word: its first character)
    pattern: str
    combo: tuple  # the combination this sentence uses; held-out combinations never reach training

    @property
    def text(self) -> str:
        return detokenize(self.words)

    @property
    def prompt(self) -> str:
        """The sentence up to (not including) the answer: what the model is asked to continue."""
        return detokenize(self.words[: self.answer_at])

    @property
    def answer(self) -> str:
        return self.words[self.answer_at]


@dataclass(frozen=True)
class Pattern:
    """A family of sentences with one reason to look back (see its description)."""

    name: str
    language: str  # "en" or "zh"
    description: str
    weight: float  # share of the training sentences, before normalising over the chosen patterns
    combos: Callable[[], list]  # every combination of the words that decide the answer
    make: Callable[[tuple, random.Random], Sentence]  # one sentence for a combination, free words from rng


def is_cjk(token: str) -> bool:
    """A Chinese character or full-width punctuation: written without spaces around it."""
    return bool(token) and (unicodedata.east_asian_width(token[0]) in ("W", "F"))


def detokenize(words) -> str:
    """Readable text whose tokens are ``words``: English words spaced, no space before , or . and none around
    Chinese characters ("Sarah静静地躺在床上，感觉")."""
    text, previous = "", ""
    for w in words:
        spaced = text and not is_cjk(w) and not is_cjk(previous) and w not in _CLOSING
        text += (" " + w) if spaced else w
        previous = w
    return text


def zh(*pieces: str) -> tuple[str, ...]:
    """Tokens of Chinese text: one per character, Latin names ("Sarah") kept whole."""
    out: list[str] = []
    for piece in pieces:
        if not piece:
            continue
        if piece.isascii():
            out.append(piece)
        else:
            out.extend(piece)
    return tuple(out)


def weighted(rng: random.Random, choices) -> str:
    """One word of a (words, weights) set."""
    words, weights = choices
    return rng.choices(words, weights)[0]


def make_sentence(pattern: str, combo: tuple, before: tuple, answers, answer: str | tuple,
                  after: tuple = (".",)) -> Sentence:
    """A sentence: ``before``, then the answer (one token, or a Chinese word's characters), then ``after``."""
    answer = (answer,) if isinstance(answer, str) else tuple(answer)
    return Sentence(tuple(before) + answer + tuple(after), len(before), frozenset(answers), pattern, combo)


def capitalised(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words with the first one capitalised, as at the start of an English sentence."""
    if not words:
        return words
    return (words[0][:1].upper() + words[0][1:],) + tuple(words[1:])
