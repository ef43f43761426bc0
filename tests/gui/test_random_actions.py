"""Thousands of random clicks, keys, edits and toggles (fixed seed): no exception, a consistent window at the end,
and nothing left running but the idle app."""
import random

import numpy as np
from PySide6.QtCore import Qt

from alchemist_gui.sentences import PRESETS

from .conftest import wait_idle

ACTIONS = 3000
ODD_SENTENCES = ["", "   ", "🙂", "今天天气很好", "xyzzy plugh", "the the the the", "Sarah", "Sarah lies on the zebra",
                 " ".join(["the cat found the soup ,"] * 10), "Tom " * 700]
KEYS = [Qt.Key.Key_Space, Qt.Key.Key_Right, Qt.Key.Key_Left, Qt.Key.Key_Home, Qt.Key.Key_End]


def test_random_actions(qtbot, make_window, tmp_path):
    rng = random.Random(20240601)
    window = make_window()
    ex = window.experiments
    bad_folder = tmp_path / "not-a-model"
    bad_folder.mkdir()

    def click(widget):
        if widget.isVisible() and widget.isEnabled():
            qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)

    def n_layer():
        return window.trace.config["n_layer"]

    def n_head():
        return window.trace.config["n_head"]

    actions = [
        (12, lambda: qtbot.keyClick(window.stage, rng.choice(KEYS))),
        (8, lambda: click(rng.choice(window.timeline.chips))),
        (6, lambda: window.timeline.slider.setValue(rng.randint(0, window.timeline.slider.maximum()))),
        (3, lambda: window.timeline.speed.setCurrentIndex(rng.randrange(window.timeline.speed.count()))),
        (4, lambda: click(ex.mask)),
        (4, lambda: click(ex.positional)),
        (3, lambda: click(ex.shuffle)),
        (2, lambda: click(ex.reshuffle)),
        (5, lambda: click(rng.choice(list(ex.knockout_buttons.values())))),
        (5, lambda: ex.temperature.setValue(rng.randint(0, ex.temperature.maximum()))),
        (3, lambda: click(ex.reset)),
        (1, lambda: click(ex.demo)),
        (4, lambda: window.layer_box.setCurrentIndex(rng.randrange(max(1, window.layer_box.count())))),
        (4, lambda: window.head_box.setCurrentIndex(rng.randrange(max(1, window.head_box.count())))),
        (3, lambda: window.inspector.head_selected.emit(rng.randrange(n_head()))),
        (4, lambda: window.stage.token_clicked.emit(rng.randrange(-2, window.trace.n_tokens + 2))),
        (3, lambda: window.stage.head_toggled.emit(rng.randrange(n_layer()), rng.randrange(n_head()))),
        (5, lambda: submit(rng.choice(PRESETS))),
        (3, lambda: submit(rng.choice(ODD_SENTENCES))),
        (2, lambda: window.sentence.setCurrentIndex(rng.randrange(window.sentence.count()))),
        (1, lambda: window.set_language(rng.choice(["en", "zh"]))),
        (1, lambda: window.open_model_folder(str(bad_folder))),
        (2, lambda: window.inspector.tabs.setCurrentIndex(rng.randrange(2))),
        (1, lambda: rng.choice([window.inspector_dock, window.compare_dock, window.experiments_dock]).toggleViewAction()
         .trigger()),
        (1, lambda: click(window.narration.note_toggle)),
        (2, lambda: [click(b.close_button) for b in list(window.banner._messages.values())[:1]]),
        (6, lambda: qtbot.wait(rng.choice([1, 5, 30, 120]))),  # let runs and the clock move on
    ]
    weights = [w for w, _ in actions]

    def submit(text):
        window.sentence.setEditText(text)
        window.sentence.lineEdit().returnPressed.emit()

    for step in range(ACTIONS):
        rng.choices(actions, weights)[0][1]()
        if step % 250 == 0:
            assert window.story.trace is window.trace  # what the stage shows is what the window holds

    window.clock.pause()
    wait_idle(qtbot, window, timeout=120_000)
    window.clock.pause()
    trace = window.trace
    assert window.story.trace is trace and window.stage.story is window.story
    np.testing.assert_array_equal(window.inspector.shown_attention(), trace.attention[window.layer, window.head])
    shown = window.experiments.switches
    assert (shown.mask, shown.positional, shown.knockout) == (trace.mask, trace.positional, trace.knockout)
    assert abs(shown.temperature - trace.temperature) < 1e-9
    assert window.layer_box.currentIndex() == window.layer and window.head_box.currentIndex() == window.head
    window.set_language("en")
