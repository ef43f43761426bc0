"""The trace is the real computation, and the switches change exactly what they should."""
import dataclasses

import numpy as np
import pytest

from engine import InputError

SENTENCE = "w3 w1 w4 w1 w5 w9 w2 w6"


def softmax(x):
    e = np.exp(x - x.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


def test_attention_rows_sum_to_one_and_masked_entries_are_exactly_zero(tiny):
    t = tiny.trace(SENTENCE)
    assert np.allclose(t.attention.sum(-1), 1.0, atol=1e-6)
    later = np.triu(np.ones((t.n_tokens, t.n_tokens), bool), 1)
    assert (t.attention[..., later] == 0.0).all()
    assert np.isneginf(t.scores[..., later]).all()
    assert (t.attention[..., ~later] > 0).all()


def test_without_the_mask_words_see_later_words(tiny):
    t = tiny.trace(SENTENCE, mask=False)
    later = np.triu(np.ones((t.n_tokens, t.n_tokens), bool), 1)
    assert (t.attention[..., later] > 0).all()
    assert np.allclose(t.attention.sum(-1), 1.0, atol=1e-6)
    assert not np.allclose(t.probs, tiny.trace(SENTENCE).probs)


def test_the_trace_records_each_step_consistently(tiny):
    t = tiny.trace(SENTENCE)
    d = t.q.shape[-1]
    assert np.allclose(t.scores_raw, t.q @ np.swapaxes(t.k, -1, -2), atol=1e-4)
    visible = ~np.isneginf(t.scores)
    assert np.allclose(t.scores[visible], (t.scores_raw / np.sqrt(d))[visible], atol=1e-5)
    assert np.allclose(t.attention, softmax(t.scores), atol=1e-6)
    assert np.allclose(t.head_out, t.attention @ t.v, atol=1e-5)
    assert np.allclose(t.resid_mid, t.resid_pre + t.attn_out, atol=1e-5)
    assert np.allclose(t.resid_post, t.resid_mid + t.mlp_out, atol=1e-5)
    assert np.allclose(t.resid_pre[1:], t.resid_post[:-1])
    assert np.allclose(t.resid_pre[0], t.tok_emb + t.pos_emb, atol=1e-6)
    assert np.isclose(t.probs.sum(), 1.0, atol=1e-5)
    assert np.array_equal(t.lens_probs[-1], t.probs)  # the last block's lens is the prediction
    final = tiny.gpt.ln_f.weight.detach().numpy(), tiny.gpt.ln_f.bias.detach().numpy()
    x = t.resid_post[-1, -1]
    normed = (x - x.mean()) / np.sqrt(x.var() + 1e-5) * final[0] + final[1]
    assert np.allclose(t.logits, normed @ tiny.gpt.wte.weight.detach().numpy().T, atol=1e-4)
    assert np.allclose(tiny.logits(SENTENCE)[-1], t.logits, atol=1e-5)  # the plain forward agrees


def test_the_trace_is_read_only(tiny):
    t = tiny.trace(SENTENCE)
    with pytest.raises(ValueError):
        t.attention[0, 0, 0, 0] = 1.0
    with pytest.raises(dataclasses.FrozenInstanceError):
        t.tokens = ("x",)
    assert all(not getattr(t, f.name).flags.writeable for f in dataclasses.fields(t)
               if isinstance(getattr(t, f.name), np.ndarray))


def permuted(perm, *arrays_and_axes):
    return [np.take(a, perm, axis=ax) for a, ax in arrays_and_axes]


def test_without_mask_and_positions_the_workshop_is_order_blind(tiny):
    words = SENTENCE.split()
    perm = np.array([5, 2, 7, 0, 3, 6, 1, 4])
    a = tiny.trace(" ".join(words), mask=False, positional=False)
    b = tiny.trace(" ".join(words[i] for i in perm), mask=False, positional=False)
    for name in ("q", "k", "v", "head_out"):
        assert np.allclose(getattr(b, name), np.take(getattr(a, name), perm, axis=2), atol=1e-5), name
    for name in ("attention", "scores_raw"):
        moved = np.take(np.take(getattr(a, name), perm, axis=2), perm, axis=3)
        assert np.allclose(getattr(b, name), moved, atol=1e-5), name
    for name in ("attn_out", "resid_pre", "resid_mid", "resid_post", "mlp_hidden", "mlp_out"):
        assert np.allclose(getattr(b, name), np.take(getattr(a, name), perm, axis=1), atol=1e-5), name
    plain_a = tiny.logits(" ".join(words), mask=False, positional=False)
    plain_b = tiny.logits(" ".join(words[i] for i in perm), mask=False, positional=False)
    assert np.allclose(plain_b, plain_a[perm], atol=1e-4)  # every position's next-word logits move along


@pytest.mark.parametrize("switches", [dict(mask=True, positional=False), dict(mask=False, positional=True)])
def test_with_either_the_mask_or_positions_order_matters(tiny, switches):
    words = SENTENCE.split()
    perm = np.array([5, 2, 7, 0, 3, 6, 1, 4])
    a = tiny.trace(" ".join(words), **switches)
    b = tiny.trace(" ".join(words[i] for i in perm), **switches)
    assert not np.allclose(b.head_out, np.take(a.head_out, perm, axis=2), atol=1e-3)


def test_a_knocked_out_head_contributes_nothing_and_nothing_else_changes(tiny):
    full = tiny.trace(SENTENCE)
    cut = tiny.trace(SENTENCE, knockout={(1, 2)})
    assert cut.knockout == frozenset({(1, 2)})
    # everything before layer 1's attention output is untouched, including the silenced head's own work
    for name in ("q", "k", "v", "attention", "head_out"):
        assert np.array_equal(getattr(cut, name)[:2], getattr(full, name)[:2]), name
    assert np.array_equal(cut.resid_pre[1], full.resid_pre[1])
    # the attention output lost exactly that head's share: head_out · its slice of W_o
    D = full.head_out.shape[-1]
    w_o = tiny.gpt.h[1].attn.c_proj.weight.detach().numpy()
    share = full.head_out[1, 2] @ w_o[2 * D:3 * D]
    assert np.allclose(full.attn_out[1] - cut.attn_out[1], share, atol=1e-5)
    assert not np.allclose(full.probs, cut.probs)


def test_knocking_out_an_early_head_changes_later_layers_only(tiny):
    full = tiny.trace(SENTENCE)
    cut = tiny.trace(SENTENCE, knockout=[(0, 1)])
    assert np.array_equal(cut.attention[0], full.attention[0])
    assert not np.allclose(cut.attention[1], full.attention[1])


def test_temperature_divides_the_scores(tiny):
    base = tiny.trace(SENTENCE)
    for temperature in (0.5, 3.0):
        t = tiny.trace(SENTENCE, temperature=temperature)
        visible = ~np.isneginf(base.scores[0])
        assert np.allclose(t.scores[0][visible], base.scores[0][visible] / temperature, atol=1e-5)
        assert np.allclose(t.attention[0], softmax(base.scores[0] / temperature), atol=1e-6)
    entropy = lambda a: -(a * np.log(np.where(a > 0, a, 1))).sum(-1).mean()  # noqa: E731
    hot, cold = tiny.trace(SENTENCE, temperature=4.0), tiny.trace(SENTENCE, temperature=0.25)
    assert entropy(cold.attention[0]) < entropy(base.attention[0]) < entropy(hot.attention[0])


def test_predictions_are_sorted_and_match_the_probabilities(tiny):
    t = tiny.trace(SENTENCE)
    preds = t.predictions(k=5)
    probs = [p for _, p in preds]
    assert probs == sorted(probs, reverse=True) and len(preds) == 5
    assert preds[0] == (tiny.vocab[int(t.probs.argmax())], float(t.probs.max()))


@pytest.mark.parametrize("text", ["", "   ", "\n\t"])
def test_empty_text_is_refused(tiny, text):
    with pytest.raises(InputError, match="empty"):
        tiny.trace(text)


def test_text_longer_than_the_context_keeps_the_last_words(tiny):
    n = tiny.config["n_positions"]
    words = [f"w{i % 50}" for i in range(n + 7)]
    t = tiny.trace(" ".join(words))
    assert t.n_tokens == n and t.truncated == 7
    assert list(t.tokens) == words[-n:]


def test_a_huge_text_is_cut_without_reading_it_all(tiny):
    t = tiny.trace("w1 w2 " * 200_000 + "w7")
    assert t.n_tokens == tiny.config["n_positions"] and t.tokens[-1] == "w7" and t.truncated > 0


@pytest.mark.parametrize("text", ["w1 zebra w2", "w1 你好 w2", "w1 😀 w2"])
def test_unknown_words_emoji_and_chinese_run_as_unknown_tokens(tiny, text):
    t = tiny.trace(text)
    assert t.unknown == (1,) and t.tokens[1] == "<unk>"
    assert tiny.tokenizer.unknown_words(text) == [text.split()[1]]


@pytest.mark.parametrize("knockout, message", [
    ([(2, 0)], "does not exist"), ([(0, 4)], "does not exist"), ([(-1, 0)], "does not exist"),
    (["x"], "layer.head"), ([(0, 1, 2)], "layer.head"),
])
def test_out_of_range_knockout_is_refused(tiny, knockout, message):
    with pytest.raises(InputError, match=message):
        tiny.trace(SENTENCE, knockout=knockout)


@pytest.mark.parametrize("temperature", [0, -1, float("nan"), float("inf"), 1000, "hot"])
def test_out_of_range_temperature_is_refused(tiny, temperature):
    with pytest.raises(InputError, match="Temperature"):
        tiny.trace(SENTENCE, temperature=temperature)


def test_value_colour_axes_are_fixed_by_the_weights(tiny):
    a, b = tiny.trace(SENTENCE), tiny.trace("w9 w8")
    assert a.value_axes is b.value_axes
    L, H, T, D = a.v.shape
    assert a.value_axes.shape == (L, H, 3, D)
    # the potion of a word is an affine function of its value vector: colour(mix) = mix(colours)
    proj = np.einsum("lhrd,lhtd->lhtr", a.value_axes, a.v - a.value_bias[:, :, None])
    mixed = np.einsum("lhrd,lhtd->lhtr", a.value_axes, a.head_out - a.value_bias[:, :, None])
    assert np.allclose(a.attention @ proj, mixed, atol=1e-4)


def test_the_lens_read_a_slice_of_the_vocabulary_at_a_time_is_the_plain_unembedding(tiny):
    import torch

    rows = torch.from_numpy(tiny.trace(SENTENCE).resid_post[:, -1].copy())
    whole = tiny.gpt.unembed(rows).detach()
    for chunk in (5, 64, 1000):  # slices that do not divide the vocabulary, one slice, more than the vocabulary
        assert torch.allclose(tiny.gpt.unembed_rows(rows, chunk=chunk).detach(), whole, atol=1e-6)


def test_a_small_model_runs_on_one_thread_and_gives_the_threads_back(tiny):
    import torch

    threads = torch.get_num_threads()
    assert tiny.small
    tiny.trace(SENTENCE)
    with pytest.raises(InputError):
        tiny.trace(SENTENCE, temperature=0)
    with pytest.raises(InputError):
        tiny.trace(SENTENCE, pour={(0, 0, 99): [1]})  # refused inside the one-thread block
    assert torch.get_num_threads() == threads
