"""Training the bundled model (or your own): a small GPT-2 that learns the corpus in engine/corpus.py.

``train`` is reproducible: the corpus, the initial weights and the batch order all come from one seed, and torch
runs deterministic kernels on a fixed number of threads, so the same seed gives bit-identical weights.
It keeps checkpoints along the way (step 0, 1, 2, 4, 8, ... doubling, and the final step), each with its
training loss, held-out loss and held-out accuracy, so the app can show the workshop as it learned.
Everything is written into a hidden sibling folder that is renamed into place at the end: a kill or Ctrl+C never
leaves a half-written folder at ``out_dir``.
"""
from __future__ import annotations

import json
import math
import os
import shutil
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F
from tokenizers import Tokenizer

from .checkpoints import FINAL_FROM_INDEX, save_checkpoint, write_index
from .corpus import PATTERNS, Corpus, build_corpus, check_patterns
from .errors import InputError
from .evaluation import accuracy, evaluate, print_report
from .folder import BUNDLED_MODEL, save_folder
from .model import GPT, GPTConfig
from .runner import Model
from .switches import Switches
from .tokenizer import TextTokenizer, bilingual_tokenizer

from .train_settings import (BATCH_SIZE, CUSTOM_STEPS, PEAK_LR, SHAPE, STEPS, THREADS, WARMUP_STEPS,
                             WEIGHT_DECAY)

MAX_STEPS = 1_000_000  # days of training on two cores; more is surely a typing mistake
IGNORE = -100  # target of padding positions: no loss there
WINDOW = 32  # batches whose rows are grouped by length
TRAIN_SAMPLE = 1024  # training sentences whose loss each checkpoint records (the same ones every time)
HELD_OUT_SAMPLE = 48  # held-out sentences per pattern that each checkpoint is measured on (the final eval: all)


# -- data ---------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Encoded:
    inputs: torch.Tensor  # [N, T] token ids, right-padded with 0
    targets: torch.Tensor  # [N, T] the next token, IGNORE on padding
    lengths: torch.Tensor  # [N] tokens per row


def encode_sentences(sentences, tokenizer: Tokenizer) -> Encoded:
    """Inputs and next-token targets; sentences are right-padded and padding has no target."""
    rows = [e.ids for e in tokenizer.encode_batch([s.text for s in sentences], add_special_tokens=False)]
    padded = np.full((len(rows), max(map(len, rows))), IGNORE, dtype=np.int64)
    for i, ids in enumerate(rows):
        padded[i, : len(ids)] = ids
    inputs = torch.from_numpy(padded[:, :-1]).clamp(min=0)  # padding is read as id 0 but is never a target
    targets = torch.from_numpy(padded[:, 1:]).contiguous()
    return Encoded(inputs, targets, (targets != IGNORE).sum(1))


def _batches(lengths: torch.Tensor, steps: int, generator: torch.Generator):
    """Row indices for each step. Epochs are shuffled, so every sentence is seen once per epoch; within a window
    of WINDOW batches the rows are grouped by length and the batches then shuffled, so a batch is cropped to a
    width close to all of its rows (about half the work of random batches, whose longest row sets the width)."""
    order = torch.empty(0, dtype=torch.long)
    pending: list[torch.Tensor] = []
    window = BATCH_SIZE * WINDOW
    for _ in range(steps):
        if not pending:
            while len(order) < window:
                order = torch.cat([order, torch.randperm(len(lengths), generator=generator)])
            chunk, order = order[:window], order[window:]
            chunk = chunk[torch.argsort(lengths[chunk], stable=True)]
            batches = chunk.split(BATCH_SIZE)
            pending = [batches[i] for i in torch.randperm(len(batches), generator=generator).tolist()]
        yield pending.pop()


