"""The Play mode, challenge by challenge, played through the real widgets on the tiny random model: the guess is
made with clicks, keys and sliders, Submit is pressed, and the result shows a medal (recorded in the progress
file) and the real numbers beside the guess — which must equal what the engine itself computes."""
from __future__ import annotations


import json

import numpy as np
import pytest
from PySide6.QtCore import Qt

from alchemist_gui.play.feedback import CompareBars
from engine import Switches

from .conftest import wait_idle

TOL = 1e-6


@pytest.fixture(autouse=True)
def progress_file(tmp_path, monkeypatch):
    path = tmp_path / "progress.json"
    monkeypatch.setenv("ALCHEMIST_PROGRESS", str(path))
    return path


# ---------------------------------------------------------------------------------------------- helpers
def play_of(window):
    return window.extensions["play"]


def open_challenge(qtbot, window, challenge_id: str):
    """Open a challenge from the map and wait for its question; the scene is skipped (the Skip button)."""
    play = play_of(window)
    window.clock.set_speed(50)  # the scenes play in a blink
    if play.mode != "play":
        play.open_play()
    row = play.map.row(challenge_id)
    qtbot.mouseClick(row.button, Qt.MouseButton.LeftButton)
    panel = play.panel
    qtbot.waitUntil(lambda: panel.state in ("question", "skipped", "error"), timeout=60_000)
    assert panel.state == "question", panel.status.text()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: play.scene.playing or window.session.story is not None, timeout=10_000)
    if play.scene.playing:
        assert panel.skip_button.isVisible()
        qtbot.mouseClick(panel.skip_button, Qt.MouseButton.LeftButton)
    assert not play.scene.playing
    return panel.input


def submit(qtbot, window):
    play = play_of(window)
    panel = play.panel
    assert panel.submit.isEnabled(), panel.status.text()
    qtbot.mouseClick(panel.submit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.state in ("result", "error") or (
        panel.state == "question" and panel._status is not None and panel._status[0] == "error"), timeout=60_000)
    assert panel.state == "result", panel.status.text()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: not play.scene.playing and not window.clock.playing, timeout=10_000)  # the reveal
    return play.result


def shown_bars(window) -> list[CompareBars]:
    return play_of(window).panel.feedback.findChildren(CompareBars)


def check_recorded(window, progress_file, result):
    play = play_of(window)
    assert result.valid
    assert play.progress.medal(result.challenge_id) == result.medal
    saved = json.loads(progress_file.read_text())["challenges"][result.challenge_id]
    assert saved["attempts"] == 1 and saved["medal"] == result.medal
    panel = play.panel
    assert panel.medal.medal == result.medal
    assert panel.narration.text() and panel.note.text()
    assert not window.session.locks - {"sentence", "model", "checkpoint"}  # the switches are free again


def word_probs(trace) -> dict:
    return {w: float(p) for w, p in zip(trace.vocab, trace.probs)}


def sentence_of(window) -> str:
    return play_of(window).challenge.sentence


# ---------------------------------------------------------------------------------------------- the challenges
def test_play_gpt_a_spread_bet_shows_the_model_probabilities(qtbot, make_window, engine_model, progress_file):
    window = make_window()
    inp = open_challenge(qtbot, window, "setup.play_gpt")
    locks = window.session.locks
    assert {"mask", "knockout", "temperature", "sentence"} <= locks  # nothing may give the answer away
    assert not window.menus.actions["end"].isEnabled() and not window.timeline.isEnabled()
    options = list(inp.chips.buttons)
    for w in options[:3]:
        qtbot.mouseClick(inp.chips.buttons[w], Qt.MouseButton.LeftButton)
    assert inp.editor is not None and len(inp.editor.sliders) == 4  # three words and "something else"
    inp.editor.sliders[0].setValue(600)
    assert sum(inp.editor.shares) == pytest.approx(1.0)
    result = submit(qtbot, window)
    check_recorded(window, progress_file, result)
    assert result.numbers["mode"] == "spread" and set(result.numbers["bet"]) == set(options[:3])
    probs = word_probs(engine_model.trace(sentence_of(window)))
    for row in shown_bars(window)[0].rows:
        assert row.real == pytest.approx(probs[row.label.strip("“”")], abs=TOL)
    winner = max(probs, key=probs.get)
    assert shown_bars(window)[0].rows[0].label == f"“{winner}”"
    assert window.current_beat() == "prediction"  # the reveal plays the prediction


