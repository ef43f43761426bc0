"""Every challenge's answer follows the model and the sentence: each answer is checked against the engine run
independently of the game, on two different models or two sentences, and the answers differ where they should."""
import numpy as np
import pytest

from alchemist_gui.game import Game, describe, request, score
from alchemist_gui.game.kinds.name_alchemist import KINDS as HEAD_KINDS, kind_of
from alchemist_gui.game.reading import winner, word_probs
from engine import Switches
from tests.game.conftest import SENTENCE, TINY_PRESETS, TINY_SENTENCE, game_for


def top_word(trace):
    probs = word_probs(trace)
    return max(probs, key=probs.get)


@pytest.fixture(scope="module")
def tiny_games(tiny_a, tiny_b):
    return [(m, game_for(m, TINY_SENTENCE, TINY_PRESETS)) for m in (tiny_a, tiny_b)]


@pytest.fixture(scope="module")
def story_game(bundled):
    return game_for(bundled, SENTENCE)


def test_play_gpt_answer_is_each_models_own_next_word(bundled, tiny_games):
    answers = []
    for m, g in tiny_games:
        ch = g.challenge("setup.play_gpt")
        t = m.trace(TINY_SENTENCE)
        assert ch.answer["winner"] == top_word(t)
        assert ch.answer["prob"] == pytest.approx(word_probs(t)[ch.answer["winner"]])
        assert set(w["word"] for w in ch.answer["top"]) <= set(ch.setup["options"])
        answers.append(ch.answer["top"])
    assert answers[0] != answers[1]
    # the sentence decides too: the story's feeling and the liar's feeling
    a = game_for(bundled, SENTENCE).challenge("setup.play_gpt").answer["winner"]
    b = game_for(bundled, "Tom lies to his mother, feeling").challenge("setup.play_gpt").answer["winner"]
    assert a == top_word(bundled.trace(SENTENCE)) and b == top_word(bundled.trace("Tom lies to his mother, feeling"))
    assert a != b


def test_best_match_answer_is_the_top_real_score(tiny_games):
    picks = []
    for m, g in tiny_games:
        ch = g.challenge("recipe.best_match")
        f = ch.setup["follow"]
        t = m.trace(TINY_SENTENCE)
        row = t.scores[f["layer"], f["head"], f["word"]]
        assert ch.answer["best"] == int(np.argmax(row))  # masked scores are −∞
        assert ch.setup["bottles"] == list(range(f["word"] + 1))
        picks.append((f["layer"], f["head"], f["word"], ch.answer["best"]))
        right = score(ch, ch.answer["best"], None)
        assert right.medal == "best" and right.score == 1
        worst = ch.answer["ranking"][-1]
        assert score(ch, worst, None).score == len(ch.setup["bottles"])
    assert picks[0] != picks[1]


def test_call_the_pour_answer_is_the_real_attention_row(tiny_games):
    rows = []
    for m, g in tiny_games:
        ch = g.challenge("pouring.call_pour")
        f = ch.setup["follow"]
        real = m.trace(TINY_SENTENCE).attention[f["layer"], f["head"], f["word"]]
        assert np.allclose(ch.answer["shares"], real, atol=1e-7)
        assert score(ch, list(real), None).score == pytest.approx(1.0)
        rows.append(ch.answer["shares"])
        # the chosen row is not one a lazy guess solves: an even pour does not pass
        reach = ch.setup["bottles"]
        even = [1 / len(reach) if j in reach else 0 for j in range(len(ch.tokens))]
        assert score(ch, even, None).medal is None
    assert rows[0] != rows[1]


