"""An inline message strip above the stage: errors (red) and gentle notices (amber), each closable."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from .theme import ERROR, ERROR_BG, NOTICE, NOTICE_BG

STYLES = {
    "error": (ERROR, ERROR_BG, "⚠"),
    "notice": (NOTICE, NOTICE_BG, "ℹ"),
}


class _Message(QFrame):
    def __init__(self, kind: str, key: str, text: str, on_close):
        super().__init__()
        colour, background, icon = STYLES[kind]
        self.kind, self.key = kind, key
        self.setObjectName(f"banner-{kind}")
        self.setStyleSheet(f"QFrame#banner-{kind} {{ background: {background}; border: 1px solid {colour};"
                           f" border-radius: 6px; }} QLabel {{ color: {colour}; background: transparent; }}")
        icon_label = QLabel(icon)
        icon_label.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.text = QLabel(text)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.close_button.clicked.connect(lambda: on_close(self.key))
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 5, 4, 5)
        row.addWidget(icon_label, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.text, 1)
        row.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)


class Banner(QWidget):
    """Messages keyed by topic ("input", "unknown", "truncated", ...): a new one replaces the old of its key."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._messages: dict[str, _Message] = {}
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(10, 6, 10, 0)
        self._layout.setSpacing(4)
        self.setVisible(False)

    def show_message(self, key: str, kind: str, text) -> None:
        """text: a string, or a function returning it (called again when the language changes)."""
        self.dismiss(key)
        message = _Message(kind, key, text() if callable(text) else text, self.dismiss)
        message.make_text = text if callable(text) else None
        self._messages[key] = message
        self._layout.addWidget(message)
        self.setVisible(True)
        message.close_button.setToolTip(self.tr("Dismiss"))

    def dismiss(self, key: str) -> None:
        message = self._messages.pop(key, None)
        if message is not None:
            self._layout.removeWidget(message)
            message.deleteLater()
        self.setVisible(bool(self._messages))

    def clear(self, kind: str | None = None) -> None:
        for key, message in list(self._messages.items()):
            if kind is None or message.kind == kind:
                self.dismiss(key)

    def messages(self) -> dict[str, tuple[str, str]]:
        """key -> (kind, text) of what is on screen."""
        return {k: (m.kind, m.text.text()) for k, m in self._messages.items()}

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            for message in self._messages.values():
                message.close_button.setToolTip(self.tr("Dismiss"))
                if message.make_text is not None:
                    message.text.setText(message.make_text())
        super().changeEvent(event)
