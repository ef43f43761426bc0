"""The timeline: every beat in order, with text whose placeholders the beat's values fill."""
import string

import pytest

from alchemist_gui.story import BEATS, Beat, StagePose, Story
from tests.story.traces import trace


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_beats_come_in_the_designed_order(small):
    story = Story(small)
    assert BEATS == ("setup", "recipe", "match", "mask", "softmax", "pour", "parallel", "heads", "residual", "ffn",
                     "blocks", "prediction")
    assert tuple(b.name for b in story.beats) == BEATS
    assert story.beats[0].start == 0.0
    for a, b in zip(story.beats, story.beats[1:]):
        assert a.end == b.start and a.end > a.start
    assert story.duration == story.beats[-1].end


def test_every_beat_produces_a_pose_and_beat_at_agrees(small):
    story = Story(small, layer=1, head=2, focus=3)
    for beat in story.beats:
        assert isinstance(beat, Beat)
        assert story.start_of(beat.name) == beat.start
        for frac in (0.0, 0.5, 0.99):
            t = beat.start + frac * beat.duration
            assert story.beat_at(t).name == beat.name
            pose = story.pose(t)
            assert isinstance(pose, StagePose)
            assert pose.beat == beat.name
            assert len(pose.stations) == small.n_tokens


def test_every_template_is_filled_by_the_beat_values(small):
    for tr in (small, trace(8, mask=False), trace(8, knockout=((0, 1),)), trace(8, positional=False)):
        for beat in Story(tr).beats:
            for template in (beat.title, beat.line, beat.note):
                assert placeholders(template) <= set(beat.values), (beat.name, template)
                text = template.format(**beat.values)
                assert "{" not in text
            assert all(isinstance(v, str) for v in beat.values.values())


def test_notes_quote_this_sentence(small):
    story = Story(small, layer=0, head=1)
    values = {b.name: b.values for b in story.beats}
    winner, p = small.predictions(1)[0]
    assert values["prediction"]["winner"] == winner
    assert values["prediction"]["winner_share"] == f"{100 * p:.1f}%"  # the winner is never tiny
    assert values["setup"]["n_words"] == str(small.n_tokens)
    assert values["match"]["top_scores"].startswith("“")


def test_switches_choose_the_variant_texts():
    assert Story(trace(8, mask=False)).beats[3].title == "No rope"
    assert Story(trace(8)).beats[3].title == "Out of reach"
    assert "Silenced" in Story(trace(8, knockout=((0, 1),))).beats[7].note
    assert "0.1" in Story(trace(8, knockout=((0, 1),))).beats[7].values["knocked"]


@pytest.mark.parametrize("kwargs", [dict(layer=2), dict(head=4), dict(focus=8), dict(layer=-1)])
def test_a_story_refuses_what_the_model_does_not_have(small, kwargs):
    with pytest.raises(ValueError):
        Story(small, **kwargs)


def test_focus_defaults_to_the_last_word_and_accepts_negative_indices(small):
    assert Story(small).focus == small.n_tokens - 1
    assert Story(small, focus=-2).focus == small.n_tokens - 2
