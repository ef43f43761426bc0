"""The apprenticeship through the real window: the checkpoint slider runs the sentence on the bundled model's real
checkpoints, the loss curves and the stacked pour plot are the engine's numbers, and Train your own workshop trains
a real model in a separate process, which opens with its own checkpoints; a cancel or a closed window leaves no
folder behind, and a folder training may not write gets a clear message."""
from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt

from alchemist_gui.story.numbers import fmt_short_percent
from engine import Switches
from engine.checkpoints import list_checkpoints
from engine.paths import BUNDLED_MODEL
from engine.runner import load_model

from .conftest import wait_idle

SENTENCE = "Sarah lies still on the bed, feeling"


@pytest.fixture(scope="module")
def bundled_checkpoints():
    return list_checkpoints(BUNDLED_MODEL)


def open_panel(qtbot, window):
    """Show the panel and wait until it shows the run on screen (its pour plot too, when there is one)."""
    apprentice = window.extensions["apprentice"]
    apprentice.show_panel()

    def ready():
        panel = apprentice.panel
        return panel is not None and panel.checkpoints.count > 0 and (
            panel.checkpoints.count < 2 or panel._pours_state in ("ready", "problem"))

    qtbot.waitUntil(ready, timeout=120_000)
    wait_idle(qtbot, window)
    return apprentice


def calm(qtbot, window):
    """Until the stage has put the last story on screen (nothing left for the test guard to find running)."""
    qtbot.waitUntil(lambda: not window.busy and not window.stage._pacer._timer.isActive(), timeout=20_000)


def choose(qtbot, window, panel, index):
    panel.slider.setValue(index)
    qtbot.waitUntil(lambda: not window.busy and window.session.run.request.checkpoint ==
                    panel.checkpoints.items[index].asked_as, timeout=60_000)


def test_the_slider_runs_the_sentence_on_the_real_checkpoint(qtbot, make_window, bundled_checkpoints):
    window = make_window(model=None, sentence=SENTENCE)
    panel = open_panel(qtbot, window).panel
    assert panel.checkpoints.count == len(bundled_checkpoints) >= 10
    assert panel.slider.maximum() == len(bundled_checkpoints) - 1
    assert panel.slider.value() == panel.slider.maximum()  # it opens on the finished workshop

    for index in (0, 4, len(bundled_checkpoints) - 1):
        info = bundled_checkpoints[index]
        choose(qtbot, window, panel, index)
        expected = load_model(checkpoint=info.step).trace(SENTENCE)
        shown = window.session.trace
        assert np.allclose(shown.probs, expected.probs, atol=1e-6)  # the stage runs that checkpoint's weights
        word, probability = expected.predictions(k=1)[0]
        assert f"“{word}”" in panel.says.text() and panel.stats[0].value.text() == f"{info.train_loss:.2f}"
        assert panel.stats[1].value.text() == f"{info.heldout_loss:.2f}"
        assert panel.step.text().startswith(f"Step {info.step:,} of")
    untrained, finished = bundled_checkpoints[0], bundled_checkpoints[-1]
    assert untrained.heldout_accuracy < 0.1 and finished.heldout_accuracy >= 0.95  # it did learn

    # the checkpoint changes the answer: untrained it is not "tired", finished it is
    choose(qtbot, window, panel, 0)
    assert window.session.trace.predictions(k=1)[0][0] != "tired"
    choose(qtbot, window, panel, len(bundled_checkpoints) - 1)
    assert window.session.trace.predictions(k=1)[0][0] == "tired"
    assert window.session.checkpoint is None  # the finished model is the session's default, not a step


def test_the_loss_curves_are_the_measured_losses_of_every_checkpoint(qtbot, make_window, bundled_checkpoints):
    window = make_window(model=None, sentence=SENTENCE)
    panel = open_panel(qtbot, window).panel
    train, held_out = panel.curves.curves()
    assert np.allclose(train, [c.train_loss for c in bundled_checkpoints])
    assert np.allclose(held_out, [c.heldout_loss for c in bundled_checkpoints])
    assert train[0] > 2 * train[-1]  # the untrained workshop is far more surprised than the finished one


