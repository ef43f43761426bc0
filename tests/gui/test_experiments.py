"""Each experiment re-runs the real engine and changes the trace; the inspector shows the engine's own numbers."""
import numpy as np
import pytest
from PySide6.QtCore import Qt

from alchemist_gui.experiments import position_of, temperature_at
from alchemist_gui.sentences import shuffled
from alchemist_gui.settings import Switches

from .conftest import wait_idle


def reference(engine_model, window):
    """The same run, asked of the engine directly (not through the window)."""
    t = window.trace
    return engine_model.trace(t.text, mask=t.mask, positional=t.positional, temperature=t.temperature,
                              knockout=t.knockout)


def assert_inspector_shows(window, ref):
    layer, head = window.layer, window.head
    np.testing.assert_array_equal(window.inspector.shown_attention(), ref.attention[layer, head])
    for h, image in enumerate(window.inspector.shown_heads()):
        np.testing.assert_array_equal(image, ref.attention[layer, h])
    shown = window.inspector.shown_predictions()
    expected = ref.predictions(len(shown))
    assert [t for t, _ in shown] == [t for t, _ in expected]
    np.testing.assert_allclose([p for _, p in shown], [p for _, p in expected], rtol=0, atol=0)
    assert window.inspector.shown_lens() == [ref.lens_predictions(l, 1)[0][0] for l in range(ref.config["n_layer"])]


def test_the_first_run_is_shown_exactly(make_window, engine_model):
    window = make_window()
    assert_inspector_shows(window, reference(engine_model, window))
    assert window.trace.mask and window.trace.positional


def test_mask_switch_reruns_without_the_mask(qtbot, make_window, engine_model):
    window = make_window()
    before = window.trace
    window.experiments.mask.click()
    wait_idle(qtbot, window)
    trace = window.trace
    assert trace is not before and not trace.mask
    upper = np.triu(trace.attention[0, 0], 1)
    assert upper.sum() > 0.01  # words now pour from later words
    assert np.triu(before.attention[0, 0], 1).sum() == 0
    assert_inspector_shows(window, reference(engine_model, window))
    assert not window.inspector.heatmap.masked.isVisible()  # no grey "behind the rope" cells any more


def test_positional_switch_reruns_without_positions(qtbot, make_window, engine_model):
    window = make_window()
    before = window.trace
    window.experiments.positional.click()
    wait_idle(qtbot, window)
    assert not window.trace.positional
    assert not np.allclose(window.trace.attention, before.attention)
    assert_inspector_shows(window, reference(engine_model, window))


def test_shuffle_runs_the_same_words_in_another_order(qtbot, make_window, engine_model):
    window = make_window()
    before = window.trace
    window.experiments.shuffle.click()
    wait_idle(qtbot, window)
    trace = window.trace
    assert sorted(trace.tokens) == sorted(before.tokens) and trace.tokens != before.tokens
    seed = window.experiments.switches.shuffle_seed
    assert trace.text == shuffled(window._accepted.sentence, seed)
    assert "shuffled" in window.banner.messages()
    assert_inspector_shows(window, reference(engine_model, window))
    window.experiments.shuffle.click()  # off again: the original order
    wait_idle(qtbot, window)
    assert window.trace.tokens == before.tokens


def test_knockout_from_the_grid_and_from_the_stage(qtbot, make_window, engine_model):
    window = make_window()
    before = window.trace
    window.experiments.knockout_buttons[(0, 1)].click()
    wait_idle(qtbot, window)
    assert window.trace.knockout == frozenset({(0, 1)})
    assert not np.allclose(window.trace.probs, before.probs)
    assert_inspector_shows(window, reference(engine_model, window))
    window.stage.head_toggled.emit(1, 2)  # what a Shift+click on an alchemist sends
    wait_idle(qtbot, window)
    assert window.trace.knockout == frozenset({(0, 1), (1, 2)})
    assert window.experiments.knockout_buttons[(1, 2)].isChecked()
    window.stage.head_toggled.emit(0, 1)  # and again: restored
    wait_idle(qtbot, window)
    assert window.trace.knockout == frozenset({(1, 2)})
    assert_inspector_shows(window, reference(engine_model, window))


@pytest.mark.parametrize("temperature", [0.1, 0.5, 3.0, 10.0])
def test_temperature_slider_is_logarithmic_and_reruns(qtbot, make_window, engine_model, temperature):
    window = make_window()
    before = window.trace
    slider = window.experiments.temperature
    slider.setValue(position_of(temperature))
    wait_idle(qtbot, window)
    assert window.trace.temperature == pytest.approx(temperature, rel=0.03)
    assert window.trace.temperature == temperature_at(slider.value())
    change = np.abs(window.trace.attention - before.attention).max()
    assert change > 1e-3
    assert_inspector_shows(window, reference(engine_model, window))


def test_slider_drag_is_debounced_into_one_run(qtbot, make_window):
    window = make_window()
    asked = []
    window.client.result_ready.connect(lambda r: asked.append(r.request.temperature))
    slider = window.experiments.temperature
    for value in range(position_of(1.0), position_of(4.0), 2):  # a drag: many values in a quick row
        slider.setValue(value)
    wait_idle(qtbot, window)
    assert len(asked) == 1
    assert asked[0] == temperature_at(slider.value())


def test_choosing_a_head_updates_stage_inspector_and_pickers(qtbot, make_window, engine_model):
    window = make_window()
    window.inspector.head_selected.emit(3)  # a click on a thumbnail
    assert (window.layer, window.head) == (0, 3) and window.head_box.currentIndex() == 3
    wait_idle(qtbot, window)  # the worker makes the story of the new head
    assert window.story.head == 3
    window.layer_box.setCurrentIndex(1)
    assert (window.layer, window.head) == (1, 3)
    wait_idle(qtbot, window)
    assert window.stage.story.layer == 1
    assert_inspector_shows(window, reference(engine_model, window))


def test_clicking_a_word_follows_it(qtbot, make_window):
    window = make_window()
    window.stage.token_clicked.emit(2)
    wait_idle(qtbot, window)
    assert window.story.focus == 2 and window.focus == 2
    assert window.trace.tokens[2] in window.follow_label.text()


def test_reset_all_experiments(qtbot, make_window):
    window = make_window()
    window.set_switches(Switches(mask=False, positional=False, temperature=3.0, knockout=frozenset({(0, 0)})))
    wait_idle(qtbot, window)
    assert window.experiments.reset.isEnabled()
    qtbot.mouseClick(window.experiments.reset, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    t = window.trace
    assert (t.mask, t.positional, t.temperature, t.knockout) == (True, True, 1.0, frozenset())


def test_a_mouse_click_on_a_head_thumbnail_chooses_that_head(qtbot, make_window):
    window = make_window()
    window.inspector_dock.raise_()  # its tab is behind the experiments' by default; raised, it is drawn
    grid = window.inspector.heads
    qtbot.waitUntil(lambda: len(grid.boxes) == 4)
    box = grid.boxes[2]
    centre = grid.mapFromScene(box.sceneBoundingRect().center())
    qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert window.head == 2
    wait_idle(qtbot, window)
    assert window.story.head == 2
    np.testing.assert_array_equal(window.inspector.shown_attention(), window.trace.attention[0, 2])
