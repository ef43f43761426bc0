"""One export: a story (or just its trace) to one file, checked first, written atomically, frame by frame.

    job = ExportJob("pour.mp4", story, ExportOptions(beat="pour", size=(1280, 720)))   # checks everything now
    result = job.run(progress=lambda done, total, eta_s: ..., cancelled=lambda: False)

Everything that can be wrong with the request (format, folder, size, fps, beats, moment) raises UsageError or
InputError in the constructor, before anything is drawn or written.  ``steps()`` is the same work as a
generator that yields (done, total) after each frame, for callers that interleave it with other work (the
event loop: runner.ExportRunner); closing it early cancels the export.  Pictures and animations are drawn by a
Qt widget, so they must be exported on the GUI thread; the numbers (.json, .npz, .csv) on any thread.
"""
from __future__ import annotations

import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

from engine.errors import InputError

from . import formats as F
from .atomic import atomic_output
from .moments import frame_times, picture_time


class ExportCancelled(Exception):
    """The export was cancelled; no file was written (an older file of that name is untouched)."""


@dataclass(frozen=True)
class ExportOptions:
    """What to export; None means the format's default (formats.FORMATS), and an option that means nothing for
    the format (e.g. fps for a .png) is refused rather than ignored."""

    size: tuple[int, int] | None = None  # pixels (an SVG's viewBox), caption strip included
    fps: int | None = None  # animations
    beat: str | None = None  # an animation of this beat; a picture of it (nearly played out, or at t)
    first: str | None = None  # an animation of the beats first..last (inclusive); either may be left out
    last: str | None = None
    t: float | None = None  # a picture: seconds into the beat, or into the story without a beat
    caption: bool | None = None  # the narration strip under the stage
    lang: str | None = None  # "en" or "zh" for the stage and caption; None: the language installed now
    top: int | None = None  # .json: how many predictions (default 5, as `trace --json`)


@dataclass(frozen=True)
class ExportResult:
    path: Path
    format: str  # the suffix, e.g. ".mp4"
    bytes: int
    seconds: float  # how long the export took
    frames: int = 0  # pictures drawn (1 for a still, 0 for numbers)
    size: tuple[int, int] | None = None
    fps: int | None = None
    story_seconds: float | None = None  # how much of the story an animation covers
    notes: tuple[str, ...] = field(default=())

    def summary(self) -> str:
        """The one line the command line ends with."""
        what = f"wrote {self.path} ({_megabytes(self.bytes)}"
        if self.size is not None:
            what += f", {self.size[0]}x{self.size[1]}"
        if self.fps is not None:
            what += f", {self.frames} frames at {self.fps} fps = {self.story_seconds:.1f} s of the story"
        what += f") in {self.seconds:.1f} s"
        return "; ".join([what, *self.notes])


def _megabytes(n: int) -> str:
    return f"{n / 1e6:.2f} MB" if n >= 100_000 else f"{n / 1e3:.1f} kB"


WRITER_POLL_S = 0.004  # how long one look at a busy writer may block the window


class Eta:
    """Seconds left, from the pace of the frames after the first (which also pays for setting the stage up)."""

    def __init__(self):
        self._first = None  # (when, done) at the first report

    def __call__(self, done: int, total: int) -> float | None:
        now = time.perf_counter()
        if self._first is None or done <= self._first[1]:
            self._first = (now, done)
            return None if done < total else 0.0
        when, first_done = self._first
        return (now - when) / (done - first_done) * (total - done)


def _check_cancel(cancelled) -> Callable[[], bool]:
    if cancelled is None:
        return lambda: False
    if hasattr(cancelled, "is_set"):  # a threading.Event
        return cancelled.is_set
    if callable(cancelled):
        return cancelled
    raise TypeError("cancelled must be a callable returning True to cancel, or a threading.Event")


