"""Keys that belong to the Play screens' own controls.  The window's story shortcuts (Space: play / pause, the
arrows: step, Home / End) would otherwise take them from a focused button, slider or chip; accepting the
ShortcutOverride that Qt sends first (it climbs from the focused widget to its parents) hands the key to the
focused control instead."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt

OWN_KEYS = (Qt.Key.Key_Space, Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Home,
            Qt.Key.Key_End, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)


def keep_own_keys(event) -> bool:
    """True (and the event accepted) for a story key pressed while one of our controls has the focus."""
    if event.type() == QEvent.Type.ShortcutOverride and event.key() in OWN_KEYS and \
            not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
        event.accept()
        return True
    return False
