"""What stories of one trace share is worked out once, by the TraceFacts its owner passes in, and changes no
number; nothing is remembered behind the caller's back."""
import pytest

from alchemist_gui.story import Story, TraceFacts
from alchemist_gui.story import facts as F
from tests.story.traces import trace


def test_shared_facts_give_the_same_story_as_private_ones(small):
    times = [0.0, 7.3, 21.0, 40.0]
    shared = TraceFacts(small)
    Story(small, 0, 1, facts=shared)  # another story of the trace first: its facts are reused below
    remembered = Story(small, 1, 2, 3, facts=shared)
    fresh = Story(small, 1, 2, 3)  # a private TraceFacts, made from the trace alone
    assert [remembered.pose(t) for t in times] == [fresh.pose(t) for t in times]
    assert [(b.values, b.more_line, b.more_note) for b in remembered.beats] == \
           [(b.values, b.more_line, b.more_note) for b in fresh.beats]


def test_stories_of_one_trace_reuse_the_facts_they_are_given(small):
    facts = TraceFacts(small)
    Story(small, 0, 1, facts=facts)
    Story(small, 1, 3, 2, facts=facts)
    assert ("glyphs", 1, 3) in facts._memo and ("heads_rgb", 1) in facts._memo and ("glyphs", 0, 1) in facts._memo
    assert ("jar_pre", 1, tuple(range(small.n_tokens))) in facts._memo  # the words' own bottles, of the words shown
    private = Story(small, 1, 3, 2)
    assert private.facts is not facts and ("glyphs", 0, 1) not in private.facts._memo  # nothing global


def test_facts_of_another_trace_are_refused(small):
    with pytest.raises(ValueError):
        Story(small, facts=TraceFacts(trace(6)))


def test_the_module_keeps_no_cache_of_its_own():
    assert not any(isinstance(v, dict) for k, v in vars(F).items() if not k.startswith("__"))
