"""The engine's front door: a loaded model that turns text into a Trace."""
from __future__ import annotations

import random
from contextlib import nullcontext
from pathlib import Path

import numpy as np
import torch

from .checkpoints import CheckpointInfo, list_checkpoints, pick
from .errors import AlchemistError, InputError
from .folder import BUNDLED_MODEL, check_memory, load_weights, model_bytes, open_folder, read_tokenizer
from .model import GPT, recording
from .switches import Switches, check_switches, make_switches, pour_rows
from .tokenizer import TextTokenizer
from .trace import Trace, freeze

# Below this many weights a run's tensors are so small that a second thread saves nothing, and on a busy machine
# waiting for it makes a run of the bundled model many times slower (its p95 went from ~20 ms to ~400 ms).
SMALL_MODEL = 10_000_000

class Model:
    def __init__(self, gpt: GPT, tokenizer: TextTokenizer, folder: Path | None = None,
                 checkpoint: CheckpointInfo | None = None):
        self.gpt, self.tokenizer, self.folder = gpt, tokenizer, folder
        self.checkpoint = checkpoint  # which of the folder's checkpoints these weights are (None: in memory)
        cfg = gpt.config
        self.config = {"n_layer": cfg.n_layer, "n_head": cfg.n_head, "n_embd": cfg.n_embd,
                       "n_positions": cfg.n_positions, "vocab_size": cfg.vocab_size}
        # display text for every id the model can output (ids beyond the tokenizer show as <id>)
        extra = tuple(f"<{i}>" for i in range(len(tokenizer.vocab), cfg.vocab_size))
        self.vocab = tokenizer.vocab[: cfg.vocab_size] + extra
        self.value_axes, self.value_bias = value_colour_axes(gpt)
        self.small = sum(p.numel() for p in gpt.parameters()) < SMALL_MODEL

    def _threads(self):
        return one_thread() if self.small else nullcontext()

    @property
    def name(self) -> str:
        return self.folder.name if self.folder else "in-memory model"

    # -- input checks ---------------------------------------------------------------------------
    def switches(self, switches: Switches | None = None, **loose) -> Switches:
        """The run's switches, checked against this model: a Switches value, or the loose keywords
        (mask, positional, temperature, knockout, shuffle_seed, pour) that make one."""
        if switches is None:
            switches = make_switches(**loose)
        elif loose:
            raise TypeError("pass either a Switches value or keyword switches, not both")
        return check_switches(switches, self.config["n_layer"], self.config["n_head"])

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
    def logits(self, text: str, switches: Switches | None = None, **loose) -> np.ndarray:
        """The plain forward pass with no recording: [T, V] logits."""
        sw = self.switches(switches, **loose)
        ids, _ = self.encode(text)
        ids, _ = shuffled(ids, sw.shuffle_seed)
        with self._threads():
            return self.gpt(torch.tensor([ids]), ready_to_run(sw, len(ids)))[0].numpy()

    @torch.inference_mode()
    def trace(self, text: str, switches: Switches | None = None, **loose) -> Trace:
        """One recorded forward pass. ``switches``: a Switches value, or keywords (mask=False, knockout={(0, 1)},
        pour={(layer, head, position): shares}…). Positions are those of the run (after any shuffle)."""
        sw = self.switches(switches, **loose)
        ids, dropped = self.encode(text)
        ids, order = shuffled(ids, sw.shuffle_seed)
        with self._threads():
            return self._record(text, sw, ids, dropped, order)

    def _record(self, text: str, sw: Switches, ids: list[int], dropped: int, order: tuple) -> Trace:
        with recording(self.gpt) as rec:
            self.gpt(torch.tensor([ids]), ready_to_run(sw, len(ids)), read="none")
        L = self.config["n_layer"]

        def layers(point: str) -> np.ndarray:  # stack one capture point over the blocks, batch dropped
            return freeze(torch.stack([rec[f"h.{i}.{point}"][0] for i in range(L)]).numpy())

        # The stream between the blocks, stacked once: what leaves block i is what enters block i + 1.
        stream = torch.stack([rec["h.0.hook_resid_pre"][0], *(rec[f"h.{i}.hook_resid_post"][0] for i in range(L))])
        # The last word's stream after each block, read as if it were the last block (the logit lens); after the
        # real last block that reading is the prediction. One product for all: the unembedding is the costly part.
        lens_logits = self.gpt.unembed_rows(stream[1:, -1])  # [L, V]
        lens = freeze(torch.softmax(lens_logits, dim=-1).numpy())
        stream = freeze(stream.numpy())  # [L + 1, T, C]
        unk = self.tokenizer.unk_id
        return Trace(
            text=text, tokens=tuple(self.vocab[i] for i in ids), token_ids=freeze(np.array(ids)),
            unknown=tuple(p for p, i in enumerate(ids) if unk is not None and i == unk), truncated=dropped,
            config=dict(self.config), switches=sw, order=order,
            tok_emb=freeze(rec["hook_tok_emb"][0].numpy()), pos_emb=freeze(rec["hook_pos_emb"][0].numpy()),
            q=layers("attn.hook_q"), k=layers("attn.hook_k"), v=layers("attn.hook_v"),
            scores_raw=layers("attn.hook_scores_raw"), scores=layers("attn.hook_scores"),
            attention=layers("attn.hook_attention"), head_out=layers("attn.hook_head_out"),
            attn_out=layers("hook_attn_out"), resid_pre=stream[:-1], resid_mid=layers("hook_resid_mid"),
            resid_post=stream[1:], mlp_hidden=layers("mlp.hook_hidden"), mlp_out=layers("hook_mlp_out"),
            logits=freeze(lens_logits[-1].numpy()), probs=lens[-1], lens_probs=lens,
            vocab=self.vocab, value_axes=self.value_axes, value_bias=self.value_bias,
        )


