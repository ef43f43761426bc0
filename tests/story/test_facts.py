"""What stories of one trace share is worked out once (facts.py) and changes no number."""
from alchemist_gui.story import Story
from alchemist_gui.story import facts as F
from tests.story.traces import trace


def test_remembered_facts_give_the_same_story(small):
    times = [0.0, 7.3, 21.0, 40.0]
    remembered = Story(small, 1, 2, 3)
    F._facts.clear()  # forget everything: the story is made from the trace alone
    fresh = Story(small, 1, 2, 3)
    assert [remembered.pose(t) for t in times] == [fresh.pose(t) for t in times]
    assert [b.values for b in remembered.beats] == [b.values for b in fresh.beats]


def test_stories_of_one_trace_share_its_facts(small):
    facts = F.facts_of(small)
    Story(small, 0, 1)
    Story(small, 1, 3, 2)
    assert F.facts_of(small) is facts  # another head, another word: the same facts
    assert ("glyphs", 1, 3) in facts._memo and ("jar_pre", 1) in facts._memo
    for n in range(2, 3 + F.KEEP):
        F.facts_of(trace(n))  # traces that come later push the oldest out
    assert F.facts_of(small) is not facts
