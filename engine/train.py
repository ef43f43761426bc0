"""Training and checking the bundled model: a small GPT-2 that learns the corpus in engine/corpus.py.

``train`` is reproducible: the corpus, the initial weights and the batch order all come from one seed, and
torch runs deterministic kernels on a fixed number of threads, so the same seed gives the same weights.
"""
from __future__ import annotations

import json
import math
import sys
import time
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F
from tokenizers import Tokenizer

from .corpus import PATTERNS, STORY_CHECKS, Corpus, Sentence, build_corpus
from .errors import AlchemistError, InputError
from .folder import BUNDLED_MODEL, save_folder
from .model import GPT, GPTConfig
from .runner import Model, load_model
from .tokenizer import TextTokenizer, word_level_tokenizer

SHAPE = {"n_layer": 3, "n_head": 4, "n_embd": 96, "n_positions": 32}
STEPS = 1500  # the loss levels off after ~500 steps; the rest settles the probabilities of the free words
BATCH_SIZE = 64
PEAK_LR = 3e-3
WARMUP_STEPS = 100
WEIGHT_DECAY = 0.05
LOG_EVERY = 50  # steps per point of the loss history
THREADS = 2
IGNORE = -100  # target of padding positions: no loss there


# -- data ---------------------------------------------------------------------------------------------------
def _encode_sentences(sentences, tokenizer: Tokenizer) -> tuple[torch.Tensor, torch.Tensor]:
    """Inputs and next-word targets, [N, T] each; sentences are right-padded and padding has no target."""
    rows = [e.ids for e in tokenizer.encode_batch([s.text for s in sentences], add_special_tokens=False)]
    padded = np.full((len(rows), max(map(len, rows))), IGNORE, dtype=np.int64)
    for i, ids in enumerate(rows):
        padded[i, : len(ids)] = ids
    inputs = torch.from_numpy(padded[:, :-1]).clamp(min=0)  # padding is read as id 0 but is never a target
    return inputs, torch.from_numpy(padded[:, 1:]).contiguous()


def _batches(n_rows: int, steps: int, generator: torch.Generator):
    """Row indices for each step: shuffled epochs, so every sentence is seen once per epoch."""
    order = torch.empty(0, dtype=torch.long)
    for _ in range(steps):
        if len(order) < BATCH_SIZE:
            order = torch.cat([order, torch.randperm(n_rows, generator=generator)])
        yield order[:BATCH_SIZE]
        order = order[BATCH_SIZE:]


