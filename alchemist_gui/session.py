"""The session: the one owner of what the window shows and why.

It holds the sentence, the model (and checkpoint), one immutable Switches value, the selection (block, head,
followed word), the run lifecycle (loading / running / idle / refused), the run on screen (its trace and story)
and the story clock. It has no widgets: the panels, the stage, the inspector, the timeline and the game write to
it (``set_sentence``, ``set_switches``, ``select`` …) and listen to its signals; none of them keeps a copy of its
state that would have to be kept in step. Runs go to the engine worker (worker.py); only the answer to the last
request is shown, and a refused request leaves the run on screen as it was.

The path of one user action, e.g. unticking the mask: the panel calls ``edit_switches(mask=False)`` → the
session's wanted switches change (``switches_changed``: controls that differ follow) → after the debounce, one
run request (with the selection the session resolved for it) → the worker traces the text and makes the story
→ ``run_shown`` → every view draws the new run. Nothing is sent back to the panel, and the worker is asked once.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from enum import Enum
from functools import partial
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from engine import Switches

from .clock import StoryClock
from .worker import EngineClient, ModelInfo, ModelSource

DEBOUNCE_MS = 250  # switch edits (a dragged slider, quick clicks) settle into one run
REASON_RANK = {"switch": 0, "sentence": 1, "model": 2}  # runs asked together count as the biggest change
MAX_CHARACTERS = 20_000  # more than this is a pasted document; the engine keeps the last n_positions tokens
LOCKABLE = ("sentence", "model", "mask", "positional", "shuffle", "temperature", "knockout", "checkpoint")
LOCKED_FIELDS = {"mask": "mask", "positional": "positional", "shuffle": "shuffle_seed", "temperature": "temperature",
                 "knockout": "knockout"}  # a lock -> the Switches field the learner may then not change


class Phase(str, Enum):
    LOADING = "loading"  # nothing on screen yet: the model loads and runs for the first time
    RUNNING = "running"  # a run was asked; the one on screen stays until its answer comes
    IDLE = "idle"
    REFUSED = "refused"  # the last request was refused (the reason went out in ``refused``)


@dataclass(frozen=True)
class Selection:
    """Which alchemist the stage follows: block, head, and word (None: the last word)."""

    layer: int = 0
    head: int = 0
    word: int | None = None


def resolve(trace, selection: Selection) -> tuple[int, int, int]:
    """The selection that exists in this trace, as (layer, head, followed word index): block and head clamped to
    the model, a word beyond the sentence (or None) becomes the last word. The one place this is decided."""
    layer = min(max(0, selection.layer), trace.config["n_layer"] - 1)
    head = min(max(0, selection.head), trace.config["n_head"] - 1)
    word = selection.word
    if word is None or not 0 <= word < trace.n_tokens:
        word = trace.n_tokens - 1
    return layer, head, word


def all_unknown(trace) -> bool:
    return bool(trace.unknown) and len(trace.unknown) == trace.n_tokens


@dataclass(frozen=True)
class RunRequest:
    sentence: str
    model: ModelSource
    checkpoint: Any
    switches: Switches
    selection: Selection
    reason: str


@dataclass(frozen=True)
class Run:
    """A run on screen: what was asked, and what the engine made of it."""

    request: RunRequest
    trace: Any  # engine.Trace
    story: Any  # story.Story for the resolved selection
    info: ModelInfo
    facts: Any  # story.facts.TraceFacts: what every story of this trace shares, made once
    unknown_words: tuple = ()
    seconds: float = 0.0  # the traced forward pass, not the model's loading

    @property
    def sentence(self) -> str:
        return self.request.sentence

    @property
    def switches(self) -> Switches:
        return self.trace.switches


def make_story(trace, selection: Selection, facts):
    from .story import Story

    return Story(trace, *resolve(trace, selection), facts=facts)


def run_work(request: RunRequest, engine) -> Run:
    """On the worker thread: load (once), trace, make the story."""
    import time

    from .story.facts import TraceFacts

    model, info = engine.model(request.model, request.checkpoint)
    started = time.perf_counter()
    trace = model.trace(request.sentence, request.switches)
    seconds = time.perf_counter() - started
    unknown = ()
    if trace.unknown and hasattr(model.tokenizer, "unknown_words"):
        unknown = tuple(dict.fromkeys(model.tokenizer.unknown_words(request.sentence)))
    facts = TraceFacts(trace)
    story = None if all_unknown(trace) else make_story(trace, request.selection, facts)
    return Run(request, trace, story, info, facts, unknown, seconds)


def baseline_work(request: RunRequest, for_trace, engine):
    model, _ = engine.model(request.model, request.checkpoint)
    return model.trace(request.sentence, request.switches), for_trace


def story_work(trace, selection: Selection, facts, engine):
    return trace, make_story(trace, selection, facts)


def input_problem(text: str) -> str | None:
    """A one-line reason why ``text`` cannot be run, or None. Everything else is the engine's to judge."""
    if not isinstance(text, str) or not text.strip():
        return QCoreApplication.translate("Session", "The sentence is empty: type a few words, or pick an example.")
    if len(text) > MAX_CHARACTERS:
        return QCoreApplication.translate(
            "Session", "That text is too long (%1 characters): paste at most %2.").replace(
            "%1", f"{len(text):,}").replace("%2", f"{MAX_CHARACTERS:,}")
    return None