def test_best_match_by_clicking_on_the_stage(qtbot, make_window, engine_model, progress_file):
    window = make_window()
    inp = open_challenge(qtbot, window, "recipe.best_match")
    ch = play_of(window).challenge
    follow = ch.setup["follow"]
    pick = ch.setup["bottles"][0]
    window.stage.token_clicked.emit(pick)  # what a click on that alchemist's station sends
    assert inp.guess() == pick
    wait_idle(qtbot, window)
    assert window.session.selection.word in (follow["word"], None)  # the stage keeps the questioned alchemist
    result = submit(qtbot, window)
    check_recorded(window, progress_file, result)
    trace = engine_model.trace(sentence_of(window))
    scores = trace.scores[follow["layer"], follow["head"], follow["word"]]
    bars = shown_bars(window)[0]
    assert [r.real for r in bars.rows] == pytest.approx([float(scores[j]) for j in ch.setup["bottles"]], abs=1e-5)
    assert any(r.tag for r in bars.rows)  # "your pick" / "best" are marked
    assert play_of(window).overlay.isVisible() and play_of(window).overlay.scene() is window.stage.scene()


def test_call_the_pour_with_linked_sliders(qtbot, make_window, engine_model, progress_file):
    window = make_window()
    inp = open_challenge(qtbot, window, "pouring.call_pour")
    slider = inp.editor.sliders[0]
    slider.setFocus()
    for _ in range(20):
        qtbot.keyClick(slider, Qt.Key.Key_Right)  # the keys move one share; the others follow
    assert sum(inp.editor.shares) == pytest.approx(1.0)
    assert inp.editor.shares[0] > inp.editor.shares[1]
    result = submit(qtbot, window)
    check_recorded(window, progress_file, result)
    ch = play_of(window).challenge
    f = ch.setup["follow"]
    real = engine_model.trace(sentence_of(window)).attention[f["layer"], f["head"], f["word"]]
    rows = shown_bars(window)[0].rows
    assert [r.real for r in rows] == pytest.approx([float(real[j]) for j in ch.setup["bottles"]], abs=TOL)
    assert [r.guess for r in rows] == pytest.approx(inp.editor.shares, abs=TOL)
    marks = play_of(window).overlay.marks
    assert len(marks) == len(ch.setup["bottles"]) and all(m[2] is not None for m in marks)


def test_pour_by_hand_runs_the_players_pour(qtbot, make_window, engine_model, progress_file):
    window = make_window()
    inp = open_challenge(qtbot, window, "pouring.pour_by_hand")
    ch = play_of(window).challenge
    f = ch.setup["follow"]
    qtbot.mouseClick(inp.editor.all_buttons[-1], Qt.MouseButton.LeftButton)  # everything from the last bottle
    result = submit(qtbot, window)
    check_recorded(window, progress_file, result)
    shares = [0.0] * len(ch.tokens)
    shares[ch.setup["bottles"][-1]] = 1.0
    trace = engine_model.trace(sentence_of(window), Switches().with_pour((f["layer"], f["head"], f["word"]), shares))
    probs = word_probs(trace)
    top_rows = shown_bars(window)[1].rows
    for row in top_rows:
        assert row.real == pytest.approx(probs[row.label.strip("“”")], abs=TOL)
    assert window.session.trace.switches.poured()  # the stage shows the pour the model ran


def test_pickiness_with_the_log_temperature_slider(qtbot, make_window, engine_model, progress_file):
    window = make_window()
    inp = open_challenge(qtbot, window, "picky.pickiness")
    ch = play_of(window).challenge
    inp.slider.setValue(inp.slider.value() - 60)  # 10^-0.6 ≈ 0.25: pickier
    t = inp.guess()
    assert t == pytest.approx(10 ** -0.6, rel=1e-3)
    result = submit(qtbot, window)
    check_recorded(window, progress_file, result)
    f = ch.setup["follow"]
    at_t = engine_model.trace(sentence_of(window), Switches(temperature=result.numbers["temperature"]))
    rows = shown_bars(window)[0].rows
    row = at_t.attention[f["layer"], f["head"], f["word"]]
    assert [r.guess for r in rows] == pytest.approx([float(row[j]) for j in ch.setup["bottles"]], abs=TOL)
    assert window.session.trace.temperature == pytest.approx(t)


