"""The one way a widget follows a language switch: mix in ``Translatable`` and write ``retranslate()``.

Qt sends every widget a LanguageChange event when translators are installed or removed (i18n.py); this mixin
turns that event into a call of ``retranslate``, which sets every visible text again through ``tr``.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent


def tr(text: str) -> str:
    """Translate a text of a module-level function (pyside6-lupdate files a bare ``tr("…")`` call under the
    empty context, so that is the context it is looked up in)."""
    return QCoreApplication.translate("", text)


class Translatable:
    def retranslate(self) -> None:  # pragma: no cover - every widget that mixes this in defines it
        raise NotImplementedError

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
