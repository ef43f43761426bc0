"""Thousands of random clicks, keys, edits and toggles (fixed seed): no exception, a consistent window at the end,
and nothing left running but the idle app."""
import random

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton

from alchemist_gui.experiments import position_of

from .conftest import PRESETS, wait_idle

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
        return window.session.trace.config["n_layer"]

    def n_head():
        return window.session.trace.config["n_head"]

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
        (4, lambda: window.selection_bar.layer_box.setCurrentIndex(rng.randrange(max(1, window.selection_bar.layer_box.count())))),
        (4, lambda: window.selection_bar.head_box.setCurrentIndex(rng.randrange(max(1, window.selection_bar.head_box.count())))),
        (3, lambda: window.docks.inspector.head_selected.emit(rng.randrange(n_head()))),
        (4, lambda: window.stage.token_clicked.emit(rng.randrange(-2, window.session.trace.n_tokens + 2))),
        (3, lambda: window.stage.head_toggled.emit(rng.randrange(n_layer()), rng.randrange(n_head()))),
        (5, lambda: submit(rng.choice(PRESETS))),
        (3, lambda: submit(rng.choice(ODD_SENTENCES))),
        (2, lambda: window.sentence_bar.sentence.setCurrentIndex(rng.randrange(window.sentence_bar.sentence.count()))),
        (1, lambda: window.set_language(rng.choice(["en", "zh"]))),
        (1, lambda: window.session.set_model(str(bad_folder))),
        (2, lambda: window.docks.inspector.tabs.setCurrentIndex(rng.randrange(2))),
        (1, lambda: rng.choice([window.docks.inspector_dock, window.docks.compare_dock, window.docks.experiments_dock]).toggleViewAction()
         .trigger()),
        (1, lambda: click(window.narration.note_toggle)),
        (2, lambda: [click(b) for b in window.banner.findChildren(QToolButton) if b.isVisible()][:1]),
        (6, lambda: qtbot.wait(rng.choice([1, 5, 30, 120]))),  # let runs and the clock move on
    ]
    weights = [w for w, _ in actions]

    def submit(text):
        window.sentence_bar.sentence.setEditText(text)
        window.sentence_bar.sentence.lineEdit().returnPressed.emit()

    for step in range(ACTIONS):
        rng.choices(actions, weights)[0][1]()
        if step % 250 == 0:
            assert window.session.story.trace is window.session.trace  # what the stage shows is what the window holds

    window.clock.pause()
    wait_idle(qtbot, window, timeout=120_000)
    window.clock.pause()
    trace = window.session.trace
    assert window.session.story.trace is trace and window.stage.story is window.session.story
    np.testing.assert_array_equal(window.docks.inspector.shown_attention(), trace.attention[window.session.selection.layer, window.session.selection.head])
    assert window.session.switches == trace.switches  # what was asked is what is on screen
    assert (ex.mask.isChecked(), ex.positional.isChecked()) == (trace.mask, trace.positional)
    assert {key for key, b in ex.knockout_buttons.items() if b.isChecked()} == set(trace.knockout)
    assert ex.temperature.value() == position_of(trace.temperature)
    assert ex.shuffle.isChecked() == (trace.switches.shuffle_seed is not None)
    assert window.selection_bar.layer_box.currentIndex() == window.session.selection.layer and window.selection_bar.head_box.currentIndex() == window.session.selection.head
    window.set_language("en")
