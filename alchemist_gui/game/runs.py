"""The game's only way to the engine: a runner callable, remembered for the runs that are asked for again.

``run(text, switches) -> Trace`` is ``model.trace`` in the CLI and the worker's engine call in the app.  The game
makes every answer from such runs; it never stores an answer.
"""
from __future__ import annotations

from collections import OrderedDict
from typing import Callable, NamedTuple

from engine import Switches, Trace


class Cancelled(Exception):
    """The caller asked the game to stop (``should_stop`` returned True between two runs)."""


class RunRequest(NamedTuple):
    """A run the caller must make before a guess can be scored (the app makes it in the worker)."""

    text: str
    switches: Switches


Runner = Callable[[str, Switches], Trace]


class Runs:
    def __init__(self, run: Runner, keep: int = 16, should_stop: Callable[[], bool] | None = None):
        self._run, self._keep, self._should_stop = run, keep, should_stop
        self._memo: OrderedDict = OrderedDict()
        self.count = 0  # engine runs made (figures, and tests that keep searches cheap)

    def __call__(self, text: str, switches: Switches = Switches()) -> Trace:
        key = (text, switches)
        trace = self._memo.get(key)
        if trace is not None:
            self._memo.move_to_end(key)
            return trace
        if self._should_stop is not None and self._should_stop():
            raise Cancelled()
        trace = self._run(text, switches)
        self.count += 1
        self._memo[key] = trace
        while len(self._memo) > self._keep:
            self._memo.popitem(last=False)
        return trace