def test_the_rope_pick_the_reach_and_bet(qtbot, make_window, engine_model, progress_file):
    window = make_window()
    inp = open_challenge(qtbot, window, "rope.rope")
    ch = play_of(window).challenge
    word = ch.setup["follow"]["word"]
    for j in range(word + 1):
        window.stage.token_clicked.emit(j)  # clicks on the stage toggle the bottles
    assert inp.guess()["reach"] == list(range(word + 1))
    assert not inp.ready()
    qtbot.mouseClick(inp.yes, Qt.MouseButton.LeftButton)
    result = submit(qtbot, window)
    check_recorded(window, progress_file, result)
    assert result.numbers["missing"] == [] and result.numbers["extra"] == []  # the real reach: the words before
    free = word_probs(engine_model.trace(sentence_of(window), Switches(mask=False)))
    for row in shown_bars(window)[0].rows:
        assert row.real == pytest.approx(free[row.label.strip("“”")], abs=TOL)


def test_order_blind_three_bets(qtbot, make_window, progress_file, engine_model):
    from alchemist_gui.game.reading import moved_flask_change

    window = make_window()
    inp = open_challenge(qtbot, window, "order.order_blind")
    for case, (changes, same) in inp.buttons.items():
        qtbot.mouseClick(changes if case != "both_off" else same, Qt.MouseButton.LeftButton)
    result = submit(qtbot, window)
    check_recorded(window, progress_file, result)
    ch = play_of(window).challenge
    sw = ch.setup["switches"]["both_off"]
    plain = engine_model.trace(sentence_of(window), Switches(mask=sw["mask"], positional=sw["positional"]))
    moved = engine_model.trace(sentence_of(window), Switches(mask=False, positional=False,
                                                             shuffle_seed=ch.setup["seed"]))
    change = moved_flask_change(plain, moved)
    assert result.numbers["cases"]["both_off"]["largest_change"] == pytest.approx(change)
    assert f"{change:.2g}" in play_of(window).panel.feedback.findChildren(type(play_of(window).panel.note))[-1].text()
    assert window.session.trace.switches.shuffle_seed == ch.setup["seed"]  # the reveal shows a shuffled run


def test_find_the_saboteur_with_the_head_grid(qtbot, make_window, engine_model, progress_file):
    window = make_window()
    inp = open_challenge(qtbot, window, "heads.saboteur")
    window.stage.head_toggled.emit(0, 0)  # a silenced head on the stage would answer it: undone
    wait_idle(qtbot, window)
    assert not window.session.switches.knockout
    ch = play_of(window).challenge
    heads = ch.answer["example"]
    for name in heads:
        qtbot.mouseClick(inp.heads[name], Qt.MouseButton.LeftButton)
    result = submit(qtbot, window)
    check_recorded(window, progress_file, result)
    assert result.numbers["flipped"] and result.medal == "best"
    knocked = frozenset(tuple(int(x) for x in h.split(".")) for h in heads)
    after = word_probs(engine_model.trace(sentence_of(window), Switches(knockout=knocked)))
    row = shown_bars(window)[0].rows[0]
    assert row.real == pytest.approx(after[ch.setup["winner"]], abs=TOL)
    assert window.session.switches.knockout == knocked  # the stage shows the sabotaged run


def test_name_the_alchemist_from_the_pours(qtbot, make_window, progress_file):
    window = make_window()
    inp = open_challenge(qtbot, window, "heads.name_alchemist")
    ch = play_of(window).challenge
    assert inp.diagram.height() > 0 and len(inp.diagram.sentences) == len(ch.setup["sentences"])
    qtbot.mouseClick(inp.choices[ch.answer["choice"]], Qt.MouseButton.LeftButton)
    result = submit(qtbot, window)
    check_recorded(window, progress_file, result)
    assert result.medal == "best"
    rows = shown_bars(window)[0].rows
    assert [r.real for r in rows] == pytest.approx([ch.answer["fractions_other"][c] for c in ch.setup["choices"]])
    sel = window.session.selection
    assert (sel.layer, sel.head) == (ch.setup["layer"], ch.setup["head"])


