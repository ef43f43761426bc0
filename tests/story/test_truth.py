"""Every beat's line and note are true for the run on screen: walk every beat under every switch and check each
sentence against the trace (what the stage says about pickiness is measured on the row it shows)."""
import math
import re

import numpy as np
import pytest

from alchemist_gui.story import Story
from alchemist_gui.story.numbers import label_percent
from alchemist_gui.story_cli import narration
from tests.story.traces import chinese
from tests.story.traces import trace

POUR_ROW = (0.5, 0.0, 0.25, 0.0, 0.0, 0.0, 0.0, 0.25)
RUNS = {
    "default": {},
    "rope off": dict(mask=False),
    "badges off": dict(positional=False),
    "cold": dict(temperature=0.1),
    "hot": dict(temperature=10.0),
    "followed head silenced": dict(knockout=((1, 2),)),
    "other heads silenced": dict(knockout=((0, 1), (1, 0))),
    "shuffled": dict(shuffle_seed=4),
    "poured by hand": dict(pour=(((1, 2, 7), POUR_ROW),)),
    "all at once": dict(mask=False, positional=False, temperature=3.0, knockout=((1, 2),), shuffle_seed=1),
}
SELECTIONS = [(1, 2, None), (1, 2, 0), (1, 2, 4), (0, 1, None)]


def texts(story) -> dict:
    return {b.name: {part: b.text(part) for part in ("title", "line", "note")} for b in story.beats}


def evenness(row, reach):
    p = row[row > 0]
    return float(-(p * np.log(p)).sum() / math.log(reach))


@pytest.mark.parametrize("run", list(RUNS))
@pytest.mark.parametrize("layer,head,focus", SELECTIONS)
def test_every_line_is_true_for_the_run(run, layer, head, focus):
    tr = trace(8, **RUNS[run])
    story = Story(tr, layer, head, focus)
    i, n = story.focus, tr.n_tokens
    said = texts(story)
    for name, parts in said.items():
        for part, text in parts.items():
            assert "{" not in text and "}" not in text, (run, name, part, text)

    # the workshop: shuffled, badges, silenced alchemists
    setup = said["setup"]["line"]
    assert ("shuffled" in setup) == (tr.switches.shuffle_seed is not None and tr.order != tuple(range(n)))
    assert ("no numbered badge" in setup) == (not tr.positional)
    silenced = (layer, head) in tr.knockout
    assert ("grey alchemists" in setup) == silenced

    # the rope: only where there is one, and for the word it is shown for
    mask = said["mask"]["line"]
    if not tr.mask:
        assert "rope is gone" in mask and said["mask"]["title"] == "No rope"
    elif i < n - 1:
        assert f"keeps the {n - 1 - i} later bottles" in mask and f"“{tr.tokens[i]}”" in mask
        assert f"hides {n - 1 - i} of {n} bottles" in said["mask"]["note"]
    else:
        rope = story.pose(story.start_of("mask") + 4.5).rope
        example = re.search(r"look at “(.+?)” \(word (\d+)\)", mask)
        assert example and rope.word == example.group(1) == tr.tokens[int(example.group(2))]
        assert f"keeps the {n - 1 - int(example.group(2))} later bottles" in mask

    # the picky alchemist: the kind the shares measurably are, or the learner's pour
    soft = said["softmax"]["line"]
    row = np.asarray(tr.attention[layer, head, i], dtype=np.float64)
    reach = i + 1 if tr.mask else n
    poured = (layer, head, i) in tr.switches.poured()
    if poured:
        assert soft.startswith("These shares were poured by hand") and "by hand" in said["pour"]["line"]
    elif reach == 1:
        assert "Only one bottle is within his reach" in soft
    else:
        even = evenness(row, reach)
        kind = "easy-going" if even >= 0.9 else "picky" if row.max() >= 0.5 else "choosy"
        assert soft.startswith(f"He is {kind}"), (run, soft, even, row.max())
        assert f"the evenness is {even:.2f}" in said["softmax"]["note"]
        if tr.temperature != 1.0:
            assert ("pickier" if tr.temperature < 1 else "more easy-going") in soft
            assert f"temperature is {tr.temperature:g}" in soft
    if not poured and reach > 1:
        best = int(np.argmax(row))
        shown = re.search(r"“([^”]+)”,? gets (?:the most, |only )?([\d.]+%)", soft)
        assert shown.group(1) == tr.tokens[best]
        assert abs(label_percent(shown.group(2)) - 100 * row[best]) < 0.5
        chip = story.pose(story.start_of("pour") + 1).stations[story.layout.slot_of(best)].number
        assert chip == shown.group(2)  # the line quotes the number on the bottle

    # pouring and the heads: silenced heads are named wherever they matter
    assert ("is silenced" in said["pour"]["line"]) == silenced
    assert ("stay grey" in said["parallel"]["line"]) == silenced
    here = sorted(h for (ly, h) in tr.knockout if ly == layer)
    assert ("Silenced in this block" in said["heads"]["line"]) == bool(here)
    assert ("silenced heads (" in said["residual"]["line"]) == bool(here)
    for h in here:
        assert f"{layer}.{h}" in said["heads"]["line"] and f"{layer}.{h}" in said["residual"]["line"]

    # the floors and the prediction
    if layer < tr.config["n_layer"] - 1:
        assert said["blocks"]["title"] == "Again!" and "climbs to the next floor" in said["blocks"]["line"]
    else:
        assert said["blocks"]["title"] == "The top floor" and f"the {layer} floors below" in said["blocks"]["line"]
    winner, p = tr.predictions(1)[0]
    assert f"“{winner}” wins with {100 * p:.1f}%" in said["prediction"]["line"]


