"""Real traces from small random GPTs, for story and stage tests (torch is needed, Qt is not)."""
from __future__ import annotations

import functools

WORDS = ("the cat sat on a mat and dog saw bird in tree it was very happy when sun rose over hill "
         "then they all ran to river where fish swam under old bridge near town . , !").split()


@functools.lru_cache(maxsize=None)
def model(n_layer: int = 2, n_head: int = 4, n_embd: int = 64, n_positions: int = 32, seed: int = 0):
    import torch
    from engine import GPT, GPTConfig
    from engine.runner import Model
    from engine.tokenizer import TextTokenizer, word_level_tokenizer

    torch.manual_seed(seed)
    vocab = len(WORDS) + 1
    gpt = GPT(GPTConfig(vocab_size=vocab, n_positions=n_positions, n_embd=n_embd, n_layer=n_layer, n_head=n_head))
    with torch.no_grad():  # random weights with enough spread that attention is not uniform
        for p in gpt.parameters():
            if p.dim() == 2:
                p.normal_(0.0, 0.25)
    return Model(gpt.eval(), TextTokenizer(word_level_tokenizer(list(WORDS))))


def sentence(n_words: int) -> str:
    return " ".join(WORDS[k % len(WORDS)] for k in range(n_words))


@functools.lru_cache(maxsize=None)
def trace(n_words: int = 8, n_layer: int = 2, n_head: int = 4, n_embd: int = 64, mask: bool = True,
          positional: bool = True, knockout: tuple = (), temperature: float = 1.0, shuffle_seed: int | None = None,
          pour: tuple = ()):
    """``pour``: ((layer, head, position), (share, ...)) pairs, poured by hand."""
    n_positions = max(32, n_words)
    return model(n_layer, n_head, n_embd, n_positions).trace(
        sentence(n_words), mask=mask, positional=positional, knockout=knockout, temperature=temperature,
        shuffle_seed=shuffle_seed, pour=dict(pour))


def big_trace(n_words: int = 32):
    """A 12-layer x 12-head model (width 192 keeps it quick) at 32 words."""
    return trace(n_words, n_layer=12, n_head=12, n_embd=192)


@functools.lru_cache(maxsize=None)
def _chinese() -> dict:
    from alchemist_gui.story.translations import read_ts

    return {source: text for source, (text, finished) in read_ts().items() if finished}


def chinese(template: str) -> str:
    """The story's Chinese for a template, read from the .ts source (no Qt; tests/gui checks the .qm agrees)."""
    return _chinese().get(template, template)
