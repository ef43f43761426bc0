"""Sentences as words the way the word-level tokenizers read them: one token per Chinese character, per word and
per run of punctuation — and back to readable text.  No imports but ``re``: the window uses it before anything
else is loaded, and the game's rules use it too."""
from __future__ import annotations

import re

_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"  # ideographs: one token each, as BERT's normaliser splits them
# how the word-level tokenizers split: each Chinese character, words, and runs of punctuation
_WORDS = re.compile(rf"[{_CJK}]|[^\W{_CJK}]+|[^\w\s]+")
_CLOSING = set(",.!?;:") | set("，。！？；：、")
_CHINESE = re.compile(rf"[{_CJK}，。！？；：、]")


def split_words(text: str) -> list[str]:
    """"Sarah静静地躺在床上，感觉" -> Sarah 静 静 地 躺 在 床 上 ， 感 觉; "Tom is tall." -> Tom is tall ."""
    return _WORDS.findall(text)


def is_chinese(text: str) -> bool:
    """Whether the text has a Chinese character (then its comparisons are Chinese sentences first)."""
    return bool(re.search(f"[{_CJK}]", text))


def join_words(words) -> str:
    """Readable text from words: no space before punctuation that closes (, . ! ? ; :), none beside Chinese."""
    out = ""
    for w in words:
        if out and not (len(w) == 1 and w in _CLOSING) and not _CHINESE.match(out[-1]) and not _CHINESE.match(w):
            out += " "
        out += w
    return out


__all__ = ["split_words", "join_words", "is_chinese"]
