"""The stripes on recipe scrolls (queries) and bottle tags (keys).

q·k is the same in any orthonormal basis, so both are shown along the same few directions: the ones in
which this head's queries and keys of this sentence vary most (an SVD).  A stripe is positive (warm) or
negative (cool); a scroll and a tag whose stripes agree give a high score.
"""
from __future__ import annotations

import numpy as np

CELLS = 8


def glyphs(q: np.ndarray, k: np.ndarray, cells: int = CELLS) -> tuple[np.ndarray, np.ndarray]:
    """q, k: [T, D] of one head -> stripes [T, cells] each, in [-1, 1].  Each glyph is scaled to its own
    strongest stripe: the eye compares patterns, and a faint pattern would hide the match."""
    q = np.asarray(q, dtype=np.float64)
    k = np.asarray(k, dtype=np.float64)
    cells = min(cells, q.shape[1])
    _, _, vt = np.linalg.svd(np.vstack([q, k]), full_matrices=False)
    basis = vt[:cells]  # [cells, D]
    return _unit(q @ basis.T), _unit(k @ basis.T)


def _unit(x: np.ndarray) -> np.ndarray:
    peak = np.abs(x).max(axis=1, keepdims=True)
    return x / np.where(peak > 0, peak, 1.0)
