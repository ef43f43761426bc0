"""What every Story of one trace shares, worked out once per trace (or per block, or per head) and remembered.

A Story is made for each (trace, layer, head, focus).  Most of what it takes from the trace does not depend on the
followed word or even on the head: the words' bottle colours in every block, the logit-lens guesses, the glyphs of
a head.  Computing those once per trace makes choosing another head or word cheap.  The facts belong to whoever
owns the trace (the session keeps one TraceFacts per trace and hands it to every Story it makes); a Story made
without one makes its own.  Memoising changes no number, so a Story stays a pure function of
(trace, layer, head, focus, t).  Thread-safe enough: two threads asking for the same fact at once may both compute
it; both get the same value.
"""
from __future__ import annotations

import numpy as np

from .colour import StreamColour, potion_rgb
from .glyph import glyphs

_MISSING = object()


def rows(array: np.ndarray) -> tuple:
    return tuple(tuple(r) for r in np.asarray(array, dtype=np.float64).tolist())


class TraceFacts:
    """Colours come as read-only arrays ([..., 3]); a Story takes the rows of the words it shows.  The words' own
    bottles are coloured only for the words asked for (a long text shows a few of its thousand)."""

    def __init__(self, trace):
        self.trace = trace
        self.colour = StreamColour(trace)
        self._memo: dict = {}

    def _get(self, key, make):
        value = self._memo.get(key, _MISSING)
        if value is _MISSING:
            value = make()
            if isinstance(value, np.ndarray):
                value.flags.writeable = False
            self._memo[key] = value
        return value

    # -- per trace
    def lens_top(self) -> tuple:
        """The logit lens's best guess after each block: ((word, probability), ...)."""
        tr = self.trace
        return self._get("lens", lambda: tuple(tr.lens_predictions(k, 1)[0] for k in range(tr.config["n_layer"])))

    def predictions(self, k: int) -> tuple:
        return self._get(("predictions", k), lambda: tuple(self.trace.predictions(k)))

    # -- the words' own bottles (the residual stream), for the words asked for
    def jar_post(self, words: tuple) -> np.ndarray:
        """After each block: [layer, word, 3]."""
        tr = self.trace
        return self._get(("jar_post", words), lambda: np.stack(
            [self.colour(tr.resid_post[k][list(words)], k) for k in range(tr.config["n_layer"])]))

    def jar_pre(self, layer: int, words: tuple) -> np.ndarray:
        return self._get(("jar_pre", layer, words), lambda: self.colour(self.trace.resid_pre[layer][list(words)], layer))

    def jar_mid(self, layer: int, words: tuple) -> np.ndarray:
        return self._get(("jar_mid", layer, words), lambda: self.colour(self.trace.resid_mid[layer][list(words)], layer))

    # -- per block
    def heads_rgb(self, layer: int) -> np.ndarray:
        """Every head's flask colour for every word of a block: [word, head, 3]."""
        tr = self.trace
        return self._get(("heads_rgb", layer), lambda: np.stack(
            [potion_rgb(tr, layer, h, tr.head_out[layer, h]) for h in range(tr.config["n_head"])], axis=1))

    # -- per head
    def bottle_rgb(self, layer: int, head: int) -> np.ndarray:
        tr = self.trace
        return self._get(("bottle", layer, head), lambda: potion_rgb(tr, layer, head, tr.v[layer, head]))

    def flask_rgb(self, layer: int, head: int) -> np.ndarray:
        tr = self.trace
        return self._get(("flask", layer, head), lambda: potion_rgb(tr, layer, head, tr.head_out[layer, head]))

    def glyphs(self, layer: int, head: int) -> tuple[np.ndarray, np.ndarray]:
        """(recipes, tags): the query and key glyphs of every word."""
        def make():
            q, k = glyphs(self.trace.q[layer, head], self.trace.k[layer, head])
            q.flags.writeable = False
            k.flags.writeable = False
            return q, k
        return self._get(("glyphs", layer, head), make)
