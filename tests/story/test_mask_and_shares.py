"""The rope and the shares: out of reach exactly where the mask hides a word; shares shown are the engine's."""
import math

import numpy as np
import pytest

from alchemist_gui.story import Story
from tests.story.traces import trace


def at(story, name, frac):
    beat = story.beats[[b.name for b in story.beats].index(name)]
    return story.pose(beat.start + frac * beat.duration)


@pytest.mark.parametrize("focus", [0, 3, 7])
def test_out_of_reach_exactly_where_the_mask_hides(small, focus):
    story = Story(small, 0, 0, focus)
    pose = at(story, "mask", 0.9)
    for j, s in enumerate(pose.stations):
        assert s.in_reach == (not (small.mask and j > focus))
        assert (s.dim > 0) == (j > focus)
        hidden = math.isinf(small.scores[0, 0, focus, j])
        assert hidden == (not s.in_reach)
    rope = pose.rope
    if focus < small.n_tokens - 1:
        assert rope.alpha > 0
        later = [s for s in pose.stations if not s.in_reach]
        assert all(rope.x0 < s.x < rope.x1 for s in later)
        assert all(not (rope.x0 < s.x < rope.x1) for s in pose.stations if s.in_reach)
    else:
        assert rope.alpha == 0.0


def test_without_the_mask_nothing_is_out_of_reach_and_a_sign_says_so():
    tr = trace(8, mask=False)
    story = Story(tr, 0, 0, 2)
    pose = at(story, "mask", 0.9)
    assert all(s.in_reach and s.dim == 0 for s in pose.stations)
    assert pose.rope.alpha == 0.0 and pose.rope.sign
    assert all(s.reach_x1 == pose.stations[-1].x + pose.stations[-1].width / 2 for s in pose.stations)
    assert at(story, "recipe", 0.5).rope.sign == ""


def test_reach_lines_stack_into_the_causal_triangle(small):
    pose = at(Story(small), "mask", 0.95)
    ends = [s.reach_x1 for s in pose.stations]
    assert ends == sorted(ends) and len(set(ends)) == len(ends)
    assert all(s.reach_x1 == s.x + s.width / 2 for s in pose.stations)


def parse_percent(text: str) -> float:
    assert text.endswith("%")
    return float(text[:-1])


@pytest.mark.parametrize("layer,head,focus", [(0, 0, None), (1, 2, 3), (0, 3, 0)])
def test_shares_shown_are_the_engines_and_add_up_to_exactly_100(small, layer, head, focus):
    story = Story(small, layer, head, focus)
    pose = at(story, "pour", 0.5)
    shown = [parse_percent(s.number) for s in pose.stations]
    att = small.attention[layer, head, story.focus]
    assert sum(shown) == 100 and all(x == int(x) for x in shown)  # whole percents, exactly 100 in all
    for s, value, a in zip(pose.stations, shown, att):
        assert abs(value - 100 * a) < 1.0
        assert s.share == pytest.approx(float(a), abs=1e-9)


def test_scores_shown_are_the_engines(small):
    story = Story(small, 1, 1, 5)
    pose = at(story, "match", 0.9)
    for j, s in enumerate(pose.stations):
        expected = small.scores_raw[1, 1, 5, j] / math.sqrt(small.q.shape[-1]) / small.temperature
        assert float(s.number.replace("−", "-")) == pytest.approx(expected, abs=0.051)
    masked = at(story, "mask", 0.9)
    assert [s.number for s in masked.stations][6:] == ["−∞", "−∞"]


def test_match_strength_follows_the_score(small):
    story = Story(small, 0, 0, 6)
    pose = at(story, "match", 0.9)
    scores = small.scores_raw[0, 0, 6]
    order = np.argsort(scores)
    strengths = [pose.stations[j].match for j in order]
    assert strengths == sorted(strengths) and strengths[0] == 0.0 and strengths[-1] == 1.0
    assert pose.match_alpha == 1.0
    assert at(story, "softmax", 0.5).match_alpha == 0.0
