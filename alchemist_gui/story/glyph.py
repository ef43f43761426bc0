"""The stripes on recipe scrolls (queries) and bottle tags (keys).

q·k is the same in any orthonormal basis, so both are shown along the same few directions: the ones in
which this head's queries and keys of this sentence vary most (the top eigenvectors of their D × D Gram
matrix — the right singular vectors of the stacked q and k, found without an SVD of a long text's 2T × D
matrix).  A stripe is positive (warm) or negative (cool); a scroll and a tag whose stripes agree give a high score.
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
    _, vectors = np.linalg.eigh(q.T @ q + k.T @ k)  # ascending
    basis = vectors[:, ::-1][:, :cells].T  # [cells, D], the strongest direction first
    # a direction and its opposite are the same direction: take the sign that makes its largest entry positive
    basis = basis * np.sign(basis[np.arange(cells), np.abs(basis).argmax(axis=1)])[:, None]
    return _unit(q @ basis.T), _unit(k @ basis.T)


def _unit(x: np.ndarray) -> np.ndarray:
    peak = np.abs(x).max(axis=1, keepdims=True)
    return x / np.where(peak > 0, peak, 1.0)
