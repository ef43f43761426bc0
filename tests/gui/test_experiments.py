"""Each experiment re-runs the real engine and changes the trace; the inspector shows the engine's own numbers."""
import numpy as np
import pytest
from PySide6.QtCore import Qt

from alchemist_gui.experiments import position_of, temperature_at
from engine import Switches

from .conftest import wait_idle


def reference(engine_model, window):
    """The same run, asked of the engine directly (not through the window)."""
    t = window.session.trace
    return engine_model.trace(t.text, t.switches)


def assert_inspector_shows(window, ref):
    layer, head = window.session.selection.layer, window.session.selection.head
    np.testing.assert_array_equal(window.docks.inspector.shown_attention(), ref.attention[layer, head])
    for h, image in enumerate(window.docks.inspector.shown_heads()):
        np.testing.assert_array_equal(image, ref.attention[layer, h])
    shown = window.docks.inspector.shown_predictions()
    expected = ref.predictions(len(shown))
    assert [t for t, _ in shown] == [t for t, _ in expected]
    np.testing.assert_allclose([p for _, p in shown], [p for _, p in expected], rtol=0, atol=0)
    assert window.docks.inspector.shown_lens() == [ref.lens_predictions(l, 1)[0][0] for l in range(ref.config["n_layer"])]


def test_the_first_run_is_shown_exactly(make_window, engine_model):
    window = make_window()
    assert_inspector_shows(window, reference(engine_model, window))
    assert window.session.trace.mask and window.session.trace.positional


def test_mask_switch_reruns_without_the_mask(qtbot, make_window, engine_model):
    window = make_window()
    before = window.session.trace
    window.experiments.mask.click()
    wait_idle(qtbot, window)
    trace = window.session.trace
    assert trace is not before and not trace.mask
    upper = np.triu(trace.attention[0, 0], 1)
    assert upper.sum() > 0.01  # words now pour from later words
    assert np.triu(before.attention[0, 0], 1).sum() == 0
    assert_inspector_shows(window, reference(engine_model, window))
    assert not window.docks.inspector.heatmap.masked.isVisible()  # no grey "behind the rope" cells any more


def test_positional_switch_reruns_without_positions(qtbot, make_window, engine_model):
    window = make_window()
    before = window.session.trace
    window.experiments.positional.click()
    wait_idle(qtbot, window)
    assert not window.session.trace.positional
    assert not np.allclose(window.session.trace.attention, before.attention)
    assert_inspector_shows(window, reference(engine_model, window))


def test_shuffle_runs_the_same_words_in_another_order(qtbot, make_window, engine_model):
    window = make_window()
    before = window.session.trace
    window.experiments.shuffle.click()
    wait_idle(qtbot, window)
    trace = window.session.trace
    assert sorted(trace.tokens) == sorted(before.tokens) and trace.tokens != before.tokens
    seed = window.session.switches.shuffle_seed
    assert trace.switches.shuffle_seed == seed and sorted(trace.order) == list(range(trace.n_tokens))
    assert trace.tokens == tuple(before.tokens[k] for k in trace.order)
    assert "shuffled" in window.banner.messages()
    assert_inspector_shows(window, reference(engine_model, window))
    window.experiments.shuffle.click()  # off again: the original order
    wait_idle(qtbot, window)
    assert window.session.trace.tokens == before.tokens


def test_knockout_from_the_grid_and_from_the_stage(qtbot, make_window, engine_model):
    window = make_window()
    before = window.session.trace
    window.experiments.knockout_buttons[(0, 1)].click()
    wait_idle(qtbot, window)
    assert window.session.trace.knockout == frozenset({(0, 1)})
    assert not np.allclose(window.session.trace.probs, before.probs)
    assert_inspector_shows(window, reference(engine_model, window))
    window.stage.head_toggled.emit(1, 2)  # what a Shift+click on an alchemist sends
    wait_idle(qtbot, window)
    assert window.session.trace.knockout == frozenset({(0, 1), (1, 2)})
    assert window.experiments.knockout_buttons[(1, 2)].isChecked()
    window.stage.head_toggled.emit(0, 1)  # and again: restored
    wait_idle(qtbot, window)
    assert window.session.trace.knockout == frozenset({(1, 2)})
    assert_inspector_shows(window, reference(engine_model, window))


