"""The classroom: presentation mode, export from the window, and scenes to share (with controls a teacher locks).

``install(window)`` (called by the window at start-up, alchemist_gui/extensions.py) adds the menu items and keys
and returns the Classroom: ``.presentation`` (presentation.py), ``.exports`` (export_gui.py), ``.scenes``
(scenes.py).  Importing this package loads no Qt: scene.py (reading and writing scene files) is Qt-free.

    python main.py lesson.alchemist   ->   open_scene_at_start(window, "lesson.alchemist")
"""
from __future__ import annotations


def install(window):
    from .classroom import Classroom

    return Classroom(window)


def open_scene_at_start(window, path) -> None:
    """Open the scene at ``path`` as the window's first run (a bad or newer file: a clear message in the message
    row, and the window opens as usual).  Call it once the window is built, before or after ``show()``."""
    classroom = getattr(window, "extensions", {}).get("classroom")
    if classroom is None:
        classroom = install(window)
    classroom.scenes.open(path)