def _learning_rate(step: int, steps: int) -> float:
    """Linear warm-up, then cosine decay to a tenth of the peak."""
    warmup = min(WARMUP_STEPS, max(1, steps // 10))
    if step < warmup:
        return PEAK_LR * (step + 1) / warmup
    progress = (step - warmup) / max(1, steps - warmup)
    return PEAK_LR * (0.1 + 0.9 * 0.5 * (1 + math.cos(math.pi * progress)))


def _optimizer(gpt: GPT) -> torch.optim.AdamW:
    # decay matrices only; biases, LayerNorm gains and position embeddings keep their size
    decay = [p for n, p in gpt.named_parameters() if p.dim() == 2 and n != "wpe.weight"]
    rest = [p for n, p in gpt.named_parameters() if not (p.dim() == 2 and n != "wpe.weight")]
    groups = [{"params": decay, "weight_decay": WEIGHT_DECAY}, {"params": rest, "weight_decay": 0.0}]
    return torch.optim.AdamW(groups, lr=PEAK_LR, betas=(0.9, 0.98))


def checkpoint_steps(steps: int) -> list[int]:
    """0, 1, 2, 4, 8, ... (doubling, so the early change is visible) below ``steps``, then ``steps``."""
    out, s = [0], 1
    while s < steps:
        out.append(s)
        s *= 2
    return out + [steps]


# -- measuring ----------------------------------------------------------------------------------------------
@torch.inference_mode()
def mean_loss(gpt: GPT, data: Encoded, sw: Switches) -> float:
    """Mean next-token cross-entropy over every real token of ``data``, in batches cropped to their longest row."""
    total, count = 0.0, 0
    for start in range(0, len(data.inputs), 512):
        rows = slice(start, start + 512)
        width = int(data.lengths[rows].max())
        logits = gpt(data.inputs[rows, :width], sw)
        y = data.targets[rows, :width]
        total += float(F.cross_entropy(logits.flatten(0, 1), y.flatten(), ignore_index=IGNORE, reduction="sum"))
        count += int((y != IGNORE).sum())
    return total / max(1, count)


class Progress:
    """How training reports itself: a line on stderr rewritten in place ("line"), one JSON object per line on
    stdout ("json", for the app's live loss curve), or nothing (None)."""

    def __init__(self, steps: int, mode: str | None):
        self.steps, self.mode, self.start = steps, mode, time.perf_counter()
        self.every = max(1, steps // 200)

    def _times(self, step: int, tokens: int) -> tuple[float, float]:
        elapsed = time.perf_counter() - self.start
        done = step / self.steps
        eta = elapsed / done * (1 - done) if done > 0 else 0.0
        return tokens / max(elapsed, 1e-9), eta

    def step(self, step: int, loss: float, tokens: int, measured: dict | None = None) -> None:
        if self.mode is None or (measured is None and step % self.every and step != self.steps):
            return
        rate, eta = self._times(step, tokens)
        if self.mode == "json":
            row = {"step": step, "steps": self.steps, "loss": round(loss, 5), "tokens_per_s": round(rate),
                   "eta_s": round(eta, 1)}
            if measured:
                row.update(measured)
            print(json.dumps(row), flush=True)
            return
        done = step / self.steps
        bar = "#" * int(24 * done) + "-" * (24 - int(24 * done))
        held = f"  held-out {measured['heldout_loss']:.3f}" if measured else ""
        sys.stderr.write(f"\r[{bar}] step {step}/{self.steps}  loss {loss:.3f}{held}  {rate:,.0f} tok/s  "
                         f"ETA {int(eta) // 60}m{int(eta) % 60:02d}s ")
        sys.stderr.flush()

    def close(self, out: Path, summary: dict) -> None:
        if self.mode == "json":
            # the accuracy on held-out sentences of the patterns it read (as at every checkpoint), and on those
            # of every pattern (most of which a model trained on a few patterns never read)
            print(json.dumps({"done": True, "out": str(out), "train_seconds": summary["train_seconds"],
                              "heldout_loss": summary["final"]["heldout_loss"],
                              "heldout_accuracy": summary["final"]["heldout_accuracy"],
                              "every_pattern_accuracy": summary["eval"]["held_out_accuracy"]}), flush=True)
        elif self.mode == "line":
            sys.stderr.write("\n")
            sys.stderr.flush()


# -- the folder, written aside and moved into place ------------------------------------------------------------
def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class StagedFolder:
    """``with StagedFolder(out) as stage:`` write the model folder into ``stage``; on success it replaces
    ``out`` (an old folder there is moved aside first and removed after), on any error it vanishes. A process
    that is killed outright leaves only a hidden sibling, which the next training run removes."""

    def __init__(self, out: Path):
        self.out = out
        self.stage = out.parent / f".{out.name}.training-{os.getpid()}"

    def _remove_stale(self) -> None:
        for old in self.out.parent.glob(f".{self.out.name}.training-*"):
            pid = old.name.rsplit("-", 1)[-1]
            if old != self.stage and pid.isdigit() and not _alive(int(pid)):
                shutil.rmtree(old, ignore_errors=True)

    def __enter__(self) -> Path:
        self.out.parent.mkdir(parents=True, exist_ok=True)
        self._remove_stale()
        shutil.rmtree(self.stage, ignore_errors=True)
        self.stage.mkdir()
        return self.stage

    def __exit__(self, exc_type, *exc):
        if exc_type is not None:
            shutil.rmtree(self.stage, ignore_errors=True)
            return False
        aside = self.out.parent / f".{self.out.name}.replaced-{os.getpid()}"
        if self.out.exists():
            os.replace(self.out, aside)
        os.replace(self.stage, self.out)
        shutil.rmtree(aside, ignore_errors=True)
        return False


# -- training -----------------------------------------------------------------------------------------------
def _check_args(out_dir, seed, steps, patterns) -> tuple[Path, int, int, tuple[str, ...]]:
    out = Path(out_dir).expanduser()
    if out.exists() and not out.is_dir():
        raise InputError(f"{out} is a file; training writes a model folder there.")
    if isinstance(seed, bool) or not isinstance(seed, int) or seed < 0:
        raise InputError(f"The seed must be a whole number of 0 or more, not {seed!r}.")
    if steps is None:
        steps = STEPS if out.resolve() == BUNDLED_MODEL.resolve() else CUSTOM_STEPS
    if isinstance(steps, bool) or not isinstance(steps, int) or steps < 1:
        raise InputError(f"The number of steps must be a whole number of 1 or more, not {steps!r}.")
    if steps > MAX_STEPS:
        raise InputError(f"{steps:,} steps would take days on a laptop; choose at most {MAX_STEPS:,}.")
    try:
        chosen = check_patterns(patterns)
    except ValueError as exc:
        raise InputError(f"{exc}; the patterns are: {', '.join(PATTERNS)}.") from None
    return out, seed, steps, chosen


class _TorchSettings:
    """Deterministic kernels on THREADS threads for the duration of training; the caller's settings come back."""

    def __enter__(self):
        self.threads = torch.get_num_threads()
        self.deterministic = torch.are_deterministic_algorithms_enabled()
        self.fill = torch.utils.deterministic.fill_uninitialized_memory
        torch.set_num_threads(THREADS)
        torch.use_deterministic_algorithms(True)
        # deterministic mode also fills every new tensor with NaN first (a debugging aid that costs ~20 % here);
        # nothing in training reads memory it has not written
        torch.utils.deterministic.fill_uninitialized_memory = False

    def __exit__(self, *exc):
        torch.set_num_threads(self.threads)
        torch.use_deterministic_algorithms(self.deterministic)
        torch.utils.deterministic.fill_uninitialized_memory = self.fill
        return False


def _per_pattern(sentences, most: int) -> list:
    """The first ``most`` sentences of each pattern, in their order."""
    kept, count = [], {}
    for s in sentences:
        count[s.pattern] = count.get(s.pattern, 0) + 1
        if count[s.pattern] <= most:
            kept.append(s)
    return kept


class _Checkpointer:
    """Saves and measures the model at the checkpoint steps: training loss (a fixed sample of training sentences),
    held-out loss, and held-out accuracy on the blank (the prompt alone, with the training's switches)."""

    def __init__(self, stage: Path, corpus: Corpus, words: Tokenizer, tokenizer: TextTokenizer, sw: Switches):
        self.stage, self.sw, self.tokenizer = stage, sw, tokenizer
        self.sample = encode_sentences(corpus.train[:TRAIN_SAMPLE], words)
        self.held_out = _per_pattern(corpus.held_out, HELD_OUT_SAMPLE)
        self.held_out_data = encode_sentences(self.held_out, words)
        self.entries: list[dict] = []

    def measure(self, gpt: GPT) -> dict:
        gpt.eval()
        hits = accuracy(Model(gpt, self.tokenizer), self.held_out, self.sw)
        measured = {"train_loss": round(mean_loss(gpt, self.sample, self.sw), 5),
                    "heldout_loss": round(mean_loss(gpt, self.held_out_data, self.sw), 5),
                    "heldout_accuracy": round(sum(hits) / max(1, len(hits)), 4)}
        gpt.train()
        return measured

    def save(self, gpt: GPT, step: int, final: bool) -> dict:
        measured = self.measure(gpt)
        name = FINAL_FROM_INDEX if final else save_checkpoint(self.stage, step, gpt, half=True)
        self.entries.append(dict(measured, step=step, file=name))
        return measured


def _fit(gpt: GPT, data: Encoded, steps: int, seed: int, sw: Switches, checkpointer: _Checkpointer,
         progress: Progress) -> list[dict]:
    """Train in place, saving checkpoints on the way; returns the loss history (mean batch loss per interval)."""
    generator = torch.Generator().manual_seed(seed)
    optimizer = _optimizer(gpt)
    keep = set(checkpoint_steps(steps))
    log_every = max(1, min(50, steps // 40))
    history, window, tokens = [], [], 0
    gpt.train()
    untrained = checkpointer.save(gpt, 0, final=False)
    progress.step(0, untrained["train_loss"], 0, untrained)
    for step, rows in enumerate(_batches(data.lengths, steps, generator), start=1):
        width = int(data.lengths[rows].max())  # crop the batch to its longest sentence
        x, y = data.inputs[rows, :width], data.targets[rows, :width]
        for group in optimizer.param_groups:
            group["lr"] = _learning_rate(step - 1, steps)
        loss = F.cross_entropy(gpt(x, sw).flatten(0, 1), y.flatten(), ignore_index=IGNORE)
        optimizer.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(gpt.parameters(), 1.0)
        optimizer.step()
        window.append(loss.item())
        tokens += int(data.lengths[rows].sum())
        if len(window) == log_every or step == steps:
            history.append({"step": step, "loss": round(sum(window) / len(window), 5)})
            window = []
        measured = None
        if step in keep and step != steps:
            measured = checkpointer.save(gpt, step, final=False)
        progress.step(step, loss.item(), tokens, measured)
    gpt.eval()
    return history


def train(out_dir=BUNDLED_MODEL, seed: int = 0, progress: str | None = "line", steps: int | None = None,
          patterns=None, mask: bool = True) -> dict:
    """Generate the corpus (from ``patterns``, default all), train a small GPT-2 on it for ``steps`` (default:
    STEPS for the bundled folder, CUSTOM_STEPS elsewhere), with or without the causal ``mask``, and write the model
    folder with its checkpoints and loss_history.json to out_dir. ``progress``: "line", "json" or None.

    Returns a summary: the training settings, seconds, final loss, the evaluation and the model's shape.
    """
    out, seed, steps, chosen = _check_args(out_dir, seed, steps, patterns)
    if progress not in ("line", "json", None):
        raise InputError(f"Progress is shown as 'line' or 'json', not {progress!r}.")
    sw = Switches(mask=bool(mask))
    reporter = Progress(steps, progress)
    with _TorchSettings(), StagedFolder(out) as stage:
        corpus = build_corpus(seed, n_train=max(20_000, min(160_000, steps * BATCH_SIZE)), patterns=chosen)
        words = bilingual_tokenizer(list(corpus.vocabulary))
        tokenizer = TextTokenizer(words)
        torch.manual_seed(seed)
        gpt = GPT(GPTConfig(vocab_size=tokenizer.vocab_size, **SHAPE))
        data = encode_sentences(corpus.train, words)
        checkpointer = _Checkpointer(stage, corpus, words, tokenizer, sw)
        start = time.perf_counter()
        history = _fit(gpt, data, steps, seed, sw, checkpointer, reporter)
        final = checkpointer.save(gpt, steps, final=True)
        seconds = time.perf_counter() - start
        report = evaluate(Model(gpt, tokenizer, out), switches=sw)
        save_folder(stage, gpt, tokenizer.to_json())
        write_index(stage, checkpointer.entries)
        summary = {
            "training": {"seed": seed, "steps": steps, "patterns": list(chosen), "mask": sw.mask,
                         "batch_size": BATCH_SIZE, "threads": THREADS},
            "seed": seed, "steps": steps, "batch_size": BATCH_SIZE, "train_seconds": round(seconds, 1),
            "final_loss": history[-1]["loss"], "final": final,
            "shape": dict(SHAPE, vocab_size=tokenizer.vocab_size),
            "parameters": sum(p.numel() for p in gpt.parameters()),
            "corpus": {"train_sentences": len(corpus.train), "held_out_sentences": len(corpus.held_out),
                       "vocabulary": len(corpus.vocabulary), "patterns": {p: PATTERNS[p].description for p in chosen}},
            "checkpoints": checkpointer.entries,
            "eval": report,
        }
        (stage / "loss_history.json").write_text(
            json.dumps(dict(summary, history=history), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    reporter.close(out, summary)
    return dict(summary, out_dir=str(out))


# -- command line (main.py calls this through engine/train_cli.py) ---------------------------------------------
def _interrupt_on_sigterm() -> None:
    """A polite kill (SIGTERM, what the app sends to cancel) unwinds like Ctrl+C, so the staged folder goes."""
    import signal
    import threading

    def interrupt(signum, frame):
        raise KeyboardInterrupt

    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, interrupt)


def train_command(out: Path, seed: int, steps: int | None = None, patterns=None, mask: bool = True,
                  progress: str = "line") -> int:
    _interrupt_on_sigterm()
    try:
        summary = train(out, seed, progress=progress, steps=steps, patterns=patterns, mask=mask)
    except InputError as exc:
        print(f"alchemist: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"alchemist: cannot write the model folder ({exc}).", file=sys.stderr)
        return 2
    if progress == "json":
        return 0
    rope = "" if mask else " without the causal mask"
    print(f"trained {summary['steps']} steps{rope} in {summary['train_seconds']:.0f} s, final loss "
          f"{summary['final_loss']:.3f}; model written to {summary['out_dir']}")
    print_report(summary["eval"])
    return 0


__all__ = ["train", "train_command", "checkpoint_steps", "encode_sentences", "SHAPE", "STEPS", "CUSTOM_STEPS"]
