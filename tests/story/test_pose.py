"""The pose is plain data and a pure function of t; the big model stays readable and cheap."""
import dataclasses
import random
import time

import numpy as np
import pytest

from alchemist_gui.story import Story
from alchemist_gui.story import layout as L
from tests.story.traces import trace

PLAIN = (float, int, str, bool, type(None))


def walk(value, path="pose"):
    if dataclasses.is_dataclass(value):
        assert dataclasses.fields(value) and value.__dataclass_params__.frozen, path
        for f in dataclasses.fields(value):
            yield from walk(getattr(value, f.name), f"{path}.{f.name}")
    elif isinstance(value, tuple):
        for k, v in enumerate(value):
            yield from walk(v, f"{path}[{k}]")
    else:
        yield path, value


def test_pose_is_frozen_plain_data(small):
    story = Story(small, 1, 1, 4)
    for beat in story.beats:
        pose = story.pose(beat.start + 0.6 * beat.duration)
        for path, value in walk(pose):
            assert type(value) in PLAIN, f"{path} is {type(value).__name__}"
        with pytest.raises(dataclasses.FrozenInstanceError):
            pose.t = 0.0


def test_scrubbing_back_and_forth_gives_identical_poses(small):
    story = Story(small, 1, 2, 3)
    times = [story.duration * k / 97 for k in range(98)]
    forward = [story.pose(t) for t in times]
    shuffled = list(enumerate(times))
    random.Random(7).shuffle(shuffled)
    for k, t in shuffled:
        assert story.pose(t) == forward[k]
    again = Story(small, 1, 2, 3)  # a fresh story of the same trace agrees too
    assert [again.pose(t) for t in reversed(times)] == forward[::-1]


def test_time_outside_the_story_is_clamped(small):
    story = Story(small)
    assert story.pose(-5.0) == story.pose(0.0)
    assert story.pose(story.duration + 9) == story.pose(story.duration)


def test_prediction_bars_are_the_engines_predictions(small):
    story = Story(small)
    pose = story.pose(story.duration)
    expected = small.predictions(5)
    assert [(b.word, b.prob) for b in pose.bars] == [(w, p) for w, p in expected]
    assert [b.label for b in pose.bars] == [f"{100 * p:.1f}%" if p >= 0.0005 else "<0.1%" for _, p in expected]
    assert [b.winner for b in pose.bars] == [True, False, False, False, False]
    assert pose.bars[0].length == pytest.approx(1.0)
    assert pose.blank.word == expected[0][0]
    assert pose.blank.word_y == pytest.approx(L.WORD_Y)
    assert story.pose(story.start_of("prediction") - 0.01).bars == ()


def test_heads_have_their_own_flasks_and_silenced_heads_are_marked():
    tr = trace(8, knockout=((0, 1), (1, 3)))
    story = Story(tr, layer=0, head=2, focus=5)
    pose = story.pose(story.start_of("heads") + 0.95 * story.beats[7].duration)
    assert [h.head for h in pose.heads] == [0, 1, 2, 3]
    assert [h.silenced for h in pose.heads] == [False, True, False, False]
    assert [h.chosen for h in pose.heads] == [False, False, True, False]
    hues = {round(h.hue, 6) for h in pose.heads}
    assert len(hues) == 4
    from alchemist_gui.story.colour import potion_rgb
    for h in pose.heads:
        assert np.allclose(h.flask_rgb, potion_rgb(tr, 0, h.head, tr.head_out[0, h.head, 5]), atol=1e-9)
    for s in pose.stations:
        assert len(s.heads_rgb) == 4


def test_the_silenced_head_does_not_reach_the_vessel():
    tr = trace(8, knockout=((0, 1),))
    story = Story(tr, layer=0, head=0)
    pose = story.pose(story.start_of("residual") + 0.45 * story.beats[8].duration)
    silenced = next(h for h in pose.heads if h.head == 1)
    others = [h for h in pose.heads if h.head != 1]
    assert all(h.flask_x == pytest.approx(pose.vessel.x) for h in others)
    assert silenced.flask_x != pytest.approx(pose.vessel.x)
    assert pose.vessel.fill == pytest.approx(0.85)


def test_floors_climb_to_the_top_and_show_every_guess(small):
    story = Story(small, layer=0)
    before = story.pose(story.start_of("blocks") - 0.01).floors
    after = story.pose(story.start_of("prediction")).floors
    assert before.current == 0.0 and after.current == small.config["n_layer"] - 1
    assert before.guess_alpha == (0.0, 0.0) and after.guess_alpha == (1.0, 1.0)
    for k, guess in enumerate(after.guesses):
        word, p = small.lens_predictions(k, 1)[0]
        assert guess == (f"{word} {100 * p:.0f}%" if p >= 0.005 else f"{word} <1%")


def test_stations_stay_inside_the_workshop_and_do_not_overlap(big):
    for focus in (0, 15, 31):
        pose = Story(big, 5, 7, focus).pose(10.0)
        edges = [(s.x - s.width / 2, s.x + s.width / 2) for s in pose.stations]
        assert edges[0][0] >= L.WORK_X0 - 1e-6 and edges[-1][1] <= L.WORK_X1 + 1e-6
        assert all(a[1] <= b[0] + 1e-6 for a, b in zip(edges, edges[1:]))
        full = [s for s in pose.stations if s.scale == max(p.scale for p in pose.stations)]
        assert pose.stations[focus] in full  # the followed word is always shown large
        assert len(full) == L.FULL_WINDOW


def test_the_big_model_is_cheap_to_pose(big):
    story = Story(big, 11, 11)
    times = [story.duration * k / 200 for k in range(201)]
    start = time.perf_counter()
    for t in times:
        story.pose(t)
    per_pose = (time.perf_counter() - start) / len(times)
    assert per_pose < 0.004, f"{per_pose * 1000:.2f} ms per pose"
    assert len(story.pose(story.start_of("heads") + 5).heads) == 12


@pytest.mark.parametrize("kwargs", [dict(n_words=1), dict(n_words=2, temperature=0.01), dict(n_words=5, temperature=100.0),
                                    dict(n_words=4, knockout=((0, 0), (0, 1), (0, 2), (0, 3)))])
def test_edge_cases_pose_every_beat(kwargs):
    tr = trace(**kwargs)
    story = Story(tr)
    for k in range(101):
        pose = story.pose(story.duration * k / 100)
        assert len(pose.stations) == tr.n_tokens
    end = story.pose(story.start_of("parallel"))
    assert end.stations[-1].flask_fill == pytest.approx(1.0, abs=1e-5)