def pour_rows(sentence, switches, layer, head, focus, steps):
    return np.stack([load_model(checkpoint=step).trace(sentence, switches).attention[layer, head, focus]
                     for step in steps])


def test_the_pour_plot_is_the_followed_alchemists_real_row_at_every_checkpoint(qtbot, make_window,
                                                                               bundled_checkpoints):
    window = make_window(model=None, sentence=SENTENCE)
    panel = open_panel(qtbot, window).panel
    history = panel.history
    story = window.session.story
    assert (history.layer, history.head, history.focus) == (story.layer, story.head, story.focus)
    steps = [c.step for c in bundled_checkpoints]
    expected = pour_rows(SENTENCE, Switches(), story.layer, story.head, story.focus, steps)
    assert np.allclose(history.shares, expected, atol=1e-6)
    drawn = panel.pours.shares()
    total = sum(drawn.values())
    assert np.allclose(total, 1.0, atol=1e-6)  # the bands stack to the full flask at every checkpoint
    for index, values in drawn.items():
        if index is not None:
            assert np.allclose(values, expected[:, index], atol=1e-6)

    # following another head asks again, and the plot follows
    window.session.select(head=(story.head + 1) % window.session.trace.config["n_head"])
    qtbot.waitUntil(lambda: panel.history is not None and panel.history.head == window.session.story.head,
                    timeout=60_000)
    assert np.allclose(panel.history.shares, pour_rows(SENTENCE, Switches(), story.layer, window.session.story.head,
                                                       story.focus, steps), atol=1e-6)
    calm(qtbot, window)


def test_without_the_rope_the_pours_over_the_checkpoints_use_the_later_words(qtbot, make_window,
                                                                              bundled_checkpoints):
    window = make_window(model=None, sentence=SENTENCE)
    panel = open_panel(qtbot, window).panel
    window.session.select(word=0)  # the first word's alchemist: with the rope he pours only from himself
    qtbot.waitUntil(lambda: panel.history is not None and panel.history.focus == 0, timeout=60_000)
    assert np.allclose(panel.history.shares[:, 0], 1.0)
    window.experiments.mask.click()
    qtbot.waitUntil(lambda: panel.history is not None and not panel.history.shares[:, 0].min() > 0.999,
                    timeout=60_000)
    story = window.session.story
    expected = pour_rows(SENTENCE, Switches(mask=False), story.layer, story.head, 0,
                         [c.step for c in bundled_checkpoints])
    assert np.allclose(panel.history.shares, expected, atol=1e-6)
    calm(qtbot, window)


def test_the_slider_keys_move_the_checkpoint_not_the_story(qtbot, make_window):
    window = make_window(model=None, sentence=SENTENCE)
    apprentice = open_panel(qtbot, window)
    panel = apprentice.panel
    time_before = window.clock.time
    panel.slider.setFocus()
    qtbot.waitUntil(panel.slider.hasFocus)
    qtbot.keyClick(panel.slider, Qt.Key.Key_Home)
    qtbot.waitUntil(lambda: not window.busy and window.session.run.request.checkpoint == 0, timeout=60_000)
    qtbot.keyClick(panel.slider, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: not window.busy and window.session.run.request.checkpoint == 1, timeout=60_000)
    assert window.clock.time == time_before  # the story did not step
    assert window.top_bar is not None and "step 1" in window.sentence_bar.model_label.text()


def test_watch_it_learn_steps_through_the_last_checkpoints_to_the_finished_workshop(qtbot, make_window,
                                                                                   bundled_checkpoints):
    window = make_window(model=None, sentence=SENTENCE)
    panel = open_panel(qtbot, window).panel
    shown = []
    window.session.run_shown.connect(lambda run, previous, reason: shown.append(run.request.checkpoint))
    last = len(bundled_checkpoints) - 1
    choose(qtbot, window, panel, last - 2)
    panel.watch.click()
    assert panel.watch.isChecked() and panel.watch.text() == "■ Stop"
    qtbot.waitUntil(lambda: not panel.watch.isChecked(), timeout=20_000)  # it stops by itself at the end
    qtbot.waitUntil(lambda: not window.busy and shown[-1] is None, timeout=20_000)
    assert shown[-3:] == [bundled_checkpoints[last - 2].step, bundled_checkpoints[last - 1].step, None]
    assert panel.slider.value() == last and panel.watch.text() == "▶ Watch it learn"

    panel.watch.click()  # at the end, it starts again from the untrained workshop
    qtbot.waitUntil(lambda: not window.busy and window.session.run.request.checkpoint == 0, timeout=20_000)
    panel.watch.click()  # and stops when asked
    assert not panel.watch.isChecked() and not panel._watch_timer.isActive()
    calm(qtbot, window)


