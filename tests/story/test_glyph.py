"""Scroll and tag stripes: q and k seen along the same directions, so agreeing stripes mean a high score."""
import numpy as np

from alchemist_gui.story.glyph import glyphs


def test_stripes_keep_the_dot_product_when_every_direction_is_shown(small):
    q, k = small.q[0, 1].astype(np.float64), small.k[0, 1].astype(np.float64)
    gq, gk = glyphs(q, k, cells=q.shape[1])
    assert np.abs(gq).max() <= 1.0 + 1e-12 and np.abs(gk).max() <= 1.0 + 1e-12
    # undo each glyph's own scale: the stripes are an orthonormal change of basis, so q·k is unchanged
    scale_q = np.linalg.norm(q, axis=1) / np.linalg.norm(gq, axis=1)
    scale_k = np.linalg.norm(k, axis=1) / np.linalg.norm(gk, axis=1)
    assert np.allclose((gq * scale_q[:, None]) @ (gk * scale_k[:, None]).T, q @ k.T, atol=1e-6)


def test_each_glyph_uses_its_full_range(small):
    gq, gk = glyphs(small.q[1, 2], small.k[1, 2])
    assert gq.shape == (small.n_tokens, 8)
    assert np.allclose(np.abs(gq).max(axis=1), 1.0) and np.allclose(np.abs(gk).max(axis=1), 1.0)
