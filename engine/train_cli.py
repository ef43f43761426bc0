"""The training commands (``train``, ``eval``): their options here, the work in engine/train.py and
engine/evaluation.py (torch, imported only when a command runs)."""
from __future__ import annotations

import argparse
from pathlib import Path

from .corpus import PATTERNS
from .paths import BUNDLED_MODEL


def pattern_list(text: str) -> tuple[str, ...]:
    """``rest,lies_to,zh_rest`` -> the names, each checked against the corpus's patterns."""
    names = tuple(n.strip() for n in text.split(",") if n.strip())
    unknown = [n for n in names if n not in PATTERNS]
    if unknown or not names:
        what = f"unknown pattern {unknown[0]!r}" if unknown else "no pattern given"
        raise argparse.ArgumentTypeError(f"{what}; python main.py train --list-patterns lists them")
    return names


def describe_patterns() -> str:
    lines = []
    for p in PATTERNS.values():
        lines.append(f"{p.name:<12} {p.language}  {p.description}")
    return "\n".join(lines)


def cmd_train(args) -> int:
    if args.list_patterns:
        print(describe_patterns())
        return 0
    from .train import train_command

    return train_command(args.out, args.seed, steps=args.steps, patterns=args.patterns, mask=not args.no_mask,
                         progress=args.progress)


def cmd_eval(args) -> int:
    from .evaluation import eval_command

    return eval_command(args.model, as_json=args.json)


def register(sub) -> dict:
    from .train_settings import CUSTOM_STEPS, STEPS

    p = sub.add_parser(
        "train", help="generate the corpus and train a model (default: retrain the bundled model)",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Train a small GPT-2 on the generated English and Chinese corpus, keeping checkpoints.",
        epilog="patterns (for --patterns):\n" + describe_patterns())
    p.add_argument("--out", type=Path, default=BUNDLED_MODEL, help="the model folder to write (default: the bundled "
                   "model); it is replaced only when training finishes")
    p.add_argument("--seed", type=int, default=0, help="corpus, initial weights and batch order (default 0)")
    p.add_argument("--steps", type=int, help=f"training steps (default: {STEPS} for the bundled model, "
                   f"{CUSTOM_STEPS} for another --out)")
    p.add_argument("--patterns", type=pattern_list, metavar="P1,P2,...",
                   help="learn only from these patterns (default: all; list: --list-patterns)")
    p.add_argument("--no-mask", action="store_true", help="train without the causal mask (the rope): the model "
                   "learns to copy the next word and is useless at the blank")
    p.add_argument("--progress", choices=("line", "json"), default="line",
                   help="line: a progress line on stderr; json: one JSON object per line on stdout")
    p.add_argument("--list-patterns", action="store_true", help="list the corpus's patterns and exit")

    p = sub.add_parser("eval", help="held-out accuracy per pattern and language, and the story's checks")
    p.add_argument("--model", type=Path, help="a model folder (default: the bundled model)")
    p.add_argument("--json", action="store_true", help="print the report as one JSON object")
    return {"train": cmd_train, "eval": cmd_eval}
