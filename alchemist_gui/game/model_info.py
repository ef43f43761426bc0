"""What the game needs to know about a model besides its runs: its shape and which words it can read.

Built from an engine Model by duck typing (``describe``), so this package never imports torch.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property


@dataclass(frozen=True)
class ModelInfo:
    name: str
    n_layer: int
    n_head: int
    n_positions: int
    word_level: bool  # one token per word: sentences can be built from chips of known words
    known_words: tuple[str, ...]  # the words a word-level tokenizer reads (no <unk>); a BPE model's token texts

    @property
    def n_heads_total(self) -> int:
        return self.n_layer * self.n_head

    @cached_property  # writes the instance's __dict__ directly, which a frozen dataclass allows
    def known_set(self) -> frozenset:
        return frozenset(self.known_words)

    def knows(self, word: str) -> bool:
        return word in self.known_set


def describe(model) -> ModelInfo:
    """A ModelInfo for an engine ``Model`` (its config, tokenizer and name)."""
    cfg, tok = model.config, model.tokenizer
    # The engine's tokenizers are byte-level BPE (GPT-2's) or word-level with an unknown token (the bundled one).
    word_level = not tok.byte_level and tok.unk_id is not None
    words = tuple(w for i, w in enumerate(tok.vocab)
                  if i != tok.unk_id and w and not (w.startswith("<") and w.endswith(">")))
    return ModelInfo(name=getattr(model, "name", "model"), n_layer=int(cfg["n_layer"]), n_head=int(cfg["n_head"]),
                     n_positions=int(cfg["n_positions"]), word_level=word_level,
                     known_words=tuple(dict.fromkeys(words)))
