"""Pouring is attention: the volumes are the attention weights, the flask ends full, and its colour is both the
colour of the true head output and the mix of what was poured."""
import numpy as np
import pytest

from alchemist_gui.story import Story
from alchemist_gui.story.colour import POTION_SCALE
from tests.story.traces import trace

TOL = 1e-5


def colour(tr, layer, head, v):
    """The potion colour, written out here from the trace alone: 0.5 + s * axes @ (v - bias)."""
    axes = tr.value_axes[layer, head].astype(np.float64)
    return 0.5 + POTION_SCALE * axes @ (np.asarray(v, dtype=np.float64) - tr.value_bias[layer, head])


def sample(story, name, n=60):
    beat = story.beats[[b.name for b in story.beats].index(name)]
    return [story.pose(beat.start + beat.duration * k / n) for k in range(n + 1)]


@pytest.mark.parametrize("layer,head,focus", [(0, 0, None), (1, 3, 4), (0, 2, 0)])
def test_pour_volumes_are_the_attention_weights(small, layer, head, focus):
    story = Story(small, layer, head, focus)
    i = story.focus
    seen = {}
    for pose in sample(story, "pour"):
        for s in pose.streams:
            src = min(range(small.n_tokens), key=lambda j: abs(pose.stations[j].x - s.src[0]))
            seen.setdefault(src, s.volume)
            assert s.volume == pytest.approx(float(small.attention[layer, head, i, src]), abs=1e-7)
            assert 0.0 <= s.tail <= s.head <= 1.0
    reachable = [j for j in range(small.n_tokens) if small.attention[layer, head, i, j] > 0]
    assert sorted(seen) == reachable  # every bottle with a share pours, and no other


@pytest.mark.parametrize("layer,head,focus", [(0, 0, None), (1, 3, 4), (0, 2, 0), (1, 1, 6)])
def test_the_flask_ends_full_with_the_colour_of_the_head_output(small, layer, head, focus):
    story = Story(small, layer, head, focus)
    i = story.focus
    end = story.pose(story.beats[5].end).stations[i]
    assert end.flask_fill == pytest.approx(1.0, abs=TOL)
    truth = colour(small, layer, head, small.head_out[layer, head, i])
    mix = sum(small.attention[layer, head, i, j] * colour(small, layer, head, small.v[layer, head, j])
              for j in range(small.n_tokens))
    assert np.allclose(end.flask_rgb, truth, atol=TOL)
    assert np.allclose(end.flask_rgb, mix, atol=TOL)
    # the bottles carry the colours of their potions
    for j, s in enumerate(end and story.pose(story.beats[5].end).stations):
        assert np.allclose(s.bottle_rgb, colour(small, layer, head, small.v[layer, head, j]), atol=TOL)


def test_the_flask_fills_steadily_and_never_overflows(small):
    story = Story(small, 1, 0, 5)
    fills = [p.stations[5].flask_fill for p in sample(story, "pour", 120)]
    assert fills[0] == 0.0
    assert all(b >= a - 1e-12 for a, b in zip(fills, fills[1:]))
    assert max(fills) <= 1.0 + TOL


def test_colours_stay_unclamped_in_the_pose():
    """The stage clamps only when painting: a potion far from grey keeps its true value in the pose."""
    tr = trace(8)
    story = Story(tr)
    values = np.array([s.bottle_rgb for s in story.pose(story.duration).stations])
    raw = np.array([colour(tr, 0, 0, tr.v[0, 0, j]) for j in range(tr.n_tokens)])
    assert np.allclose(values, raw, atol=TOL)


def test_everyone_pours_at_once_in_the_parallel_beat(small):
    story = Story(small, 0, 1, 2)
    end = story.pose(story.beats[6].end - 1e-6)
    for j, s in enumerate(end.stations):
        assert s.flask_fill == pytest.approx(1.0, abs=TOL)
        assert np.allclose(s.flask_rgb, colour(small, 0, 1, small.head_out[0, 1, j]), atol=TOL)
    mid = sample(story, "parallel", 40)[20]
    assert len(mid.streams) == small.n_tokens  # one stream into every flask at the same moment
