"""Spreading a big change of the stage over several frames.

Qt paints the whole view in one go, and an item whose look changed is redrawn from scratch (its cached picture is
gone).  A re-run that gives every item a new look at once would therefore cost one long paint (50–130 ms for a
32-word, 12-head workshop) and the window would freeze for it.  The Pacer hands the change out in slices instead:
after each paint of the view it runs the next steps until they have made enough pictures stale (``work`` counts
them) for one frame; how many fit is learnt from how long the paints take (PaintCost).
"""
from __future__ import annotations

import time
from collections import deque
from typing import Callable

from PySide6.QtCore import QObject, QTimer

# A step may return more steps, to be run after the ones waiting.  A step that knows what it will cost before it
# runs says so in a ``cost`` attribute (see expected_cost), so that a slice stops before it rather than after.
Step = Callable[[], "list | None"]


def expected_cost(step: Step) -> float:
    return getattr(step, "cost", 0.0)

PAINT_TARGET_MS = 4.5  # a slice's paint (Qt paints it straight after the slice)...
SLICE_MS = 2.5  # ...plus the slice's own work must stay well inside a 16 ms frame, on a slow machine too
NO_PAINT_MS = 40  # a view that is not exposed never paints: go on without waiting for it
FIRST_SLICE_MS = 16  # the window repaints what else a new run changed first, in a frame of its own


class PaintCost:
    """How long a paint of the view takes: a base (blitting the cached pictures) plus the pictures it redraws,
    whose cost the items estimate (PoseItem.weight) and this corrects by a factor.  Both the base and the factor
    are learnt from the paints as they come (they depend on the machine and on the view's size)."""

    def __init__(self, base_ms: float = 3.0, factor: float = 1.5):
        self.base_ms, self.factor = base_ms, factor

    def learn(self, ms: float, work: float) -> None:
        """``work``: the estimated cost of what this paint redrew."""
        if work <= 0:
            self.base_ms += 0.2 * (ms - self.base_ms)
        elif work > 0.5:  # enough redrawn to tell
            factor = min(10.0, max(0.5, (ms - self.base_ms) / work))
            self.factor += (0.5 if factor > self.factor else 0.2) * (factor - self.factor)

    def work_within(self, ms: float) -> float:
        return max(0.0, (ms - self.base_ms) / self.factor)


class Pacer(QObject):
    def __init__(self, parent: QObject, work: Callable[[], float], done: Callable[[], None],
                 before_slice: Callable[[], None] = lambda: None):
        super().__init__(parent)
        self._steps: deque[Step] = deque()
        self._work = work  # a counter of pictures made stale so far
        self._done = done
        self._before_slice = before_slice
        self._waiting_for_paint = False
        self.cost = PaintCost()
        self._work_at_paint = work()
        self.slices = 0  # how many slices the current (or last) change took
        self._timer = QTimer(self)
        self._timer.setObjectName("stage-pacer")
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._slice)

    @property
    def busy(self) -> bool:
        return bool(self._steps)

    def fits_a_frame(self, work: float) -> bool:
        return work <= self.cost.work_within(PAINT_TARGET_MS)

    def start(self, steps: list[Step]) -> None:
        """Forget what was left of an older change and spread these steps, starting at the next turn."""
        self._steps = deque(steps)
        self._waiting_for_paint = False
        self.slices = 0
        self._timer.start(FIRST_SLICE_MS)

    def finish(self) -> None:
        """Do everything left now (a hidden view, a screenshot, a measurement)."""
        self._timer.stop()
        self._waiting_for_paint = False
        had_work = bool(self._steps)
        while self._steps:
            self._run(self._steps.popleft())
        if had_work:
            self._done()

    def stop(self) -> None:
        self._timer.stop()
        self._steps.clear()
        self._waiting_for_paint = False

    def painted(self, ms: float) -> None:
        """The view painted (in ``ms``): learn from it; the last slice is on screen, so the next one may go."""
        work = self._work()
        if self._steps or self._waiting_for_paint:  # (the work is counted only while a change is spread)
            self.cost.learn(ms, work - self._work_at_paint)
        self._work_at_paint = work
        if self._waiting_for_paint:
            self._waiting_for_paint = False
            self._timer.start(0)

    def _slice(self) -> None:
        self.slices += 1
        self._before_slice()
        started, before = time.perf_counter(), self._work()
        budget = self.cost.work_within(PAINT_TARGET_MS)
        ran = False
        while self._steps:
            spent = self._work() - before + expected_cost(self._steps[0])
            if ran and (spent > budget or (time.perf_counter() - started) * 1000 > SLICE_MS):
                break
            self._run(self._steps.popleft())
            ran = True
        if not self._steps:
            self._done()
        elif self._work() == before:
            self._timer.start(0)  # nothing to paint: go on at the next turn
        else:
            self._waiting_for_paint = True
            self._timer.start(NO_PAINT_MS)

    def _run(self, step: Step) -> None:
        more = step()
        if more:
            self._steps.extend(more)
