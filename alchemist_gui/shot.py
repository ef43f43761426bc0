"""``python main.py shot OUT.png …``: the real main window, rendered offscreen to a PNG.

The window is built exactly as the app builds it, runs the engine on its worker thread, and is captured only
after the run is on screen. It uses a throw-away settings file, so a shot never changes the user's settings.
"""
from __future__ import annotations

import os
import re
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

RUN_TIMEOUT_S = 180.0  # loading torch and a big model on a slow machine


class ShotError(Exception):
    """Bad arguments or a refused run: one line on stderr, exit code 2."""


@dataclass(frozen=True)
class ShotSpec:
    out: Path
    sentence: str | None = None
    beat: str | None = None
    progress: float = 0.9  # how far into the beat (1 = its end)
    layer: int | None = None
    head: int | None = None
    mask: bool = True
    positional: bool = True
    shuffle_seed: int | None = None
    lang: str | None = None
    size: tuple[int, int] = (1440, 900)
    model: str | None = None
    checkpoint: object = None  # a training step, "first" or "last" (None: the final model)
    panel: str | None = None  # "prediction" or "compare": raise that part of the right dock
    demo: bool = False  # run the order-blind demonstration (rope and badges off, then shuffle)
    note: bool = False  # unfold the narration's technical note


def parse_size(text: str | None) -> tuple[int, int]:
    if text is None:
        return 1440, 900
    match = re.fullmatch(r"\s*(\d{2,5})\s*[xX×]\s*(\d{2,5})\s*", str(text))
    if not match:
        raise ShotError(f"--size must look like 1440x900, not {text!r}")
    w, h = int(match.group(1)), int(match.group(2))
    if not (640 <= w <= 7680 and 400 <= h <= 4320):
        raise ShotError(f"--size {w}x{h} is out of range (640x400 to 7680x4320)")
    return w, h


def spec_from_args(args) -> ShotSpec:
    from .story import BEATS

    beat = getattr(args, "beat", None)
    if beat is not None and beat not in BEATS:
        raise ShotError(f"--beat must be one of {', '.join(BEATS)}, not {beat!r}")
    lang = getattr(args, "lang", None)
    if lang not in (None, "en", "zh"):
        raise ShotError(f"--lang must be en or zh, not {lang!r}")
    for name in ("layer", "head"):
        value = getattr(args, name, None)
        if value is not None and value < 0:
            raise ShotError(f"--{name} must be 0 or more, not {value}")
    sentence = getattr(args, "sentence", None)
    if sentence is not None and not sentence.strip():
        raise ShotError("--sentence is empty")
    model = getattr(args, "model", None)
    if model is not None and not Path(model).is_dir():
        raise ShotError(f"model folder not found: {model}")
    out = Path(args.out)
    if out.suffix.lower() != ".png":
        raise ShotError(f"the output must be a .png file, not {out.name!r}")
    if not out.parent.exists():
        raise ShotError(f"the folder {out.parent} does not exist")
    return ShotSpec(out=out, sentence=sentence, beat=beat, layer=getattr(args, "layer", None),
                    head=getattr(args, "head", None), mask=not getattr(args, "no_mask", False),
                    positional=not getattr(args, "no_pe", False), lang=lang,
                    size=parse_size(getattr(args, "size", None)), model=str(model) if model is not None else None,
                    checkpoint=getattr(args, "checkpoint", None))


def shot_command(args) -> int:
    try:
        render(spec_from_args(args))
    except ShotError as exc:
        print(f"alchemist shot: {exc}", file=sys.stderr)
        return 2
    return 0


