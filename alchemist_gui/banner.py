"""A message strip over the top edge of the stage: errors (red) and gentle notices (amber), each closable.

The strip floats over the stage rather than pushing it down: a stage that changed its size would change its scale,
and every picture it has cached would have to be drawn again (a long frame, on every message shown or closed).
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QVBoxLayout, QWidget

from .retranslate import Translatable

ICONS = {"error": "⚠", "notice": "ℹ"}


class _Message(QFrame):
    def __init__(self, kind: str, on_close):
        super().__init__()
        self.kind, self.key = kind, ""
        self.make_text = None  # a function giving the text anew (when the language changes), or None
        self.on_action = None
        self.setObjectName(f"banner-{kind}")  # its colours are in the theme's style sheet (theme.py)
        icon_label = QLabel(ICONS[kind])
        icon_label.setObjectName("bannerIcon")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.action = QPushButton()
        self.action.setObjectName("bannerAction")
        self.action.clicked.connect(lambda: self.on_action and self.on_action())
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.close_button.clicked.connect(lambda: on_close(self.key))
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 5, 4, 5)
        row.addWidget(icon_label, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.text, 1)
        row.addWidget(self.action, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)


class Banner(Translatable, QWidget):
    """One strip per kind (an error, a notice): a new message replaces the one of its kind, so messages never pile
    up. Each message has a key ("input", "unknown", …) by which it is dismissed, and may offer one action button.

    The strips are made up front: making and styling one takes several milliseconds, too long to do as a run is
    shown."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 0)
        layout.setSpacing(4)
        self._strips: dict[str, _Message] = {}
        for kind in ICONS:
            strip = _Message(kind, self.dismiss)
            strip.setParent(self)
            strip.hide()
            strip.ensurePolished()  # styled now, not when it is first shown
            layout.addWidget(strip)
            self._strips[kind] = strip
        self.retranslate()
        self.setVisible(False)

    def show_message(self, key: str, kind: str, text, action=None) -> None:
        """text: a string, or a function returning it (called again when the language changes); action: an
        optional (label, callable) for a button on the strip."""
        for other in self._strips.values():
            if other.kind != kind and other.key == key:
                self._hide(other)
        strip = self._strips[kind]
        strip.key = key
        strip.make_text = text if callable(text) else None
        shown = text() if callable(text) else text
        if strip.text.text() != shown:
            strip.text.setText(shown)
        label, strip.on_action = action if action is not None else ("", None)
        strip.action.setText(label)
        strip.action.setVisible(action is not None)
        strip.show()
        self.setVisible(True)

    def dismiss(self, key: str) -> None:
        for strip in self._strips.values():
            if strip.key == key and strip.isVisibleTo(self):
                self._hide(strip)
        self.setVisible(any(s.isVisibleTo(self) for s in self._strips.values()))

    def _hide(self, strip: _Message) -> None:
        strip.hide()
        strip.key, strip.make_text, strip.on_action = "", None, None

    def messages(self) -> dict[str, tuple[str, str]]:
        """key -> (kind, text) of what is on screen."""
        return {s.key: (s.kind, s.text.text()) for s in self._strips.values() if s.isVisibleTo(self)}

    def retranslate(self) -> None:
        for strip in self._strips.values():
            strip.close_button.setToolTip(self.tr("Dismiss"))
            if strip.make_text is not None:
                strip.text.setText(strip.make_text())


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
