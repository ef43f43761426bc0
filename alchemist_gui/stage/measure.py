"""Figures of the stage for ``python main.py bench``.

* frame_times_ms: set_time plus a full paint of the view into an image.  The paint is the viewport's own
  (QWidget.render of the viewport), so it uses the same cached item pictures as the frames on screen;
  QGraphicsView.render would paint through a cache of its own.
* long_trace / story_build_s: a text as long as a GPT-2 folder reads (1,024 tokens) through a random GPT-2-shaped
  model, and how long its Story takes once the trace is there (fresh TraceFacts each time: nothing remembered).
"""
from __future__ import annotations

import statistics
import time

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication


def frame_times_ms(story, size=(1400, 800), frames: int = 120) -> list[float]:
    """Play ``story`` through ``frames`` evenly spaced moments; each frame's time (ms) covers set_time and
    rendering the whole view into a QImage of ``size``.  The story is put on the stage as the window does it
    (gradually, then warmed up), so the frames are those of a user pressing play.  Needs a QApplication (any
    platform, e.g. offscreen)."""
    from .view import StageView

    app = QApplication.instance() or QApplication([])
    view = StageView()
    view.resize(*size)
    view.show()
    app.processEvents()  # let the view take its size before fitting, so the fit is final
    view.fit()
    view.set_story(story, gradual=True)
    view.settle()
    viewport = view.viewport()
    image = QImage(viewport.size(), QImage.Format.Format_ARGB32_Premultiplied)
    out = []
    try:
        for k in range(frames + 2):
            t = story.duration * k / max(1, frames + 1)
            start = time.perf_counter()
            view.set_time(t)
            image.fill(Qt.GlobalColor.white)
            viewport.render(image)
            out.append((time.perf_counter() - start) * 1000.0)
        app.processEvents()
    finally:
        view.close()
        view.deleteLater()
    return out[2:]  # the first frames build caches


LONG_WORDS = ("the cat sat on a mat and dog saw bird in tree it was very happy when sun rose over hill then they all "
              "ran to river where fish swam under old bridge near town sarah lies still bed feeling tired").split()


def long_trace(n_tokens: int = 1024, n_layer: int = 12, n_head: int = 12, n_embd: int = 768, seed: int = 0):
    """A trace of ``n_tokens`` words through a random GPT-2-shaped model (GPT-2 small's shape by default, with a
    vocabulary of a few dozen words).  Imports torch."""
    import torch

    from engine import GPT, GPTConfig
    from engine.runner import Model
    from engine.tokenizer import TextTokenizer, word_level_tokenizer

    torch.manual_seed(seed)
    gpt = GPT(GPTConfig(vocab_size=len(LONG_WORDS) + 1, n_positions=n_tokens, n_embd=n_embd, n_layer=n_layer,
                        n_head=n_head)).eval()
    model = Model(gpt, TextTokenizer(word_level_tokenizer(LONG_WORDS)))
    text = " ".join(LONG_WORDS[(k * 7) % len(LONG_WORDS)] for k in range(n_tokens))
    return model.trace(text)


def story_build_s(trace, selections=((None, None, None),), repeats: int = 3) -> float:
    """Median seconds to make the Story of ``trace`` (layer, head, focus per selection; None: the last block's
    last head, following the last word) with fresh TraceFacts: what "ready after its trace" costs."""
    from ..story import Story, TraceFacts

    n_layer, n_head = trace.config["n_layer"], trace.config["n_head"]
    times = []
    for _ in range(repeats):
        for layer, head, focus in selections:
            started = time.perf_counter()
            Story(trace, n_layer - 1 if layer is None else layer, n_head - 1 if head is None else head, focus,
                  facts=TraceFacts(trace))
            times.append(time.perf_counter() - started)
    return statistics.median(times)