def test_a_model_without_checkpoints_says_why_there_is_nothing_to_watch(qtbot, make_window):
    window = make_window()  # the tiny random GPT-2 folder of the fixtures: no checkpoints/ folder
    panel = open_panel(qtbot, window).panel
    assert panel.checkpoints.count == 1 and not panel.slider.isVisible() and not panel.watch.isVisible()
    assert panel.note.isVisible() and "without its training checkpoints" in panel.note.text()
    assert panel.train.isVisible()  # …and offers to train one


def test_a_scene_lock_on_the_checkpoint_fixes_the_slider_and_a_model_lock_hides_training(qtbot, make_window):
    window = make_window(model=None, sentence=SENTENCE)
    apprentice = open_panel(qtbot, window)
    panel = apprentice.panel
    window.session.set_locks({"checkpoint"})
    assert not panel.slider.isEnabled()
    apprentice.choose(0)  # what a click on a plot would ask: refused while locked
    wait_idle(qtbot, window)
    assert window.session.checkpoint is None
    window.session.set_locks({"model"})
    assert panel.slider.isEnabled() and not panel.train.isVisible()
    assert not apprentice.actions["train"].isVisible()
    window.session.set_locks(set())
    assert apprentice.actions["train"].isVisible()


# -- Train your own workshop ------------------------------------------------------------------------------------
@pytest.fixture
def workshops(tmp_path, monkeypatch):
    folder = tmp_path / "workshops"
    monkeypatch.setenv("ALCHEMIST_WORKSHOPS", str(folder))
    return folder


def ask_for(dialog, steps, patterns):
    dialog.exactly.setChecked(True)
    dialog.steps.setValue(steps)
    for name, box in dialog.pattern_boxes.items():
        box.setChecked(name in patterns)


def nothing_of(out: Path) -> bool:
    return not out.exists() and not list(out.parent.glob(f".{out.name}.training-*"))


def test_train_your_own_workshop_trains_a_real_model_and_opens_it(qtbot, make_window, workshops):
    window = make_window()
    apprentice = window.extensions["apprentice"]
    apprentice.actions["train"].trigger()
    dialog = apprentice.dialog
    assert dialog.isVisible() and Path(dialog.out.text()).parent == workshops
    ask_for(dialog, 8, {"rest"})
    out = Path(dialog.out.text())
    dialog.start_button.click()
    assert dialog.state == "running" and dialog.cancel_button.isEnabled()
    window.session.set_sentence("Tom reads the")  # the workshop stays usable while it trains
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: dialog.state != "running", timeout=300_000)
    assert dialog.state == "done", dialog.message.text()
    assert dialog.bar.value() == dialog.bar.maximum() == 8 and dialog.run.last["step"] == 8
    infos = list_checkpoints(out)
    assert [i.step for i in infos] == [0, 1, 2, 4, 8]
    assert fmt_short_percent(infos[-1].heldout_accuracy) in dialog.message.text()
    steps, held_out = dialog.curve.held_out.getData()  # measured at every checkpoint, the finished one included
    assert list(steps) == [0, 1, 2, 4, 8] and np.allclose(held_out, [i.heldout_loss for i in infos])
    assert str(out) in dialog.message.text() and dialog.open_button.isVisible()
    assert Path(dialog.out.text()) != out  # the next run gets a fresh name

    dialog.open_button.click()
    qtbot.waitUntil(lambda: not window.busy and window.session.run.request.model == str(out), timeout=60_000)
    panel = apprentice.panel
    qtbot.waitUntil(lambda: panel.checkpoints.count == 5 and panel._pours_state == "ready", timeout=120_000)
    train, _ = panel.curves.curves()
    assert np.allclose(train, [i.train_loss for i in infos])
    trained = load_model(out).trace("Tom reads the")
    assert np.allclose(window.session.trace.probs, trained.probs, atol=1e-6)
    dialog.close()


