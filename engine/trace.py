"""The trace: an immutable record of one forward pass — everything the stage shows.

Arrays are numpy, read-only, batch dimension dropped. Shapes: L layers, H heads, T tokens,
D = head size, C = model width, V = vocabulary.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .switches import Switches


@dataclass(frozen=True)
class Trace:
    text: str  # the text that was run (after any truncation)
    tokens: tuple[str, ...]  # display text of each token, no byte-level markers
    token_ids: np.ndarray  # [T]
    unknown: tuple[int, ...]  # positions whose word the vocabulary does not know
    truncated: int  # how many tokens were dropped from the left to fit the context
    config: dict  # n_layer, n_head, n_embd, n_positions, vocab_size
    switches: Switches  # the experiments this run was made with
    order: tuple[int, ...]  # position k holds the typed text's token order[k] (not the identity only when shuffled)

    tok_emb: np.ndarray  # [T, C]
    pos_emb: np.ndarray  # [T, C] (computed even when positional=False, but then not added)
    q: np.ndarray  # [L, H, T, D]  the recipes
    k: np.ndarray  # [L, H, T, D]  the tags
    v: np.ndarray  # [L, H, T, D]  the potions
    scores_raw: np.ndarray  # [L, H, T, T]  q·k
    scores: np.ndarray  # [L, H, T, T]  q·k / √D / temperature, masked entries -inf
    attention: np.ndarray  # [L, H, T, T]  softmax of scores, or the shares of a row poured by hand; rows sum to 1
    head_out: np.ndarray  # [L, H, T, D]  Σ_j a_ij v_j (as computed, even for knocked-out heads)
    attn_out: np.ndarray  # [L, T, C]  after the output projection (knocked-out heads removed)
    resid_pre: np.ndarray  # [L, T, C]  residual stream entering each block
    resid_mid: np.ndarray  # [L, T, C]  after attention was added
    resid_post: np.ndarray  # [L, T, C]  after the feed-forward layer was added
    mlp_hidden: np.ndarray  # [L, T, 4C]  neuron activations after GELU
    mlp_out: np.ndarray  # [L, T, C]
    # The next word is read at the last position only, as the stage shows it (reading every position would
    # cost T times the biggest matrix product of a large model); Model.logits gives every position.
    logits: np.ndarray  # [V]  final LayerNorm + unembedding of the last word's stream
    probs: np.ndarray  # [V]  softmax of logits: the next-word distribution
    lens_probs: np.ndarray  # [L, V]  next-word distribution read after each block, last position
    vocab: tuple[str, ...]  # display text of every token id (shared, not copied)
    # A fixed map from each head's value space to 3 colour axes, taken from the weights alone (the same for
    # every sentence): axis r of head (l, h) reads value_axes[l, h, r] · (v - value_bias[l, h]), scaled so that
    # it has unit spread when the LayerNorm output is unit noise. The stage colours potions with it.
    value_axes: np.ndarray  # [L, H, 3, D]
    value_bias: np.ndarray  # [L, H, D]  the value projection's bias: the potion of an all-zero input

    # the switches, read directly (the stage and the story ask for them often)
    @property
    def mask(self) -> bool:
        return self.switches.mask

    @property
    def positional(self) -> bool:
        return self.switches.positional

    @property
    def temperature(self) -> float:
        return self.switches.temperature

    @property
    def knockout(self) -> frozenset:
        return self.switches.knockout

    @property
    def pour(self) -> dict:
        """The rows poured by hand, {(layer, head, position): shares as asked for}."""
        return self.switches.poured()

    @property
    def n_tokens(self) -> int:
        return len(self.tokens)

    def predictions(self, k: int = 5) -> list[tuple[str, float]]:
        """The k likeliest next tokens after the last word."""
        return top_k(self.probs, self.vocab, k)

    def lens_predictions(self, layer: int, k: int = 5) -> list[tuple[str, float]]:
        """The logit lens: the k likeliest next tokens read from the stream after block ``layer``."""
        return top_k(self.lens_probs[layer], self.vocab, k)


def top_k(probs: np.ndarray, vocab, k: int) -> list[tuple[str, float]]:
    k = max(1, min(int(k), probs.shape[0]))
    ids = np.argpartition(-probs, k - 1)[:k]
    ids = ids[np.argsort(-probs[ids], kind="stable")]
    return [(vocab[i], float(probs[i])) for i in ids]


def freeze(array) -> np.ndarray:
    out = np.ascontiguousarray(array)
    out.flags.writeable = False
    return out
