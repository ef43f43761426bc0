"""The Play mode: the game's Qt screens (the chapter map, the challenge panel, the stage's feedback).

``install(window)`` is called by the window at start-up (alchemist_gui/extensions.py) and returns the PlayMode,
kept in ``window.extensions["play"]``.  The rules, challenges and scoring are the Qt-free game package's
(alchemist_gui/game); see README.md in this folder."""
from __future__ import annotations


def install(window):
    from .mode import PlayMode

    return PlayMode(window)
