"""The engine's front door: a loaded model that turns text into a Trace."""
from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import torch

from .errors import InputError
from .folder import BUNDLED_MODEL, load_folder
from .model import GPT, Switches, recording
from .tokenizer import TextTokenizer
from .trace import Trace, freeze

MAX_TEMPERATURE = 100.0
MIN_TEMPERATURE = 0.01


class Model:
    def __init__(self, gpt: GPT, tokenizer: TextTokenizer, folder: Path | None = None):
        self.gpt, self.tokenizer, self.folder = gpt, tokenizer, folder
        cfg = gpt.config
        self.config = {"n_layer": cfg.n_layer, "n_head": cfg.n_head, "n_embd": cfg.n_embd,
                       "n_positions": cfg.n_positions, "vocab_size": cfg.vocab_size}
        # display text for every id the model can output (ids beyond the tokenizer show as <id>)
        extra = tuple(f"<{i}>" for i in range(len(tokenizer.vocab), cfg.vocab_size))
        self.vocab = tokenizer.vocab[: cfg.vocab_size] + extra
        self.value_axes, self.value_bias = value_colour_axes(gpt)

    @property
    def name(self) -> str:
        return self.folder.name if self.folder else "in-memory model"

    # -- input checks ---------------------------------------------------------------------------
    def switches(self, mask=True, positional=True, temperature=1.0, knockout=()) -> Switches:
        try:
            temperature = float(temperature)
        except (TypeError, ValueError):
            raise InputError(f"Temperature must be a number, not {temperature!r}.") from None
        if not (math.isfinite(temperature) and MIN_TEMPERATURE <= temperature <= MAX_TEMPERATURE):
            raise InputError(f"Temperature must be between {MIN_TEMPERATURE} and {MAX_TEMPERATURE:g}, not {temperature:g}.")
        n_layer, n_head = self.config["n_layer"], self.config["n_head"]
        heads = set()
        for item in knockout:
            try:
                layer, head = (int(x) for x in item)
            except (TypeError, ValueError):
                raise InputError(f"A knocked-out head is written layer.head, e.g. 0.1 — not {item!r}.") from None
            if not (0 <= layer < n_layer and 0 <= head < n_head):
                raise InputError(f"Head {layer}.{head} does not exist: this model has layers 0–{n_layer - 1} "
                                 f"and heads 0–{n_head - 1}.")
            heads.add((layer, head))
        return Switches(mask=bool(mask), positional=bool(positional), temperature=temperature, knockout=frozenset(heads))

    def encode(self, text: str) -> tuple[list[int], int]:
        """Token ids of ``text``, keeping the last n_positions tokens; also how many were dropped."""
        if not isinstance(text, str) or not text.strip():
            raise InputError("The text is empty: type a few words.")
        limit = self.config["n_positions"]
        # a huge text is cut to a tail that surely holds more than `limit` tokens before tokenizing
        cut = len(text) > limit * 64
        ids = self.tokenizer.encode(text[-limit * 64:] if cut else text)
        if cut and len(ids) > 1:
            ids = ids[1:]  # the first piece may be half a word
        if not ids:
            raise InputError("The text has no words the model can read.")
        dropped = max(0, len(ids) - limit) + (1 if cut else 0)
        return ids[-limit:], dropped

    # -- running -----------------------------------------------------------------------------------
    @torch.inference_mode()
    def logits(self, text: str, **switches) -> np.ndarray:
        """The plain forward pass with no recording: [T, V] logits."""
        ids, _ = self.encode(text)
        return self.gpt(torch.tensor([ids]), self.switches(**switches))[0].numpy()

    @torch.inference_mode()
    def trace(self, text: str, mask=True, positional=True, temperature=1.0, knockout=()) -> Trace:
        sw = self.switches(mask, positional, temperature, knockout)
        ids, dropped = self.encode(text)
        with recording(self.gpt) as rec:
            self.gpt(torch.tensor([ids]), sw, read="none")
        L = self.config["n_layer"]

        def layers(point: str) -> np.ndarray:  # stack one capture point over the blocks, batch dropped
            return freeze(torch.stack([rec[f"h.{i}.{point}"][0] for i in range(L)]).numpy())

        # The last word's stream after each block, read as if it were the last block (the logit lens); after the
        # real last block that reading is the prediction. One product for all: the unembedding is the costly part.
        streams = torch.stack([rec[f"h.{i}.hook_resid_post"][0, -1] for i in range(L)])  # [L, C]
        lens_logits = self.gpt.unembed(streams)  # [L, V]
        lens = freeze(torch.softmax(lens_logits, dim=-1).numpy())
        unk = self.tokenizer.unk_id
        return Trace(
            text=text, tokens=tuple(self.vocab[i] for i in ids), token_ids=freeze(np.array(ids)),
            unknown=tuple(p for p, i in enumerate(ids) if unk is not None and i == unk), truncated=dropped,
            config=dict(self.config), mask=sw.mask, positional=sw.positional, temperature=sw.temperature,
            knockout=sw.knockout,
            tok_emb=freeze(rec["hook_tok_emb"][0].numpy()), pos_emb=freeze(rec["hook_pos_emb"][0].numpy()),
            q=layers("attn.hook_q"), k=layers("attn.hook_k"), v=layers("attn.hook_v"),
            scores_raw=layers("attn.hook_scores_raw"), scores=layers("attn.hook_scores"),
            attention=layers("attn.hook_attention"), head_out=layers("attn.hook_head_out"),
            attn_out=layers("hook_attn_out"), resid_pre=layers("hook_resid_pre"), resid_mid=layers("hook_resid_mid"),
            resid_post=layers("hook_resid_post"), mlp_hidden=layers("mlp.hook_hidden"), mlp_out=layers("hook_mlp_out"),
            logits=freeze(lens_logits[-1].numpy()), probs=lens[-1], lens_probs=lens,
            vocab=self.vocab, value_axes=self.value_axes, value_bias=self.value_bias,
        )


@torch.inference_mode()
def value_colour_axes(gpt: GPT) -> tuple[np.ndarray, np.ndarray]:
    """Per head, the 3 directions in which its values vary most for unit-noise input, scaled to unit spread."""
    cfg = gpt.config
    C, H, D = cfg.n_embd, cfg.n_head, cfg.head_dim
    axes = np.zeros((cfg.n_layer, H, 3, D), dtype=np.float32)
    bias = np.zeros((cfg.n_layer, H, D), dtype=np.float32)
    for layer, block in enumerate(gpt.h):
        w_v = block.attn.c_attn.weight[:, 2 * C:].double() * block.ln_1.weight.double()[:, None]  # [C, C]
        b_v = block.attn.c_attn.bias[2 * C:] + block.ln_1.bias @ block.attn.c_attn.weight[:, 2 * C:]
        for head in range(H):
            w = w_v[:, head * D:(head + 1) * D]
            spread, directions = torch.linalg.eigh(w.T @ w)  # ascending
            for r in range(min(3, D)):
                direction = directions[:, -1 - r]
                direction = direction * torch.sign(direction[direction.abs().argmax()])  # a stable sign
                axes[layer, head, r] = (direction / spread[-1 - r].clamp_min(1e-12).sqrt()).numpy()
            bias[layer, head] = b_v[head * D:(head + 1) * D].numpy()
    return freeze(axes), freeze(bias)


def load_model(path=None) -> Model:
    """The bundled model, or the GPT-2 folder at ``path``."""
    folder = Path(path).expanduser() if path is not None else BUNDLED_MODEL
    gpt, tokenizer = load_folder(folder)
    return Model(gpt, tokenizer, folder)
