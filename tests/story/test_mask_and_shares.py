"""The rope and the shares: out of reach exactly where the mask hides a word; shares shown are the engine's."""
import math

import numpy as np
import pytest

from alchemist_gui.story import Story
from alchemist_gui.story.numbers import fmt_short_percent, share_labels
from tests.story.traces import trace


def at(story, name, frac):
    beat = story.beats[[b.name for b in story.beats].index(name)]
    return story.pose(beat.start + frac * beat.duration)


@pytest.mark.parametrize("focus", [0, 3, 6])
def test_out_of_reach_exactly_where_the_mask_hides(small, focus):
    story = Story(small, 0, 0, focus)
    pose = at(story, "mask", 0.9)
    for j, s in enumerate(pose.stations):
        assert s.in_reach == (not (small.mask and j > focus))
        assert (s.dim > 0) == (j > focus)
        hidden = math.isinf(small.scores[0, 0, focus, j])
        assert hidden == (not s.in_reach)
        assert (s.number == "−∞") == hidden
    rope = pose.rope
    assert rope.alpha > 0 and rope.word == small.tokens[focus]
    later = [s for s in pose.stations if not s.in_reach]
    assert all(rope.x0 < s.x < rope.x1 for s in later)
    assert all(not (rope.x0 < s.x < rope.x1) for s in pose.stations if s.in_reach)
    assert pose.spot.alpha == 0.0  # the followed alchemist is the one shown


def test_the_last_word_shows_the_rope_of_an_earlier_word(small):
    """Nothing comes after the last word: the mask beat lights up an earlier alchemist and shows his rope, and
    the numbers say what is hidden from him; from the next beat on the followed word pours with nothing roped."""
    story = Story(small, 0, 0)
    pose = at(story, "mask", 0.9)
    k = next(j for j, w in enumerate(small.tokens) if w == pose.rope.word)
    assert 0 < k < small.n_tokens - 1 and pose.rope.alpha > 0
    assert pose.spot.alpha > 0.9 and pose.spot.x == pose.stations[k].x
    for j, s in enumerate(pose.stations):
        assert (s.dim > 0) == (j > k) and s.in_reach  # hidden from him, not from the followed word
        assert (s.number == "−∞") == (j > k)
        assert (s.number_alpha > 0) == (j > k)  # the followed word's scores step aside meanwhile
        assert (pose.rope.x0 < s.x < pose.rope.x1) == (j > k)
    assert pose.rope.reach_alpha > 0.9  # the staircase under the shelf is labelled as the mask
    pour = at(story, "pour", 0.5)
    assert pour.rope.alpha == 0 and all(s.dim == 0 for s in pour.stations) and pour.spot.alpha == 0


def test_a_single_word_has_no_rope():
    story = Story(trace(1))
    pose = at(story, "mask", 0.9)
    assert pose.rope.alpha == 0 and pose.rope.word == "" and pose.spot.alpha == 0


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


@pytest.mark.parametrize("layer,head,focus", [(0, 0, None), (1, 2, 3), (0, 3, 0), (1, 1, None)])
def test_shares_shown_are_the_engines_and_add_up_to_exactly_100(small, layer, head, focus):
    story = Story(small, layer, head, focus)
    pose = at(story, "pour", 0.5)
    shown = [s.number for s in pose.stations]
    att = small.attention[layer, head, story.focus]
    tenths = [round(10 * parse_percent(x)) for x in shown]
    assert sum(tenths) == 1000  # exactly 100 %, counted without float noise
    for s, label, a in zip(pose.stations, shown, att):
        assert abs(parse_percent(label) - 100 * a) < 0.5  # never half a point off
        assert s.share == pytest.approx(float(a), abs=1e-9)


def test_share_labels_keep_whole_percents_where_they_are_honest():
    rng = np.random.default_rng(3)
    for n in (1, 2, 3, 5, 8, 16, 31):
        for _ in range(40):
            row = rng.dirichlet(np.full(n, rng.choice([0.1, 1.0, 10.0])))
            labels = share_labels(row)
            assert sum(round(10 * parse_percent(x)) for x in labels) == 1000
            assert all(abs(parse_percent(x) - 100 * a) < 0.5 for x, a in zip(labels, row))
    assert share_labels([0.5, 0.5]) == ["50%", "50%"]
    assert share_labels([1 / 3] * 3) == ["33.4%", "33.3%", "33.3%"]  # whole percents would add up to 99
    assert share_labels([0.0142, 0.0078, 0.978]) == ["1%", "1%", "98%"]  # 1.42 is 1 and 0.78 is 1 point, honestly
    assert share_labels([0.015, 0.005, 0.98]) == ["1.5%", "0.5%", "98%"]  # any whole percent is half a point off


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


def test_a_short_percent_never_hides_a_small_share_nor_dresses_up_zero():
    assert fmt_short_percent(0.6684) == "67%" and fmt_short_percent(1.0) == "100%"
    assert fmt_short_percent(0.0052) == "0.5%"  # an untrained model's best guess: not "<1%", not "1%"
    assert fmt_short_percent(0.0) == "0%"
    for p in np.linspace(0.0001, 0.9999, 97):
        assert abs(float(fmt_short_percent(p).lstrip("<").rstrip("%")) - 100 * p) < 0.5 + 1e-9