def _learning_rate(step: int, steps: int) -> float:
    """Linear warm-up, then cosine decay to a tenth of the peak."""
    warmup = min(WARMUP_STEPS, max(1, steps // 10))
    if step < warmup:
        return PEAK_LR * (step + 1) / warmup
    progress = (step - warmup) / max(1, steps - warmup)
    return PEAK_LR * (0.1 + 0.9 * 0.5 * (1 + math.cos(math.pi * progress)))


def _optimizer(gpt: GPT, steps: int) -> torch.optim.AdamW:
    # decay matrices only; biases, LayerNorm gains and position embeddings keep their size
    decay = [p for n, p in gpt.named_parameters() if p.dim() == 2 and n != "wpe.weight"]
    rest = [p for n, p in gpt.named_parameters() if not (p.dim() == 2 and n != "wpe.weight")]
    groups = [{"params": decay, "weight_decay": WEIGHT_DECAY}, {"params": rest, "weight_decay": 0.0}]
    return torch.optim.AdamW(groups, lr=PEAK_LR, betas=(0.9, 0.98))


# -- progress -----------------------------------------------------------------------------------------------
def _clock(seconds: float) -> str:
    seconds = int(round(seconds))
    return f"{seconds // 60}m{seconds % 60:02d}s"


class _ProgressLine:
    """One line on stderr, rewritten in place: step, loss, tokens per second, time left."""

    def __init__(self, steps: int, enabled: bool):
        self.steps, self.enabled, self.start = steps, enabled, time.perf_counter()

    def update(self, step: int, loss: float, tokens: int) -> None:
        if not self.enabled:
            return
        elapsed = time.perf_counter() - self.start
        done = step / self.steps
        eta = elapsed / done * (1 - done) if done > 0 else 0.0
        bar = "#" * int(24 * done) + "-" * (24 - int(24 * done))
        sys.stderr.write(f"\r[{bar}] step {step}/{self.steps}  loss {loss:.3f}  "
                         f"{tokens / max(elapsed, 1e-9):,.0f} tok/s  ETA {_clock(eta)} ")
        sys.stderr.flush()

    def close(self) -> None:
        if self.enabled:
            sys.stderr.write("\n")
            sys.stderr.flush()


# -- training -----------------------------------------------------------------------------------------------
def _check_args(out_dir, seed, steps) -> tuple[Path, int, int]:
    out = Path(out_dir).expanduser()
    if out.exists() and not out.is_dir():
        raise InputError(f"{out} is a file; training writes a model folder there.")
    if isinstance(seed, bool) or not isinstance(seed, int) or seed < 0:
        raise InputError(f"The seed must be a whole number of 0 or more, not {seed!r}.")
    steps = STEPS if steps is None else steps
    if isinstance(steps, bool) or not isinstance(steps, int) or steps < 1:
        raise InputError(f"The number of steps must be a whole number of 1 or more, not {steps!r}.")
    return out, seed, steps


class _TorchSettings:
    """Deterministic kernels on THREADS threads for the duration of training; the caller's settings come back."""

    def __enter__(self):
        self.threads = torch.get_num_threads()
        self.deterministic = torch.are_deterministic_algorithms_enabled()
        torch.set_num_threads(THREADS)
        torch.use_deterministic_algorithms(True)

    def __exit__(self, *exc):
        torch.set_num_threads(self.threads)
        torch.use_deterministic_algorithms(self.deterministic)
        return False


def _fit(gpt: GPT, inputs, targets, steps: int, seed: int, progress: bool) -> list[dict]:
    """Train in place; returns the loss history, one mean loss per LOG_EVERY steps."""
    generator = torch.Generator().manual_seed(seed)
    optimizer = _optimizer(gpt, steps)
    lengths = (targets != IGNORE).sum(1)
    history, window, tokens = [], [], 0
    bar = _ProgressLine(steps, progress)
    gpt.train()
    for step, rows in enumerate(_batches(len(inputs), steps, generator)):
        width = int(lengths[rows].max())  # crop the batch to its longest sentence
        x, y = inputs[rows, :width], targets[rows, :width]
        for group in optimizer.param_groups:
            group["lr"] = _learning_rate(step, steps)
        loss = F.cross_entropy(gpt(x).flatten(0, 1), y.flatten(), ignore_index=IGNORE)
        optimizer.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(gpt.parameters(), 1.0)
        optimizer.step()
        window.append(loss.item())
        tokens += int(lengths[rows].sum())
        if len(window) == LOG_EVERY or step == steps - 1:
            history.append({"step": step + 1, "loss": round(sum(window) / len(window), 5)})
            window = []
            bar.update(step + 1, history[-1]["loss"], tokens)
    bar.close()
    gpt.eval()
    return history


def train(out_dir=BUNDLED_MODEL, seed: int = 0, progress: bool = True, steps: int | None = None) -> dict:
    """Generate the corpus, train a small GPT-2 on it, write the model folder and loss_history.json to out_dir.

    Returns a summary: steps, seconds, final loss, the evaluation (see ``evaluate``) and the model's shape.
    """
    out, seed, steps = _check_args(out_dir, seed, steps)
    with _TorchSettings():
        corpus = build_corpus(seed)
        words = word_level_tokenizer(list(corpus.vocabulary))
        tokenizer = TextTokenizer(words)
        torch.manual_seed(seed)
        gpt = GPT(GPTConfig(vocab_size=tokenizer.vocab_size, **SHAPE))
        inputs, targets = _encode_sentences(corpus.train, words)
        start = time.perf_counter()
        history = _fit(gpt, inputs, targets, steps, seed, progress)
        seconds = time.perf_counter() - start
        report = evaluate(Model(gpt, tokenizer, out), corpus)
    summary = {
        "seed": seed, "steps": steps, "batch_size": BATCH_SIZE, "train_seconds": round(seconds, 1),
        "final_loss": history[-1]["loss"], "shape": dict(SHAPE, vocab_size=tokenizer.vocab_size),
        "parameters": sum(p.numel() for p in gpt.parameters()),
        "corpus": {"train_sentences": len(corpus.train), "held_out_sentences": len(corpus.held_out),
                   "vocabulary": len(corpus.vocabulary), "patterns": PATTERNS},
        "eval": report,
    }
    save_folder(out, gpt, tokenizer.to_json())
    (out / "loss_history.json").write_text(json.dumps(dict(summary, history=history), indent=1) + "\n",
                                           encoding="utf-8")
    return dict(summary, out_dir=str(out))


# -- evaluation ---------------------------------------------------------------------------------------------
def _next_word_probs(model: Model, prompts: list[str]) -> np.ndarray:
    """The model's next-word distribution after each prompt, [N, V], in batches of right-padded prompts."""
    rows = [model.encode(p)[0] for p in prompts]
    out = []
    with torch.inference_mode():
        for start in range(0, len(rows), 256):
            chunk = rows[start: start + 256]
            ids = torch.zeros(len(chunk), max(len(r) for r in chunk), dtype=torch.long)
            for i, r in enumerate(chunk):
                ids[i, : len(r)] = torch.tensor(r)
            last = torch.tensor([len(r) - 1 for r in chunk])
            logits = model.gpt(ids)[torch.arange(len(chunk)), last]  # causal: padding after a prompt is unseen
            out.append(torch.softmax(logits, dim=-1).numpy())
    return np.concatenate(out)


def _top(probs: np.ndarray, vocab, k: int = 5) -> list[tuple[str, float]]:
    ids = np.argsort(-probs, kind="stable")[:k]
    return [(vocab[i], round(float(probs[i]), 4)) for i in ids]


def _mass(probs: np.ndarray, vocab, words) -> float:
    return float(sum(p for w, p in zip(vocab, probs) if w in words))


def _story_results(model: Model) -> list[dict]:
    probs = _next_word_probs(model, [c.prompt for c in STORY_CHECKS])
    results = []
    for check, p in zip(STORY_CHECKS, probs):
        top = _top(p, model.vocab)
        mass = _mass(p, model.vocab, check.answers)
        passed = top[0][0] in check.answers and mass >= check.min_mass
        if check.top1 is not None:
            passed = passed and top[0][0] == check.top1
        results.append({"prompt": check.prompt, "expected": sorted(check.answers), "top1_must_be": check.top1,
                        "min_mass": check.min_mass, "mass": round(mass, 4), "top5": top, "passed": passed})
    return results


def evaluate(model: Model, corpus: Corpus | None = None) -> dict:
    """Held-out final-word accuracy (top-1 among the acceptable words), per pattern too, and the story checks."""
    corpus = corpus or build_corpus(0, n_train=0)  # only the held-out sentences are needed
    held_out: list[Sentence] = list(corpus.held_out)
    probs = _next_word_probs(model, [s.prompt for s in held_out])
    top1 = [model.vocab[i] for i in probs.argmax(axis=1)]
    correct = [word in s.answers for word, s in zip(top1, held_out)]
    by_pattern = {}
    for pattern in PATTERNS:
        hits = [c for c, s in zip(correct, held_out) if s.pattern == pattern]
        by_pattern[pattern] = {"accuracy": round(sum(hits) / max(1, len(hits)), 4), "count": len(hits)}
    story = _story_results(model)
    return {"held_out_accuracy": round(sum(correct) / len(correct), 4), "held_out_count": len(correct),
            "by_pattern": by_pattern, "story": story, "story_passed": all(r["passed"] for r in story)}


# -- command line (main.py calls these) ---------------------------------------------------------------------
def _print_report(report: dict) -> None:
    print(f"held-out accuracy: {report['held_out_accuracy']:.1%} of {report['held_out_count']} sentences "
          "whose word combinations were never in training")
    for pattern, r in report["by_pattern"].items():
        print(f"  {pattern:<10} {r['accuracy']:.1%} ({r['count']})")
    print("story sentences:")
    for r in report["story"]:
        top = ", ".join(f"{w} {p:.0%}" for w, p in r["top5"][:3])
        mass = f"  (mass {r['mass']:.0%})" if r["min_mass"] else ""
        print(f"  {'ok  ' if r['passed'] else 'FAIL'} {r['prompt']} -> {top}{mass}")


def train_command(out: Path, seed: int) -> int:
    try:
        summary = train(out, seed)
    except AlchemistError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"error: cannot write the model folder ({exc}).", file=sys.stderr)
        return 2
    print(f"trained {summary['steps']} steps in {summary['train_seconds']:.0f} s, final loss "
          f"{summary['final_loss']:.3f}; model written to {summary['out_dir']}")
    _print_report(summary["eval"])
    return 0


def eval_command(model_dir: Path | None) -> int:
    try:
        model = load_model(model_dir)
        report = evaluate(model)
    except AlchemistError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(f"model: {model.folder}")
    _print_report(report)
    return 0


__all__ = ["train", "evaluate", "train_command", "eval_command", "SHAPE", "STEPS"]
