"""Engine runs off the UI thread.

The window asks for a run with :meth:`EngineClient.request`; a single worker thread loads the model (importing
torch there, so the window paints first) and traces the text. At most one run is in flight and at most one
waits behind it: a newer request replaces the waiting one, and a result whose sequence number is not the
latest is dropped, so the window only ever shows the answer to the last thing the user did.

The same thread also makes the Story for another block, head or followed word of a trace already shown
(:meth:`EngineClient.request_story`, the same latest-wins rule in a lane of its own): nothing the story needs is
computed on the UI thread.
"""
from __future__ import annotations

import sys
import time
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

GIL_SWITCH_S = 0.001

# A model source: None = the bundled model, a str = a model folder, a callable = a ready-made engine Model
# (tests and the benchmark build models in memory).
ModelSource = Any


@dataclass(frozen=True)
class RunRequest:
    text: str
    model: ModelSource = None
    mask: bool = True
    positional: bool = True
    temperature: float = 1.0
    knockout: frozenset = field(default_factory=frozenset)
    reason: str = "sentence"  # "sentence", "model" or "switch": the window treats switch changes as experiments
    story_for: tuple | None = None  # (layer, head, focus): also build the Story here, off the UI thread


@dataclass(frozen=True)
class ModelInfo:
    name: str
    folder: str | None  # None for the bundled model or an in-memory one
    config: dict
    vocab_size: int
    known_words: frozenset | None  # the word-level vocabulary (for presets), None for sub-word tokenizers


@dataclass(frozen=True)
class RunResult:
    seq: int
    request: RunRequest
    trace: Any = None  # engine.Trace
    model: ModelInfo | None = None
    error: str | None = None  # one line for the user
    unknown_words: tuple = ()
    seconds: float = 0.0  # how long the traced forward pass took
    story: Any = None  # alchemist_gui.story.Story for request.story_for, clamped to the model (or None)


@dataclass(frozen=True)
class StoryResult:
    seq: int
    trace: Any
    selection: tuple  # (layer, head, focus) as asked
    story: Any = None  # None when it could not be made (error says why)
    error: str | None = None


class _Engine(QObject):
    """Lives on the worker thread; owns the loaded models."""

    finished = Signal(object)  # RunResult
    story_made = Signal(object)  # StoryResult

    def __init__(self):
        super().__init__()
        # source -> (engine Model, ModelInfo); the last two stay loaded. A factory is its own key (kept alive by
        # the dict, so its id can never be reused by another one).
        self._models: dict = {}

    @Slot(int, object)
    def run(self, seq: int, request: RunRequest) -> None:
        try:
            result = self._run(seq, request)
        except Exception as exc:  # noqa: BLE001 - the worker must never die; AlchemistErrors are expected
            from engine import AlchemistError

            if isinstance(exc, AlchemistError):
                message = str(exc)
            else:
                message = f"The engine failed unexpectedly: {type(exc).__name__}: {exc}"
            result = RunResult(seq, request, error=message.strip().splitlines()[0] if message.strip() else message)
        self.finished.emit(result)

    @Slot(int, object, object)
    def make_story(self, seq: int, trace, selection) -> None:
        try:
            result = StoryResult(seq, trace, selection, story=story_for(trace, selection))
        except Exception as exc:  # noqa: BLE001 - the worker must never die
            result = StoryResult(seq, trace, selection, error=f"{type(exc).__name__}: {exc}")
        self.story_made.emit(result)

    def _run(self, seq: int, request: RunRequest) -> RunResult:
        model, info = self._model(request.model)
        started = time.perf_counter()
        trace = model.trace(request.text, mask=request.mask, positional=request.positional,
                            temperature=request.temperature, knockout=request.knockout)
        unknown = ()
        if trace.unknown and hasattr(model.tokenizer, "unknown_words"):
            unknown = tuple(dict.fromkeys(model.tokenizer.unknown_words(request.text)))
        seconds = time.perf_counter() - started  # the forward pass and its recording, not the model's loading
        return RunResult(seq, request, trace=trace, model=info, unknown_words=unknown, seconds=seconds,
                         story=story_for(trace, request.story_for))

    def _model(self, source: ModelSource):
        key = source
        if key not in self._models:
            import torch  # imported here, on the worker thread, so the window paints before it loads

            torch.set_num_threads(1)  # leave the other core to the UI thread: the window never stalls
            from engine.runner import load_model

            model = source() if callable(source) else load_model(source)
            self._models[key] = (model, describe(model, source))
            while len(self._models) > 2:
                self._models.pop(next(iter(self._models)))
        return self._models[key]


