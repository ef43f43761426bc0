"""How well a model has learned the corpus: held-out accuracy per pattern and per language, the story's checks,
and the order experiment (the same sentences with the badges and the rope switched off).

Works for any model folder: a GPT-2 that never saw the corpus simply gets low figures and failed checks.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
import torch

from .corpus import LANGUAGES, PATTERNS, STORY_CHECKS, WORD_CHECKS, Corpus, Sentence, held_out_sentences, language_of
from .errors import AlchemistError
from .runner import Model, load_model
from .switches import Switches

# The order experiment: each pair is the same bag of words in two orders, with opposite answers.
ORDER_PAIRS = (
    ("Tom is taller than Sarah, so the taller one is", "Tom", "Sarah is taller than Tom, so the taller one is", "Sarah"),
    ("Tom is younger than Sarah, so the younger one is", "Tom", "Sarah is younger than Tom, so the younger one is",
     "Sarah"),
    ("Tom比Sarah高，所以高的那个是", "Tom", "Sarah比Tom高，所以高的那个是", "Sarah"),
)
ORDER_SWITCHES = {"everything on": Switches(), "badges off": Switches(positional=False),
                  "badges and rope off": Switches(mask=False, positional=False)}


@torch.inference_mode()
def next_token_probs(model: Model, prompts: list[str], switches: Switches = Switches()) -> np.ndarray:
    """The next-token distribution after each prompt, [N, V]. Prompts of one length run together, so no padding
    is ever in reach (that matters when the rope is off)."""
    rows = [model.encode(p)[0] for p in prompts]
    out = np.zeros((len(rows), model.config["vocab_size"]), dtype=np.float32)
    by_length: dict[int, list[int]] = {}
    for i, r in enumerate(rows):
        by_length.setdefault(len(r), []).append(i)
    for indices in by_length.values():
        for start in range(0, len(indices), 512):
            chunk = indices[start: start + 512]
            ids = torch.tensor([rows[i] for i in chunk])
            logits = model.gpt(ids, switches, read="last")[:, -1]
            out[chunk] = torch.softmax(logits, dim=-1).numpy()
    return out


def _top(probs: np.ndarray, vocab, k: int = 5) -> list[tuple[str, float]]:
    ids = np.argsort(-probs, kind="stable")[:k]
    return [(vocab[i], round(float(probs[i]), 4)) for i in ids]


def _mass(probs: np.ndarray, vocab, words) -> float:
    return float(sum(p for w, p in zip(vocab, probs) if w in words))


def story_results(model: Model, switches: Switches = Switches()) -> list[dict]:
    """The story's sentences and the Chinese words' second characters: what the model says, and if it passes."""
    checks = STORY_CHECKS + WORD_CHECKS
    probs = next_token_probs(model, [c.prompt for c in checks], switches)
    results = []
    for check, p in zip(checks, probs):
        top = _top(p, model.vocab)
        mass = _mass(p, model.vocab, check.answers)
        passed = top[0][0] in check.answers and mass >= check.min_mass
        if check.top1 is not None:
            passed = passed and top[0][0] == check.top1
        results.append({"prompt": check.prompt, "language": check.language, "expected": sorted(check.answers),
                        "top1_must_be": check.top1, "min_mass": check.min_mass, "mass": round(mass, 4),
                        "top5": top, "passed": passed})
    return results


def order_results(model: Model) -> list[dict]:
    """Both orders of each pair under each setting of the switches: the top word, and whether it is right."""
    results = []
    for first, first_answer, second, second_answer in ORDER_PAIRS:
        row = {"prompts": [first, second], "expected": [first_answer, second_answer]}
        for label, sw in ORDER_SWITCHES.items():
            probs = next_token_probs(model, [first, second], sw)
            tops = [_top(p, model.vocab, 3) for p in probs]
            row[label] = {"top": tops, "right": [tops[0][0][0] == first_answer, tops[1][0][0] == second_answer]}
        results.append(row)
    return results


def accuracy(model: Model, sentences: list[Sentence], switches: Switches = Switches()) -> list[bool]:
    """For each sentence: is the model's top next token after its prompt one of the acceptable answers?"""
    if not sentences:
        return []
    probs = next_token_probs(model, [s.prompt for s in sentences], switches)
    top1 = [model.vocab[i] for i in probs.argmax(axis=1)]
    return [word in s.answers for word, s in zip(top1, sentences)]