def test_pour_by_hand_answer_reaches_its_target_when_run(tiny_games, story_game, bundled):
    for m, g in [*tiny_games, (bundled, story_game)]:
        ch = g.challenge("pouring.pour_by_hand")
        assert ch.posed, ch.skipped
        f, target = ch.setup["follow"], ch.answer["target"]
        t = m.trace(g.sentence, Switches().with_pour((f["layer"], f["head"], f["word"]), ch.answer["pour"]))
        assert top_word(t) == target
        if ch.answer["variant"] == "reach":
            assert target != top_word(m.trace(g.sentence))
        result = g.answer(ch, ch.answer["pour"])
        assert result.medal == "best" and result.numbers["reached"]
        # the alchemist's own pour gives the model's own word back: no target reached
        own = g.answer(ch, ch.setup["own_shares"])
        assert own.numbers["winner"] == top_word(m.trace(g.sentence))


def test_pickiness_answer_temperature_reaches_the_goal(tiny_games, story_game, bundled):
    for m, g in [*tiny_games, (bundled, story_game)]:
        ch = g.challenge("picky.pickiness")
        assert ch.posed, ch.skipped
        f, t_star = ch.setup["follow"], ch.answer["temperature"]
        row = m.trace(g.sentence, temperature=t_star).attention[f["layer"], f["head"], f["word"]]
        if ch.answer["variant"] == "picky":
            assert row.max() >= 0.9 and m.trace(g.sentence).attention[f["layer"], f["head"], f["word"]].max() < 0.9
        req = request(ch, t_star)
        assert req.switches.temperature == t_star
        assert score(ch, t_star, m.trace(req.text, req.switches)).medal == "best"
        assert score(ch, 1.0, m.trace(g.sentence)).medal is None  # temperature 1 is where he starts


def test_pickiness_search_finds_the_gentlest_temperature_in_both_directions(tiny_a):
    from alchemist_gui.game.kinds import pickiness
    from alchemist_gui.game.reading import reachable

    g = game_for(tiny_a, TINY_SENTENCE)
    pos = g.context.base.n_tokens - 1
    ratio = pickiness.STEP ** (1 / 2 ** pickiness.BISECT)  # the bracket the bisection leaves
    for variant, gentler in (("picky", ratio), ("even", 1 / ratio)):
        layer, head = (1, 0)
        reach = reachable(g.context.base, layer, head, pos)
        t, value = pickiness.solve(g.context, layer, head, pos, reach, variant)
        assert t is not None and value >= pickiness.goal(variant)
        at = pickiness.measure(tiny_a.trace(TINY_SENTENCE, temperature=t), layer, head, pos, variant, reach)
        assert at == pytest.approx(value)
        softer = pickiness.measure(tiny_a.trace(TINY_SENTENCE, temperature=t * gentler), layer, head, pos, variant,
                                   reach)
        assert softer < pickiness.goal(variant)


def test_rope_reach_and_bet_come_from_real_runs(tiny_games, bundled):
    for m, g in tiny_games:
        ch = g.challenge("rope.rope")
        pos = ch.setup["follow"]["word"]
        assert ch.answer["reach"] == list(range(pos + 1))
        changes = top_word(m.trace(g.sentence, mask=False)) != top_word(m.trace(g.sentence))
        assert ch.answer["changes"] == changes
        r = score(ch, {"reach": ch.answer["reach"], "changes": changes}, None)
        assert r.medal == "best"
        r = score(ch, {"reach": ch.answer["reach"][:-1], "changes": not changes}, None)
        assert r.medal == "pass" and r.numbers["missing"] == [pos]
    # a sentence whose early word stands elsewhere reaches other bottles
    short = game_for(bundled, "The keys to the old cabinet").challenge("rope.rope")
    long = game_for(bundled, SENTENCE).challenge("rope.rope")
    assert short.answer["reach"] != long.answer["reach"]


