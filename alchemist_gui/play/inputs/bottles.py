"""Inputs about one alchemist's bottles: pick the best tag, call the pour, pour by hand, the rope."""
from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QRadioButton, QVBoxLayout, QWidget

from ..text import word
from .base import GuessInput, OneChipInput, heading, wrapped
from .chips import ChipGroup
from .shares import SharesEditor


def bottle_labels(tokens, positions) -> dict[int, str]:
    """“word” for each bottle; a word that appears twice also gets its place (“the” #5)."""
    seen = {}
    for j in range(len(tokens)):
        seen[tokens[j]] = seen.get(tokens[j], 0) + 1
    return {j: word(tokens[j]) + (f" #{j}" if seen[tokens[j]] > 1 else "") for j in positions}


class BestMatchInput(OneChipInput):
    def __init__(self, challenge, parent: QWidget | None = None):
        super().__init__(challenge, parent)
        reach = challenge.setup["bottles"]
        labels = bottle_labels(challenge.tokens, reach)
        self.title = heading()
        self.chips = ChipGroup([(j, labels[j]) for j in reach], exclusive=True)
        self.chips.toggled.connect(lambda *_: self.changed.emit())
        self.tip = wrapped(name="panelStatus")
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.title)
        column.addWidget(self.chips)
        column.addWidget(self.tip)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("The bottles he can reach"))
        self.tip.setText(self.tr("Click a bottle here or on the stage."))

    def why_not_ready(self) -> str:
        return self.tr("Pick the bottle whose tag fits best.")

    def token_clicked(self, word_index: int) -> bool:
        if word_index in self.chips.buttons:
            self.chips.set_checked(word_index, True)
        return True


class CallPourInput(GuessInput):
    def __init__(self, challenge, parent: QWidget | None = None):
        super().__init__(challenge, parent)
        self.reach = list(challenge.setup["bottles"])
        labels = bottle_labels(challenge.tokens, self.reach)
        self.title = heading()
        self.editor = SharesEditor([labels[j] for j in self.reach], self._start())
        self.editor.changed.connect(self.changed)
        self.even = QPushButton()
        self.even.setObjectName("secondary")
        self.even.clicked.connect(lambda: self.editor.set_shares([1.0] * len(self.reach)))
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.title)
        column.addWidget(self.editor)
        row = QHBoxLayout()
        row.addWidget(self.even)
        row.addStretch(1)
        column.addLayout(row)
        self.retranslate()

    def _start(self):
        return None  # an even pour to start from: the player's own idea moves it

    def retranslate(self) -> None:
        self.title.setText(self.tr("His shares (always 100% in all)"))
        self.even.setText(self.tr("Even pour"))
        self.editor.retranslate()

    def guess(self):
        return {j: s for j, s in zip(self.reach, self.editor.shares)}


class PourByHandInput(CallPourInput):
    """The same sliders, starting from the alchemist's own pour."""

    def _start(self):
        own = self.challenge.setup["own_shares"]
        return [own[j] for j in self.reach]

    def retranslate(self) -> None:
        self.title.setText(self.tr("Your pour (always 100% in all)"))
        self.even.setText(self.tr("Back to his own pour"))
        self.editor.retranslate()

    def __init__(self, challenge, parent: QWidget | None = None):
        super().__init__(challenge, parent)
        self.even.clicked.disconnect()
        self.even.clicked.connect(lambda: self.editor.set_shares(self._start()))


class RopeInput(GuessInput):
    def __init__(self, challenge, parent: QWidget | None = None):
        super().__init__(challenge, parent)
        bottles = challenge.setup["bottles"]
        labels = bottle_labels(challenge.tokens, bottles)
        self.title = heading()
        self.chips = ChipGroup([(j, labels[j]) for j in bottles])
        self.chips.toggled.connect(lambda *_: self.changed.emit())
        self.bet_title = heading()
        self.yes, self.no = QRadioButton(), QRadioButton()
        self.bet = QButtonGroup(self)
        for button in (self.yes, self.no):
            self.bet.addButton(button)
            button.toggled.connect(lambda *_: self.changed.emit())
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.title)
        column.addWidget(self.chips)
        column.addSpacing(6)
        column.addWidget(self.bet_title)
        column.addWidget(self.yes)
        column.addWidget(self.no)
        self.retranslate()

    def retranslate(self) -> None:
        f = self.challenge.setup["follow"]
        self.title.setText(self.tr("Bottles within reach of %1 (click here or on the stage)").replace(
            "%1", word(f["word_text"])))
        self.bet_title.setText(self.tr("Your bet: without the rope…"))
        self.yes.setText(self.tr("the next word changes"))
        self.no.setText(self.tr("the next word stays the same"))

    def guess(self):
        return {"reach": sorted(self.chips.checked()), "changes": self.yes.isChecked()}

    def ready(self) -> bool:
        return self.yes.isChecked() or self.no.isChecked()

    def why_not_ready(self) -> str:
        return self.tr("Pick the bottles, then bet yes or no.")

    def token_clicked(self, word_index: int) -> bool:
        self.chips.toggle(word_index)
        return True
