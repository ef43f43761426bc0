"""Before/after shows what an experiment changed, and shows the story's claim: with the rope and the badges off,
shuffled words give the same flasks, moved."""
import numpy as np

from alchemist_gui.compare import (ATTENTION_TOLERANCE, SAME_TOLERANCE, below_tolerance_as_zero, fmt_difference,
                                   moved_back, permutation_between)
from engine import Switches

from .conftest import wait_idle


def test_compare_is_empty_until_a_switch_changes(qtbot, make_window):
    window = make_window()
    window.docks.compare_dock.raise_()
    assert window.docks.compare.before is None
    assert "Flip a switch" in window.docks.compare.summary.text()  # what to do to have something to compare
    assert not window.docks.compare.attention_box.isVisibleTo(window.docks.compare)  # no empty axes


def test_a_switch_change_is_compared_with_the_baseline(qtbot, make_window):
    window = make_window()
    first = window.session.trace
    window.experiments.mask.click()
    wait_idle(qtbot, window)
    window.docks.compare_dock.raise_()  # it sits behind the inspector's tab and draws when shown
    compare = window.docks.compare
    assert compare.before is first and compare.after is window.session.trace
    layer, head = window.session.selection.layer, window.session.selection.head
    np.testing.assert_array_equal(compare.att_before.shown(), first.attention[layer, head])
    np.testing.assert_array_equal(compare.att_after.shown(), window.session.trace.attention[layer, head])
    expected = window.session.trace.attention[layer, head] - first.attention[layer, head]
    np.testing.assert_allclose(compare.att_diff.shown(), expected, atol=ATTENTION_TOLERANCE)
    assert tuple(compare.att_diff.colorbar.levels()) == (-1.0, 1.0)  # a fixed scale: shares move by at most 1
    largest = fmt_difference(float(np.abs(expected).max()), ATTENTION_TOLERANCE)
    assert largest in compare.att_note.text()
    labels, values = compare.pred.shown()
    assert list(labels) == [t for t, _ in window.session.trace.predictions(5)]
    window.session.select(layer=1, head=2)  # the view follows the chosen head (once the worker made its story)
    wait_idle(qtbot, window)
    np.testing.assert_array_equal(compare.att_before.shown(), first.attention[1, 2])
    # a new sentence is compared with the baseline's run of that sentence (everything on)
    window.session.set_sentence("Tom lies to his mother, feeling")
    wait_idle(qtbot, window)
    assert compare.before.switches == Switches() and compare.before.text == "Tom lies to his mother, feeling"
    assert not compare.after.mask
    # after "Reset all experiments" the before side does not show the experiment: the run is the baseline
    window.experiments.reset.click()
    wait_idle(qtbot, window)
    assert compare.before is None and "baseline" in compare.summary.text()


def test_a_rounding_difference_is_drawn_as_none(qtbot):
    diff = np.array([[3e-8, -0.2], [1e-7, 0.0]])
    assert below_tolerance_as_zero(diff, ATTENTION_TOLERANCE).tolist() == [[0.0, -0.2], [0.0, 0.0]]
    assert fmt_difference(1.19e-7, ATTENTION_TOLERANCE).startswith("none")
    assert fmt_difference(0.25, ATTENTION_TOLERANCE) == "0.25"


def test_the_learner_chooses_the_baseline(qtbot, make_window):
    window = make_window()
    compare = window.docks.compare
    window.docks.compare_dock.raise_()
    window.session.set_switches(Switches(positional=False))
    wait_idle(qtbot, window)
    compare.use_as_baseline.click()  # this run (badges off) is now "before"
    window.session.set_switches(Switches(positional=False, temperature=3.0))
    wait_idle(qtbot, window)
    assert compare.before.switches == Switches(positional=False) and compare.after.temperature == 3.0
    compare.default_baseline.click()
    wait_idle(qtbot, window)
    assert compare.before.switches == Switches()


def test_order_blind_workshop_gives_the_same_flasks_moved(qtbot, make_window):
    window = make_window()
    window.experiments.demo.click()  # rope off + badges off, then shuffle
    wait_idle(qtbot, window)
    before, after = window.docks.compare.before, window.docks.compare.after
    assert not before.mask and not before.positional and before.text == window.session.run.sentence
    assert not after.mask and not after.positional and after.tokens != before.tokens
    order = permutation_between(before, after)
    assert [after.tokens[j] for j in order] == list(before.tokens)
    # the claim, checked on the engine's numbers: every head of every block, moved back, is the same
    np.testing.assert_allclose(moved_back(after.head_out, order), before.head_out, atol=SAME_TOLERANCE)
    shown = window.docks.compare.max_flask_difference
    assert shown is not None and shown <= SAME_TOLERANCE
    assert shown == np.abs(moved_back(after.head_out, order) - before.head_out).max()
    assert window.docks.compare_dock.isVisible()  # the demonstration brings the view forward
    assert window.docks.compare.flask_box.isVisibleTo(window.docks.compare)
    assert "Same flasks" in window.docks.compare.verdict.text() and f"{shown:.2e}" in window.docks.compare.verdict.text()
    assert window.docks.compare.before.switches == Switches(mask=False, positional=False)  # the demo's baseline
    np.testing.assert_array_equal(window.docks.compare.flask_after.shown(),
                                  moved_back(after.head_out[window.session.selection.layer, window.session.selection.head], order))


def test_with_the_rope_on_a_shuffle_changes_the_flasks(qtbot, make_window):
    window = make_window()
    window.session.set_switches(Switches(mask=True, positional=False))
    wait_idle(qtbot, window)
    window.session.set_switches(Switches(mask=True, positional=False, shuffle_seed=3))
    wait_idle(qtbot, window)
    window.docks.compare_dock.raise_()
    assert window.docks.compare.max_flask_difference > 1e-2
    assert "Not the same" in window.docks.compare.verdict.text()


def test_the_permutation_handles_repeated_words():
    class T:
        def __init__(self, ids):
            self.token_ids = np.array(ids)

    order = permutation_between(T([5, 7, 5, 9]), T([9, 5, 5, 7]))
    assert sorted(order.tolist()) == [0, 1, 2, 3]
    assert [[9, 5, 5, 7][j] for j in order] == [5, 7, 5, 9]
    assert permutation_between(T([1, 2]), T([1, 3])) is None