class Session(QObject):
    phase_changed = Signal(str)  # a Phase value
    sentence_changed = Signal(str)  # the sentence asked for (the sentence box shows it)
    switches_changed = Signal(object)  # the Switches asked for (the controls show them)
    selection_changed = Signal(object)  # the Selection asked for (the pickers show it; its story follows)
    run_shown = Signal(object, object, str)  # Run now on screen, the Run before it (or None), the reason
    story_changed = Signal(object)  # the same trace with another selection: the Run with its new story
    refused = Signal(str)  # one line: why the last request was refused (what is on screen stays)
    notice = Signal(str, str)  # key, text: something the user should know that is not an error
    locks_changed = Signal(object)  # frozenset of locked control names (LOCKABLE)
    baseline_changed = Signal(object)  # the Switches the before/after view compares with
    baseline_ready = Signal(object, object)  # (baseline trace, the run's trace it goes with)

    def __init__(self, sentence: str, switches: Switches = Switches(), model: ModelSource = None,
                 checkpoint=None, selection: Selection = Selection(), parent: QObject | None = None):
        super().__init__(parent)
        self.sentence, self.switches, self.model, self.checkpoint = sentence, switches, model, checkpoint
        self.selection = selection
        self.run: Run | None = None
        self.phase = Phase.LOADING
        self.locks: frozenset = frozenset()
        self.baseline = Switches()  # "before" in the before/after view: the learner's choice, everything on at first
        self.baseline_trace = None  # the baseline's run of the sentence on screen (None while it is the run itself)
        self._baseline_key = None
        self.clock = StoryClock(self)
        self.client = EngineClient(self)
        self.client.finished.connect(self._on_finished)
        self._reason: str | None = None  # the biggest change asked since the last answer
        self._held: Run | None = None  # a finished run waiting for the story of a selection changed meanwhile
        self._after: list[Callable[[], None]] = []
        self._fell_back = False
        self._closed = False
        self._debounce = QTimer(self)
        self._debounce.setObjectName("switch-debounce")
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(lambda: self._request("switch"))

    # -- reading -------------------------------------------------------------------------------------
    @property
    def trace(self):
        return self.run.trace if self.run else None

    @property
    def story(self):
        return self.run.story if self.run else None

    @property
    def info(self) -> ModelInfo | None:
        return self.run.info if self.run else None

    @property
    def busy(self) -> bool:
        """Something asked is not on screen yet (a run or a story on the way, or a switch edit settling)."""
        return self.client.busy() or self._debounce.isActive() or self._held is not None

    # -- actions -------------------------------------------------------------------------------------
    def start(self) -> None:
        """The first run (the window asks for it once it has painted)."""
        if self.run is None and not self.client.busy("run"):
            self._request("sentence")

    def set_sentence(self, text: str) -> None:
        problem = input_problem(text)
        if problem:
            self._refuse(problem)
            return
        self.sentence = text
        self.sentence_changed.emit(text)
        self._request("sentence")

    def set_switches(self, switches: Switches, debounce: bool = False) -> None:
        if switches != self.switches:
            self.switches = switches
            self.switches_changed.emit(switches)
        if debounce:
            self._debounce.start()
            self._set_phase()
        else:
            self._request("switch")

    def edit_switches(self, **changes) -> None:
        """A control's edit (debounced: a dragged slider or quick clicks make one run). A locked switch stays as
        it is (a teacher's scene, or a challenge waiting for the learner's guess)."""
        locked = {LOCKED_FIELDS[name] for name in self.locks if name in LOCKED_FIELDS}
        changes = {k: v for k, v in changes.items() if k not in locked}
        if changes:
            self.set_switches(self.switches.replace(**changes), debounce=True)

    def toggle_head(self, layer: int, head: int) -> None:
        self.edit_switches(knockout=self.switches.knockout ^ {(layer, head)})

    def reset_switches(self) -> None:
        """Every experiment back to the model as it is, but for the locked ones."""
        kept = {field: getattr(self.switches, field) for name, field in LOCKED_FIELDS.items() if name in self.locks}
        self.set_switches(Switches(**kept))

    def set_model(self, source: ModelSource, checkpoint=None) -> None:
        """Another model folder (None: the bundled model); a bad folder keeps the one on screen."""
        self.model, self.checkpoint = source, checkpoint
        self._request("model")

    def load(self, sentence: str, switches: Switches = Switches(), model: ModelSource = None, checkpoint=None,
             selection: Selection = Selection()) -> None:
        """Everything at once, in one run (a scene, a challenge): a refused one keeps the run on screen."""
        problem = input_problem(sentence)
        if problem:
            self._refuse(problem)
            return
        self.sentence, self.model, self.checkpoint = sentence, model, checkpoint
        self.sentence_changed.emit(sentence)
        if switches != self.switches:
            self.switches = switches
            self.switches_changed.emit(switches)
        self._request("model", selection)

    def set_checkpoint(self, checkpoint) -> None:
        """Another training checkpoint of the same model (None: the final model)."""
        self.checkpoint = checkpoint
        self._request("switch")

    def select(self, layer: int | None = None, head: int | None = None, word=...) -> None:
        """Follow another block, head or word (``word=None``: the last word); the story is made off the UI thread."""
        current = self.selection
        wanted = Selection(current.layer if layer is None else layer, current.head if head is None else head,
                           current.word if word is ... else word)
        trace = self.trace
        if trace is not None:
            layer_, head_, word_ = resolve(trace, wanted)
            wanted = Selection(layer_, head_, None if word_ == trace.n_tokens - 1 else word_)
        if wanted == self.selection:
            return
        self.selection = wanted
        self.selection_changed.emit(wanted)
        if self._held is not None:
            trace, facts = self._held.trace, self._held.facts
        elif self.run is not None:
            trace, facts = self.run.trace, self.run.facts
        else:
            return
        self.client.submit("story", partial(story_work, trace, wanted, facts))

    def set_locks(self, names) -> None:
        locks = frozenset(n for n in names if n in LOCKABLE)
        if locks != self.locks:
            self.locks = locks
            self.locks_changed.emit(locks)

    def set_baseline(self, switches: Switches) -> None:
        """Compare later runs with these switches (on the same sentence and model)."""
        self.baseline = switches.replace(shuffle_seed=None, pour=())
        self.baseline_changed.emit(self.baseline)
        if self.run is not None:
            self._ask_baseline(self.run)

    def _ask_baseline(self, run: Run) -> None:
        """The baseline's trace for the run on screen (the worker makes it; ``baseline_ready`` brings it)."""
        asked = run.request
        key = (asked.sentence, asked.model, asked.checkpoint, self.baseline)
        if run.switches == self.baseline:  # this run is the baseline: kept for the experiments to come
            self._baseline_key, self.baseline_trace = key, run.trace
            self.baseline_ready.emit(None, run.trace)
            return
        if self.baseline_trace is not None and self._baseline_key == key:
            self.baseline_ready.emit(self.baseline_trace, run.trace)  # the same baseline as for the run before
            return
        self._baseline_key, self.baseline_trace = key, None
        request = replace(asked, switches=self.baseline, reason="baseline")
        self.client.submit("baseline", partial(baseline_work, request, run.trace))

    def after_run(self, step: Callable[[], None]) -> None:
        """Call ``step`` once the run asked last is on screen (dropped if it is refused)."""
        self._after.append(step)

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            self._debounce.stop()
            self.clock.pause()
            self.client.shutdown()

    # -- the run lifecycle ---------------------------------------------------------------------------
    def _request(self, reason: str, selection: Selection | None = None) -> None:
        if self._closed:
            return
        self._debounce.stop()
        self._reason = reason if self._reason is None else max(reason, self._reason, key=REASON_RANK.get)
        accepted = self.run.switches if self.run else None
        keep_word = reason == "switch" and accepted is not None and accepted.shuffle_seed == self.switches.shuffle_seed
        if selection is not None:
            self.selection = selection
            self.selection_changed.emit(selection)
        elif not keep_word:
            self.selection = replace(self.selection, word=None)
        request = RunRequest(self.sentence, self.model, self.checkpoint, self.switches, self.selection, self._reason)
        self.client.submit("run", partial(run_work, request))
        self._set_phase()

    def _on_finished(self, result) -> None:
        if self._closed:
            return
        if result.lane == "run":
            self._on_run(result)
        elif result.lane == "story":
            self._on_story(result)
        elif result.lane == "baseline" and result.error is None and self.run is not None:
            trace, for_trace = result.value
            if for_trace is self.run.trace:
                self.baseline_trace = trace
                self.baseline_ready.emit(trace, for_trace)
        self._reconcile()
        self._set_phase()

    def _reconcile(self) -> None:
        """The story on screen always ends up being the one of the selection asked last: when nothing is on its
        way and they differ (the selection changed while answers crossed), ask for that story."""
        run = self.run
        if run is None or self._held is not None or self.client.busy("story") or self.client.busy("run"):
            return
        story = run.story
        if resolve(run.trace, self.selection) != (story.layer, story.head, story.focus):
            self.client.submit("story", partial(story_work, run.trace, self.selection, run.facts))

    def _on_run(self, result) -> None:
        reason, self._reason = self._reason or "switch", None
        self._held = None
        if result.error is not None:
            if self.run is None and isinstance(self.model, str) and not self._fell_back:
                # the folder remembered from last time is gone or broken: open on the bundled model instead
                self._fell_back = True
                self.notice.emit("model", QCoreApplication.translate(
                    "Session", "The model folder used last time could not be opened (%1). Showing the bundled "
                    "model.").replace("%1", result.error))
                self.set_model(None)
                return
            self._refuse(result.error)
            return
        run: Run = result.value
        if all_unknown(run.trace):
            self._refuse(QCoreApplication.translate(
                "Session", "None of the words in “%1” are in this model's vocabulary, so it would only see <unk>. "
                "Try one of the example sentences.").replace("%1", run.request.sentence))
            return
        if resolve(run.trace, self.selection) != (run.story.layer, run.story.head, run.story.focus):
            # the selection changed while the engine ran: the worker makes its story, then the run is shown
            self._held = replace(run, request=replace(run.request, reason=reason))
            self.client.submit("story", partial(story_work, run.trace, self.selection, run.facts))
            return
        self._show(run, reason)

    def _on_story(self, result) -> None:
        if result.error is not None:
            self._refuse(QCoreApplication.translate("Session", "This run cannot be shown: %1").replace(
                "%1", result.error))
            return
        trace, story = result.value
        if self._held is not None and trace is self._held.trace:
            held, self._held = self._held, None
            self._show(replace(held, story=story), held.request.reason)
        elif self.run is not None and trace is self.run.trace:
            self.run = replace(self.run, story=story)
            self.story_changed.emit(self.run)

    def _show(self, run: Run, reason: str) -> None:
        previous, self.run = self.run, run
        layer, head, word = resolve(run.trace, self.selection)  # what is asked now, as this trace allows it
        selection = Selection(layer, head, None if word == run.trace.n_tokens - 1 else word)
        if selection != self.selection:
            self.selection = selection
            self.selection_changed.emit(selection)
        self.clock.set_duration(run.story.duration)
        self.run_shown.emit(run, previous, reason)
        self._ask_baseline(run)
        steps, self._after = self._after, []
        for step in steps:
            step()

    def _refuse(self, message: str) -> None:
        """Explain why, keep what is on screen, and make the controls show what is on screen again."""
        self._debounce.stop()
        self._after = []
        self._reason = None
        run = self.run
        if run is not None:
            asked = run.request
            if self.sentence != asked.sentence:
                self.sentence = asked.sentence
                self.sentence_changed.emit(asked.sentence)
            if self.switches != asked.switches:
                self.switches = asked.switches
                self.switches_changed.emit(asked.switches)
            self.model, self.checkpoint = asked.model, asked.checkpoint
            story = run.story
            shown = Selection(story.layer, story.head, None if story.focus == run.trace.n_tokens - 1 else story.focus)
            if shown != self.selection:
                self.selection = shown
                self.selection_changed.emit(shown)
        self.phase = Phase.REFUSED
        self.phase_changed.emit(self.phase.value)
        self.refused.emit(message)

    def _set_phase(self) -> None:
        if self.client.busy("run") or self._held is not None or self._debounce.isActive():
            phase = Phase.LOADING if self.run is None else Phase.RUNNING
        elif self.phase == Phase.REFUSED:
            return
        else:
            phase = Phase.IDLE if self.run is not None else Phase.LOADING
        if phase != self.phase:
            self.phase = phase
            self.phase_changed.emit(phase.value)
