"""The apprenticeship's figures for ``python main.py bench``.

* slider: in the real main window on the bundled model, the Learning panel open, each move of the checkpoint
  slider → the run of that checkpoint on screen (the session's run_shown), over every checkpoint, back and forth;
  p95 and max in ms, after the panel has put every checkpoint in memory (how long that took is reported too).
* training: the dialog's Quick run, ``python main.py train --steps 200 --progress json`` of every pattern into a
  scratch folder, as the dialog runs it: the trainer's tokens/s at the last step (every token trained so far over
  the time so far, the checkpoints' measurements included), its training seconds, and the seconds from process
  start to the finished folder (the corpus written and the finished model evaluated included), and how much that
  short run already learned (held-out accuracy on the blanks).

Each runs in a process of its own, on Qt's offscreen platform, with throw-away settings and folders.
"""
from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from ..bench import measured_in_process, p95

ROOT = Path(__file__).resolve().parents[2]
PASSES = 2  # slider sweeps, first to last and back, each
TRAIN_STEPS = 200  # the training dialog's Quick run


def apprentice_bench(timeout: float = 900.0) -> dict:
    figures = measured_in_process("alchemist_gui.apprentice.bench", "slider", timeout)
    with tempfile.TemporaryDirectory(prefix="alchemist-bench-") as folder:
        figures.update(training_figures(Path(folder) / "workshop", timeout))
    return figures


def training_figures(out: Path, timeout: float) -> dict:
    started = time.perf_counter()
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "train", "--out", str(out), "--steps",
                           str(TRAIN_STEPS), "--progress", "json"], cwd=ROOT, capture_output=True, text=True,
                          timeout=timeout)
    seconds = time.perf_counter() - started
    rows = [json.loads(l) for l in done.stdout.splitlines() if l.startswith("{")]
    steps = [r for r in rows if "tokens_per_s" in r]
    if done.returncode != 0 or not steps:
        raise RuntimeError(f"the training bench failed: {done.stderr.strip()[-500:]}")
    summary = next((r for r in rows if r.get("done")), {})
    return {"train_tokens_per_s": steps[-1]["tokens_per_s"], "train_steps": TRAIN_STEPS,
            "train_seconds_quick": summary.get("train_seconds"), "train_process_s_quick": round(seconds, 1),
            "quick_heldout_accuracy": summary.get("heldout_accuracy")}


def measure_slider() -> dict:
    """In this process: the window, the panel, the slider swept over every checkpoint."""
    from ..app import create_application
    from ..bench import _wait
    from ..main_window import MainWindow
    from ..settings import Settings

    app, translations = create_application([sys.argv[0]])
    window = MainWindow(Settings(), translations, model=None, autoplay=False)
    window.resize(1440, 900)
    window.show()
    _wait(app, lambda: window.session.trace is not None and not window.busy)
    apprentice = window.extensions["apprentice"]
    started = time.perf_counter()
    apprentice.show_panel()
    panel = apprentice.panel
    _wait(app, lambda: panel._pours_state in ("ready", "problem") and not window.busy)
    held_s = time.perf_counter() - started
    shown = []
    window.session.run_shown.connect(lambda run, previous, reason: shown.append(run.request.checkpoint))
    count = panel.checkpoints.count
    sweep = list(range(count - 2, -1, -1)) + list(range(1, count))
    answered, settled = [], []  # the run on screen; the stage done putting every station's new look on screen
    for index in sweep * PASSES:
        wanted = panel.checkpoints.items[index].asked_as
        started = time.perf_counter()
        panel.slider.setValue(index)
        _wait(app, lambda: shown and shown[-1] == wanted)
        answered.append((time.perf_counter() - started) * 1000.0)
        _wait(app, lambda: not window.busy)
        settled.append((time.perf_counter() - started) * 1000.0)
    window.close()
    return {"checkpoint_slider_p95_ms": round(p95(answered), 1), "checkpoint_slider_max_ms": round(max(answered), 1),
            "checkpoint_slider_settled_p95_ms": round(p95(settled), 1), "checkpoint_slider_moves": len(answered),
            "apprentice_hold_all_s": round(held_s, 2)}


if __name__ == "__main__":
    if sys.argv[1:] == ["slider"]:
        print(json.dumps(measure_slider()))
    else:
        print("usage: python -m alchemist_gui.apprentice.bench slider", file=sys.stderr)
        sys.exit(2)
