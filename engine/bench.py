"""`python main.py bench`: speed and memory figures, printed (not asserted).

Engine figures: trace latency of the bundled model; on a GPT-2-small-shaped model with random weights, our
full trace against transformers' forward with attention weights on the same weights, and our trace against
our own plain forward (what capturing costs); loading times; switching checkpoints. The GUI adds its own figures
(alchemist_gui.bench). The figures depend on the machine, so the bench prints what they depend on too.

Contenders run in turns, in alternating order, and a ratio is the median of the ratios within each turn: a busy
moment of a shared machine then slows both sides of a ratio alike.
"""
from __future__ import annotations

import json
import math
import os
import platform
import statistics
import tempfile
import time

import torch

from .checkpoints import has_checkpoints
from .folder import BUNDLED_MODEL, save_folder
from .model import GPT, GPTConfig
from .runner import Model, load_checkpoints, load_model
from .tokenizer import TextTokenizer, word_level_tokenizer

STORY = "Sarah lies still on the bed, feeling"
STORY_12_TOKENS = "Sarah lies still on the bed , feeling tired and she sleeps"


def in_turns(fns: dict, repeat: int, warmup: int = 2) -> dict[str, list[float]]:
    """Wall times in ms of each function, ``repeat`` turns; every turn runs each once, the order reversed
    every other turn so that no contender always runs right after the same one."""
    times = {name: [] for name in fns}
    names = list(fns)
    for turn in range(warmup + repeat):
        for name in names if turn % 2 == 0 else names[::-1]:
            start = time.perf_counter()
            fns[name]()
            if turn >= warmup:
                times[name].append((time.perf_counter() - start) * 1000)
    return times


def median_ms(fns: dict, repeat: int, warmup: int = 2) -> dict:
    """Median wall time of each function in ms, run in turns (see ``in_turns``)."""
    return {name: statistics.median(t) for name, t in in_turns(fns, repeat, warmup).items()}


def ratio(times: dict, a: str, b: str) -> float:
    """Median over the turns of a's time / b's time in the same turn."""
    return statistics.median(x / y for x, y in zip(times[a], times[b]))


def p95(values) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, math.ceil(0.95 * len(ordered)) - 1)]


def machine() -> dict:
    """What the figures depend on."""
    try:
        import transformers
        transformers_version = transformers.__version__
    except ImportError:
        transformers_version = None
    return {"torch_version": torch.__version__, "transformers_version": transformers_version,
            "torch_threads": torch.get_num_threads(), "cpu_count": os.cpu_count(), "cpu_model": cpu_model(),
            "python_version": platform.python_version(), "load_average": load_average()}


def load_average() -> float | None:
    """The machine's 1-minute load average when the bench starts: above the core count, other work was running
    and every figure is slower (threads wait for each other)."""
    try:
        return round(os.getloadavg()[0], 2)
    except (AttributeError, OSError):  # Windows
        return None


def cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8", errors="replace") as f:
            for line in f:
                if line.lower().startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine() or "unknown"


def peak_memory_mb() -> float | None:
    try:
        import resource
    except ImportError:  # Windows
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(peak / (1024 * 1024 if platform.system() == "Darwin" else 1024), 1)  # macOS counts bytes


def timed(fn):
    """fn's result and the seconds it took."""
    start = time.perf_counter()
    out = fn()
    return out, time.perf_counter() - start


def random_gpt2_small(seed: int = 0) -> Model:
    """GPT-2 small's shape (12 layers × 12 heads, 768 wide, 50,257 tokens) with random weights."""
    torch.manual_seed(seed)
    cfg = GPTConfig(vocab_size=50257, n_positions=1024, n_embd=768, n_layer=12, n_head=12)
    words = [f"t{i}" for i in range(cfg.vocab_size - 1)]
    return Model(GPT(cfg).eval(), TextTokenizer(word_level_tokenizer(words)))


def transformers_twin(model: Model):
    """The same weights inside transformers' GPT2LMHeadModel, or None when transformers is not installed."""
    try:
        from transformers import GPT2Config, GPT2LMHeadModel
    except ImportError:
        return None
    c = model.gpt.config
    config = GPT2Config(vocab_size=c.vocab_size, n_positions=c.n_positions, n_embd=c.n_embd, n_layer=c.n_layer,
                        n_head=c.n_head, layer_norm_epsilon=c.layer_norm_epsilon)
    config._attn_implementation = "eager"  # the implementation that returns attention weights
    twin = GPT2LMHeadModel(config).eval()
    missing, _ = twin.transformer.load_state_dict(model.gpt.state_dict(), strict=False)
    assert not [m for m in missing if not m.endswith("attn.bias")], missing
    twin.tie_weights()
    return twin