def clamp_selection(trace, layer: int, head: int, focus: int | None) -> tuple[int, int, int | None]:
    """The selection that exists in this trace: block/head clamped, a focus beyond the words dropped."""
    layer = min(max(0, layer), trace.config["n_layer"] - 1)
    head = min(max(0, head), trace.config["n_head"] - 1)
    if focus is not None and not 0 <= focus < trace.n_tokens:
        focus = None
    return layer, head, focus


def story_for(trace, selection):
    """The Story is numpy-only and pure; building it here keeps its cost (an SVD per head) off the UI thread."""
    if selection is None or (trace.unknown and len(trace.unknown) == trace.n_tokens):
        return None
    from .story import Story

    return Story(trace, *clamp_selection(trace, *selection))


def describe(model, source: ModelSource) -> ModelInfo:
    vocab = getattr(model.tokenizer, "vocab", ())
    word_level = not getattr(model.tokenizer, "byte_level", False)
    return ModelInfo(
        name=model.name if source is not None else "bundled", folder=source if isinstance(source, str) else None,
        config=dict(model.config), vocab_size=len(vocab),
        known_words=frozenset(vocab) if word_level else None,
    )


class EngineClient(QObject):
    """The UI side: numbers requests, keeps one waiting, drops stale answers."""

    result_ready = Signal(object)  # RunResult of the latest request (trace or error)
    busy_changed = Signal(bool)
    story_ready = Signal(object)  # StoryResult of the latest request_story
    _start = Signal(int, object)
    _make_story = Signal(int, object, object)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        # The worker runs Python too (recording a trace, making a story) and shares the GIL with the UI thread;
        # by default a thread waiting for the GIL waits up to 5 ms, a third of a frame. The UI must not.
        sys.setswitchinterval(min(sys.getswitchinterval(), GIL_SWITCH_S))
        self._seq = 0
        self._running: int | None = None
        self._waiting: tuple[int, RunRequest] | None = None
        self._story_seq = 0
        self._story_running: int | None = None
        self._story_waiting: tuple | None = None
        self._thread = QThread()
        self._thread.setObjectName("alchemist-engine")
        self._engine = _Engine()
        self._engine.moveToThread(self._thread)
        self._start.connect(self._engine.run)
        self._make_story.connect(self._engine.make_story)
        self._engine.finished.connect(self._on_finished)
        self._engine.story_made.connect(self._on_story_made)
        self._thread.start()

    @property
    def busy(self) -> bool:
        return self._running is not None or self._waiting is not None

    @property
    def latest_seq(self) -> int:
        return self._seq

    @property
    def making_story(self) -> bool:
        return self._story_running is not None or self._story_waiting is not None

    def request_story(self, trace, selection: tuple) -> int:
        """Make the Story of ``trace`` for ``selection`` = (layer, head, focus) on the worker thread; only the
        answer to the latest such request is delivered (story_ready)."""
        self._story_seq += 1
        if self._story_running is None:
            self._story_running = self._story_seq
            self._make_story.emit(self._story_seq, trace, selection)
        else:
            self._story_waiting = (self._story_seq, trace, selection)
        return self._story_seq

    @Slot(object)
    def _on_story_made(self, result: StoryResult) -> None:
        self._story_running = None
        if self._story_waiting is not None:
            seq, trace, selection = self._story_waiting
            self._story_waiting = None
            self._story_running = seq
            self._make_story.emit(seq, trace, selection)
        if result.seq == self._story_seq:
            self.story_ready.emit(result)

    def request(self, request: RunRequest) -> int:
        self._seq += 1
        was_busy = self.busy
        if self._running is None:
            self._send(self._seq, request)
        else:
            self._waiting = (self._seq, request)  # replaces an older waiting request: it would be stale anyway
        if not was_busy:
            self.busy_changed.emit(True)
        return self._seq

    def cancel_pending(self) -> None:
        """Forget everything asked so far: results still in flight will be dropped."""
        self._seq += 1
        self._waiting = None
        if self._running is None:
            self.busy_changed.emit(False)

    def _send(self, seq: int, request: RunRequest) -> None:
        self._running = seq
        self._start.emit(seq, request)

    @Slot(object)
    def _on_finished(self, result: RunResult) -> None:
        self._running = None
        if self._waiting is not None:
            seq, request = self._waiting
            self._waiting = None
            self._send(seq, request)
        if result.seq == self._seq:
            self.result_ready.emit(result)
        if not self.busy:
            self.busy_changed.emit(False)

    def shutdown(self) -> None:
        """Stop the worker thread (waits for a run in progress to end)."""
        self._waiting = None
        self._story_waiting = None
        if self._thread.isRunning():
            self._thread.finished.connect(self._engine.deleteLater)  # deleted on its own thread, as Qt asks
            self._thread.quit()
            self._thread.wait()

    def is_running(self) -> bool:
        return self._thread.isRunning()

