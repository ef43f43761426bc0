"""Help with the vocabulary, in the sentence box: completion of the word being typed, unknown words marked while
typing (before anything runs), a list of the words the model knows — and, for a sub-word (BPE) model, which can
spell any word, the live split of the text into the tokens the model will read.

Everything here reads the model's own tokenizer (the `tokenizers` library: quick, and safe to call from the UI
thread), so what the box says is exactly what the engine will do.
"""
from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (QCompleter, QDialog, QDialogButtonBox, QLabel, QLineEdit, QListView, QSizePolicy,
                               QVBoxLayout, QWidget)

from .banner import ElidedLabel
from .retranslate import tr

SPLIT_SHOWN = 14  # tokens shown in the live split; the rest are counted


class LastWordCompleter(QCompleter):
    """Completes the word being typed, not the whole line."""

    def splitPath(self, path: str) -> list[str]:
        return [path.split(" ")[-1]]

    def pathFromIndex(self, index) -> str:
        line = self.widget().text() if self.widget() else ""
        head = line.rsplit(" ", 1)[0] + " " if " " in line else ""
        return head + index.data()


def check_text(tokenizer, text: str) -> tuple[str, str]:
    """(state, words): "unknown" and the words the model cannot read; "split" and the token split of a sub-word
    model; "ok" and ""; "empty" and ""."""
    if not text.strip():
        return "empty", ""
    unknown = list(dict.fromkeys(tokenizer.unknown_words(text)))
    if unknown:
        return "unknown", ", ".join(f"“{w}”" for w in unknown)
    if not getattr(tokenizer, "word_level", True):
        ids = tokenizer.encode(text)
        pieces = [tokenizer.vocab[i] if i < len(tokenizer.vocab) else f"<{i}>" for i in ids]
        shown = " | ".join(pieces[:SPLIT_SHOWN]) + (f" | … (+{len(pieces) - SPLIT_SHOWN})"
                                                    if len(pieces) > SPLIT_SHOWN else "")
        return "split", shown
    return "ok", ""


class WordCheck(ElidedLabel):
    """A line beside the sentence box: unknown words as you type, or the token split; clickable for the list."""

    clicked = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("wordCheck")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.state = "empty"

    def show_check(self, state: str, words: str) -> None:
        self.state = state
        if state == "unknown":
            text = tr("⚠ not known to this model: %1").replace("%1", words)
        elif state == "split":
            text = tr("tokens: %1").replace("%1", words)
        elif state == "ok":
            text = tr("✓ every word known")
        else:
            text = ""
        self.set_full_text(text)
        self.updateGeometry()
        self.setToolTip(text + ("\n" + tr("Click for the words this model knows") if state != "split" else ""))
        self.setProperty("state", state)
        self.style().unpolish(self)
        self.style().polish(self)

    def mousePressEvent(self, event) -> None:
        self.clicked.emit()
        super().mousePressEvent(event)


def words_dialog(parent: QWidget, words, insert) -> QDialog:
    """The words this model knows, searchable; a double click (or Enter) puts one into the sentence."""
    dialog = QDialog(parent)
    dialog.setObjectName("wordsDialog")
    dialog.setWindowTitle(tr("Words this model knows"))
    search = QLineEdit()
    search.setPlaceholderText(tr("Search…"))
    model = QStringListModel(sorted(words, key=str.lower))
    proxy = QSortFilterProxyModel(dialog)
    proxy.setSourceModel(model)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    search.textChanged.connect(proxy.setFilterFixedString)
    view = QListView()
    view.setModel(proxy)
    view.setViewMode(QListView.ViewMode.IconMode)  # a grid of words: many fit at once
    view.setResizeMode(QListView.ResizeMode.Adjust)
    view.setSpacing(4)
    view.setUniformItemSizes(True)
    view.activated.connect(lambda index: insert(index.data()))
    count = QLabel(tr("%1 words and characters. Double-click one to add it to the sentence.").replace(
        "%1", str(len(words))))
    count.setObjectName("hint")
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.close)
    layout = QVBoxLayout(dialog)
    for w in (search, count, view, buttons):
        layout.addWidget(w)
    dialog.resize(560, 480)
    dialog.show()
    return dialog


def bind_vocabulary(bar, session) -> None:
    """The sentence bar helps with the words of the model on screen."""
    completer = LastWordCompleter(bar)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    words = QStringListModel(completer)
    completer.setModel(words)
    line = bar.sentence.lineEdit()
    line.setCompleter(completer)

    def check(*_):
        tokenizer = getattr(session.info, "tokenizer", None) if session.info else None
        if tokenizer is None:
            bar.word_check.show_check("empty", "")
        else:
            bar.word_check.show_check(*check_text(tokenizer, line.text()))

    def model_shown(run, previous, reason):
        if previous is None or previous.info is not run.info:
            known = run.info.known_words
            words.setStringList(sorted(known, key=str.lower) if known else [])
        check()

    def open_list():
        known = session.info.known_words if session.info else None
        if known:
            bar.words_dialog = words_dialog(bar, known, lambda w: (line.setText(line.text().rstrip() + " " + w),
                                                                   line.setFocus()))
    line.textEdited.connect(check)
    bar.sentence.currentTextChanged.connect(check)
    session.run_shown.connect(model_shown)
    bar.word_check.clicked.connect(open_list)