def test_when_does_it_know_pick_a_floor(qtbot, make_window, engine_model, progress_file):
    window = make_window()
    inp = open_challenge(qtbot, window, "again.when_knows")
    assert window.current_beat() == "ffn"  # paused before the floors' guesses show
    qtbot.mouseClick(inp.chips.buttons[0], Qt.MouseButton.LeftButton)
    result = submit(qtbot, window)
    check_recorded(window, progress_file, result)
    lens = engine_model.trace(sentence_of(window)).lens_probs
    rows = shown_bars(window)[0].rows  # the top floor first
    assert [r.real for r in rows] == pytest.approx([float(lens[k].max()) for k in reversed(range(len(lens)))],
                                                   abs=TOL)


def test_brew_a_sentence_with_word_chips(qtbot, make_window, engine_model, progress_file):
    window = make_window()
    inp = open_challenge(qtbot, window, "next.brew")
    ch = play_of(window).challenge
    line = inp.line
    qtbot.keyClicks(line, " qqq")  # not a word the model knows: the line refuses it
    assert "qqq" not in line.text()
    words, answer = ch.setup["words"], ch.answer["words"]
    k = next(i for i, (a, b) in enumerate(zip(words, answer)) if a != b)
    start = sum(len(w) + 1 for w in words[:k])  # the brewed word's place in the text (plain spacing before it)
    line.setText(" ".join(words[:k]) + (" " if k else "") + words[k] + line.text()[start + len(words[k]):])
    line.setSelection(line.text().index(words[k], max(0, start - 1)), len(words[k]))
    qtbot.mouseClick(inp.chips.buttons[answer[k]], Qt.MouseButton.LeftButton)
    assert inp.guess().split()[k] == answer[k]
    result = submit(qtbot, window)
    check_recorded(window, progress_file, result)
    assert result.numbers["reached"]
    probs = word_probs(engine_model.trace(inp.guess()))
    for row in shown_bars(window)[0].rows:
        assert row.real == pytest.approx(probs[row.label.strip("“”")], abs=TOL)
    assert window.session.sentence == inp.guess()  # the stage shows the brewed sentence


def test_a_skipped_challenge_says_why(qtbot, make_window, monkeypatch):
    """A model that cannot pour by hand (its engine refuses pours): Pour by hand is skipped with its reason."""
    from engine import InputError

    from .conftest import build_random_model

    def no_pours():
        model = build_random_model(seed=3)
        trace = model.trace

        def refusing(text, switches=None, **loose):
            if switches is not None and switches.pour:
                raise InputError("no pouring by hand here")
            return trace(text, switches, **loose)

        model.trace = refusing
        return model

    window = make_window(model=no_pours)
    play = play_of(window)
    play.open_play()
    qtbot.mouseClick(play.map.row("pouring.pour_by_hand").button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: play.panel.state == "skipped", timeout=60_000)
    assert play.panel.next.isVisible() and "pour" in play.panel.question.text().lower()
    assert not window.session.locks - {"sentence", "model", "checkpoint"}
    play.back_to_map()
    row = play.map.row("pouring.pour_by_hand")
    assert row.medal.skipped and row.state.text().startswith("Skipped")
    assert "of 10 challenges" in play.map.progress.text()


def test_the_answer_follows_the_sentence(qtbot, make_window, engine_model):
    """Call the pour on two sentences: the real shares shown are each sentence's own, from the engine."""
    window = make_window()
    shown = []
    for sentence in ("Sarah lies still on the bed, feeling", "Tom gave his sister the soup, and it was"):
        play = play_of(window)
        play.open_play()
        window.session.set_sentence(sentence)  # typed in the sentence box while the map is open
        wait_idle(qtbot, window)
        inp = open_challenge(qtbot, window, "pouring.call_pour")
        assert play.challenge.sentence == sentence
        submit(qtbot, window)
        ch = play.challenge
        f = ch.setup["follow"]
        real = engine_model.trace(sentence).attention[f["layer"], f["head"], f["word"]]
        rows = shown_bars(window)[0].rows
        assert [r.real for r in rows] == pytest.approx([float(real[j]) for j in ch.setup["bottles"]], abs=TOL)
        shown.append([r.real for r in rows])
        assert inp is not None
    assert len(shown[0]) != len(shown[1]) or not np.allclose(shown[0], shown[1])
