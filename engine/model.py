"""A GPT-2-architecture language model, written to be read top to bottom.

Parameter names and layouts follow GPT-2's own checkpoints (``h.0.attn.c_attn.weight`` is
[n_embd, 3*n_embd], used as ``x @ W``), so a Hugging Face GPT-2 folder loads by name.

Attention is computed explicitly — scores, mask, softmax, weighted sum — because the stage
shows every one of those numbers. Each number the stage needs passes through a ``Capture``
point (an identity module) so that one run can be recorded without changing the maths.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import torch
import torch.nn.functional as F
from torch import nn

from .switches import Switches


@dataclass(frozen=True)
class GPTConfig:
    vocab_size: int
    n_positions: int
    n_embd: int
    n_layer: int
    n_head: int
    layer_norm_epsilon: float = 1e-5
    n_inner: int | None = None  # feed-forward width; GPT-2 uses 4 * n_embd
    exact_gelu: bool = False  # GPT-2 uses the tanh approximation ("gelu_new")

    @property
    def ffn_dim(self) -> int:
        return self.n_inner or 4 * self.n_embd

    @property
    def head_dim(self) -> int:
        return self.n_embd // self.n_head


class Capture(nn.Module):
    """Identity; while a recording is open it also keeps what passes through (see ``recording``)."""

    def __init__(self):
        super().__init__()
        self.name = ""
        self.sink: dict | None = None

    def forward(self, x):
        if self.sink is not None:
            self.sink[self.name] = x
        return x


class CausalSelfAttention(nn.Module):
    def __init__(self, cfg: GPTConfig, layer: int, device=None):
        super().__init__()
        self.layer, self.n_head, self.head_dim = layer, cfg.n_head, cfg.head_dim
        self.c_attn = Conv1D(cfg.n_embd, 3 * cfg.n_embd, device)
        self.c_proj = Conv1D(cfg.n_embd, cfg.n_embd, device)
        self.hook_q, self.hook_k, self.hook_v = Capture(), Capture(), Capture()  # [B, H, T, D]
        self.hook_scores_raw = Capture()  # [B, H, T, T]  q·k
        self.hook_scores = Capture()  # [B, H, T, T]  q·k / √d / temperature, masked to -inf
        self.hook_attention = Capture()  # [B, H, T, T]  softmax of the scores
        self.hook_head_out = Capture()  # [B, H, T, D]  attention-weighted sum of values

    def forward(self, x, sw: Switches, later=None):
        """x [B, T, C]; ``later`` [T, T]: True where a key comes after the query (what the mask hides)."""
        B, T, C = x.shape
        q, k, v = self.c_attn(x).view(B, T, 3, self.n_head, self.head_dim).unbind(2)  # views, no copies
        q, k, v = self.hook_q(q.transpose(1, 2)), self.hook_k(k.transpose(1, 2)), self.hook_v(v.transpose(1, 2))
        raw = self.hook_scores_raw(q @ k.transpose(-2, -1))  # [B, H, T, T]
        scores = raw / (math.sqrt(self.head_dim) * sw.temperature)
        if sw.mask:
            scores.masked_fill_(causal(T, x.device) if later is None else later, float("-inf"))
        att = F.softmax(self.hook_scores(scores), dim=-1)
        poured = [(head, pos, shares) for (layer, head, pos), shares in sw.pour if layer == self.layer]
        if poured:  # rows poured by hand replace the softmax's shares; everything after runs on them
            att = att.clone()
            for head, pos, shares in poured:
                att[:, head, pos] = torch.tensor(shares, dtype=att.dtype, device=att.device)  # T shares
        att = self.hook_attention(att)
        heads = self.hook_head_out(att @ v)  # [B, H, T, D]
        silenced = [head for layer, head in sw.knockout if layer == self.layer]
        if silenced:  # a knocked-out head still computes (the trace shows it) but adds nothing
            keep = torch.ones(self.n_head, 1, 1, dtype=heads.dtype, device=heads.device)
            keep[silenced] = 0.0
            heads = heads * keep
        return self.c_proj(heads.transpose(1, 2).reshape(B, T, C))


def causal(T: int, device=None) -> torch.Tensor:
    """[T, T], True above the diagonal: the later words a word may not see while the mask is on."""
    return torch.ones(T, T, dtype=torch.bool, device=device).triu(1)


class Conv1D(nn.Module):
    """GPT-2's linear layer: weight stored as [in, out]."""

    def __init__(self, n_in: int, n_out: int, device=None):
        super().__init__()
        weight = torch.empty(n_in, n_out, device=device)
        self.weight = nn.Parameter(weight if weight.is_meta else weight.normal_(std=0.02))
        self.bias = nn.Parameter(torch.zeros(n_out, device=device))

    def forward(self, x):
        return torch.addmm(self.bias, x.reshape(-1, x.shape[-1]), self.weight).view(*x.shape[:-1], -1)


class MLP(nn.Module):
    def __init__(self, cfg: GPTConfig, device=None):
        super().__init__()
        self.c_fc = Conv1D(cfg.n_embd, cfg.ffn_dim, device)
        self.c_proj = Conv1D(cfg.ffn_dim, cfg.n_embd, device)
        self.approximate = "none" if cfg.exact_gelu else "tanh"
        self.hook_hidden = Capture()  # [B, T, 4C]  neuron activations after GELU

    def forward(self, x):
        return self.c_proj(self.hook_hidden(F.gelu(self.c_fc(x), approximate=self.approximate)))


