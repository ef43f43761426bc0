"""Our engine against transformers' GPT-2 on the same weights: same probabilities, same attention."""
import json

import numpy as np
import pytest
import torch
from safetensors.torch import load_file, save_file

from engine import load_model

from tests.random_models import save_random_gpt2

SHAPES = [
    dict(n_layer=2, n_head=4, n_embd=32),
    dict(n_layer=3, n_head=2, n_embd=24, n_inner=40),
    dict(n_layer=1, n_head=1, n_embd=8),
    dict(n_layer=2, n_head=6, n_embd=48, activation_function="gelu"),
]
SENTENCE = "w3 w1 w4 w1 w5 w9 w2 w6 w5 w3"


def reference(hf, ids):
    """transformers' next-word probabilities at every position, and its attention weights."""
    with torch.no_grad():
        out = hf(torch.tensor([ids]), output_attentions=True)
    probs = torch.softmax(out.logits[0], dim=-1).numpy()
    return probs, np.stack([a[0].numpy() for a in out.attentions])


def assert_same(model, trace, hf):
    probs, attention = reference(hf, trace.token_ids.tolist())
    assert np.abs(trace.probs - probs[-1]).max() <= 1e-4
    assert np.abs(trace.attention - attention).max() <= 1e-4
    ours_everywhere = torch.softmax(torch.from_numpy(model.logits(trace.text)), dim=-1).numpy()
    assert np.abs(ours_everywhere - probs).max() <= 1e-4
    return attention


@pytest.mark.parametrize("shape", SHAPES, ids=lambda s: "L{n_layer}H{n_head}C{n_embd}".format(**s))
def test_same_probabilities_and_attention_as_transformers(tmp_path, shape):
    hf = save_random_gpt2(tmp_path, **shape)
    model = load_model(tmp_path)
    attention = assert_same(model, model.trace(SENTENCE), hf)
    assert attention.max() > 0.5  # the fixture's attention is far from uniform, so the check has teeth


def test_weights_without_the_transformer_prefix_and_with_a_head_load_the_same(tmp_path):
    hf = save_random_gpt2(tmp_path)
    before = load_model(tmp_path).trace(SENTENCE)
    tensors = load_file(str(tmp_path / "model.safetensors"))
    renamed = {k.removeprefix("transformer."): v.contiguous() for k, v in tensors.items()}
    renamed["lm_head.weight"] = renamed["wte.weight"].clone()
    save_file(renamed, str(tmp_path / "model.safetensors"), metadata={"format": "pt"})
    after = load_model(tmp_path).trace(SENTENCE)
    assert np.array_equal(before.probs, after.probs)
    assert not any(k.startswith("transformer.") for k in renamed)
    del hf


def test_byte_level_bpe_tokenizer_from_vocab_and_merges(tmp_path):
    from tokenizers import ByteLevelBPETokenizer

    bpe = ByteLevelBPETokenizer()
    bpe.train_from_iterator(["the cat sat on the mat, feeling tired", "the dog lies to his mother"] * 20,
                            vocab_size=300, min_frequency=1, show_progress=False)
    bpe.save_model(str(tmp_path))  # writes vocab.json + merges.txt, GPT-2's older layout
    vocab_size = len(json.loads((tmp_path / "vocab.json").read_text()))
    hf = save_random_gpt2(tmp_path, vocab_size=vocab_size)
    (tmp_path / "tokenizer.json").unlink()
    model = load_model(tmp_path)
    trace = model.trace("the cat lies on the mat")
    assert "".join(trace.tokens) == "thecatliesonthemat"
    assert not any("Ġ" in t for t in trace.tokens)
    assert_same(model, trace, hf)


def test_our_saved_folder_opens_in_transformers(tmp_path, tiny):
    from transformers import GPT2LMHeadModel

    from engine import save_folder

    save_folder(tmp_path, tiny.gpt, tiny.tokenizer.to_json())
    hf = GPT2LMHeadModel.from_pretrained(tmp_path, attn_implementation="eager").eval()
    model = load_model(tmp_path)
    assert_same(model, model.trace(SENTENCE), hf)
