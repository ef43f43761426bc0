"""The numbers each beat's text quotes, taken from the trace and formatted once per story."""
from __future__ import annotations

import math

import numpy as np

from .numbers import fmt_number, fmt_percent, fmt_tenths, quoted

TOP = 3  # how many items a note lists


def beat_values(trace, layer: int, head: int, focus: int, tenths: list[int], facts, shared: dict) -> dict[str, dict]:
    """beat -> {placeholder: text}.  ``tenths``: the followed row in tenths of a percent (summing to 1000);
    ``shared``: what the story worked out for every beat (the rope, the crate, the spread...), already formatted."""
    cfg = trace.config
    n = trace.n_tokens
    words = trace.tokens
    head_dim = int(trace.q.shape[-1])
    scores = shown_scores(trace, layer, head, focus)
    att = np.asarray(trace.attention[layer, head, focus], dtype=np.float64)
    order = [int(j) for j in np.argsort(-att, kind="stable")[:TOP]]
    finite = [int(j) for j in np.argsort(-scores, kind="stable")[:TOP + n] if math.isfinite(scores[j])][:TOP]

    common = {
        "n_words": str(n), "focus_word": words[focus], "focus_pos": str(focus), "layer": str(layer),
        "head": str(head), "layers": str(cfg["n_layer"]), "heads": str(cfg["n_head"]),
        "head_dim": str(head_dim), "width": str(cfg["n_embd"]), **shared,
    }
    top_scores = ", ".join(f"{quoted(words[j])} {fmt_number(scores[j])}" for j in finite)
    top_shares = ", ".join(f"{quoted(words[j])} {fmt_tenths(tenths[j])}" for j in order)
    knocked = sorted(trace.knockout)
    attn_out = np.asarray(trace.attn_out[layer, focus], dtype=np.float64)
    resid = np.asarray(trace.resid_pre[layer, focus], dtype=np.float64)
    hidden_acts = np.asarray(trace.mlp_hidden[layer, focus], dtype=np.float64)
    neurons = np.argsort(-hidden_acts, kind="stable")[:TOP]
    lens, top = facts.lens_top(), facts.predictions(TOP)

    return {
        "setup": common,
        "recipe": {**common, "cells": str(min(8, head_dim))},
        "match": {**common, "best_word": words[finite[0]] if finite else words[focus], "top_scores": top_scores,
                  "temperature": f"{trace.temperature:g}"},
        "mask": common,
        "softmax": {**common, "top_shares": top_shares},
        "pour": {**common, "ingredients": top_shares},
        "parallel": common,
        "heads": {**common, "knocked": ", ".join(f"{a}.{b}" for a, b in knocked)},
        "residual": {**common, "attn_norm": fmt_number(float(np.linalg.norm(attn_out))),
                     "resid_norm": fmt_number(float(np.linalg.norm(resid)))},
        "ffn": {**common, "ffn_dim": str(trace.mlp_hidden.shape[-1]),
                "neurons": ", ".join(f"#{int(k)} ({fmt_number(hidden_acts[k])})" for k in neurons)},
        "blocks": {**common, "lens": "; ".join(f"{b}: {quoted(w)} {fmt_percent(p)}" for b, (w, p) in enumerate(lens))},
        "prediction": {**common, "winner": top[0][0], "winner_share": fmt_percent(top[0][1]),
                       "top": ", ".join(f"{quoted(w)} {fmt_percent(p)}" for w, p in top)},
    }


def shown_scores(trace, layer: int, head: int, focus: int) -> np.ndarray:
    """The scores before the mask: q·k / √d / temperature for every word (the mask beat then ropes some off)."""
    d = trace.q.shape[-1]
    raw = np.asarray(trace.scores_raw[layer, head, focus], dtype=np.float64)
    return raw / (math.sqrt(d) * trace.temperature)