def evaluate(model: Model, corpus: Corpus | None = None, switches: Switches = Switches()) -> dict:
    """Held-out final-token accuracy (top-1 among the acceptable tokens) overall, per pattern and per language;
    the story checks; the order experiment. ``corpus``: whose held-out sentences (default: every pattern's)."""
    held_out = list(corpus.held_out) if corpus is not None else list(held_out_sentences(0))
    correct = accuracy(model, held_out, switches)
    by_pattern, by_language = {}, {}
    for pattern in PATTERNS:
        hits = [c for c, s in zip(correct, held_out) if s.pattern == pattern]
        if hits:
            by_pattern[pattern] = {"accuracy": round(sum(hits) / len(hits), 4), "count": len(hits),
                                   "language": language_of(pattern)}
    for language in LANGUAGES:
        hits = [c for c, s in zip(correct, held_out) if language_of(s.pattern) == language]
        if hits:
            by_language[language] = {"accuracy": round(sum(hits) / len(hits), 4), "count": len(hits)}
    story = story_results(model, switches)
    return {"held_out_accuracy": round(sum(correct) / max(1, len(correct)), 4), "held_out_count": len(correct),
            "by_language": by_language, "by_pattern": by_pattern, "story": story,
            "story_passed": all(r["passed"] for r in story), "order": order_results(model),
            "switches": {"mask": switches.mask, "positional": switches.positional}}


# -- command line (main.py calls these through engine/train_cli.py) ---------------------------------------------
def print_report(report: dict, out=None) -> None:
    out = out or sys.stdout
    print(f"held-out accuracy: {report['held_out_accuracy']:.1%} of {report['held_out_count']} sentences "
          "whose word combinations were never in training", file=out)
    for language, r in report["by_language"].items():
        print(f"  {language}: {r['accuracy']:.1%} ({r['count']})", file=out)
    for pattern, r in report["by_pattern"].items():
        print(f"    {pattern:<12} {r['accuracy']:.1%} ({r['count']})", file=out)
    print("story sentences:", file=out)
    for r in report["story"]:
        top = ", ".join(f"{w} {p:.0%}" for w, p in r["top5"][:3])
        mass = f"  (mass {r['mass']:.0%})" if r["min_mass"] else ""
        print(f"  {'ok  ' if r['passed'] else 'FAIL'} {r['prompt']} -> {top}{mass}", file=out)
    print("word order (the same words in two orders):", file=out)
    for r in report["order"]:
        for label in ORDER_SWITCHES:
            tops = " / ".join(t[0][0] for t in r[label]["top"])
            right = sum(r[label]["right"])
            print(f"  {label:<20} {tops:<14} right {right} of 2   {r['prompts'][0]}", file=out)


def trained_without_mask(folder: Path | None) -> bool:
    """Whether the folder's model was trained with the rope off (recorded by the trainer)."""
    history = Path(folder) / "loss_history.json" if folder else None
    try:
        return history is not None and json.loads(history.read_text(encoding="utf-8"))["training"]["mask"] is False
    except (OSError, ValueError, KeyError, TypeError):
        return False


def eval_command(model_dir: Path | None, as_json: bool = False) -> int:
    try:
        model = load_model(model_dir)
        no_mask = trained_without_mask(model.folder)
        report = evaluate(model, switches=Switches(mask=not no_mask))
    except AlchemistError as exc:
        print(f"alchemist: {exc}", file=sys.stderr)
        return 2
    if as_json:
        print(json.dumps(dict(report, model=str(model.folder)), ensure_ascii=False))
        return 0
    print(f"model: {model.folder}" + ("  (trained without the causal mask: evaluated without it)" if no_mask else ""))
    print_report(report)
    return 0


__all__ = ["evaluate", "accuracy", "next_token_probs", "story_results", "order_results", "print_report",
           "eval_command", "ORDER_PAIRS"]
