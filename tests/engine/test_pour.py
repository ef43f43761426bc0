"""Pouring by hand: a head's attention row replaced by given shares, and the real model run on from there."""
import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from engine import InputError, Switches

ROOT = Path(__file__).resolve().parents[2]
SENTENCE = "w3 w1 w4 w1 w5 w9"  # 6 words
T = 6


def test_pouring_the_row_the_model_computed_changes_nothing(tiny):
    plain = tiny.trace(SENTENCE)
    for layer, head, pos in ((0, 1, 3), (1, 2, T - 1), (0, 0, 0)):
        full_row = plain.attention[layer, head, pos]
        for shares in (full_row, full_row[: pos + 1]):  # T shares, or only the ones the rope lets it reach
            t = tiny.trace(SENTENCE, pour={(layer, head, pos): shares.tolist()})
            assert np.abs(t.probs - plain.probs).max() <= 1e-6
            assert np.abs(t.resid_post - plain.resid_post).max() <= 1e-5


def test_a_pour_changes_only_what_is_downstream(tiny):
    plain = tiny.trace(SENTENCE)
    shares = [0.0, 0.0, 1.0, 0.0, 0.0, 0.0]
    t = tiny.trace(SENTENCE, pour={(1, 2, 4): shares})
    assert t.pour == {(1, 2, 4): tuple(shares)} and t.switches.poured() == t.pour
    assert np.array_equal(t.attention[1, 2, 4], np.array(shares, np.float32))
    # everything of layer 0 and everything of layer 1 before the pouring is identical
    for name in ("q", "k", "v", "scores", "attention", "head_out", "attn_out", "resid_post", "mlp_out"):
        assert np.array_equal(getattr(t, name)[0], getattr(plain, name)[0]), name
    for name in ("q", "k", "v", "scores_raw", "scores"):
        assert np.array_equal(getattr(t, name)[1], getattr(plain, name)[1]), name
    others = [h for h in range(4) if h != 2]
    assert np.array_equal(t.attention[1, others], plain.attention[1, others])  # the other heads are untouched
    rows = [p for p in range(T) if p != 4]
    assert np.array_equal(t.attention[1, 2, rows], plain.attention[1, 2, rows])  # and the head's other words
    # the flask holds exactly the potion poured; the words before 4 do not see it (causal), word 4 and later do
    assert np.allclose(t.head_out[1, 2, 4], t.v[1, 2, 2], atol=1e-6)
    assert np.array_equal(t.resid_post[1, :4], plain.resid_post[1, :4])
    assert not np.allclose(t.resid_post[1, 4], plain.resid_post[1, 4])
    # this is the last block, and the next word is read at the last word, which poured as before
    assert np.array_equal(t.probs, plain.probs)
    last = tiny.trace(SENTENCE, pour={(1, 2, 5): shares})
    assert not np.allclose(last.probs, plain.probs) and np.array_equal(last.attention[0], plain.attention[0])


def test_a_pour_in_an_early_layer_moves_the_later_layers(tiny):
    plain = tiny.trace(SENTENCE)
    t = tiny.trace(SENTENCE, pour={(0, 3, T - 1): [1, 0, 0, 0, 0, 0]})
    assert np.array_equal(t.resid_pre[0], plain.resid_pre[0])
    assert not np.allclose(t.attention[1, :, T - 1], plain.attention[1, :, T - 1])
    # only the last word poured differently, so the earlier words' attention in layer 1 is unchanged
    assert np.array_equal(t.attention[1, :, : T - 1], plain.attention[1, :, : T - 1])


def test_shares_are_renormalised_and_several_rows_can_be_poured(tiny):
    a = 1 / 3
    t = tiny.trace(SENTENCE, pour={(0, 0, 2): [a, a, a], (1, 1, 5): [0.5, 0, 0, 0, 0, 0.5 + 4e-7]})
    assert np.isclose(t.attention[0, 0, 2].sum(), 1.0, atol=1e-7) and np.allclose(t.attention[0, 0, 2, :3], a)
    assert (t.attention[0, 0, 2, 3:] == 0).all()
    assert np.isclose(t.attention[1, 1, 5, 5], (0.5 + 4e-7) / (1 + 4e-7))
    assert len(t.pour) == 2 and "poured by hand 0.0.2, 1.1.5" in t.switches.changes()


def test_pour_through_a_switches_value_and_the_plain_forward(tiny):
    sw = Switches().with_pour((1, 0, 5), [0, 0, 0, 0, 1, 0])
    t = tiny.trace(SENTENCE, sw)
    assert t.switches == sw
    assert np.allclose(tiny.logits(SENTENCE, sw)[-1], t.logits, atol=1e-5)
    assert not np.allclose(tiny.logits(SENTENCE)[-1], t.logits, atol=1e-3)


