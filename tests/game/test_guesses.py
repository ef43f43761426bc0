"""Guesses as the screens will send them: good ones score, bad ones get a reason (never an exception), and
everything a screen or the CLI reads is plain JSON."""
import json

import pytest

from alchemist_gui.game import Text, request, score
from alchemist_gui.game.texts import FEEDBACK
from tests.game.conftest import TINY_PRESETS, TINY_SENTENCE, game_for

BAD = {
    "play_gpt": [{}, {"zebra": 1.0}, {"the": 0.8, "cat": 0.7}, 42, {"a": 0.1, "b": 0.1, "c": 0.1, "d": 0.1,
                                                                      "e": 0.1, "f": 0.1}],
    "best_match": ["x", None, 99],
    "call_pour": [[0] * 10, [1], "abc", [-1] + [1] * 9],
    "pour_by_hand": [[0] * 10, [1] * 3, None],
    "pickiness": [0, -1, 1e9, "hot", float("nan")],
    "rope": [{}, {"reach": [0], "changes": "yes"}, {"reach": [99], "changes": True}, None],
    "order_blind": [{}, {"badges_off": True}, {"badges_off": 1, "badges_on": 0, "both_off": 0}],
    "saboteur": [[], ["9.9"], ["a.b"], [(0, 99)]],
    "name_alchemist": ["everything", None],
    "when_knows": [-1, 99, "top"],
    "brew": ["", [], None],
}


@pytest.fixture(scope="module")
def game(tiny_a):
    return game_for(tiny_a, TINY_SENTENCE, TINY_PRESETS)


def test_bad_guesses_get_a_reason(game):
    for _, challenges in game.build_all():
        for ch in challenges:
            assert ch.posed, ch.skipped
            for guess in BAD[ch.kind]:
                req = request(ch, guess)
                trace = game.runs(req.text, req.switches) if req is not None else None
                result = score(ch, guess, trace)
                assert not result.valid and result.medal is None, (ch.kind, guess)
                assert str(result.narration)


def test_a_guess_that_needs_a_run_says_so_without_it(game):
    for cid, guess in (("pouring.pour_by_hand", "pour"), ("picky.pickiness", 0.5), ("heads.saboteur", ["0.0"]),
                       ("next.brew", TINY_SENTENCE)):
        ch = game.challenge(cid)
        guess = ch.answer["pour"] if guess == "pour" else guess
        assert request(ch, guess) is not None
        result = score(ch, guess, None)
        assert not result.valid and "run by the model" in str(result.narration)


def test_one_word_is_scored_by_probability_a_spread_by_log_score(game):
    ch = game.challenge("setup.play_gpt")
    top = ch.answer["top"]
    one = game.answer(ch, top[0]["word"])
    assert one.numbers["mode"] == "word" and one.score == pytest.approx(top[0]["prob"]) and one.medal == "best"
    spread = game.answer(ch, {t["word"]: t["prob"] for t in top[:3]})
    assert spread.numbers["mode"] == "spread" and 0 < spread.score <= 1


def test_challenges_and_results_are_plain_json(game):
    for _, challenges in game.build_all():
        for ch in challenges:
            json.dumps(ch.to_json())
            req = request(ch, None)  # what matters here is the shape, not the guess
            json.dumps(score(ch, None, None).to_json())
            assert req is None or req.text


def test_texts_render_through_a_translator_nested_values_too():
    inner = Text("the first word")
    t = Text(FEEDBACK["name_alchemist.right"], {"head": "1.2", "answer": inner, "share": "80%", "n": "4"})
    assert str(t) == "Yes: alchemist 1.2 looks at the first word — 80% of the time on 4 other sentences."
    from alchemist_gui.game.translations import read_ts

    zh = {source: text for source, (text, _) in read_ts().items()}
    shown = t.render(lambda s: zh[s])
    assert "第一个词" in shown and "1.2" in shown and "80%" in shown
    assert t.to_json()["values"]["answer"]["template"] == "the first word"
