"""Inputs made of words: the bet on the next word (Play GPT) and the brewed sentence (Brew)."""
from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QStringListModel, Qt
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QCompleter, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ...game.reading import join_words, split_words
from ..text import word
from .base import GuessInput, heading, wrapped
from .chips import ChipGroup
from .shares import SharesEditor

WORD = re.compile(r"\w+|[^\w\s]+")  # the word-level tokenizer's split (sentences.py)
REST = "\0rest"  # the share a spread leaves over: "something else"


def known_words(trace) -> list[str]:
    """The words of the model's vocabulary a player can type (no <unk>, <eos> …), in order."""
    return [w for w in dict.fromkeys(trace.vocab) if w and w.strip() and not (w.startswith("<") and w.endswith(">"))]


class PlayGptInput(GuessInput):
    """Chips of words to bet on: one word, or a spread over up to ``spread_max`` with linked shares."""

    def __init__(self, challenge, parent: QWidget | None = None):
        super().__init__(challenge, parent)
        setup = challenge.setup
        self.limit = int(setup.get("spread_max", 5))
        self.known = set(known_words(challenge.base))
        self.title = heading()
        self.chips = ChipGroup([(w, w) for w in setup["options"]], limit=self.limit)
        self.chips.toggled.connect(self._picked)
        self.other = QLineEdit()
        self.other.setObjectName("otherWord")
        completer = QCompleter(QStringListModel(sorted(self.known, key=str.casefold)), self.other)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.other.setCompleter(completer)
        self.other.installEventFilter(self)  # Enter here adds the word (and does not submit the bet)
        self.add_button = QPushButton()
        self.add_button.setObjectName("secondary")
        self.add_button.clicked.connect(self._add_other)
        self.bet_title = heading()
        self.single = wrapped(name="panelQuestion")
        self.spread_box = QVBoxLayout()
        self.editor: SharesEditor | None = None
        self.order: list[str] = []  # the words bet on, in the order picked
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.title)
        column.addWidget(self.chips)
        row = QHBoxLayout()
        row.addWidget(self.other, 1)
        row.addWidget(self.add_button)
        column.addLayout(row)
        column.addSpacing(6)
        column.addWidget(self.bet_title)
        column.addWidget(self.single)
        column.addLayout(self.spread_box)
        self.retranslate()
        self._rebuild()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Pick one word — or up to %1 to spread your bet").replace("%1", str(self.limit)))
        self.other.setPlaceholderText(self.tr("another word the model knows…"))
        self.add_button.setText(self.tr("Add"))
        self.bet_title.setText(self.tr("Your bet"))
        self._rebuild()

    def eventFilter(self, watched, event) -> bool:
        if (watched is self.other and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            if self.other.text().strip():
                self._add_other()
                return True
        return False

    def _add_other(self) -> None:
        text = self.other.text().strip()
        if text not in self.known:
            self.other.setStyleSheet("color: #b3261e;")
            self.other.setToolTip(self.tr("The model does not know this word."))
            return
        self.other.setStyleSheet("")
        self.other.setToolTip("")
        self.other.clear()
        if text not in self.chips.buttons:
            self.chips.add(text, text)
        self.chips.set_checked(text, True)

    def _picked(self, key, on: bool) -> None:
        if on and key not in self.order:
            self.order.append(key)
        elif not on and key in self.order:
            self.order.remove(key)
        self._rebuild()
        self.changed.emit()

    def _rebuild(self) -> None:
        old = dict(zip(self._editor_keys(), self.editor.shares)) if self.editor is not None else {}
        if self.editor is not None:
            self.editor.setParent(None)
            self.editor.deleteLater()
            self.editor = None
        if len(self.order) == 0:
            self.single.setText(self.tr("Nothing yet: pick a word."))
        elif len(self.order) == 1:
            self.single.setText(self.tr("Everything on %1.").replace("%1", word(self.order[0])))
        else:
            self.single.setText(self.tr("Spread your bet; what you leave goes to every other word."))
            keys = self.order + [REST]
            even = 1.0 / len(keys)
            start = [old.get(k, even) for k in keys]
            labels = [word(w) for w in self.order] + [self.tr("something else")]
            self.editor = SharesEditor(labels, start, one_buttons=False)
            self.editor.changed.connect(self.changed)
            self.spread_box.addWidget(self.editor)

    def _editor_keys(self) -> list[str]:
        return self.order + [REST]

    def guess(self):
        if len(self.order) == 1:
            return self.order[0]
        return {k: s for k, s in zip(self._editor_keys(), self.editor.shares) if k != REST}

    def ready(self) -> bool:
        return bool(self.order) and (len(self.order) == 1 or any(
            s > 0 for k, s in zip(self._editor_keys(), self.editor.shares) if k != REST))

    def why_not_ready(self) -> str:
        return self.tr("Pick a word to bet on.")


class KnownWords(QValidator):
    """Accepts text whose words the model knows. The word at the cursor, being typed, may be the start of one
    (Intermediate: the line keeps it, Submit waits); any other unknown word is refused."""

    def __init__(self, known, parent=None):
        super().__init__(parent)
        self.known = set(known)
        self._prefixes = {w[:k] for w in self.known for k in range(1, len(w))}

    def validate(self, text: str, pos: int):
        typing = False
        for m in WORD.finditer(text):
            if m.group() in self.known:
                continue
            if m.start() <= pos <= m.end() and m.group() in self._prefixes:
                typing = True  # the word being typed: a known word may still come of it
                continue
            return QValidator.State.Invalid, text, pos
        if typing or not text.strip():
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Acceptable, text, pos


class BrewInput(GuessInput):
    """A line that only takes words the model knows, and chips that put a known word at the cursor."""

    def __init__(self, challenge, parent: QWidget | None = None):
        super().__init__(challenge, parent)
        setup = challenge.setup
        self.original = join_words(setup["words"])
        self.known = known_words(challenge.base) if setup.get("any_known_word") else list(setup["chips"])
        self.title = heading()
        self.line = QLineEdit(self.original)
        self.line.setObjectName("brewLine")
        self.line.setValidator(KnownWords(self.known + list(setup["chips"]), self.line))
        self.line.textChanged.connect(lambda *_: self.changed.emit())
        self.reset = QPushButton()
        self.reset.setObjectName("secondary")
        self.reset.clicked.connect(lambda: self.line.setText(self.original))
        self.chips_title = heading()
        self.chips = ChipGroup([(w, w) for w in setup["chips"]])
        self.chips.toggled.connect(self._chip)
        self.tip = wrapped(name="panelStatus")
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.title)
        row = QHBoxLayout()
        row.addWidget(self.line, 1)
        row.addWidget(self.reset)
        column.addLayout(row)
        column.addWidget(self.tip)
        column.addSpacing(4)
        column.addWidget(self.chips_title)
        column.addWidget(self.chips)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Your sentence (only words the model knows)"))
        self.reset.setText(self.tr("Reset"))
        self.chips_title.setText(self.tr("Words to use: a click puts one in place of the word at the cursor"))
        self.tip.setText(self.tr("Type, or select a word and click a chip to replace it."))

    def _chip(self, key, on: bool) -> None:
        button = self.chips.buttons[key]
        button.blockSignals(True)
        button.setChecked(False)  # a chip is a key to press, not a state
        button.blockSignals(False)
        self.put(key)

    def put(self, new_word: str) -> None:
        """Replace the word at the cursor (or the selection) with ``new_word``."""
        text, cursor = self.line.text(), self.line.cursorPosition()
        if self.line.hasSelectedText():
            start, end = self.line.selectionStart(), self.line.selectionEnd()
        else:
            start = end = cursor
            while start > 0 and text[start - 1].isalnum():
                start -= 1
            while end < len(text) and text[end].isalnum():
                end += 1
        before, after = text[:start], text[end:]
        pad_before = "" if not before or before.endswith(" ") else " "
        pad_after = "" if not after or after.startswith((" ", ",", ".")) else " "
        self.line.setText(before + pad_before + new_word + pad_after + after)
        self.line.setCursorPosition(len(before + pad_before + new_word))
        self.line.setFocus()

    def guess(self):
        return join_words(split_words(self.line.text()))

    def ready(self) -> bool:
        return self.line.hasAcceptableInput() and bool(split_words(self.line.text()))

    def why_not_ready(self) -> str:
        return self.tr("Finish the sentence with words the model knows.")
