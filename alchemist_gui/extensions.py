"""The parts of the app that build on the window without living in it: the game (play/), the apprenticeship
(apprentice/) and the classroom (classroom/). Each package has ``install(window)``, which adds its pages, docks,
menu items and keys through the window's public parts (session, stage, pages, docks, menus, banner …)."""
from __future__ import annotations

from importlib import import_module
from importlib.util import find_spec

EXTENSIONS = ("alchemist_gui.play", "alchemist_gui.apprentice", "alchemist_gui.classroom")


def install_extensions(window) -> None:
    window.extensions = {}
    for name in EXTENSIONS:
        if find_spec(name) is not None:
            window.extensions[name.rsplit(".", 1)[1]] = import_module(name).install(window)
