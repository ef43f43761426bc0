"""Reading a trace the way the game asks about it: next-word probabilities by word, reach, flasks, words."""
from __future__ import annotations

import re
import threading
from collections import OrderedDict

import numpy as np

from ..words import is_chinese, join_words, split_words  # noqa: F401 - the game's kinds use them from here

_lock = threading.Lock()
_word_probs: OrderedDict = OrderedDict()  # id(trace) -> (trace, {word: probability})


def word_probs(trace) -> dict[str, float]:
    """The next-word distribution by the word shown: tokens with the same text (" the" and "the") add up."""
    with _lock:
        hit = _word_probs.get(id(trace))
        if hit is not None and hit[0] is trace:
            return hit[1]
    probs = np.asarray(trace.probs, dtype=np.float64)
    out: dict[str, float] = {}
    for word, p in zip(trace.vocab, probs.tolist()):
        out[word] = out.get(word, 0.0) + p
    with _lock:
        _word_probs[id(trace)] = (trace, out)
        while len(_word_probs) > 8:
            _word_probs.popitem(last=False)
    return out


def top_words(trace, k: int = 5) -> list[tuple[str, float]]:
    probs = word_probs(trace)
    return sorted(probs.items(), key=lambda wp: -wp[1])[:k]


def winner(trace) -> tuple[str, float]:
    return top_words(trace, 1)[0]


def reachable(trace, layer: int, head: int, pos: int) -> list[int]:
    """The bottles the alchemist of word ``pos`` can take from: the scores the mask left finite."""
    return [int(j) for j in np.flatnonzero(np.isfinite(trace.scores[layer, head, pos]))]


def row(trace, layer: int, head: int, pos: int) -> list[float]:
    return [float(a) for a in trace.attention[layer, head, pos]]


def lens_words(trace) -> list[tuple[str, float]]:
    """The logit lens's best word after each block (by word, like the prediction)."""
    out = []
    for layer in range(trace.config["n_layer"]):
        probs: dict[str, float] = {}
        for word, p in zip(trace.vocab, np.asarray(trace.lens_probs[layer], dtype=np.float64).tolist()):
            probs[word] = probs.get(word, 0.0) + p
        out.append(max(probs.items(), key=lambda wp: wp[1]))
    return out


def moved_flask_change(base, shuffled) -> float:
    """How much the flasks of a shuffled run differ from the unshuffled ones, each word compared with itself
    wherever it moved: the largest difference, relative to the largest flask value (0: the same flasks, moved)."""
    order = list(shuffled.order)
    before = np.asarray(base.head_out, dtype=np.float64)[:, :, order]  # [L, H, T, D] in the shuffled order
    after = np.asarray(shuffled.head_out, dtype=np.float64)
    scale = max(float(np.abs(before).max()), 1e-12)
    return float(np.abs(after - before).max() / scale)


_PUNCT = re.compile(r"^[^\w]+$")


def is_punctuation(token: str) -> bool:
    return bool(_PUNCT.match(token.strip())) if token.strip() else True
