"""Silencing one line of Qt's offscreen platform, and nothing else.

Offscreen (screenshots, the benchmark, the tests) Qt warns "This plugin does not support propagateSizeHints()"
each time a window's size limits change: there is no window manager to tell, and nothing is wrong.  The warning
is in Qt's "default" logging category, together with every warning worth reading, so QT_LOGGING_RULES cannot
single it out; a message handler can.  Every other message goes on to the handler that was there before (or is
printed as Qt prints it).
"""
from __future__ import annotations

import sys
import warnings

from PySide6.QtCore import QtMsgType, qFormatLogMessage, qInstallMessageHandler

NOISE = frozenset({"This plugin does not support propagateSizeHints()"})
_installed = False
_previous = None  # the Python handler that was installed before ours, if any


def quiet_offscreen_noise(app) -> None:
    """Drop the offscreen platform's noise (only when the platform is offscreen; once per process)."""
    global _installed, _previous
    if _installed or app.platformName() != "offscreen":
        return
    _installed = True
    _previous = qInstallMessageHandler(_handler)


def _handler(mode: QtMsgType, context, message: str) -> None:
    if message in NOISE:
        return
    if _previous is not None:
        _previous(mode, context, message)
    else:
        with warnings.catch_warnings():  # PySide6 warns about QtCriticalMsg's deprecated alias QtSystemMsg
            warnings.simplefilter("ignore", DeprecationWarning)
            line = qFormatLogMessage(mode, context, message)
        sys.stderr.write(line + "\n")
        sys.stderr.flush()
