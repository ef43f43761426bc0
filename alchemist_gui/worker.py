"""Engine work off the UI thread: one worker thread, jobs in named lanes, the latest job of each lane wins.

A job is a function of the worker's :class:`Engine` (the loaded models). ``EngineClient.submit(lane, work)``
queues it; at most one job runs at a time and at most one waits per lane (a newer one replaces it, since it
would be stale anyway), and a result whose job is no longer the latest of its lane is dropped, so the caller
only ever hears the answer to the last thing the user asked of that kind. Lanes keep kinds of work apart: a
new selection's story does not cancel the run of a new sentence, and a game's search does not cancel either.

The worker imports torch on first use, on its own thread, so the window paints first.
"""
from __future__ import annotations

import sys
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any, Callable

from PySide6.QtCore import QObject, QThread, Signal, Slot

from .log import log_unexpected

GIL_SWITCH_S = 0.001
MODELS_KEPT = 2  # model folders kept loaded (the one on screen and the one before it)

# A model source: None = the bundled model, a str = a model folder, a callable = a ready-made engine Model
# (tests and the benchmark build models in memory).
ModelSource = Any


@dataclass(frozen=True)
class ModelInfo:
    """What the window shows about a loaded model (plain data, safe to hand to the UI thread)."""

    name: str
    folder: str | None  # None for the bundled model or an in-memory one
    config: dict
    vocab_size: int
    known_words: frozenset | None  # the word-level vocabulary, None for sub-word tokenizers
    checkpoint: int | None = None  # the training step shown, when one was asked for (None: the final model)
    tokenizer: Any = field(default=None, compare=False, repr=False)  # the model's TextTokenizer (safe on any thread)


@dataclass(frozen=True)
class JobResult:
    lane: str
    seq: int
    value: Any = None
    error: str | None = None  # one line for the user
    seconds: float = 0.0


class Engine:
    """Lives on the worker thread: the loaded models, by (source, checkpoint)."""

    def __init__(self):
        # a factory is its own key (kept alive by the dict, so its id can never be reused by another one)
        self._models: OrderedDict = OrderedDict()

    def model(self, source: ModelSource, checkpoint=None):
        """(engine Model, ModelInfo) for a source, loading it on first use."""
        key = (source, checkpoint)
        if key not in self._models:
            import torch  # here, on the worker thread, so the window paints before torch loads

            torch.set_num_threads(1)  # leave the other core to the UI thread: the window never stalls
            from engine.runner import load_model

            if callable(source):
                model = source()
            elif checkpoint is None:
                model = load_model(source)
            else:
                model = load_model(source, checkpoint=checkpoint)
            self._models[key] = (model, describe(model, source, checkpoint))
            while len(self._models) > MODELS_KEPT:
                self._models.popitem(last=False)
        self._models.move_to_end(key)
        return self._models[key]

    def keep(self, source: ModelSource, checkpoint, model) -> None:
        """Take a model loaded elsewhere on this thread (the apprenticeship loads every checkpoint of a folder at
        once) under the key a run asks for, so that run does not load it again."""
        key = (source, checkpoint)
        if key not in self._models:
            self._models[key] = (model, describe(model, source, checkpoint))


def describe(model, source: ModelSource, checkpoint=None) -> ModelInfo:
    tokenizer = model.tokenizer
    vocab = getattr(tokenizer, "vocab", ())
    if hasattr(tokenizer, "known_words"):
        known = tokenizer.known_words()
    else:  # a tokenizer without the list: every display token but the unknown one
        unk = getattr(tokenizer, "unk_id", None)
        known = None if getattr(tokenizer, "byte_level", False) else [w for i, w in enumerate(vocab) if i != unk]
    return ModelInfo(
        name=model.name if source is not None else "bundled", folder=source if isinstance(source, str) else None,
        config=dict(model.config), vocab_size=len(vocab), known_words=frozenset(known) if known else None,
        checkpoint=getattr(getattr(model, "checkpoint", None), "step", None) if checkpoint is not None else None,
        tokenizer=tokenizer,
    )


