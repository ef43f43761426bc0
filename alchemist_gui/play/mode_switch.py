"""The "Workshop | Play" switch at the start of the top bar."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QFrame, QHBoxLayout, QPushButton, QWidget

from ..retranslate import Translatable
from .keys import keep_own_keys
from .style import STYLE


class ModeSwitch(Translatable, QFrame):
    mode_requested = Signal(str)  # "workshop" or "play"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("modeSwitch")
        self.setStyleSheet(STYLE)
        self.workshop, self.play = QPushButton(), QPushButton()
        group = QButtonGroup(self)
        group.setExclusive(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(2, 2, 2, 2)
        row.setSpacing(0)
        for name, button in (("workshop", self.workshop), ("play", self.play)):
            button.setObjectName("modeButton")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.clicked.connect(lambda _=False, name=name: self.mode_requested.emit(name))
            group.addButton(button)
            row.addWidget(button)
        self.workshop.setChecked(True)
        self.retranslate()

    def show_mode(self, mode: str) -> None:
        (self.play if mode == "play" else self.workshop).setChecked(True)

    def event(self, event) -> bool:
        if keep_own_keys(event):
            return True
        return super().event(event)

    def retranslate(self) -> None:
        self.workshop.setText(self.tr("Workshop"))
        self.workshop.setToolTip(self.tr("The free workshop: try anything (F6 switches)"))
        self.play.setText(self.tr("Play"))
        self.play.setToolTip(self.tr("The game: chapters and challenges scored against the real model (F6)"))
