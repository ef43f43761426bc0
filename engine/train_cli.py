"""The training commands (``train``, ``eval``): their options here, the work in engine/train.py (torch)."""
from __future__ import annotations

from pathlib import Path

from .paths import BUNDLED_MODEL


def cmd_train(args) -> int:
    from .train import train_command

    return train_command(args.out, args.seed)


def cmd_eval(args) -> int:
    from .train import eval_command

    return eval_command(args.model)


def register(sub) -> dict:
    p = sub.add_parser("train", help="regenerate the corpus and retrain the bundled model")
    p.add_argument("--out", type=Path, default=BUNDLED_MODEL)
    p.add_argument("--seed", type=int, default=0)

    p = sub.add_parser("eval", help="held-out accuracy and the story's checks")
    p.add_argument("--model", type=Path)
    return {"train": cmd_train, "eval": cmd_eval}