class _Worker(QObject):
    finished = Signal(object)  # JobResult

    def __init__(self):
        super().__init__()
        self.engine = Engine()

    @Slot(str, int, object)
    def run(self, lane: str, seq: int, work: Callable) -> None:
        started = time.perf_counter()
        try:
            result = JobResult(lane, seq, value=work(self.engine))
        except Exception as exc:  # noqa: BLE001 - the worker must never die; AlchemistErrors are expected
            from engine import AlchemistError

            if isinstance(exc, AlchemistError):
                message = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
            else:
                message = log_unexpected("The engine failed unexpectedly", exc) + " (Help › Show log has the details)"
            result = JobResult(lane, seq, error=message)
        self.finished.emit(JobResult(result.lane, result.seq, result.value, result.error,
                                     time.perf_counter() - started))


class EngineClient(QObject):
    """The UI side: numbers jobs, keeps the newest waiting job of each lane, drops stale answers."""

    finished = Signal(object)  # JobResult of the latest job of its lane
    busy_changed = Signal(bool)
    _start = Signal(str, int, object)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        # The worker runs Python too and shares the GIL with the UI thread; by default a thread waiting for the
        # GIL waits up to 5 ms, a third of a frame. The UI must not.
        sys.setswitchinterval(min(sys.getswitchinterval(), GIL_SWITCH_S))
        self._seq = 0
        self._latest: dict[str, int] = {}  # lane -> seq of its latest job
        self._running: tuple[str, int] | None = None
        self._waiting: OrderedDict[str, tuple[int, Callable]] = OrderedDict()
        self._thread = QThread()
        self._thread.setObjectName("alchemist-engine")
        self._worker = _Worker()
        self._worker.moveToThread(self._thread)
        self._start.connect(self._worker.run)
        self._worker.finished.connect(self._on_finished)
        self._thread.start()

    def submit(self, lane: str, work: Callable) -> int:
        """Run ``work(engine)`` on the worker thread; ``finished`` brings its JobResult if it is still the
        latest job of ``lane`` by then."""
        was_busy = self.busy()
        self._seq += 1
        self._latest[lane] = self._seq
        self._waiting.pop(lane, None)
        self._waiting[lane] = (self._seq, work)
        if self._running is None:
            self._send_next()
        if not was_busy:
            self.busy_changed.emit(True)
        return self._seq

    def forget(self, lane: str) -> None:
        """Whatever ``lane`` asked so far will not be answered."""
        self._waiting.pop(lane, None)
        self._latest[lane] = -1
        if not self.busy():
            self.busy_changed.emit(False)

    def busy(self, lane: str | None = None) -> bool:
        """A job (of ``lane``, or of any lane) runs or waits."""
        if lane is None:
            return self._running is not None or bool(self._waiting)
        return lane in self._waiting or (self._running is not None and self._running[0] == lane
                                         and self._latest.get(lane) == self._running[1])

    def _send_next(self) -> None:
        if self._waiting:
            lane, (seq, work) = self._waiting.popitem(last=False)
            self._running = (lane, seq)
            self._start.emit(lane, seq, work)

    @Slot(object)
    def _on_finished(self, result: JobResult) -> None:
        self._running = None
        self._send_next()
        if self._latest.get(result.lane) == result.seq:
            self.finished.emit(result)
        if not self.busy():
            self.busy_changed.emit(False)

    def shutdown(self) -> None:
        """Stop the worker thread (waits for a job in progress to end)."""
        self._waiting.clear()
        if self._thread.isRunning():
            self._thread.finished.connect(self._worker.deleteLater)  # deleted on its own thread, as Qt asks
            self._thread.quit()
            self._thread.wait()

    def is_running(self) -> bool:
        return self._thread.isRunning()
