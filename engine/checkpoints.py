"""Checkpoints: the model as it was at steps along its training, kept beside the final model.

Layout of a model folder that has them::

    model.safetensors            the final model (what every feature uses by default)
    checkpoints/index.json       {"format": 1, "checkpoints": [{"step", "file", "train_loss", "heldout_loss",
                                  "heldout_accuracy"}, ...]}, sorted by step
    checkpoints/step-000000.safetensors   same tensor names as model.safetensors (float16 allowed)

The last entry may name "../model.safetensors", so the final weights are not stored twice. A folder without
``checkpoints/`` (any GPT-2 folder) has exactly one checkpoint: the final model, with ``step`` None.

Listing is torch-free (the ``checkpoints`` command stays quick); the writers import torch when called.
"""
from __future__ import annotations

import json
import math
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError, ModelFolderError

FORMAT = 1
DIRECTORY = "checkpoints"
INDEX = "index.json"
FINAL = "model.safetensors"
FINAL_FROM_INDEX = "../" + FINAL  # how an index entry names the final model
_STEP_FILE = re.compile(r"[A-Za-z0-9_.-]+\.safetensors")  # a plain file name inside checkpoints/


@dataclass(frozen=True)
class CheckpointInfo:
    step: int | None  # training step; None: the final model of a folder without training checkpoints
    train_loss: float | None
    heldout_loss: float | None
    heldout_accuracy: float | None
    path: Path  # the safetensors file holding its weights

    @property
    def is_final(self) -> bool:
        """Whether these are the weights of model.safetensors, the model every other feature uses."""
        return self.path.name == FINAL and self.path.parent.name != DIRECTORY


def has_checkpoints(folder) -> bool:
    """Whether the folder keeps checkpoints of its training (else its one checkpoint is the final model)."""
    return (Path(folder).expanduser() / DIRECTORY).exists()


