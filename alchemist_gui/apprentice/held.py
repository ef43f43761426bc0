"""The checkpoints of the model on screen.

``list_for(source)`` is the UI side's view of them: torch-free (one small index file is read), plain data.
``Keeper`` lives on the engine thread: it loads every checkpoint of a folder once (``engine.load_checkpoints``)
and keeps them, and hands them to the worker's Engine under the keys the session asks for, (source, step) — the
final model as (source, None) — so a move of the slider runs a model already in memory.  The Engine keeps only
two models of its own and drops the oldest when it loads another, so ``Keeper.ensure`` puts them back each time
the slider asks (a few dictionary entries).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from engine import AlchemistError


@dataclass(frozen=True)
class Checkpoint:
    index: int
    step: int | None  # None: a model without training checkpoints (its one checkpoint is the final model)
    train_loss: float | None
    heldout_loss: float | None
    heldout_accuracy: float | None
    final: bool  # the weights of model.safetensors, the model every other feature uses

    @property
    def asked_as(self):
        """What the session is given for it: the final model is the session's checkpoint None."""
        return None if self.final else self.step


@dataclass(frozen=True)
class Checkpoints:
    source: Any  # the session's model source: None (bundled), a folder, or a callable (a model made in memory)
    items: tuple = ()
    trained_here: bool = False  # the folder keeps its training checkpoints (else it has one: the final model)
    in_memory: bool = False  # a model made in memory (tests, the bench): no folder, no checkpoints
    problem: str | None = None  # why the checkpoints could not be listed

    @property
    def count(self) -> int:
        return len(self.items)

    @property
    def steps(self) -> tuple:
        return tuple(c.step for c in self.items)

    def index_of(self, checkpoint) -> int:
        """The slider position of a session checkpoint: None (the final model), "first", "last" or a step."""
        if not self.items:
            return 0
        if checkpoint == "first":
            return 0
        if checkpoint is None or checkpoint == "last":
            finals = [c.index for c in self.items if c.final]
            return finals[-1] if finals else len(self.items) - 1
        if isinstance(checkpoint, str) and checkpoint.isdigit():
            checkpoint = int(checkpoint)
        for c in self.items:
            if c.step == checkpoint:
                return c.index
        return len(self.items) - 1


def same_source(a, b) -> bool:
    return a is b or (isinstance(a, str) and isinstance(b, str) and a == b)


def list_for(source) -> Checkpoints:
    """The checkpoints of ``source`` as the slider shows them (no weights are read)."""
    from engine.checkpoints import has_checkpoints, list_checkpoints
    from engine.paths import BUNDLED_MODEL

    if callable(source):
        return Checkpoints(source, (Checkpoint(0, None, None, None, None, True),), in_memory=True)
    folder = BUNDLED_MODEL if source is None else source
    try:
        infos = list_checkpoints(folder)
        trained = has_checkpoints(folder)
    except AlchemistError as exc:
        return Checkpoints(source, problem=(str(exc).strip().splitlines() or [type(exc).__name__])[0])
    items = tuple(Checkpoint(i, info.step, info.train_loss, info.heldout_loss, info.heldout_accuracy, info.is_final)
                  for i, info in enumerate(infos))
    return Checkpoints(source, items, trained_here=trained)


class Keeper:
    """On the engine thread only: every checkpoint of one model folder, loaded once."""

    def __init__(self):
        self.source: Any = None
        self.models: list = []  # [(step, asked_as, engine Model)] oldest first

    def ensure(self, engine, source) -> list:
        """The checkpoints of ``source`` as [(step, Model)], loading them on first use, and each one in the
        Engine's cache under the key the session's run will ask for."""
        if not self.models or not same_source(source, self.source):
            from engine.runner import load_checkpoints

            self.models = []  # the old folder's weights go before the new ones come
            loaded = load_checkpoints(source)
            self.source = source
            self.models = [(info.step, None if info.is_final else info.step, model) for info, model in loaded]
        for _, asked_as, model in self.models:
            engine.keep(source, asked_as, model)
        return [(step, model) for step, _, model in self.models]

    def forget(self) -> None:
        self.source, self.models = None, []


__all__ = ["Checkpoint", "Checkpoints", "Keeper", "list_for", "same_source"]
