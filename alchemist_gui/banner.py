"""The message row above the stage: at most one error (red), one notice (amber) and one line on what the last
experiment changed, each closable, side by side.

The row has a fixed height and is always there (when no message is shown it holds a quiet hint), so a message
never covers the stage's numbers and never resizes the stage: a stage of another size changes its scale, and
every picture it has cached would be drawn again. A message longer than its room is shortened with "…"; the
whole text is in its tooltip.
"""
from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QToolButton, QWidget

from .retranslate import Translatable

ICONS = {"error": "⚠", "notice": "ℹ", "change": "Δ"}
KINDS = ("error", "notice", "change")  # an error first; "change": what the last experiment did


class ElidedLabel(QLabel):
    """One line of text, shortened with "…" to the room it gets (the whole text is its tooltip)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.full_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def set_full_text(self, text: str) -> None:
        self.full_text = text
        self.setToolTip(text)
        self._elide()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        shown = QFontMetrics(self.font()).elidedText(self.full_text, Qt.TextElideMode.ElideRight, max(0, self.width()))
        if shown != self.text():
            self.setText(shown)

    def minimumSizeHint(self) -> QSize:
        return QSize(40, super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:  # the whole text's width: a layout with room shows it all
        return QSize(QFontMetrics(self.font()).horizontalAdvance(self.full_text) + 4, super().sizeHint().height())


class _Strip(QFrame):
    def __init__(self, kind: str, on_close):
        super().__init__()
        self.kind, self.key = kind, ""
        self.make_text = None  # a function giving the text anew (when the language changes), or None
        self.on_action = None
        self.setObjectName(f"banner-{kind}")  # its colours are in the theme's style sheet (theme.py)
        icon = QLabel(ICONS[kind])
        icon.setObjectName("bannerIcon")
        self.text = ElidedLabel()
        self.action = QPushButton()
        self.action.setObjectName("bannerAction")
        self.action.clicked.connect(lambda: self.on_action and self.on_action())
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.close_button.clicked.connect(lambda: on_close(self.key))
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 0, 2, 0)
        row.setSpacing(6)
        row.addWidget(icon)
        row.addWidget(self.text, 1)
        row.addWidget(self.action)
        row.addWidget(self.close_button)


class Banner(Translatable, QWidget):
    """One strip per kind: a new message replaces the one of its kind, so messages never pile up. Each message has
    a key ("input", "unknown", …) by which it is dismissed, and may offer one action button."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("messageRow")
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 3, 10, 3)
        row.setSpacing(8)
        self._strips: dict[str, _Strip] = {}
        for kind in KINDS:
            strip = _Strip(kind, self.dismiss)
            strip.hide()
            row.addWidget(strip, 1)
            self._strips[kind] = strip
        self.hint = ElidedLabel()  # shown while there is no message
        self.hint.setObjectName("hint")
        row.addWidget(self.hint, 1)
        self._hint_text = None
        height = max(QFontMetrics(self.font()).height() + 14, 30)
        self.setFixedHeight(height + 6)
        self.retranslate()

    def show_message(self, key: str, kind: str, text, action=None) -> None:
        """text: a string, or a function returning it (called again when the language changes); action: an
        optional (label, callable) for a button on the strip."""
        for other in self._strips.values():
            if other.kind != kind and other.key == key:
                self._hide(other)
        strip = self._strips[kind]
        strip.key = key
        strip.make_text = text if callable(text) else None
        strip.text.set_full_text(text() if callable(text) else text)
        label, strip.on_action = action if action is not None else ("", None)
        strip.action.setText(label)
        strip.action.setVisible(action is not None)
        strip.show()
        self._show_hint()

    def dismiss(self, key: str) -> None:
        for strip in self._strips.values():
            if strip.key == key and strip.isVisibleTo(self):
                self._hide(strip)
        self._show_hint()

    def set_hint(self, text) -> None:
        """A quiet line for when no message is shown (a string or a function giving it; None for none)."""
        self._hint_text = text
        self._show_hint()

    def _show_hint(self) -> None:
        quiet = not any(s.isVisibleTo(self) for s in self._strips.values())
        text = self._hint_text() if callable(self._hint_text) else (self._hint_text or "")
        self.hint.set_full_text(text if quiet else "")
        self.hint.setVisible(quiet)

    def _hide(self, strip: _Strip) -> None:
        strip.hide()
        strip.key, strip.make_text, strip.on_action = "", None, None

    def messages(self) -> dict[str, tuple[str, str]]:
        """key -> (kind, whole text) of what is on screen."""
        return {s.key: (s.kind, s.text.full_text) for s in self._strips.values() if s.isVisibleTo(self)}

    def retranslate(self) -> None:
        for strip in self._strips.values():
            strip.close_button.setToolTip(self.tr("Dismiss"))
            if strip.make_text is not None:
                strip.text.set_full_text(strip.make_text())
        self._show_hint()