@pytest.mark.parametrize("temperature", [0.1, 0.5, 3.0, 10.0])
def test_temperature_slider_is_logarithmic_and_reruns(qtbot, make_window, engine_model, temperature):
    window = make_window()
    before = window.session.trace
    slider = window.experiments.temperature
    slider.setValue(position_of(temperature))
    wait_idle(qtbot, window)
    assert window.session.trace.temperature == pytest.approx(temperature, rel=0.03)
    assert window.session.trace.temperature == temperature_at(slider.value())
    change = np.abs(window.session.trace.attention - before.attention).max()
    assert change > 1e-3
    assert_inspector_shows(window, reference(engine_model, window))


def test_slider_drag_is_debounced_into_one_run(qtbot, make_window):
    window = make_window()
    asked = []
    window.session.client.finished.connect(lambda r: r.lane == "run" and asked.append(r.value.trace.temperature))
    slider = window.experiments.temperature
    for value in range(position_of(1.0), position_of(4.0), 2):  # a drag: many values in a quick row
        slider.setValue(value)
    wait_idle(qtbot, window)
    assert len(asked) == 1
    assert asked[0] == temperature_at(slider.value())


def test_choosing_a_head_updates_stage_inspector_and_pickers(qtbot, make_window, engine_model):
    window = make_window()
    window.docks.inspector.head_selected.emit(3)  # a click on a thumbnail
    assert (window.session.selection.layer, window.session.selection.head) == (0, 3) and window.selection_bar.head_box.currentIndex() == 3
    wait_idle(qtbot, window)  # the worker makes the story of the new head
    assert window.session.story.head == 3
    window.selection_bar.layer_box.setCurrentIndex(1)
    assert (window.session.selection.layer, window.session.selection.head) == (1, 3)
    wait_idle(qtbot, window)
    assert window.stage.story.layer == 1
    assert_inspector_shows(window, reference(engine_model, window))


def test_clicking_a_word_follows_it(qtbot, make_window):
    window = make_window()
    window.stage.token_clicked.emit(2)
    wait_idle(qtbot, window)
    assert window.session.story.focus == 2 and window.session.selection.word == 2
    assert window.session.trace.tokens[2] in window.selection_bar.follow_label.text()


def test_reset_all_experiments(qtbot, make_window):
    window = make_window()
    window.session.set_switches(Switches(mask=False, positional=False, temperature=3.0, knockout=frozenset({(0, 0)})))
    wait_idle(qtbot, window)
    assert window.experiments.reset.isEnabled()
    qtbot.mouseClick(window.experiments.reset, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    t = window.session.trace
    assert (t.mask, t.positional, t.temperature, t.knockout) == (True, True, 1.0, frozenset())


def test_a_mouse_click_on_a_head_thumbnail_chooses_that_head(qtbot, make_window):
    window = make_window()
    window.docks.inspector_dock.raise_()  # its tab is behind the experiments' by default; raised, it is drawn
    grid = window.docks.inspector.heads
    qtbot.waitUntil(lambda: len(grid.boxes) == 4)
    box = grid.boxes[2]
    centre = grid.mapFromScene(box.sceneBoundingRect().center())
    qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert window.session.selection.head == 2
    wait_idle(qtbot, window)
    assert window.session.story.head == 2
    np.testing.assert_array_equal(window.docks.inspector.shown_attention(), window.session.trace.attention[0, 2])


def test_after_an_experiment_one_line_says_how_the_prediction_moved(qtbot, make_window):
    from alchemist_gui.story.changes import describe_change

    window = make_window()
    before = window.session.trace
    window.experiments.positional.click()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: "change" in window.banner.messages(), timeout=30_000)
    kind, text = window.banner.messages()["change"]
    change = describe_change(before, window.session.trace, window.session.story.layer, window.session.story.head)
    word = before.predictions(1)[0][0]
    assert kind == "change" and f"“{word}”" in text and change.values["before"] in text
    assert change.values["after"] in text  # the engine's numbers, before → after
    window.session.set_sentence("Tom lies to his mother, feeling")  # a new sentence is not an experiment
    wait_idle(qtbot, window)
    assert "change" not in window.banner.messages()
