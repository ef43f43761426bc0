"""Frame times of the stage: set_time plus a full paint of the view into an image, as the bench measures them."""
from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication


def frame_times_ms(story, size=(1400, 800), frames: int = 120) -> list[float]:
    """Play ``story`` through ``frames`` evenly spaced moments; each frame's time (ms) covers set_time and
    rendering the whole view into a QImage of ``size``.  Needs a QApplication (any platform, e.g. offscreen)."""
    from .view import StageView

    app = QApplication.instance() or QApplication([])
    view = StageView()
    view.resize(*size)
    view.show()
    app.processEvents()  # let the view take its size before fitting, so the fit is final
    view.fit()
    view.set_story(story)
    image = QImage(size[0], size[1], QImage.Format.Format_ARGB32_Premultiplied)
    out = []
    try:
        for k in range(frames + 2):
            t = story.duration * k / max(1, frames + 1)
            start = time.perf_counter()
            view.set_time(t)
            image.fill(Qt.GlobalColor.white)
            painter = QPainter(image)
            view.render(painter)
            painter.end()
            out.append((time.perf_counter() - start) * 1000.0)
        app.processEvents()
    finally:
        view.close()
        view.deleteLater()
    return out[2:]  # the first frames build caches
