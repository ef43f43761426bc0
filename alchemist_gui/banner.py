"""A message strip over the top edge of the stage: errors (red) and gentle notices (amber), each closable.

The strip floats over the stage rather than pushing it down: a stage that changed its size would change its scale,
and every picture it has cached would have to be drawn again (a long frame, on every message shown or closed).
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

ICONS = {"error": "⚠", "notice": "ℹ"}


class _Message(QFrame):
    def __init__(self, kind: str, key: str, text: str, on_close):
        super().__init__()
        self.kind, self.key = kind, key
        self.make_text = None  # a function giving the text anew (when the language changes), or None
        self.setObjectName(f"banner-{kind}")  # its colours are in the theme's style sheet (theme.py)
        icon_label = QLabel(ICONS[kind])
        icon_label.setObjectName("bannerIcon")
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
    """Messages keyed by topic ("input", "unknown", "truncated", ...): a new one replaces the old of its key.

    A closed strip is kept, hidden, for the next message of its kind (one of each is made up front): making and
    styling a strip takes several milliseconds, too long to do as a run is shown."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._messages: dict[str, _Message] = {}
        self._spare: dict[str, list[_Message]] = {kind: [] for kind in ICONS}
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(10, 6, 10, 0)
        self._layout.setSpacing(4)
        for kind in ICONS:
            self._retire(self._make(kind))
        self.setVisible(False)

    def _make(self, kind: str) -> _Message:
        message = _Message(kind, "", "", self.dismiss)
        message.setParent(self)
        message.hide()
        message.ensurePolished()  # styled now, not when it is first shown
        message.close_button.setToolTip(self.tr("Dismiss"))
        return message

    def _retire(self, message: _Message) -> None:
        message.hide()
        self._layout.removeWidget(message)
        self._spare[message.kind].append(message)

    def show_message(self, key: str, kind: str, text) -> None:
        """text: a string, or a function returning it (called again when the language changes)."""
        shown = text() if callable(text) else text
        old = self._messages.get(key)
        if old is not None and old.kind == kind:  # the same strip with a new text: no new widget to style
            old.make_text = text if callable(text) else None
            if old.text.text() != shown:
                old.text.setText(shown)
            return
        self.dismiss(key)
        spare = self._spare[kind]
        message = spare.pop() if spare else self._make(kind)
        message.key = key
        message.text.setText(shown)
        message.make_text = text if callable(text) else None
        self._messages[key] = message
        self._layout.addWidget(message)  # the newest last
        message.show()
        self.setVisible(True)

    def dismiss(self, key: str) -> None:
        message = self._messages.pop(key, None)
        if message is not None:
            self._retire(message)
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
            for message in [*self._messages.values(), *(m for spare in self._spare.values() for m in spare)]:
                message.close_button.setToolTip(self.tr("Dismiss"))
            for message in self._messages.values():
                if message.make_text is not None:
                    message.text.setText(message.make_text())
        super().changeEvent(event)


class Overlay(QWidget):
    """``base`` fills this widget; ``floating`` lies over its top edge, as tall as its contents, and showing,
    hiding or growing it never resizes ``base``."""

    MARGIN = 8

    def __init__(self, base: QWidget, floating: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.base, self.floating = base, floating
        base.setParent(self)
        floating.setParent(self)
        floating.raise_()
        self.setSizePolicy(base.sizePolicy())
        self._watcher = _LayoutWatcher(self._place, self)
        floating.installEventFilter(self._watcher)

    def sizeHint(self):
        return self.base.sizeHint()

    def minimumSizeHint(self):
        return self.base.minimumSizeHint()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place()

    def _place(self) -> None:
        self.base.setGeometry(self.rect())
        width = max(0, self.width() - 2 * self.MARGIN)
        layout = self.floating.layout()
        height = layout.heightForWidth(width) if layout is not None and layout.hasHeightForWidth() else -1
        self.floating.setGeometry(self.MARGIN, 0, width, height if height > 0 else self.floating.sizeHint().height())
        self.floating.raise_()


class _LayoutWatcher(QObject):
    def __init__(self, place, parent: QObject):
        super().__init__(parent)
        self._place = place

    def eventFilter(self, watched, event) -> bool:
        if event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.Show):
            self._place()
        return False