def ready_to_run(sw: Switches, n_tokens: int) -> Switches:
    """The switches the model runs with: pours by hand checked against the sentence, T shares each, summing to 1.
    (The trace keeps the switches as they were asked for.)"""
    return sw.replace(pour=pour_rows(sw, n_tokens)) if sw.pour else sw


@torch.inference_mode()
def value_colour_axes(gpt: GPT) -> tuple[np.ndarray, np.ndarray]:
    """Per head, the 3 directions in which its values vary most for unit-noise input, scaled to unit spread."""
    cfg = gpt.config
    C, H, D, L = cfg.n_embd, cfg.n_head, cfg.head_dim, cfg.n_layer
    grams, biases = [], []
    for block in gpt.h:
        w_v = block.attn.c_attn.weight[:, 2 * C:] * block.ln_1.weight[:, None]  # [C, C]
        per_head = w_v.view(C, H, D)
        grams.append(torch.einsum("chd,che->hde", per_head, per_head).double())  # [H, D, D]  wᵀw of each head
        biases.append(block.attn.c_attn.bias[2 * C:] + block.ln_1.bias @ block.attn.c_attn.weight[:, 2 * C:])
    with one_thread():  # LAPACK on a batch of small matrices: many threads only wait for each other (~10× slower)
        spread, directions = torch.linalg.eigh(torch.stack(grams))  # every head in one call; ascending
    R = min(3, D)
    top = directions[..., -R:].flip(-1).transpose(-1, -2)  # [L, H, R, D]  the R widest directions, widest first
    sign = torch.sign(top.gather(-1, top.abs().argmax(-1, keepdim=True)))  # a stable sign: largest entry > 0
    width = spread[..., -R:].flip(-1).clamp_min(1e-12).sqrt()  # [L, H, R]
    axes = np.zeros((L, H, 3, D), dtype=np.float32)
    axes[:, :, :R] = (top * sign / width[..., None]).numpy()
    bias = torch.stack(biases).view(L, H, D).numpy().astype(np.float32)
    return freeze(axes), freeze(bias)


class one_thread:
    """Run a block on one torch thread, then give the process its threads back."""

    def __enter__(self):
        self.threads = torch.get_num_threads()
        torch.set_num_threads(1)

    def __exit__(self, *exc):
        torch.set_num_threads(self.threads)
        return False


def shuffled(ids: list[int], seed: int | None) -> tuple[list[int], tuple[int, ...]]:
    """The tokens in a seeded order that differs from the typed one whenever another order exists, and that
    order (position k holds token order[k]); seed None keeps the typed order."""
    order = list(range(len(ids)))
    if seed is None or len(set(ids)) < 2:
        return ids, tuple(order)
    rng = random.Random(seed)
    for _ in range(50):
        rng.shuffle(order)
        if [ids[k] for k in order] != ids:
            break
    return [ids[k] for k in order], tuple(order)


def load_model(path=None, checkpoint=None) -> Model:
    """The bundled model, or the GPT-2 folder at ``path``; ``checkpoint``: a training step, "first" or "last" of
    the folder's checkpoints (None: the final model, model.safetensors)."""
    folder, cfg = open_folder(path if path is not None else BUNDLED_MODEL)
    infos = list_checkpoints(folder) if checkpoint is not None else None
    info = pick(infos, checkpoint) if infos else final_checkpoint(folder)
    tokenizer = read_tokenizer(folder, cfg)
    return Model(load_weights(info.path, cfg), tokenizer, folder, info)


def load_checkpoints(path=None) -> list[tuple[CheckpointInfo, Model]]:
    """Every checkpoint of the folder, in step order, all held in memory (switching between them is instant);
    they share one tokenizer and each file is read once."""
    folder, cfg = open_folder(path if path is not None else BUNDLED_MODEL)
    infos = list_checkpoints(folder)
    check_memory(cfg, folder, copies=len(infos))
    tokenizer = read_tokenizer(folder, cfg)
    with one_thread() if model_bytes(cfg) < 4 * SMALL_MODEL else nullcontext():  # many small tensors: see SMALL_MODEL
        return [(info, Model(load_weights(info.path, cfg), tokenizer, folder, info)) for info in infos]


def final_checkpoint(folder: Path) -> CheckpointInfo:
    """The final model (model.safetensors) as a checkpoint: with its step and losses when the index lists it."""
    try:
        listed = [info for info in list_checkpoints(folder) if info.is_final]
    except AlchemistError:
        listed = []  # a damaged index does not stop the final model from opening
    return listed[0] if listed else CheckpointInfo(None, None, None, None, folder / "model.safetensors")
