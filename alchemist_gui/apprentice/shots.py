"""The README's pictures of the apprenticeship: ``python -m alchemist_gui.apprentice.shots [FOLDER]`` renders, in
English and Chinese, the window with the Learning panel at the checkpoint where the followed alchemist has just
learned his pour (the stage pouring as the workshop did then), and the Train your own workshop dialog after a real
Quick run, into assets/screenshots/ (or FOLDER).  Offscreen on a 1920 × 1080 screen, on the bundled model, with
throw-away settings and workshops folder."""
from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

from ..shot import settled, until, windows_in_each_language

SIZE = (1440, 900)
# (block, head, checkpoint) followed on the story's sentence in each language: an alchemist who learns to pour
# from "still" / 静 (88 % / 90 % at the end), at the checkpoint where he has just learned it
FOLLOWED = {"en": (0, 1, 512), "zh": (1, 1, 2048)}
TRAINED = ("rest", "lies_to", "feeling", "zh_rest", "zh_lie", "zh_feeling")  # what the pictured run reads


def _panel_shot(app, window, out: Path, lang: str) -> None:
    layer, head, step = FOLLOWED[lang]
    window.session.select(layer=layer, head=head)
    until(app, lambda: not window.busy)
    apprentice = window.extensions["apprentice"]
    apprentice.show_panel()
    panel = apprentice.panel
    until(app, lambda: panel._pours_state == "ready")
    panel.slider.setValue(panel.checkpoints.index_of(step))
    until(app, lambda: window.session.run.request.checkpoint == step and not window.busy)
    window.show_beat("pour", 0.8)
    settled(app, window)
    _save(window, out)


def _training_shot(app, window, out: Path) -> None:
    from .training_dialog import QUICK_STEPS

    dialog = window.extensions["apprentice"].open_training()
    for name, box in dialog.pattern_boxes.items():
        box.setChecked(name in TRAINED)
    dialog.quick.setChecked(True)
    dialog.start()
    until(app, lambda: dialog.state != "running")
    if dialog.state != "done":
        raise RuntimeError(dialog.message.text())
    assert dialog.run.options.steps == QUICK_STEPS
    dialog.pattern_scroll.verticalScrollBar().setValue(0)
    for _ in range(20):
        app.processEvents()
        time.sleep(0.01)
    _save(dialog, out)
    dialog.close()


def _save(widget, out: Path) -> None:
    if not widget.grab().save(str(out), "PNG"):
        raise OSError(f"could not write {out}")


def render(folder: Path) -> list[Path]:
    from ..app import create_application

    app, translations = create_application([sys.argv[0] if sys.argv else "alchemist"])
    folder.mkdir(parents=True, exist_ok=True)
    made = []
    with tempfile.TemporaryDirectory(prefix="alchemist-apprentice-shots-") as scratch:
        os.environ["ALCHEMIST_WORKSHOPS"] = str(Path(scratch) / "workshops")
        for lang, window in windows_in_each_language(app, translations, Path(scratch), SIZE):
            made.append(folder / f"apprentice_{lang}.png")
            _panel_shot(app, window, made[-1], lang)
            made.append(folder / f"training_{lang}.png")
            _training_shot(app, window, made[-1])
    return made


def _big_offscreen_screen(scratch: str) -> None:
    """Qt's offscreen screen is 800 × 800 unless told otherwise; the dialog fits itself to the screen."""
    screens = Path(scratch) / "screens.json"
    screens.write_text(json.dumps({"screens": [{"name": "shots", "x": 0, "y": 0, "width": 1920, "height": 1080,
                                                "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={screens}"


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "assets" / "screenshots"
    with tempfile.TemporaryDirectory(prefix="alchemist-screen-") as screen_folder:
        _big_offscreen_screen(screen_folder)
        for path in render(target):
            print(path)
