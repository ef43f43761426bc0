"""GUI test fixtures: a small random model saved as a real folder, windows that run it, and a guard that fails
any test which leaves a window, a timer, an animation or the engine thread running (napari's rule)."""
from __future__ import annotations

import gc
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractAnimation, QThread, QTimer
from PySide6.QtWidgets import QApplication

from alchemist_gui.words import split_words

# the sentences the tiny test model is made to read (fixed here, so the random model stays the same when the app's
# example sentences change)
PRESETS = ("Sarah lies still on the bed, feeling", "Tom lies to his mother, feeling",
           "Tom gave his sister the soup, and it was", "The cat found the soup, and it", "The keys to the old cabinet",
           "Sarah walks to the park with")

# every word of the presets, plus a few more, so that every preset runs without <unk>
EXTRA = "a big red dog ran home happy tired guilty hot meowed are is her his".split()
WORDS = sorted({w for text in PRESETS for w in split_words(text)} | set(EXTRA))
N_POSITIONS = 24


def build_random_model(n_layer=2, n_head=4, n_embd=32, n_positions=N_POSITIONS, seed=0):
    """An engine Model with random weights wide enough that attention is far from uniform."""
    import torch

    from engine import GPT, GPTConfig
    from engine.runner import Model
    from engine.tokenizer import TextTokenizer, word_level_tokenizer

    torch.manual_seed(seed)
    gpt = GPT(GPTConfig(vocab_size=len(WORDS) + 1, n_positions=n_positions, n_embd=n_embd, n_layer=n_layer,
                        n_head=n_head))
    with torch.no_grad():
        for p in gpt.parameters():
            if p.dim() == 2:
                p.normal_(0.0, 0.3)
    return Model(gpt.eval(), TextTokenizer(word_level_tokenizer(WORDS)))


@pytest.fixture(scope="session")
def model_dir(tmp_path_factory) -> str:
    from engine.folder import save_folder

    folder = tmp_path_factory.mktemp("model") / "tiny-workshop"
    model = build_random_model()
    save_folder(folder, model.gpt, model.tokenizer.to_json())
    return str(folder)


@pytest.fixture(scope="session")
def engine_model(model_dir):
    """The same model loaded by the engine directly: the reference the window's numbers must equal."""
    from engine import load_model

    return load_model(model_dir)


@pytest.fixture(scope="session")
def translations(qapp):
    from alchemist_gui.app import create_application

    return create_application([])[1]


@pytest.fixture
def settings(tmp_path):
    from alchemist_gui.settings import Settings

    return Settings(str(tmp_path / "settings.ini"))


def wait_idle(qtbot, window, timeout=60_000):
    """Until the window shows the answer to everything asked so far."""
    qtbot.waitUntil(lambda: not window.busy and window.session.trace is not None, timeout=timeout)


@pytest.fixture
def make_window(qtbot, settings, model_dir, translations):
    made = []

    def make(model="test", sentence=None, settings_=None, wait=True, size=(1280, 800), autoplay=False):
        """model: "test" = the tiny random model; None = whatever the settings remember, else the bundled one."""
        from alchemist_gui.main_window import MainWindow

        window = MainWindow(settings_ or settings, translations, model=model_dir if model == "test" else model,
                            sentence=sentence, autoplay=autoplay)
        made.append(window)
        if size is not None:  # None: the size the window restores from its settings
            window.resize(*size)
        window.show()
        if wait:
            wait_idle(qtbot, window)
        return window

    yield make
    problems = []
    for window in made:
        if window.isVisible():
            running = [t.objectName() or "unnamed" for t in window.findChildren(QTimer) if t.isActive()]
            if running:
                problems.append(f"the test left timers running: {running}")
            window.close()
        if window.session.client.is_running():
            problems.append("the engine thread still runs after the window closed")
        window.deleteLater()
    translations.set_language("en")
    if problems:
        pytest.fail("; ".join(problems))


def _running_timers_and_animations():
    app = QApplication.instance()
    objects = set()
    for widget in app.allWidgets():
        objects.update(widget.findChildren(QTimer))
        objects.update(widget.findChildren(QAbstractAnimation))
    objects.update(app.findChildren(QTimer))
    objects.update(app.findChildren(QAbstractAnimation))
    objects.update(o for o in gc.get_objects() if issubclass(type(o), (QTimer, QAbstractAnimation)))
    out = []
    for o in objects:
        try:
            if isinstance(o, QTimer) and o.isActive():
                out.append(f"QTimer {o.objectName() or o.parent()!r}")
            elif isinstance(o, QAbstractAnimation) and o.state() == QAbstractAnimation.State.Running:
                out.append(f"animation {type(o).__name__}")
        except RuntimeError:  # its C++ object is already gone
            continue
    return out


@pytest.fixture(autouse=True)
def nothing_left_running(qapp, request):
    """Fail a test that leaves a visible window, a running timer/animation or a running QThread."""
    before = set(qapp.topLevelWidgets())
    yield
    for _ in range(3):
        qapp.processEvents()
    left = [w for w in qapp.topLevelWidgets() if w not in before and w.isVisible()]
    running = _running_timers_and_animations()
    threads = [o for o in gc.get_objects() if issubclass(type(o), QThread)]
    live_threads = []
    for t in threads:
        try:
            if t.isRunning():
                live_threads.append(t.objectName() or repr(t))
        except RuntimeError:
            continue
    for w in left:
        w.close()
    problems = []
    if left:
        problems.append(f"windows left open: {[type(w).__name__ for w in left]}")
    if running:
        problems.append(f"left running: {running}")
    if live_threads:
        problems.append(f"threads left running: {live_threads}")
    if problems:
        pytest.fail("; ".join(problems))


ROOT = Path(__file__).resolve().parents[2]