class Block(nn.Module):
    def __init__(self, cfg: GPTConfig, layer: int, device=None):
        super().__init__()
        self.ln_1 = nn.LayerNorm(cfg.n_embd, eps=cfg.layer_norm_epsilon, device=device)
        self.attn = CausalSelfAttention(cfg, layer, device)
        self.ln_2 = nn.LayerNorm(cfg.n_embd, eps=cfg.layer_norm_epsilon, device=device)
        self.mlp = MLP(cfg, device)
        self.hook_resid_pre, self.hook_resid_mid, self.hook_resid_post = Capture(), Capture(), Capture()
        self.hook_attn_out, self.hook_mlp_out = Capture(), Capture()  # [B, T, C]

    def forward(self, x, sw: Switches, later=None):
        x = self.hook_resid_pre(x)
        x = self.hook_resid_mid(x + self.hook_attn_out(self.attn(self.ln_1(x), sw, later)))
        return self.hook_resid_post(x + self.hook_mlp_out(self.mlp(self.ln_2(x))))


class GPT(nn.Module):
    def __init__(self, cfg: GPTConfig, device=None):
        """``device="meta"``: the shapes only, no memory and no random numbers (loading assigns the weights)."""
        super().__init__()
        self.config = cfg
        self.wte, self.wpe = embedding(cfg.vocab_size, cfg.n_embd, device), embedding(cfg.n_positions, cfg.n_embd, device)
        self.h = nn.ModuleList(Block(cfg, i, device) for i in range(cfg.n_layer))
        self.ln_f = nn.LayerNorm(cfg.n_embd, eps=cfg.layer_norm_epsilon, device=device)
        self.hook_tok_emb, self.hook_pos_emb = Capture(), Capture()  # [B, T, C]
        if device != "meta":
            nn.init.normal_(self.wte.weight, std=0.02)
            nn.init.normal_(self.wpe.weight, std=0.01)
        for name, module in self.named_modules():
            if isinstance(module, Capture):
                module.name = name

    def unembed(self, x):
        """Final LayerNorm, then the unembedding, tied to the token embedding: [..., C] -> [..., vocab]."""
        return F.linear(self.ln_f(x), self.wte.weight)

    def unembed_rows(self, x, chunk: int = 1024):
        """``unembed`` for a few rows [N, C] -> [N, vocab] (the logit lens), a slice of the vocabulary at a time.
        One product of a dozen rows with the whole 50k-word W runs at half the speed of reading W once; slices
        of ~1k words come close to it (measured on this project's machine; see `python main.py bench`)."""
        x = self.ln_f(x)
        return torch.cat([F.linear(x, words) for words in self.wte.weight.split(chunk)], dim=-1)

    def forward(self, idx, sw: Switches = Switches(), read: str = "every"):
        """idx [B, T] token ids -> next-word logits at "every" position [B, T, vocab], at the "last" [B, 1, vocab],
        or "none": the residual stream after the last block [B, T, C], for the caller to read."""
        T = idx.shape[1]
        x = self.hook_tok_emb(self.wte(idx))
        pos = self.hook_pos_emb(self.wpe(torch.arange(T, device=idx.device)).unsqueeze(0))
        if sw.positional:
            x = x + pos
        later = causal(T, idx.device) if sw.mask else None  # made once, for every block
        for block in self.h:
            x = block(x, sw, later)
        if read == "none":
            return x
        return self.unembed(x[:, -1:] if read == "last" else x)


def parameter_shapes(cfg: GPTConfig) -> dict[str, tuple[int, ...]]:
    """The name and shape of every weight a GPT of this config holds, from the config alone (nothing allocated),
    so a folder's weights can be checked against its config before a model is built."""
    C, F_ = cfg.n_embd, cfg.ffn_dim
    shapes = {"wte.weight": (cfg.vocab_size, C), "wpe.weight": (cfg.n_positions, C)}
    for i in range(cfg.n_layer):
        for name, shape in (("ln_1.weight", (C,)), ("ln_1.bias", (C,)), ("attn.c_attn.weight", (C, 3 * C)),
                            ("attn.c_attn.bias", (3 * C,)), ("attn.c_proj.weight", (C, C)), ("attn.c_proj.bias", (C,)),
                            ("ln_2.weight", (C,)), ("ln_2.bias", (C,)), ("mlp.c_fc.weight", (C, F_)),
                            ("mlp.c_fc.bias", (F_,)), ("mlp.c_proj.weight", (F_, C)), ("mlp.c_proj.bias", (C,))):
            shapes[f"h.{i}.{name}"] = shape
    shapes.update({"ln_f.weight": (C,), "ln_f.bias": (C,)})
    return shapes


def embedding(n: int, width: int, device=None) -> nn.Embedding:
    if device == "meta":  # random numbers on the meta device would load torch's compiler (seconds) for nothing
        return nn.Embedding(n, width, _weight=torch.empty(n, width, device=device))
    return nn.Embedding(n, width, device=device)


class recording:
    """Scoped capture: ``with recording(model) as rec: model(idx)`` fills ``rec`` {name: tensor}."""

    def __init__(self, model: nn.Module):
        self.points = [m for m in model.modules() if isinstance(m, Capture)]
        self.store: dict[str, torch.Tensor] = {}

    def __enter__(self):
        for p in self.points:
            p.sink = self.store
        return self.store

    def __exit__(self, *exc):
        for p in self.points:
            p.sink = None
        return False