def test_without_the_mask_a_word_can_pour_from_later_words(tiny):
    t = tiny.trace(SENTENCE, mask=False, pour={(0, 2, 1): [0, 0, 0, 0, 0, 1]})
    assert t.attention[0, 2, 1, 5] == 1.0
    with pytest.raises(InputError, match="takes 6 shares"):
        tiny.trace(SENTENCE, mask=False, pour={(0, 2, 1): [0.5, 0.5]})


@pytest.mark.parametrize("pour, message", [
    ({(2, 0, 1): [1, 0]}, "head 2.0"),
    ({(0, 4, 1): [1, 0]}, "head 0.4"),
    ({(0, 0, 6): [1] + [0] * 6}, "position 6"),
    ({(0, 0, -1): [1]}, "position -1"),
    ({(0, 0, 2): [0.5, 0.5]}, "takes 3 or 6 shares"),
    ({(0, 0, 2): [0.5, 0.5, 0, 0, 0, 0, 0]}, "takes 3 or 6 shares"),
    ({(0, 0, 2): [1.5, -0.5, 0]}, "0 or more"),
    ({(0, 0, 2): [float("nan"), 0.5, 0.5]}, "0 or more"),
    ({(0, 0, 2): [float("inf"), 0, 0]}, "0 or more"),
    ({(0, 0, 2): [0.5, 0.4, 0]}, "add up to 0.9"),
    ({(0, 0, 2): [0.5, 0.5, 1e-5]}, "add up to 1.00001"),
    ({(0, 0, 2): [0.5, 0, 0, 0.5, 0, 0]}, "behind the rope"),
    ({(0, 0, 2): "0.5,0.5"}, "numbers"),
    ({(0, 0): [1]}, "layer, head, position"),
    ({(0, 0, 1.5): [1, 0]}, "layer, head, position"),
    ([((0, 0, 1), [1, 0]), ((0, 0, 1), [0, 1])], "twice"),
])
def test_bad_pours_are_refused_with_a_clear_line(tiny, pour, message):
    with pytest.raises(InputError, match=message) as info:
        tiny.trace(SENTENCE, pour=pour)
    assert "\n" not in str(info.value)


def run(*args):
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *map(str, args)], capture_output=True,
                          text=True, cwd=ROOT, timeout=120)


def test_pour_on_the_command_line(tiny_folder, tiny):
    out = run("trace", SENTENCE, "--model", tiny_folder, "--pour", "1.2.4=0,0,1,0,0", "0.1.5=0,0,0,0,0,1",
              "--pour", "0.0.1=0.25,0.75", "--json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["switches"]["pour"] == {"0.0.1": [0.25, 0.75], "0.1.5": [0, 0, 0, 0, 0, 1], "1.2.4": [0, 0, 1, 0, 0]}
    t = tiny.trace(SENTENCE, pour={(1, 2, 4): [0, 0, 1, 0, 0], (0, 1, 5): [0, 0, 0, 0, 0, 1], (0, 0, 1): [0.25, 0.75]})
    assert np.allclose(data["attention"], t.attention, atol=1e-6)
    assert data["attention"][1][2][4] == [0, 0, 1, 0, 0, 0]
    predicted = json.loads(run("predict", SENTENCE, "--model", tiny_folder, "--pour", "1.2.4=0,0,1,0,0",
                               "0.1.5=0,0,0,0,0,1", "--pour", "0.0.1=0.25,0.75", "--json").stdout)
    assert [(p["token"], pytest.approx(p["prob"], abs=1e-6)) for p in predicted["predictions"]] == t.predictions(5)


@pytest.mark.parametrize("pour, message", [
    ("1.2=0.5,0.5", "LAYER.HEAD.POSITION=SHARE"), ("1.2.x=1", "LAYER.HEAD.POSITION=SHARE"),
    ("1.2.1", "LAYER.HEAD.POSITION=SHARE"), ("1.2.1=a,b", "LAYER.HEAD.POSITION=SHARE"),
    ("1.2.1=0.5,0.4", "add up to 0.9"), ("1.2.9=1", "position 9"), ("1.2.1=1,0,0", "takes 2 or 6 shares"),
])
def test_a_bad_pour_on_the_command_line_gets_one_line_and_exit_code_2(tiny_folder, pour, message):
    out = run("predict", SENTENCE, "--model", tiny_folder, "--pour", pour)
    assert out.returncode == 2 and "Traceback" not in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1 and message in out.stderr, out.stderr
