"""The apprenticeship: the workshop as it learned (a slider over the model's training checkpoints, the loss
curves, how the followed alchemist learned to pour) and Train your own workshop (a dialog that trains a new model
in a separate process and opens it).

``install(window)`` is called by the window at start-up (alchemist_gui/extensions.py) and returns the
Apprenticeship, kept in ``window.extensions["apprentice"]``: ``.dock``, ``.panel`` (made the first time the dock
is seen), ``.show_panel()``, ``.choose(index)``, ``.open_training()`` -> TrainingDialog, ``.open_workshop(folder)``.
The bench's figures: ``apprentice_bench()`` in bench.py.  See README.md in this folder.
"""
from __future__ import annotations


def install(window):
    from .apprenticeship import Apprenticeship

    return Apprenticeship(window)
