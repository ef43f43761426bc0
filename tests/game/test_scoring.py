"""Each scoring function on its own: plain numbers in, score and medal out."""
import math

import pytest

from alchemist_gui.game import scoring as s


def test_medals_rank_and_imply_each_other():
    assert s.medal(False) is None and s.medal(True) == "pass"
    assert s.medal(True, good=True) == "good" and s.medal(True, True, True) == "best"
    assert [s.medal_rank(m) for m in (None, "pass", "good", "best")] == [0, 1, 2, 3]


def test_word_rank_and_one_word_medal():
    probs = {"tired": 0.6, "sleepy": 0.25, "exhausted": 0.1, "happy": 0.03, "calm": 0.01, "sad": 0.005, "x": 0.005}
    assert s.word_rank(probs, "tired") == 1 and s.word_rank(probs, "happy") == 4
    assert s.word_rank(probs, "sad") == s.word_rank(probs, "x") == 6  # ties share a rank
    assert s.word_rank(probs, "zebra") == len(probs) + 1
    assert [s.one_word_medal(r) for r in (1, 2, 3, 5, 6)] == ["best", "good", "good", "pass", None]


def test_spread_skill_is_one_for_the_models_own_distribution_and_punishes_overconfidence():
    probs = {"tired": 0.6, "sleepy": 0.25, "exhausted": 0.15}
    assert s.spread_skill(probs, probs) == pytest.approx(math.exp(-sum(
        p * math.log(p / (p * 0.99)) for p in probs.values())))  # the 1 % left to other words (there are none)
    honest = s.spread_skill(probs, {"tired": 0.6, "sleepy": 0.25, "exhausted": 0.14})
    sure = s.spread_skill(probs, {"tired": 0.99})
    wrong = s.spread_skill(probs, {"sleepy": 0.1, "exhausted": 0.9})
    assert honest > 0.95 > sure and sure > wrong
    assert s.spread_medal(honest) == "best" and s.spread_medal(0.3) == "pass" and s.spread_medal(0.2) is None
    with_others = dict(probs, happy=0.0, calm=0.0)
    # what the bet leaves over is shared evenly by every other word
    rest = 0.99 / 4
    assert s.spread_skill(with_others, {"happy": 0.01}) == pytest.approx(
        math.exp(-sum(p * math.log(p / rest) for p in probs.values())))
    with pytest.raises(ValueError):
        s.spread_skill(probs, {})


def test_score_rank_and_match_medal():
    scores = [1.0, 3.0, 2.0, float("-inf")]
    assert s.score_rank(scores, [0, 1, 2], 1) == 1 and s.score_rank(scores, [0, 1, 2], 0) == 3
    with pytest.raises(ValueError):
        s.score_rank(scores, [0, 1, 2], 3)
    assert s.match_medal(1, 9) == "best" and s.match_medal(2, 9) == "good"
    assert s.match_medal(3, 9) == "pass" and s.match_medal(4, 9) is None
    assert s.match_medal(2, 3) == "good" and s.match_medal(3, 3) is None


def test_normalised_shares_checks_reach_and_rescales():
    assert list(s.normalised_shares([2, 2, 0], [0, 1], 3)) == [0.5, 0.5, 0.0]
    for bad in ([1, 0, 1], [-1, 2, 0], [0, 0, 0], [1, 1]):
        with pytest.raises(ValueError):
            s.normalised_shares(bad, [0, 1], 3)


def test_overlap_is_one_minus_total_variation():
    assert s.overlap([0.5, 0.5, 0], [0.5, 0.5, 0]) == pytest.approx(1.0)
    assert s.overlap([1, 0], [0, 1]) == pytest.approx(0.0)
    assert s.overlap([0.7, 0.3, 0], [0.5, 0.3, 0.2]) == pytest.approx(0.8)
    assert [s.pour_medal(x) for x in (0.95, 0.8, 0.6, 0.59)] == ["best", "good", "pass", None]


def test_bottles_used_and_by_hand_medal():
    assert s.bottles_used([0.996, 0.004, 0.0]) == 1 and s.bottles_used([0.5, 0.5]) == 2
    assert s.by_hand_medal(True, 1, 1) == "best" and s.by_hand_medal(True, 2, 1) == "good"
    assert s.by_hand_medal(True, 3, 1) == "pass" and s.by_hand_medal(False, 1, 1) is None


def test_pickiness_measures_and_medal():
    assert s.top_share([0.1, 0.85, 0.05]) == 0.85
    assert s.evenness([0.5, 0.5, 0.0], [0, 1]) == pytest.approx(1.0)
    assert s.evenness([1.0, 0.0, 0.0], [0, 1]) == pytest.approx(0.5)
    assert s.pickiness_medal(True, 0.4, 0.4) == "best" and s.pickiness_medal(True, 0.3, 0.4) == "good"
    assert s.pickiness_medal(True, 0.1, 0.4) == "pass" and s.pickiness_medal(False, 0.4, 0.4) is None
    assert s.pickiness_medal(True, 2.2, 2.0) == "best"  # the even variant: a little above the smallest


def test_rope_set_difference_and_medal():
    assert s.set_difference([0, 1, 3], [0, 1, 2]) == ([2], [3])
    assert s.rope_medal(0, 0, True) == "best" and s.rope_medal(0, 0, False) == "good"
    assert s.rope_medal(1, 0, False) == "pass" and s.rope_medal(1, 1, True) is None


def test_bets_saboteur_naming_floor_medals():
    assert [s.bets_medal(r, 3) for r in (3, 2, 1, 0)] == ["best", "pass", None, None]
    assert s.saboteur_medal(True, 2, 2) == "best" and s.saboteur_medal(True, 3, 2) == "good"
    assert s.saboteur_medal(True, 5, 2) == "pass" and s.saboteur_medal(False, 1, 2) is None
    assert s.naming_medal(0.6, True) == "best" and s.naming_medal(0.3, False) == "pass"
    assert s.naming_medal(0.1, False) is None
    assert s.floor_medal(1, 1, 3) == "best" and s.floor_medal(0, 1, 3) is None
    assert s.floor_medal(2, 1, 6) == "pass" and s.floor_medal(2, 1, 12) == "good"


def test_word_edits_and_brew_medal():
    a = "Sarah lies still on the bed".split()
    assert s.word_edits(a, a) == 0
    assert s.word_edits(a, "Sarah lies awake on the bed".split()) == 1
    assert s.word_edits(a, "Sarah lies on the bed".split()) == 1
    assert s.word_edits(a, "Tom lies to his mother".split()) == 5
    assert s.brew_medal(True, 0.8, 1, 1) == "best" and s.brew_medal(True, 0.8, 3, 1) == "good"
    assert s.brew_medal(True, 0.3, 3, 1) == "pass" and s.brew_medal(False, 0.9, 1, 1) is None
