"""When an experiment changes little, say so, and say where it did change (changes.py), from the traces alone."""
import numpy as np
import pytest

from alchemist_gui.story import describe_change
from alchemist_gui.story.changes import LITTLE, typed
from alchemist_gui.story.numbers import fmt_percent
from tests.story.traces import chinese
from tests.story.traces import trace


def test_the_prediction_line_quotes_the_engine(small):
    after = trace(8, mask=False)
    change = describe_change(small, after, 1, 2)
    word, before = small.predictions(1)[0]
    p_after = float(after.probs[after.vocab.index(word)])
    assert change.switch == "mask" and change.word == word
    assert change.before == pytest.approx(before) and change.after == pytest.approx(p_after)
    text = change.text()
    assert text.startswith(f"“{word}” {fmt_percent(before)} → {fmt_percent(p_after)}")
    little = after.predictions(1)[0][0] == word and abs(p_after - before) < LITTLE
    assert change.little == little
    assert ("does not depend on the rope" in text) == little


def test_where_it_changed_is_the_largest_real_change(small):
    after = trace(8, temperature=5.0)
    change = describe_change(small, after)
    diff = np.abs(after.attention.astype(np.float64) - small.attention)
    assert change.attention_change == pytest.approx(diff.max(), abs=1e-6)
    l, h, q, k = np.unravel_index(int(np.argmax(diff)), diff.shape)
    assert change.values["att_head"] == f"{l}.{h}"
    assert change.values["att_query"] == small.tokens[q] and change.values["att_key"] == small.tokens[k]
    assert change.values["att_after"] == fmt_percent(after.attention[l, h, q, k])
    assert any("attention of head" in p for p in change.where)


def test_no_switch_changes_nothing_and_says_so(small):
    change = describe_change(small, trace(8))
    assert change.little and change.switch == "none" and change.attention_change == 0.0
    assert change.where == ("Inside, little moved: no attention share changed by as much as {att_floor}.",)


def test_an_order_blind_workshop_shuffled_has_the_same_flasks_just_moved():
    """Without the rope and the badges the workshop cannot tell the order: in the typed order the shuffled run's
    attention and flasks are the same, and the change says it found nothing inside."""
    plain = trace(8, mask=False, positional=False)
    shuffled = trace(8, mask=False, positional=False, shuffle_seed=5)
    assert shuffled.order != tuple(range(8))
    change = describe_change(plain, shuffled)
    assert change.switch == "order"
    assert change.attention_change < 1e-5 and change.flask_change < 1e-4
    assert typed(shuffled).tolist() == np.argsort(shuffled.order).tolist()
    assert any("little moved" in p for p in change.where)


def test_a_silenced_head_is_named_when_the_answer_hardly_moves():
    before = trace(8)
    after = trace(8, knockout=((0, 3),))
    change = describe_change(before, after, 0, 3)
    assert change.switch == "knockout"
    if change.little:
        assert change.values["heads"] == "0.3" and "0.3" in change.text()


def test_a_new_winner_is_named():
    before, after = trace(8, temperature=0.01), trace(8, temperature=100.0)
    change = describe_change(before, after)
    winner = after.predictions(1)[0][0]
    if winner != before.predictions(1)[0][0]:
        assert f"now “{winner}” wins" in change.text()
    else:
        assert "still the favourite" in change.text() or change.little


def test_another_text_is_not_compared_word_by_word(small):
    change = describe_change(small, trace(6))
    assert change.switch == "text" and change.text().startswith("Another text")


def test_the_change_reads_in_chinese(small):
    text = describe_change(small, trace(8, positional=False), 1, 0).text(chinese)
    assert "{" not in text and any("\u4e00" <= c <= "\u9fff" for c in text)
