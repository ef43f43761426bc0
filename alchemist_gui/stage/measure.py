"""Frame times of the stage: set_time plus a full paint of the view into an image, as the bench measures them.

The paint is the viewport's own (QWidget.render of the viewport), so it uses the same cached item pictures as the
frames on screen; QGraphicsView.render would paint through a cache of its own."""
from __future__ import annotations

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
