"""The parts of the app that build on the window without living in it: the game (play/), the apprenticeship
(apprentice/) and the classroom (classroom/). Each package has ``install(window)``, which adds its pages, docks,
menu items and keys through the window's public parts (session, stage, pages, docks, menus, banner …).

A part that fails to start is left out with one line in the message row (its traceback in the log): the
workshop itself always opens."""
from __future__ import annotations

from importlib import import_module

from .log import log_unexpected
from .retranslate import tr

EXTENSIONS = ("alchemist_gui.play", "alchemist_gui.apprentice", "alchemist_gui.classroom")


def install_extensions(window) -> None:
    window.extensions = {}
    for name in EXTENSIONS:
        short = name.rsplit(".", 1)[1]
        try:
            window.extensions[short] = import_module(name).install(window)
        except Exception as exc:  # noqa: BLE001 - one part's failure must not keep the workshop from opening
            if isinstance(exc, ModuleNotFoundError) and exc.name == name:
                continue  # a package not there at all is simply not part of this build
            line = log_unexpected(f"The {short} part could not start", exc)
            window.banner.show_message(f"extension-{short}", "error", lambda line=line: tr(
                "Part of the app could not start (%1); Help › Show log has the details.").replace("%1", line))