def engine_figures() -> dict:
    torch.set_num_threads(max(1, min(2, torch.get_num_threads())))
    figures: dict = machine()
    bundled = load_model()
    figures["trace_ms_bundled"] = round(median_ms({"trace": lambda: bundled.trace(STORY_12_TOKENS)}, 50)["trace"], 3)
    figures["bundled_tokens"] = bundled.trace(STORY_12_TOKENS).n_tokens
    figures.update(checkpoint_figures())

    with tempfile.TemporaryDirectory(prefix="alchemist-bench-") as tmp:  # loading, from a real folder on disk
        made = random_gpt2_small()
        save_folder(tmp, made.gpt, made.tokenizer.to_json())
        del made
        loads = [timed(lambda: load_model(tmp))[1] for _ in range(3)]
        big = load_model(tmp)
    figures["load_s_gpt2_small"] = round(statistics.median(loads), 3)
    figures.update(gpt2_small_figures(big))
    figures["peak_memory_mb"] = peak_memory_mb()
    return figures


def checkpoint_figures(folder=BUNDLED_MODEL) -> dict:
    """Loading every checkpoint of the bundled model, and re-running the story on each in turn (the slider)."""
    if not has_checkpoints(folder):
        return {"load_s_bundled_all_checkpoints": None, "checkpoint_switch_p95_ms": None}  # printed "unavailable"
    loaded, seconds = timed(lambda: load_checkpoints(folder))
    switches = []
    for _ in range(5):
        for _, model in loaded:
            switches.append(timed(lambda: model.trace(STORY))[1] * 1000)
    return {"load_s_bundled_all_checkpoints": round(seconds, 3), "bundled_checkpoints": len(loaded),
            "checkpoint_switch_p95_ms": round(p95(switches), 2)}


def gpt2_small_figures(big: Model, repeat: int = 15) -> dict:
    text = " ".join(f"t{(i * 7919) % 50000}" for i in range(64))
    ids = torch.tensor([big.encode(text)[0]])

    @torch.inference_mode()
    def plain_last_word():  # our forward with no recording, reading the next word at the last position only
        big.gpt(ids, read="last")

    runs = {"trace": lambda: big.trace(text), "plain": plain_last_word}
    twin = transformers_twin(big)
    if twin is not None:
        @torch.inference_mode()
        def reference():  # transformers' default: logits at every position
            twin(ids, output_attentions=True)

        @torch.inference_mode()
        def reference_last_word():  # transformers reading only the last position, as our trace does
            twin(ids, output_attentions=True, logits_to_keep=1)

        runs.update(transformers=reference, transformers_last=reference_last_word)
    times = in_turns(runs, repeat)
    ms = {name: statistics.median(t) for name, t in times.items()}
    figures = {"gpt2_small_tokens": 64, "trace_ms_gpt2_small": round(ms["trace"], 1),
               "forward_ms_gpt2_small": round(ms["plain"], 1),
               "capture_overhead": round(ratio(times, "trace", "plain"), 3)}
    if twin is not None:
        figures.update(transformers_ms_gpt2_small=round(ms["transformers"], 1),
                       trace_vs_transformers=round(ratio(times, "trace", "transformers"), 3),
                       trace_vs_transformers_last_word=round(ratio(times, "trace", "transformers_last"), 3))
    else:
        figures.update(transformers_ms_gpt2_small=None, trace_vs_transformers=None, trace_vs_transformers_last_word=None)
    return figures


LABELS = {
    "torch_version": "torch", "transformers_version": "transformers", "torch_threads": "torch threads",
    "cpu_count": "CPU cores", "cpu_model": "CPU", "python_version": "Python",
    "load_average": "load average when the bench started (other work slows every figure)",
    "trace_ms_bundled": "trace, bundled model, 12 tokens (median ms)",
    "trace_ms_gpt2_small": "trace, GPT-2-small shape, 64 tokens (median ms)",
    "forward_ms_gpt2_small": "plain forward, same model, no recording (median ms)",
    "transformers_ms_gpt2_small": "transformers forward + attentions, same weights (ms)",
    "trace_vs_transformers": "our trace / transformers (goal ≤ 0.8)",
    "trace_vs_transformers_last_word": "our trace / transformers with logits_to_keep=1",
    "capture_overhead": "our trace / our plain forward (capture cost, goal ≤ 1.15)",
    "peak_memory_mb": "peak memory of this process (MB)",
    "load_s_gpt2_small": "load a GPT-2-small-shaped folder (median s)",
    "load_s_bundled_all_checkpoints": "load every checkpoint of the bundled model (s)",
    "bundled_checkpoints": "checkpoints of the bundled model",
    "checkpoint_switch_p95_ms": "trace the story on each checkpoint in turn (p95 ms)",
    "frame_p95_ms_bundled": "stage frame p95, bundled model, 16 words (ms, goal ≤ 8)",
    "frame_p95_ms_12x12": "stage frame p95, 12×12 heads, 32 tokens (ms, goal ≤ 16)",
    "first_window_s": "process start → first painted window (s)",
    "torch_import_s": "importing torch alone (s)",
    "max_stall_ms": "longest event-loop stall during a re-run (ms, goal ≤ 16)",
}


def print_figures(figures: dict, json_out: bool = False) -> None:
    if json_out:
        print(json.dumps(figures))
        return
    width = max(len(v) for v in LABELS.values())
    for key, value in figures.items():
        print(f"{LABELS.get(key, key):<{width}}  {'unavailable' if value is None else value}")