@pytest.mark.parametrize("run", ["default", "hot", "followed head silenced", "shuffled", "poured by hand"])
def test_the_chinese_narration_is_complete_for_every_run(run):
    story = Story(trace(8, **RUNS[run]), 1, 2)
    english = narration(story)
    translated = narration(story, chinese)
    for en, zh in zip(english, translated):
        for part in ("title", "line", "note"):
            assert "{" not in zh[part] and zh[part] != en[part], (run, en["name"], part)
            assert any("\u4e00" <= c <= "\u9fff" for c in zh[part])
            # every number the English sentence quotes, the Chinese one quotes too
            assert sorted(re.findall(r"\d+(?:\.\d+)?%", en[part])) == sorted(re.findall(r"\d+(?:\.\d+)?%", zh[part]))


def test_a_silenced_followed_head_is_silenced_at_every_beat():
    tr = trace(8, knockout=((1, 2),))
    story = Story(tr, 1, 2)
    for beat in story.beats:
        for frac in (0.3, 0.9):
            pose = story.pose(beat.start + frac * beat.duration)
            assert all(s.silenced for s in pose.stations)
            focused = next(s for s in pose.stations if s.focused)
            assert pose.silenced_alpha == pytest.approx(focused.alchemist_alpha)
            if focused.flask_fill > 0:
                assert focused.flask_rgb == (0.62, 0.6, 0.58)  # his flask holds nothing that counts: grey
    assert not any(s.silenced for s in Story(tr, 1, 1).pose(10.0).stations)


def test_a_poured_row_is_labelled_while_it_is_shown():
    story = Story(trace(8, pour=(((1, 2, 7), POUR_ROW),)), 1, 2)
    pose = story.pose(story.start_of("pour") + 2)
    assert pose.poured_alpha > 0.9
    assert [s.share for s in pose.stations] == pytest.approx(list(POUR_ROW))
    assert story.pose(story.start_of("recipe") + 2).poured_alpha == 0.0
    assert Story(trace(8, pour=(((1, 2, 7), POUR_ROW),)), 1, 1).pose(story.start_of("pour") + 2).poured_alpha == 0
