"""A GPT-2 folder reads up to 1,024 tokens: the story stays readable at any length — the followed word's
neighbourhood at full size, his main bottles brought forward, the rest in one labelled crate — and every pour
stays exact."""
import numpy as np
import pytest

from alchemist_gui.story import Story
from alchemist_gui.story import layout as L
from alchemist_gui.story.colour import potion_rgb
from alchemist_gui.story.numbers import label_percent
from tests.story.traces import model, sentence

TOL = 1e-6


@pytest.fixture(scope="module")
def long():
    """1,024 words through a small random GPT whose context is 1,024 positions."""
    return model(2, 4, 64, 1024).trace(sentence(1024))


def pour_volumes(story) -> dict:
    """Each stream's source (a station's word, or "crate") and volume, over the whole pour beat."""
    beat = story.beats[5]
    seen = {}
    for k in range(121):
        pose = story.pose(beat.start + beat.duration * k / 120)
        for s in pose.streams:
            if abs(s.src[0] - pose.crate.x) < 1e-6 and pose.crate.count:
                seen.setdefault("crate", s.volume)
            else:
                station = min(pose.stations, key=lambda st: abs(st.x - s.src[0]))
                seen.setdefault(station.index, s.volume)
    return seen


@pytest.mark.parametrize("layer,head,focus", [(1, 2, None), (0, 0, 500), (1, 3, 0)])
def test_a_long_text_gets_a_neighbourhood_its_main_bottles_and_a_crate(long, layer, head, focus):
    story = Story(long, layer, head, focus)
    lay, i = story.layout, story.focus
    row = np.asarray(long.attention[layer, head, i], dtype=np.float64)
    assert story.n_shown <= L.NEAR + L.BROUGHT and lay.gathered
    near = [j for j, full in zip(lay.shown, lay.full) if full]
    assert i in near and len(near) == L.NEAR and near == list(range(near[0], near[0] + L.NEAR))
    brought = [j for j, full in zip(lay.shown, lay.full) if not full]
    outside = [j for j in np.argsort(-row, kind="stable") if j not in near and row[j] >= L.BROUGHT_MIN_SHARE]
    assert sorted(brought) == sorted(int(j) for j in outside[:L.BROUGHT])  # the largest shares come forward
    pose = story.pose(story.start_of("pour") + 1)
    assert [s.index for s in pose.stations] == list(lay.shown)  # in text order, with their positions
    assert pose.crate.count == long.n_tokens - story.n_shown
    hidden = np.ones(long.n_tokens, dtype=bool)
    hidden[list(lay.shown)] = False
    assert pose.crate.share == pytest.approx(row[hidden].sum(), abs=1e-12)
    shown = [label_percent(s.number) for s in pose.stations] + [label_percent(pose.crate.number)]
    assert round(10 * sum(shown)) == 1000  # the labels still add up to exactly 100 %
    assert all(abs(x - 100 * a) < 0.5 for x, a in zip(shown, [*row[list(lay.shown)], row[hidden].sum()]))
    edges = [(s.x - s.width / 2, s.x + s.width / 2) for s in pose.stations]
    assert pose.crate.x + pose.crate.width / 2 <= edges[0][0] + 1e-6
    assert all(a[1] <= b[0] + 1e-6 for a, b in zip(edges, edges[1:]))
    assert edges[-1][1] <= lay.blank_x - lay.blank_w / 2 + 1e-6 and lay.blank_x + lay.blank_w / 2 <= L.WORK_X1 + 1e-6


@pytest.mark.parametrize("layer,head,focus", [(1, 2, None), (0, 3, 700)])
def test_the_pours_of_a_long_text_are_exact_and_fill_the_flask(long, layer, head, focus):
    story = Story(long, layer, head, focus)
    i = story.focus
    row = np.asarray(long.attention[layer, head, i], dtype=np.float64)
    volumes = pour_volumes(story)
    assert sum(volumes.values()) == pytest.approx(1.0, abs=TOL)
    for word, volume in volumes.items():
        if word != "crate":
            assert volume == pytest.approx(row[word], abs=1e-7)
    end = story.pose(story.beats[5].end).stations[story.layout.focus_slot]
    assert end.flask_fill == pytest.approx(1.0, abs=TOL)
    truth = potion_rgb(long, layer, head, long.head_out[layer, head, i])
    assert np.allclose(end.flask_rgb, truth, atol=1e-5)  # the crate pours the exact mix of its words


def test_every_beat_of_a_long_story_poses(long):
    story = Story(long, 1, 1)
    for k in range(61):
        pose = story.pose(story.duration * k / 60)
        assert len(pose.stations) == story.n_shown
    values = {b.name: b for b in story.beats}
    assert "crate" in values["setup"].text("line") and "1,024" not in values["setup"].text("line")
    assert f"the other {long.n_tokens - story.n_shown} words" in values["setup"].text("line")
    assert f"The crate holds the other {long.n_tokens - story.n_shown}" in values["setup"].text("note")


def test_texts_up_to_32_words_keep_a_station_for_every_word():
    from tests.story.traces import trace

    for n in (1, 16, 17, 32):
        story = Story(trace(n), 0, 0)
        assert story.n_shown == n and not story.layout.gathered and story.pose(3.0).crate.count == 0


def test_with_the_badges_off_a_long_text_still_writes_down_where_its_stations_are():
    tr = model(2, 4, 64, 1024).trace(sentence(300), positional=False)
    pose = Story(tr, 1, 0).pose(20.0)
    assert all(s.badge == "" and s.place == str(s.index) for s in pose.stations)  # for the reader, not the model
    short = Story(model(2, 4, 64, 1024).trace(sentence(12), positional=False)).pose(20.0)
    assert all(s.place == "" for s in short.stations)  # every word has its station: nothing skipped