def test_order_blind_the_rope_still_leaks_the_order(tiny_games):
    for m, g in tiny_games:
        ch = g.challenge("order.order_blind")
        cases = ch.answer["cases"]
        assert cases["badges_on"]["changes"] and cases["badges_off"]["changes"]
        assert not cases["both_off"]["changes"] and cases["both_off"]["largest_change"] < 1e-4
        # the same, checked by hand on the engine: with rope and badges off the flasks only move
        plain = m.trace(g.sentence, positional=False, mask=False)
        moved = m.trace(g.sentence, positional=False, mask=False, shuffle_seed=g.context.shuffle_seed)
        assert list(moved.order) == ch.setup["order"] and sorted(moved.order) == list(range(plain.n_tokens))
        assert np.allclose(moved.head_out, plain.head_out[:, :, list(moved.order)], atol=1e-4)
        right = {case: c["changes"] for case, c in cases.items()}
        assert score(ch, right, None).medal == "best"
        wrong = dict(right, both_off=True)
        assert score(ch, wrong, None).medal == "pass"


def test_saboteur_fewest_flips_and_nothing_smaller_does(tiny_games, story_game, bundled):
    from itertools import combinations

    from tests.story.traces import model

    sturdy = model(2, 4, 64, 16, seed=1)  # on this sentence no single head of it flips the word
    checked_smaller = 0
    for m, g in [*tiny_games, (bundled, story_game), (sturdy, game_for(sturdy, TINY_SENTENCE))]:
        ch = g.challenge("heads.saboteur")
        assert ch.posed, ch.skipped
        heads = {tuple(int(x) for x in h.split(".")) for h in ch.answer["example"]}
        assert len(heads) == ch.answer["fewest"]
        before = top_word(m.trace(g.sentence))
        assert top_word(m.trace(g.sentence, knockout=heads)) != before
        if ch.answer["complete"]:  # then no smaller set of heads flips it: check every one on the engine
            every = [(l, h) for l in range(m.config["n_layer"]) for h in range(m.config["n_head"])]
            for size in range(1, ch.answer["fewest"]):
                assert all(top_word(m.trace(g.sentence, knockout=set(group))) == before
                           for group in combinations(every, size))
                checked_smaller += 1
        assert g.answer(ch, ch.answer["example"]).medal == "best"
        more = [f"{l}.{h}" for l in range(m.config["n_layer"]) for h in range(m.config["n_head"])
                if (l, h) not in heads][:2]
        assert g.answer(ch, ch.answer["example"] + more).medal != "best"  # more heads than needed
    assert checked_smaller >= 1


def test_name_the_alchemist_answer_is_measured_on_other_sentences(tiny_games, bundled):
    posed = 0
    for m, g in [*tiny_games, (bundled, game_for(bundled, SENTENCE, _bundled_presets()))]:
        ch = g.challenge("heads.name_alchemist")
        if not ch.posed:  # a model may have no head with one clear habit; then it says so
            assert "clearly" in str(ch.skipped)
            continue
        posed += 1
        layer, head = ch.setup["layer"], ch.setup["head"]
        shown = [s["tokens"] for s in ch.setup["sentences"]]
        assert not set(map(tuple, shown)) & set(map(tuple, ch.answer["other_sentences"]))
        counts = dict.fromkeys(HEAD_KINDS, 0)
        for tokens in ch.answer["other_sentences"]:
            t = _trace_of_tokens(m, g, tokens)
            for pos in range(2, t.n_tokens):
                counts[kind_of(t.tokens, pos, int(np.argmax(t.attention[layer, head, pos])))] += 1
        total = sum(counts.values())
        assert ch.answer["choice"] == max(HEAD_KINDS, key=lambda k: counts[k])
        assert ch.answer["fractions_other"][ch.answer["choice"]] == pytest.approx(counts[ch.answer["choice"]] / total)
        assert score(ch, ch.answer["choice"], None).medal == "best"
    assert posed >= 2


def _bundled_presets():
    from alchemist_gui.game.sentences import default_presets

    return default_presets()


def _trace_of_tokens(m, g, tokens):
    """The run behind an 'other sentence': a preset as typed, or a shuffle of the sentence."""
    from alchemist_gui.game.sentences import comparison_runs

    for text, sw in comparison_runs(g.context, want=7):
        t = m.trace(text, sw)
        if list(t.tokens) == list(tokens):
            return t
    raise AssertionError(f"no run gives {tokens}")