def test_cancelling_a_training_leaves_nothing_behind(qtbot, make_window, workshops):
    window = make_window()
    dialog = window.extensions["apprentice"].open_training()
    ask_for(dialog, 5000, {"rest"})
    out = Path(dialog.out.text())
    dialog.start_button.click()
    qtbot.waitUntil(lambda: dialog.run.last is not None, timeout=180_000)  # it is really training
    assert list(out.parent.glob(f".{out.name}.training-*"))  # into a hidden folder of its own
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: dialog.state == "cancelled", timeout=30_000)
    assert nothing_of(out) and "Nothing was written" in dialog.message.text()
    assert dialog.start_button.isEnabled() and not dialog.open_button.isVisible()
    dialog.close()


def test_closing_the_window_stops_the_training_and_leaves_nothing(qtbot, make_window, workshops):
    window = make_window()
    dialog = window.extensions["apprentice"].open_training()
    ask_for(dialog, 5000, {"rest"})
    out = Path(dialog.out.text())
    dialog.start_button.click()
    qtbot.waitUntil(lambda: dialog.run.last is not None, timeout=180_000)
    window.close()
    assert not dialog.run.running and not dialog.isVisible()  # the process has ended with the window
    qtbot.waitUntil(lambda: nothing_of(out), timeout=10_000)


def test_a_folder_training_may_not_write_gets_a_clear_message(qtbot, make_window, workshops, tmp_path):
    window = make_window()
    dialog = window.extensions["apprentice"].open_training()
    assert dialog.start_button.isEnabled() and not dialog.problem_label.isVisible()

    a_file = tmp_path / "notes.txt"
    a_file.write_text("mine")
    full = tmp_path / "full"
    full.mkdir()
    (full / "keep.txt").write_text("mine")
    locked = tmp_path / "locked"
    locked.mkdir()
    os.chmod(locked, 0o500)
    cases = [("", "Choose a folder"), ("relative/name", "whole path"), (str(a_file), "is a file"),
             (str(full), "already holds files"), (str(a_file / "inside"), "is a file")]
    if os.geteuid() != 0:  # root may write anywhere
        cases.append((str(locked / "new"), "may not write"))
    for text, said in cases:
        dialog.out.setText(text)
        assert not dialog.start_button.isEnabled(), text
        assert dialog.problem_label.isVisible() and said in dialog.problem_label.text(), text
        dialog.start()  # pressed anyway (Enter): nothing starts
        assert dialog.state == "setup" and not dialog.run.running
    assert a_file.read_text() == "mine" and (full / "keep.txt").read_text() == "mine"  # nothing was touched

    dialog.out.setText(str(tmp_path / "fresh"))
    for box in dialog.pattern_boxes.values():
        box.setChecked(False)
    assert not dialog.start_button.isEnabled() and "at least one pattern" in dialog.problem_label.text()
    dialog.pattern_boxes["rest"].setChecked(True)
    dialog.exactly.setChecked(True)
    dialog.steps.setValue(0)
    assert not dialog.start_button.isEnabled() and "at least one step" in dialog.problem_label.text()
    dialog.steps.setValue(10)
    assert dialog.start_button.isEnabled() and not dialog.problem_label.isVisible()
    os.chmod(locked, 0o700)
    dialog.close()


def test_a_failed_training_says_why_in_one_line(qtbot, make_window, workshops, tmp_path):
    """The trainer refuses a step count out of its range: the dialog shows the trainer's one line."""
    window = make_window()
    dialog = window.extensions["apprentice"].open_training()
    dialog.steps.setMaximum(10**9)  # past what the dialog offers, to reach the trainer's own check
    ask_for(dialog, 10**9, {"rest"})
    out = Path(dialog.out.text())
    dialog.start_button.click()
    qtbot.waitUntil(lambda: dialog.state == "failed", timeout=120_000)
    text = dialog.message.text()
    assert text.startswith("The training failed:") and "days" in text and "Traceback" not in text
    assert "\n" not in text
    assert nothing_of(out) and dialog.start_button.isEnabled()
    dialog.close()
