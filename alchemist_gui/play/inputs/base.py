"""What every challenge's input widget offers the panel: the guess, whether it is ready, and the stage's clicks."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

from ...retranslate import Translatable


class GuessInput(Translatable, QWidget):
    """Subclasses build their controls from ``challenge.setup`` and return the guess in the game's form."""

    changed = Signal()  # the guess changed (the panel enables Submit when ready() is true)

    def __init__(self, challenge, parent: QWidget | None = None):
        super().__init__(parent)
        self.challenge = challenge

    def guess(self):
        raise NotImplementedError

    def ready(self) -> bool:
        return True

    def why_not_ready(self) -> str:
        """One line for the panel while the guess is not ready."""
        return QCoreApplication.translate("Play", "Make your choice, then press Submit.")

    def token_clicked(self, word: int) -> bool:
        """A click on the stage's word ``word``; True when this input used it (then the stage keeps its
        alchemist)."""
        return False

    def retranslate(self) -> None:
        pass

    def set_locked(self, locked: bool) -> None:
        self.setEnabled(not locked)


class OneChipInput(GuessInput):
    """An input whose guess is the one chip picked in ``self.chips`` (a ChipGroup the subclass builds)."""

    def guess(self):
        picked = self.chips.checked()
        return picked[0] if picked else None

    def ready(self) -> bool:
        return bool(self.chips.checked())


def heading(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName("sectionLabel")
    label.setWordWrap(True)
    return label


def wrapped(text: str = "", name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if name:
        label.setObjectName(name)
    return label
