"""Potion colours: fixed affine maps from the model's vectors to RGB.

A value vector v of head (l, h) has the colour  0.5 + POTION_SCALE * value_axes[l, h] @ (v - value_bias[l, h]).
The map is affine with one fixed scale, so a mix of potions whose shares sum to 1 has exactly the mix of
their colours: the flask's colour computed from head_out equals the attention-weighted mix of what was poured.
Colours stay unclamped here (tests compare them with the trace); the stage clamps only when it paints.
"""
from __future__ import annotations

from functools import lru_cache

import numpy as np

POTION_SCALE = 0.2  # value axes have unit spread for unit-noise input: ±2.5 spreads span the colour cube


def potion_rgb(trace, layer: int, head: int, vectors: np.ndarray) -> np.ndarray:
    """[..., D] value-space vectors of head (layer, head) -> [..., 3] unclamped RGB."""
    axes = np.asarray(trace.value_axes[layer, head], dtype=np.float64)  # [3, D]
    bias = np.asarray(trace.value_bias[layer, head], dtype=np.float64)  # [D]
    return 0.5 + POTION_SCALE * (np.asarray(vectors, dtype=np.float64) - bias) @ axes.T


class StreamColour:
    """The word's own bottle (the residual stream, width C) is shown as the next step reads it: normalised the
    way LayerNorm does (zero mean, unit spread; its learned gain left out), seen along a fixed orthonormal 3-D
    projection seeded by the width — the same for every sentence.  The stream's size grows from block to block;
    normalising keeps every block's colours vivid and comparable (the notes quote the real sizes)."""

    SCALE = 0.22

    def __init__(self, trace):
        self.basis = _basis(int(trace.resid_pre.shape[-1]))  # [C, 3] orthonormal columns

    def __call__(self, vectors: np.ndarray, layer: int = 0) -> np.ndarray:
        """[..., C] stream vectors -> [..., 3].  ((x - mean) / std) @ B is worked out as (x @ B - mean * ΣB) / std,
        so a long text's stream is read once, not copied and normalised first."""
        x = np.asarray(vectors)
        width = x.shape[-1]
        mean = x.sum(-1, dtype=np.float64, keepdims=True) / width
        square = np.einsum("...c,...c->...", x, x, dtype=np.float64)[..., None] / width
        std = np.sqrt(np.maximum(square - mean * mean, 0.0))
        projected = x.astype(np.float64, copy=False) @ self.basis if x.dtype == np.float64 else \
            (x @ self.basis.astype(x.dtype)).astype(np.float64)
        return 0.5 + self.SCALE * (projected - mean * self.basis.sum(0)) / np.maximum(std, 1e-9)


@lru_cache(maxsize=8)
def _basis(width: int) -> np.ndarray:
    """The stream's projection depends on the width only: made once per width."""
    rng = np.random.default_rng(1000 + width)
    basis, _ = np.linalg.qr(rng.standard_normal((width, 3)))
    basis.flags.writeable = False
    return basis