class ExportJob:
    def __init__(self, out, story, options: ExportOptions | None = None, model=None):
        """``story``: alchemist_gui.story.Story (its trace, layer, head and followed word are exported);
        ``model``: the engine Model, only for the .json's "config" (the trace's own config otherwise)."""
        options = options or ExportOptions()
        self.out = Path(out)
        self.format = fmt = F.format_of(self.out)
        F.check_applies(fmt, {"size": options.size, "fps": options.fps, "beat": options.beat,
                              "first": options.first, "last": options.last, "t": options.t,
                              "caption": options.caption, "lang": options.lang, "top": options.top})
        F.check_target(self.out)
        if options.lang not in (None, "en", "zh"):
            raise InputError(f"--lang must be en or zh, not {options.lang!r}")
        if options.top is not None and (not isinstance(options.top, int) or options.top < 1):
            raise InputError(f"--top must be a whole number of at least 1, not {options.top!r}")
        self.story, self.model, self.options = story, model, options
        self.notes: list[str] = []
        self.size = self.fps = None
        self.times: tuple[float, ...] = ()
        self.span = None  # (start, end) of an animation
        if fmt.kind != "numbers":
            self.size = F.check_size(fmt, options.size or fmt.size)
            self.caption = fmt.caption if options.caption is None else bool(options.caption)
        if fmt.kind == "picture":
            self.times = (picture_time(story, options.beat, options.t),)
        elif fmt.kind == "animation":
            self.fps = F.check_fps(fmt, options.fps if options.fps is not None else fmt.fps)
            start, end, self.times = frame_times(story, self.fps, options.beat, options.first, options.last)
            self.span = (start, end)
            if fmt.suffix == ".mp4" and F.even_size(self.size) != self.size:
                even = F.even_size(self.size)
                self.notes.append(f"H.264 needs an even width and height: {self.size[0]}x{self.size[1]} "
                                  f"became {even[0]}x{even[1]}")
                self.size = even
            if fmt.suffix == ".gif":
                F.check_gif_budget(self.size, len(self.times))
        self.total = max(1, len(self.times))
        self.result: ExportResult | None = None

    # -- running ----------------------------------------------------------------------------------------
    def run(self, progress: Callable[[int, int, float | None], None] | None = None, cancelled=None) -> ExportResult:
        """Export, calling ``progress(done, total, eta_s)`` after each frame (eta_s: None until it can be told)
        and ``cancelled()`` between frames; a True from it stops the export, removes what was written and raises
        ExportCancelled."""
        is_cancelled = _check_cancel(cancelled)
        if is_cancelled():
            raise ExportCancelled(f"the export to {self.out} was cancelled")
        steps = self.steps()
        eta = Eta()
        try:
            for done, total in steps:
                if progress is not None:
                    progress(done, total, eta(done, total))
                if is_cancelled():
                    steps.close()  # the generator's cleanup removes the temporary file
                    raise ExportCancelled(f"the export to {self.out} was cancelled")
        finally:
            steps.close()
        return self.result

    def steps(self) -> Iterator[tuple[int, int]]:
        """The export as a generator: yields (done, total) after each frame — and (0, total) after each piece of
        an animation's setup, the same count again while the encoder catches up, and (total, total) while the
        file is being finished, so that a window driving it gets turns in between; the file is in place once it
        is exhausted (then ``self.result`` is set).  Closing it early cancels: no file, no temporary file."""
        started = time.perf_counter()
        kind = self.format.kind
        with atomic_output(self.out) as part:
            if kind == "numbers":
                self._write_numbers(part)
                yield 1, 1
            else:
                with self._language():
                    from .frames import StageFrames

                    frames = StageFrames(self.story, self.size, self.caption)
                    try:
                        if kind == "animation":
                            yield 0, self.total  # the stage is set: let the window breathe before the encoder
                        if kind == "picture":
                            self._write_picture(frames, part)
                            yield 1, 1
                        else:
                            yield from self._write_animation(frames, part)
                    finally:
                        frames.close()
        self.result = ExportResult(
            path=self.out, format=self.format.suffix, bytes=self.out.stat().st_size,
            seconds=time.perf_counter() - started, frames=len(self.times), size=self.size, fps=self.fps,
            story_seconds=None if self.span is None else self.span[1] - self.span[0], notes=tuple(self.notes))

    def _write_numbers(self, part: Path) -> None:
        from . import numbers

        suffix, trace = self.format.suffix, self.story.trace
        if suffix == ".json":
            numbers.write_json(part, trace, self.model, self.options.top or 5)
        elif suffix == ".npz":
            numbers.write_npz(part, trace)
        else:
            numbers.write_csv(part, trace, self.story.layer, self.story.head)

    def _write_picture(self, frames, part: Path) -> None:
        t = self.times[0]
        if self.format.suffix == ".svg":
            frames.write_svg(t, part)
        elif not frames.render(t).save(str(part), "PNG"):
            raise OSError(f"Qt could not write the PNG {part}")

    def _write_animation(self, frames, part: Path) -> Iterator[tuple[int, int]]:
        from .video import GifWriter, Mp4Writer, WriterThread

        kind = Mp4Writer if self.format.suffix == ".mp4" else GifWriter
        writer = WriterThread(kind(part, self.size, self.fps))  # (the first time: PyAV and FFmpeg load)
        try:
            yield 0, self.total
            for k, t in enumerate(self.times):
                while not writer.room(WRITER_POLL_S):  # the encoder is behind: the window goes on meanwhile
                    yield k, self.total
                frames.render(t)
                writer.put(frames.pixels())
                yield k + 1, self.total
            writer.finish()
            while not writer.wait(WRITER_POLL_S):  # the writer's thread finishes the file: the window goes on
                yield self.total, self.total
            writer.close()
        except BaseException:
            writer.abort()
            raise

    @contextmanager
    def _language(self):
        """The asked language for the drawing, and the one before it again afterwards."""
        lang = self.options.lang
        if lang is None:
            yield
            return
        from .frames import ensure_application

        app = ensure_application()
        translations = getattr(app, "_alchemist_translations", None)  # the app's own (app.create_application)
        if translations is None:
            from ..app import create_application

            translations = create_application([])[1]
        before = translations.language
        translations.set_language(lang)
        try:
            yield
        finally:
            translations.set_language(before)
