"""Random GPT-2 models saved by transformers itself, in the real Hugging Face folder layout."""
import torch

from engine.tokenizer import word_level_tokenizer

WORDS = [f"w{i}" for i in range(60)]


def save_random_gpt2(folder, *, n_layer=2, n_head=4, n_embd=32, n_positions=16, vocab_size=64, seed=0, **extra):
    """A randomly initialised transformers GPT2LMHeadModel written by save_pretrained, plus a tokenizer."""
    from transformers import GPT2Config, GPT2LMHeadModel

    torch.manual_seed(seed)
    config = GPT2Config(vocab_size=vocab_size, n_positions=n_positions, n_embd=n_embd, n_layer=n_layer,
                        n_head=n_head, bos_token_id=0, eos_token_id=0, **extra)
    config._attn_implementation = "eager"  # the implementation that returns attention weights
    hf = GPT2LMHeadModel(config).eval()
    with torch.no_grad():  # larger weights than the default init, so the attention is far from uniform
        for p in hf.parameters():
            p.add_(torch.randn_like(p) * 0.3)
    hf.save_pretrained(folder)
    word_level_tokenizer(WORDS[: vocab_size - 1]).save(str(folder / "tokenizer.json"))
    return hf
