"""The GUI's figures for ``python main.py bench``: frame times, start-up time, event-loop stalls during a re-run.

* frame_p95_ms_*: the stage's frame (set_time + a full paint), 95th percentile over the whole story, measured by
  alchemist_gui.stage.measure for the bundled model at 16 words and a random 12 × 12-head model (768 wide) at
  32 tokens.
* first_window_s: from process start to the first painted window of ``python main.py`` (median of 3 runs).
* max_stall_ms: the longest gap between the ticks of a 1 ms timer while edits re-run the engine and the window
  takes the new run in (the worst over several kinds of edit).
"""
from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SENTENCE_16 = "In the morning , Sarah lies still on the old bed , feeling tired and happy"
WORDS_64 = ("the cat sat on a mat and dog saw bird in tree it was very happy when sun rose over hill then they all "
            "ran to river where fish swam under old bridge near town sarah tom lies still bed feeling tired soup hot "
            "keys cabinet are is park walks with her his gave sister mother").split()


def _app():
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from .app import create_application

    return create_application([sys.argv[0] if sys.argv else "alchemist"])


def p95(values) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


def measured_in_process(module: str, what: str, timeout: float) -> dict:
    """``python -m MODULE WHAT`` in a process of its own (offscreen, throw-away settings): the JSON object it
    prints.  The extensions' benches measure the real window this way, each in a fresh process."""
    root = Path(__file__).resolve().parent.parent
    with tempfile.TemporaryDirectory(prefix="alchemist-bench-") as folder:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ALCHEMIST_SETTINGS": str(Path(folder) / "s.ini")}
        done = subprocess.run([sys.executable, "-m", module, what], cwd=root, env=env, capture_output=True,
                              text=True, timeout=timeout)
    line = next((l for l in done.stdout.splitlines() if l.startswith("{")), None)
    if line is None:
        raise RuntimeError(f"{module} {what} did not report: {done.stderr.strip()[-500:]}")
    return json.loads(line)


def random_12x12():
    """A 12-block × 12-head model, 768 wide, 32 positions, random weights (a GPT-2-small-sized workshop)."""
    import torch

    from engine import GPT, GPTConfig
    from engine.runner import Model
    from engine.tokenizer import TextTokenizer, word_level_tokenizer

    torch.manual_seed(0)
    gpt = GPT(GPTConfig(vocab_size=len(WORDS_64) + 1, n_positions=32, n_embd=768, n_layer=12, n_head=12)).eval()
    return Model(gpt, TextTokenizer(word_level_tokenizer(WORDS_64)))


def text_32() -> str:
    return " ".join(WORDS_64[(i * 7) % len(WORDS_64)] for i in range(32))


# -- frames -----------------------------------------------------------------------------------------------
def frame_p95(trace) -> float:
    from .stage.measure import frame_times_ms
    from .story import Story

    return round(p95(frame_times_ms(Story(trace))), 2)


# -- start-up ---------------------------------------------------------------------------------------------
def first_window_seconds(runs: int = 3) -> dict:
    times, torch_early = [], False
    with tempfile.TemporaryDirectory(prefix="alchemist-bench-") as folder:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ALCHEMIST_EXIT_AFTER_FIRST_PAINT": "1",
               "ALCHEMIST_SETTINGS": str(Path(folder) / "settings.ini")}
        command = [sys.executable, str(ROOT / "main.py")] if (ROOT / "main.py").is_file() else \
            [sys.executable, "-c", "import sys; from alchemist_gui.app import main; sys.exit(main(sys.argv))"]
        for _ in range(runs):
            out = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
            line = next((l for l in out.stdout.splitlines() if l.startswith("first_window_s=")), None)
            if line is None:
                raise RuntimeError(f"the app did not report its first paint: {out.stderr.strip()[-500:]}")
            fields = dict(item.split("=") for item in line.split())
            times.append(float(fields["first_window_s"]))
            torch_early |= fields["torch_loaded"] == "True"
    return {"first_window_s": round(statistics.median(times), 3), "first_window_s_runs": [round(t, 3) for t in times],
            "torch_loaded_at_first_paint": torch_early}


# -- stalls -----------------------------------------------------------------------------------------------
class StallMeter:
    """A 1 ms timer; the longest gap between its ticks is the longest time the event loop could not run."""

    def __init__(self):
        from PySide6.QtCore import Qt, QTimer

        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(1)
        self.timer.timeout.connect(self._tick)
        self.longest = 0.0
        self._last = None

    def _tick(self) -> None:
        now = time.perf_counter()
        if self._last is not None:
            self.longest = max(self.longest, (now - self._last) * 1000.0)
        self._last = now

    def start(self) -> None:
        self.longest, self._last = 0.0, time.perf_counter()
        self.timer.start()

    def stop(self) -> float:
        self.timer.stop()
        self._tick()
        return self.longest