def list_checkpoints(folder) -> list[CheckpointInfo]:
    """The folder's checkpoints, sorted by step. ModelFolderError for a corrupt index or a missing file."""
    folder = Path(folder).expanduser()
    if not folder.is_dir():
        raise ModelFolderError(f"Model folder not found: {folder}")
    if not has_checkpoints(folder):
        final = folder / FINAL
        if not final.is_file():
            raise ModelFolderError(f"{folder} has no {FINAL}.")
        return [CheckpointInfo(None, None, None, None, final)]
    index = folder / DIRECTORY / INDEX
    if not index.is_file():
        raise ModelFolderError(f"{folder / DIRECTORY} has no {INDEX}: the checkpoints cannot be read.")
    try:
        raw = json.loads(index.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ModelFolderError(f"{index} is not valid JSON ({exc}).") from None
    try:
        infos = [_info(folder, entry) for entry in _entries(raw)]
    except (TypeError, ValueError, KeyError) as exc:
        raise ModelFolderError(f"{index} is damaged ({_reason(exc)}).") from None
    steps = [info.step for info in infos]
    if steps != sorted(set(steps)):
        raise ModelFolderError(f"{index} is damaged (steps must be distinct and in order).")
    for info in infos:
        if not info.path.is_file():
            raise ModelFolderError(f"{index} names {info.path.name} for step {info.step}, but the file is missing.")
    return infos


def _entries(raw) -> list:
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise ValueError(f"not a format-{FORMAT} checkpoint index")
    entries = raw["checkpoints"]
    if not isinstance(entries, list) or not entries:
        raise ValueError("no checkpoints listed")
    return entries


def _info(folder: Path, entry) -> CheckpointInfo:
    if not isinstance(entry, dict):
        raise ValueError("an entry is not an object")
    step, name = entry["step"], entry["file"]
    if isinstance(step, bool) or not isinstance(step, int) or step < 0:
        raise ValueError(f"step {step!r} is not a whole number ≥ 0")
    if not isinstance(name, str) or not (name == FINAL_FROM_INDEX or _STEP_FILE.fullmatch(name)):
        raise ValueError(f"file {name!r} is not a .safetensors file in {DIRECTORY}/ or {FINAL_FROM_INDEX}")
    path = folder / FINAL if name == FINAL_FROM_INDEX else folder / DIRECTORY / name
    return CheckpointInfo(step, _number(entry, "train_loss"), _number(entry, "heldout_loss"),
                          _number(entry, "heldout_accuracy"), path)


def _number(entry: dict, key: str) -> float | None:
    value = entry.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise ValueError(f"{key} {value!r} is not a number")
    return float(value)


def _reason(exc: Exception) -> str:
    return f"missing {exc.args[0]!r}" if isinstance(exc, KeyError) else str(exc)


def pick(infos: list[CheckpointInfo], checkpoint) -> CheckpointInfo:
    """The checkpoint asked for: a step, "first" or "last". InputError naming the steps there are."""
    if checkpoint == "first":
        return infos[0]
    if checkpoint == "last":
        return infos[-1]
    if isinstance(checkpoint, str) and checkpoint.isdigit():
        checkpoint = int(checkpoint)
    for info in infos:
        if info.step is not None and info.step == checkpoint and not isinstance(checkpoint, bool):
            return info
    if infos[0].step is None:
        raise InputError(f"This model folder has no training checkpoints (only its final model): "
                         f"step {checkpoint!r} does not exist; use first or last, or leave out --checkpoint.")
    raise InputError(f"No checkpoint at step {checkpoint!r}; the steps are {', '.join(str(i.step) for i in infos)} "
                     f"(or first, last).")


# -- writing (the trainer) --------------------------------------------------------------------------------------
def step_file(step: int) -> str:
    return f"step-{int(step):06d}.safetensors"


def save_checkpoint(folder, step: int, gpt, half: bool = True) -> str:
    """Write the weights of ``gpt`` as checkpoints/step-NNNNNN.safetensors (float16 when ``half``), atomically;
    returns the file name for the index."""
    from safetensors.torch import save_file

    from .folder import weights_for_saving

    directory = Path(folder) / DIRECTORY
    directory.mkdir(parents=True, exist_ok=True)
    state = weights_for_saving(gpt)
    if half:
        state = {name: tensor.half() for name, tensor in state.items()}
    name = step_file(step)
    with _atomic(directory / name) as tmp:
        save_file(state, str(tmp), metadata={"format": "pt", "step": str(int(step))})
    return name


def write_index(folder, entries: list[dict]) -> None:
    """Write checkpoints/index.json from entries {"step", "file", "train_loss", "heldout_loss",
    "heldout_accuracy"} (losses may be None), sorted by step, atomically."""
    folder = Path(folder)
    rows = []
    for entry in entries:
        row = {"step": entry["step"], "file": entry["file"], **{k: entry.get(k) for k in
                                                                ("train_loss", "heldout_loss", "heldout_accuracy")}}
        _info(folder, row)  # the same checks a reader makes (ValueError for the programmer)
        rows.append(row)
    rows.sort(key=lambda r: r["step"])
    if not rows or len({r["step"] for r in rows}) != len(rows):
        raise ValueError("a checkpoint index needs at least one entry and distinct steps")
    (folder / DIRECTORY).mkdir(parents=True, exist_ok=True)
    with _atomic(folder / DIRECTORY / INDEX) as tmp:
        tmp.write_text(json.dumps({"format": FORMAT, "checkpoints": rows}, indent=1) + "\n", encoding="utf-8")


class _atomic:
    """``with _atomic(target) as tmp:`` write tmp; on success it replaces target in one step, else vanishes."""

    def __init__(self, target: Path):
        self.target = target

    def __enter__(self) -> Path:
        fd, name = tempfile.mkstemp(prefix=f".{self.target.name}.", suffix=".tmp", dir=self.target.parent)
        os.close(fd)
        self.tmp = Path(name)
        return self.tmp

    def __exit__(self, exc_type, *exc):
        if exc_type is None:
            self.tmp.chmod(0o644)  # mkstemp and safetensors create owner-only files
            os.replace(self.tmp, self.target)
        else:
            self.tmp.unlink(missing_ok=True)
        return False


__all__ = ["CheckpointInfo", "list_checkpoints", "has_checkpoints", "pick", "save_checkpoint", "write_index",
           "step_file"]
