"""The classroom's figures for ``python main.py bench``.

* presentation_bench(): frame times of the real main window in presentation mode, playing the whole story of the
  bundled model (the story's sentence) at 60 frames a second of story time, each frame being ``clock.seek(t)``
  and one turn of the event loop (which paints what changed: the stage, the progress line, the narration at a
  new beat).  Only frames in which the stage painted are counted (a moment when nothing moves paints nothing).
  Each size runs in a process of its own, on Qt's offscreen platform with a screen of that size:
  1920×1080 at a device pixel ratio of 1, and 3840×2160 device pixels at a ratio of 2 (QT_SCALE_FACTOR=2, so
  1920×1080 logical) — a 4K projector's pixels, painted by the same raster engine.  Pushing the pixels to a real
  display (X11/Wayland) is not included.
* first_story_bench(): process start → the first story on the stage (the model loaded, the sentence traced, every
  station drawn and painted) of ``python main.py`` (startup.py prints it), and, in turns with it, process start →
  ``import torch`` done in a bare interpreter: the goal is first_story_s ≤ torch_import_s + 1 s.
* export_bench(): exports run from the window as File › Export… runs them (the dialog open for half a second
  first, as it loads PyAV in the background meanwhile; then ExportRunner, a few milliseconds per
  turn of the event loop): a GIF of the pour beat (640×360, 15 fps) and the whole story as MP4 (1280×720,
  30 fps) — seconds, seconds per second of story, and the longest event-loop stall meanwhile.
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

from ..bench import p95

ROOT = Path(__file__).resolve().parents[2]
FPS = 60
DIALOG_S = 0.5  # how long the export dialog is open before each measured export (a quick teacher)
SCREENS = {  # name -> (device pixels of the screen, QT_SCALE_FACTOR)
    "1080p": ((1920, 1080), None),
    "4k": ((3840, 2160), "2"),
}


# -- presentation frames ------------------------------------------------------------------------------------
def presentation_bench(timeout: float = 1200.0) -> dict:
    figures = {}
    for name in SCREENS:
        out = _frames_in_subprocess(name, timeout)
        figures[f"frame_p95_ms_presentation_{name}"] = out["p95_ms"]
        figures[f"presentation_{name}_detail"] = out
    return figures


def export_bench(timeout: float = 1800.0) -> dict:
    from ..bench import measured_in_process

    return measured_in_process("alchemist_gui.classroom.bench", "exports", timeout)


def _frames_in_subprocess(name: str, timeout: float) -> dict:
    (width, height), scale = SCREENS[name]
    with tempfile.TemporaryDirectory(prefix="alchemist-bench-") as folder:
        screens = Path(folder) / "screens.json"
        screens.write_text(json.dumps({"screens": [{"name": f"bench-{name}", "x": 0, "y": 0, "width": width,
                                                    "height": height, "logicalDpi": 96, "logicalBaseDpi": 96,
                                                    "dpr": 1}]}))
        env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={screens}",
               "ALCHEMIST_SETTINGS": str(Path(folder) / "settings.ini")}
        env.pop("QT_SCALE_FACTOR", None)
        if scale:
            env["QT_SCALE_FACTOR"] = scale
        done = subprocess.run([sys.executable, "-m", "alchemist_gui.classroom.bench", "frames"], cwd=ROOT, env=env,
                              capture_output=True, text=True, timeout=timeout)
    line = next((l for l in done.stdout.splitlines() if l.startswith("{")), None)
    if line is None:
        raise RuntimeError(f"the presentation bench did not report: {done.stderr.strip()[-500:]}")
    return json.loads(line)


def _wait(app, done, timeout: float = 180.0) -> None:
    from ..bench import _wait as wait

    wait(app, done, timeout)


def measure_frames() -> dict:
    """In this process (the screen as the platform gives it): the window, full screen in presentation mode."""
    from PySide6.QtCore import QEvent, QObject

    from ..app import create_application
    from ..main_window import MainWindow
    from ..settings import Settings

    app, translations = create_application([sys.argv[0]])
    window = MainWindow(Settings(), translations, model=None, autoplay=False)
    window.show()
    _wait(app, lambda: window.session.trace is not None and not window.busy)
    classroom = window.extensions["classroom"]
    classroom.presentation.enter()
    _wait(app, lambda: not window.busy)
    for _ in range(20):  # the full-screen layout and the first zoom are painted before the clock starts
        app.processEvents()
        time.sleep(0.005)

    class Paints(QObject):
        count = 0

        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint:
                self.count += 1
            return False

    paints = Paints()
    window.stage.viewport().installEventFilter(paints)
    clock = window.clock
    n = int(clock.duration * FPS)
    painted, idle = [], 0
    for k in range(n + 1):
        before = paints.count
        started = time.perf_counter()
        clock.seek(k / FPS)
        app.processEvents()
        ms = (time.perf_counter() - started) * 1000.0
        if paints.count > before:
            painted.append(ms)
        else:
            idle += 1
    window.stage.viewport().removeEventFilter(paints)
    screen = window.screen()
    figures = {
        "p95_ms": round(p95(painted), 2), "p50_ms": round(statistics.median(painted), 2),
        "max_ms": round(max(painted), 1), "frames_painted": len(painted), "frames_without_change": idle,
        "window": [window.width(), window.height()], "device_pixel_ratio": window.devicePixelRatio(),
        "screen": [screen.geometry().width(), screen.geometry().height()] if screen else None,
        "story_s": round(clock.duration, 2), "words": window.session.trace.n_tokens,
    }
    classroom.presentation.leave()
    window.close()
    return figures


# -- export from the window ---------------------------------------------------------------------------------
EXPORTS = {  # name -> (file, options): what a teacher exports for slides
    "export_gui_gif_pour_s": ("pour.gif", dict(beat="pour", size=(640, 360), fps=15)),
    "export_gui_mp4_story_s": ("story.mp4", dict(size=(1280, 720), fps=30)),
}


def _pause(app, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.005)


def measure_exports() -> dict:
    """In this process: the window (bundled model, 1440×900), each export run by the classroom's Exports through
    its ExportRunner as File › Export… does; the seconds each took, and the longest the event loop waited
    meanwhile (the window's own frames still run between the export's turns)."""
    from ..app import create_application
    from ..bench import StallMeter
    from ..export import ExportJob, ExportOptions
    from ..main_window import MainWindow
    from ..settings import Settings

    app, translations = create_application([sys.argv[0]])
    window = MainWindow(Settings(), translations, model=None, autoplay=False)
    window.resize(1440, 900)
    window.show()
    _wait(app, lambda: window.session.trace is not None and not window.busy)
    exports = window.extensions["classroom"].exports
    figures = {}
    with tempfile.TemporaryDirectory(prefix="alchemist-bench-") as folder:
        for key, (name, options) in EXPORTS.items():
            results = []
            exports.finished.connect(results.append)
            dialog = exports.ask()  # File › Export… opens first: a teacher takes a moment to choose
            _pause(app, DIALOG_S)
            dialog.reject()
            meter = StallMeter()
            meter.start()
            exports.start(ExportJob(Path(folder) / name, window.session.story, ExportOptions(**options)))
            _wait(app, lambda: bool(results), timeout=900.0)
            stall = meter.stop()
            exports.finished.disconnect(results.append)
            result = results[0]
            figures[key] = round(result.seconds, 2)
            figures[key[:-2] + "_vs_story"] = round(result.seconds / result.story_seconds, 3)
            figures[key[:-2] + "_max_stall_ms"] = round(stall, 1)
    window.close()
    return figures


# -- start-up -------------------------------------------------------------------------------------------------
TORCH_PROBE = ("import time, torch; done = time.clock_gettime(time.CLOCK_BOOTTIME); "
               "from alchemist_gui.app import seconds_since_process_start as since; "
               "print(f'torch_s={since() - (time.clock_gettime(time.CLOCK_BOOTTIME) - done):.3f}')")


def first_story_bench(runs: int = 3, timeout: float = 300.0) -> dict:
    """Median of ``runs``; the app and the bare torch import take turns, so a busy moment hits both alike."""
    stories, torches = [], []
    with tempfile.TemporaryDirectory(prefix="alchemist-bench-") as folder:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ALCHEMIST_EXIT_AFTER_FIRST_STORY": "1",
               "ALCHEMIST_SETTINGS": str(Path(folder) / "settings.ini")}
        for _ in range(runs):
            torches.append(_figure([sys.executable, "-c", TORCH_PROBE], "torch_s", env, timeout))
            stories.append(_figure([sys.executable, str(ROOT / "main.py")], "first_story_s", env, timeout))
    first, torch = statistics.median(stories), statistics.median(torches)
    return {"first_story_s": round(first, 3), "first_story_s_runs": [round(s, 3) for s in stories],
            "torch_import_s": round(torch, 3), "torch_import_s_runs": [round(s, 3) for s in torches],
            "first_story_minus_torch_s": round(first - torch, 3)}


def _figure(command, key: str, env: dict, timeout: float) -> float:
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout)
    for line in done.stdout.splitlines():
        for item in line.split():
            if item.startswith(f"{key}="):
                return float(item.split("=", 1)[1])
    raise RuntimeError(f"no {key} from {' '.join(command[1:])}: {done.stderr.strip()[-500:]}")


def classroom_bench() -> dict:
    return {**first_story_bench(), **presentation_bench(), **export_bench()}


if __name__ == "__main__":
    if sys.argv[1:] == ["frames"]:
        print(json.dumps(measure_frames()), flush=True)
    elif sys.argv[1:] == ["exports"]:
        print(json.dumps(measure_exports()), flush=True)
    else:
        print(json.dumps(classroom_bench(), indent=2))