def test_when_does_it_know_reads_the_logit_lens(tiny_games, story_game, bundled):
    floors = []
    for m, g in [*tiny_games, (bundled, story_game)]:
        ch = g.challenge("again.when_knows")
        t = m.trace(g.sentence)
        lens = [w for w, _ in (t.lens_predictions(k, 1)[0] for k in range(t.config["n_layer"]))]
        win = lens[-1]
        floor = ch.answer["floor"]
        assert all(w == win for w in lens[floor:]) and (floor == 0 or lens[floor - 1] != win)
        assert score(ch, floor, None).medal == "best"
        floors.append(floor)
    # a model that must look back knows later on some sentence than on another
    g2 = game_for(bundled, "Tom gave his sister the soup, and it was")
    assert g2.challenge("again.when_knows").answer["lens"] != story_game.challenge("again.when_knows").answer["lens"]


def test_brew_answer_sentence_makes_the_model_say_the_target(tiny_games, story_game, bundled):
    for m, g in [*tiny_games, (bundled, story_game)]:
        ch = g.challenge("next.brew")
        assert ch.posed, ch.skipped
        target = ch.answer["target"]
        assert target != top_word(m.trace(g.sentence))
        assert top_word(m.trace(ch.answer["sentence"])) == target
        assert set(ch.answer["words"]) <= set(ch.setup["chips"])
        result = g.answer(ch, ch.answer["words"])
        assert result.numbers["reached"] and result.medal in ("good", "best")
        unchanged = g.answer(ch, g.sentence)
        assert not unchanged.numbers["reached"] and unchanged.medal is None


def test_brew_is_skipped_with_a_reason_on_a_bpe_model(bpe_folder):
    from engine import load_model

    m = load_model(bpe_folder)
    info = describe(m)
    assert not info.word_level
    g = Game(m.trace, info, SENTENCE)
    ch = g.challenge("next.brew")
    assert not ch.posed and "pieces of words" in str(ch.skipped)
    # the rest is posed from this model's own runs
    play = g.challenge("setup.play_gpt")
    assert play.posed and play.answer["winner"] == top_word(m.trace(SENTENCE))


def test_a_one_word_sentence_skips_what_needs_more_words(tiny_a):
    g = game_for(tiny_a, "cat")
    skipped = {ch.id for _, chs in g.build_all() for ch in chs if not ch.posed}
    assert {"recipe.best_match", "pouring.call_pour", "rope.rope", "order.order_blind"} <= skipped
    assert g.challenge("setup.play_gpt").posed and g.challenge("again.when_knows").posed
    for cid in skipped:
        assert str(g.challenge(cid).skipped)  # each says why


def test_cancelling_stops_a_search_between_runs(tiny_a):
    from alchemist_gui.game import Cancelled

    calls = []

    def stop():
        calls.append(1)
        return len(calls) > 3

    g = game_for(tiny_a, TINY_SENTENCE, should_stop=stop)
    with pytest.raises(Cancelled):
        g.challenge("heads.saboteur")
    assert g.runs.count == 3


def test_the_chinese_story_sentence_is_played_as_it_is_one_character_one_word(bundled):
    """The bundled model reads Chinese a character at a time: the game plays the Chinese sentence itself (not the
    English fallback), and its answers are the model's for that sentence."""
    from alchemist_gui.game import describe
    from alchemist_gui.game.reading import join_words, split_words
    from alchemist_gui.game.sentences import default_sentence, readable

    chinese = "Sarah静静地躺在床上，感觉"
    info = describe(bundled)
    assert split_words(chinese) == list(bundled.trace(chinese).tokens) and join_words(split_words(chinese)) == chinese
    assert readable(info, chinese) and not readable(info, "Sarah静静地躺在月亮上")  # 月亮 is not in its world
    assert default_sentence(info, bundled.trace, presets=(chinese,)) == SENTENCE  # the fallback is still English
    game = game_for(bundled, chinese)
    bet = game.challenge("setup.play_gpt")
    assert bet.answer["winner"] == top_word(bundled.trace(chinese)) == "累"
