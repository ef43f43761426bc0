"""Alchemist's engine: a real, inspectable GPT-2-architecture model. Qt-free by design.

``from engine import Trace, Switches, AlchemistError`` does not import torch (the app shows its window first and
loads torch behind it); everything else is imported on first use.
"""
from importlib import import_module

from .errors import AlchemistError, InputError, ModelFolderError
from .switches import Switches
from .trace import Trace

_LAZY = {
    "load_model": "runner", "Model": "runner", "BUNDLED_MODEL": "folder", "load_folder": "folder",
    "save_folder": "folder", "GPT": "model", "GPTConfig": "model", "load_checkpoints": "runner",
    "list_checkpoints": "checkpoints", "has_checkpoints": "checkpoints", "CheckpointInfo": "checkpoints",
}


def __getattr__(name):
    if name in _LAZY:
        return getattr(import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module 'engine' has no attribute {name!r}")


__all__ = ["AlchemistError", "InputError", "ModelFolderError", "Switches", "Trace", *_LAZY]