def _wait(app, done, timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while not done():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not finish its run")
        app.processEvents()
        time.sleep(0.0005)


def _settle(app, seconds: float = 0.3) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.002)


def edit_stalls(model_source, sentence: str, size=(1440, 900)) -> dict:
    """Run a window on ``model_source`` and time the event loop while each kind of edit re-runs the engine."""
    from .main_window import MainWindow
    from engine import Switches

    from .settings import Settings

    app, translations = _app()
    with tempfile.TemporaryDirectory(prefix="alchemist-bench-") as folder:
        window = MainWindow(Settings(str(Path(folder) / "s.ini")), translations, model=model_source, sentence=sentence,
                            autoplay=False)
        window.resize(*size)
        window.show()
        _wait(app, lambda: window.session.trace is not None and not window.busy)
        window.show_beat("pour")
        _settle(app)  # the jump to the pour is painted before the clock starts: it is not an edit
        config = window.session.trace.config
        layer, head = config["n_layer"] - 1, config["n_head"] - 1
        edits = {
            "mask": lambda: window.experiments.mask.click(),
            "positional": lambda: window.experiments.positional.click(),
            "temperature": lambda: window.experiments.temperature.setValue(150),
            "knockout": lambda: window.session.toggle_head(layer, head),
            "shuffle": lambda: window.experiments.shuffle.click(),
            "sentence": lambda: window.session.set_sentence(sentence + " ,"),
            "reset": lambda: window.session.set_switches(Switches()),
        }
        stalls = {}
        meter = StallMeter()
        try:
            for name, edit in edits.items():
                shown = []
                note = lambda *run, shown=shown: shown.append(run)  # noqa: E731
                window.session.run_shown.connect(note)
                meter.start()
                edit()
                _wait(app, lambda shown=shown: bool(shown) and not window.busy)
                stalls[name] = round(meter.stop(), 2)
                window.session.run_shown.disconnect(note)
        finally:
            window.close()
            window.deleteLater()
            app.processEvents()
    return {"max_stall_ms": max(stalls.values()), "stall_ms_by_edit": stalls}


# -- all --------------------------------------------------------------------------------------------------
def gui_bench() -> dict:
    _app()
    figures: dict = {}
    from engine import load_model

    try:
        bundled = load_model()
    except Exception as exc:  # noqa: BLE001 - the bundled model may not be trained yet
        bundled = None
        figures["bundled_model"] = f"unavailable: {exc}"
    big = random_12x12()
    if bundled is not None:
        trace = bundled.trace(SENTENCE_16)
        figures["bundled_tokens"] = trace.n_tokens
        figures["frame_p95_ms_bundled"] = frame_p95(trace)
    else:
        figures["frame_p95_ms_bundled"] = None
    figures["frame_p95_ms_12x12"] = frame_p95(big.trace(text_32()))
    figures.update(first_window_seconds())
    from .export.bench import export_bench

    figures.update(export_bench())
    if bundled is not None:
        stalls = edit_stalls(None, SENTENCE_16)
    else:
        stalls = {"max_stall_ms": None}
    figures.update(stalls)
    big_stalls = edit_stalls(lambda: big, text_32())
    figures["max_stall_ms_12x12"] = big_stalls["max_stall_ms"]
    figures["stall_ms_by_edit_12x12"] = big_stalls["stall_ms_by_edit"]
    figures.update(long_text_figures())
    for name in ("classroom", "apprentice"):  # presentation, start-up, the GUI's exports; the checkpoint slider
        figures.update(extension_figures(name))
    return figures


def long_text_figures() -> dict:
    """A 1,024-token text through a 12 × 12-head model (192 wide: the story's cost follows the heads and the
    words, not the width): how long its story takes once the trace is there, and its frames."""
    from .stage.measure import long_trace, story_build_s
    from .story import Story

    trace = long_trace(1024, n_layer=12, n_head=12, n_embd=192)
    return {"story_build_s_1024_tokens": round(story_build_s(trace), 3),
            "frame_p95_ms_1024_tokens": frame_p95(trace), "long_text_shape": "12 x 12 heads, 192 wide, 1024 tokens",
            "story_stations_1024_tokens": Story(trace).n_shown}


def extension_figures(name: str) -> dict:
    from importlib import import_module

    try:
        bench = import_module(f"alchemist_gui.{name}.bench")
    except ModuleNotFoundError:
        return {}
    return getattr(bench, f"{name}_bench")()


if __name__ == "__main__":
    print(json.dumps(gui_bench(), indent=2))