def render(spec: ShotSpec) -> Path:
    """Build the window, wait for its run, pose it and save the PNG. Raises ShotError for a refused run."""
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # a shot never opens a window on the user's screen
    from .app import create_application
    from .i18n import system_language
    from .main_window import MainWindow
    from engine import Switches

    from .settings import Settings

    app, translations = create_application([sys.argv[0] if sys.argv else "alchemist"])
    with tempfile.TemporaryDirectory(prefix="alchemist-shot-") as folder:
        settings = Settings(str(Path(folder) / "settings.ini"))
        previous_language = translations.language
        translations.set_language(spec.lang or system_language())
        window = MainWindow(settings, translations, model=spec.model, sentence=spec.sentence)
        try:
            window.resize(*spec.size)
            switches = Switches(mask=spec.mask, positional=spec.positional, shuffle_seed=spec.shuffle_seed)
            if not switches.is_default():
                window.session.set_switches(switches)
            if spec.checkpoint is not None:
                window.session.set_checkpoint(spec.checkpoint)
            window.show()
            _wait_for_run(app, window)
            if spec.demo:
                window.demonstrate_order_blindness()
                _wait_for_run(app, window)
            if spec.layer is not None or spec.head is not None:
                n_layer, n_head = window.session.trace.config["n_layer"], window.session.trace.config["n_head"]
                layer = spec.layer if spec.layer is not None else window.session.selection.layer
                head = spec.head if spec.head is not None else window.session.selection.head
                if layer >= n_layer or head >= n_head:
                    raise ShotError(f"this model has blocks 0–{n_layer - 1} and heads 0–{n_head - 1}; "
                                    f"--layer {layer} --head {head} does not exist")
                window.session.select(layer=layer, head=head)
                _wait_until_idle(app, window)  # the worker makes the story of that head
            if spec.beat is not None:
                window.show_beat(spec.beat, spec.progress)
            if spec.note:
                window.narration.note_toggle.setChecked(True)
            if spec.panel == "prediction":
                window.docks.inspector_dock.raise_()
                window.docks.inspector.tabs.setCurrentIndex(1)
            elif spec.panel == "compare":
                window.docks.compare_dock.raise_()
            _settle(app)
            _wait_until_idle(app, window)  # the stage and the panels show everything asked for
            if not window.grab().save(str(spec.out), "PNG"):
                raise ShotError(f"could not write {spec.out}")
        finally:
            window.close()
            window.deleteLater()
            translations.set_language(previous_language)
            _settle(app)
    return spec.out


def _wait_for_run(app, window) -> None:
    """Process events until the window shows a finished run (or says why it cannot)."""
    failures: list[str] = []
    session = window.session
    session.refused.connect(failures.append)
    deadline = time.monotonic() + RUN_TIMEOUT_S
    _settle(app)
    while time.monotonic() < deadline:
        app.processEvents()
        if failures:
            raise ShotError(failures[-1])
        if not window.busy and session.trace is not None:
            break
        time.sleep(0.005)
    else:
        raise ShotError(f"the engine did not answer within {RUN_TIMEOUT_S:.0f} s")
    session.refused.disconnect(failures.append)


def _wait_until_idle(app, window) -> None:
    deadline = time.monotonic() + RUN_TIMEOUT_S
    while window.busy and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.002)


def until(app, condition, timeout: float = RUN_TIMEOUT_S) -> None:
    """Process events until ``condition()`` holds (the README's picture scripts drive the window with it)."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not get there in time")
        app.processEvents()
        time.sleep(0.005)


def settled(app, window) -> None:
    """Until everything asked is on screen, the stage's last change included, and painted."""
    until(app, lambda: not window.busy)
    window.stage.settle()
    for _ in range(20):
        app.processEvents()
        time.sleep(0.01)


def windows_in_each_language(app, translations, scratch: Path, size: tuple[int, int]):
    """For the README's picture scripts: (language, window) for English then Chinese, each a fresh main window
    with throw-away settings in ``scratch``, shown, its first run on screen, and closed after its turn."""
    from PySide6.QtCore import QEvent

    from .main_window import MainWindow
    from .settings import Settings

    try:
        for lang in ("en", "zh"):
            translations.set_language(lang)
            window = MainWindow(Settings(str(Path(scratch) / f"settings-{lang}.ini")), translations, autoplay=False)
            try:
                window.resize(*size)
                window.show()
                until(app, lambda: window.session.trace is not None and not window.busy)
                yield lang, window
            finally:
                window.close()
                window.deleteLater()
                # gone now, while Qt is whole: a window left to the interpreter's exit crashed it (exit code 139)
                app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
                app.processEvents()
    finally:
        translations.set_language("en")


def _settle(app, rounds: int = 6) -> None:
    for _ in range(rounds):
        app.processEvents()
        time.sleep(0.01)


# The README's pictures: `python -m alchemist_gui.shot` renders them all again into assets/screenshots/.
README_SHOTS = {
    "pour.png": dict(beat="pour", progress=0.7),
    "main_en_order_blind.png": dict(beat="pour", demo=True, panel="compare"),
    "main_zh_softmax.png": dict(beat="softmax", lang="zh"),
    "main_zh_prediction.png": dict(beat="prediction", lang="zh", panel="prediction"),
}


def readme_screenshots(folder: Path | None = None) -> list[Path]:
    folder = folder or Path(__file__).resolve().parent.parent / "assets" / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    return [render(ShotSpec(out=folder / name, **options)) for name, options in README_SHOTS.items()]


if __name__ == "__main__":
    for path in readme_screenshots():
        print(path)
