"""Word chips: checkable pills in wrapping rows; arrows move between them, Space toggles."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from ..flow import FlowLayout, flow_widget_policy

NEXT_KEYS = (Qt.Key.Key_Right, Qt.Key.Key_Down)
BACK_KEYS = (Qt.Key.Key_Left, Qt.Key.Key_Up)


class ChipGroup(QWidget):
    toggled = Signal(object, bool)  # key, checked

    def __init__(self, items, exclusive: bool = False, limit: int | None = None, vertical: bool = False,
                 parent: QWidget | None = None):
        """items: (key, label) pairs; exclusive: one at a time (a second click unchecks); limit: most checked."""
        super().__init__(parent)
        self.exclusive, self.limit = exclusive, limit
        self.buttons: dict = {}
        if vertical:
            self._layout = QVBoxLayout(self)
            self._layout.setContentsMargins(0, 0, 0, 0)
            self._layout.setSpacing(6)
        else:
            self._layout = FlowLayout(self)
            flow_widget_policy(self)
        for key, label in items:
            self.add(key, label)

    def add(self, key, label: str, checked: bool = False) -> QPushButton:
        button = QPushButton(label)
        button.setObjectName("chip")
        button.setCheckable(True)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        button.installEventFilter(self)
        button.toggled.connect(lambda on, key=key: self._on_toggled(key, on))
        self.buttons[key] = button
        self._layout.addWidget(button)
        if checked:
            button.setChecked(True)
        return button

    def checked(self) -> list:
        return [k for k, b in self.buttons.items() if b.isChecked()]

    def set_checked(self, key, on: bool = True) -> None:
        if key in self.buttons:
            self.buttons[key].setChecked(on)

    def toggle(self, key) -> None:
        if key in self.buttons:
            self.buttons[key].toggle()

    def _on_toggled(self, key, on: bool) -> None:
        if on and self.exclusive:
            for other, button in self.buttons.items():
                if other != key and button.isChecked():
                    button.blockSignals(True)
                    button.setChecked(False)
                    button.blockSignals(False)
                    self.toggled.emit(other, False)
        elif on and self.limit is not None and len(self.checked()) > self.limit:
            button = self.buttons[key]
            button.blockSignals(True)
            button.setChecked(False)
            button.blockSignals(False)
            return
        self.toggled.emit(key, on)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.key() in NEXT_KEYS + BACK_KEYS:
            buttons = [b for b in self.buttons.values() if b.isVisible() and b.isEnabled()]
            if watched in buttons:
                step = 1 if event.key() in NEXT_KEYS else -1
                buttons[(buttons.index(watched) + step) % len(buttons)].setFocus(Qt.FocusReason.TabFocusReason)
                return True
        return False
