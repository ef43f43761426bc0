"""The bar above the stage: the sentence box with its examples, Run, the busy sign, and the model in use."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QToolButton, QWidget

from .retranslate import Translatable
from .sentences import PRESETS
from .vocabulary import WordCheck, bind_vocabulary


class BusyLabel(QWidget):
    """"The model is thinking…", or nothing.  Drawn by hand, in a room of fixed size: a QLabel whose text
    changes asks its layout to run again, and that relayout reaches up to the window, which then repaints
    whole, at the start and the end of every run.  Squeezed, it gives way."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._text = ""
        self.busy = False

    def set_text(self, text: str) -> None:
        """The text shown while busy (it sets the room asked for: once, or when the language changes)."""
        self._text = text
        self.updateGeometry()
        self.update()

    def set_busy(self, busy: bool) -> None:
        if busy != self.busy:
            self.busy = busy
            self.update()

    def text(self) -> str:
        return self._text if self.busy else ""

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        return QSize(metrics.horizontalAdvance(self._text) + 8, metrics.height() + 4)

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self.fontMetrics().height() + 4)

    def paintEvent(self, event) -> None:
        if self.busy:
            painter = QPainter(self)
            painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self._text)


class SentenceBar(Translatable, QFrame):
    submitted = Signal()  # the user ran a sentence (the window hands the keys back to the stage)
    left = Signal()  # Esc in the sentence box: the keys go back to the story
    open_model_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = None
        self.setObjectName("topBar")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.label = QLabel()
        self.sentence = QComboBox()
        self.sentence.setObjectName("sentenceBox")
        self.sentence.setEditable(True)
        self.sentence.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.sentence.setMinimumWidth(260)
        self.sentence.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.sentence.setMaxVisibleItems(12)
        self.sentence.setCompleter(None)  # the presets are not completions (vocabulary.py completes the last word)
        self.sentence.addItems(PRESETS)
        self.sentence.lineEdit().returnPressed.connect(self.submit)
        self.sentence.lineEdit().installEventFilter(self)
        self.sentence.activated.connect(lambda index: self.submit(self.sentence.itemText(index)))
        self.run_button = QPushButton()
        self.run_button.setObjectName("primary")
        self.run_button.clicked.connect(lambda: self.submit())
        self.word_check = WordCheck()
        self.busy_label = BusyLabel()
        self.busy_label.setObjectName("busyLabel")
        self.model_label = QLabel()
        self.model_label.setObjectName("modelLabel")
        self.model_label.setTextFormat(Qt.TextFormat.RichText)
        self.open_model = QToolButton()
        self.open_model.setObjectName("openModel")
        self.open_model.clicked.connect(self.open_model_requested)

        row = QHBoxLayout(self)
        row.setContentsMargins(12, 8, 12, 8)
        row.addWidget(self.label)
        row.addWidget(self.sentence, 3)
        row.addWidget(self.run_button)
        row.addSpacing(8)
        row.addWidget(self.busy_label)
        row.addWidget(self.word_check, 2)
        row.addWidget(self.model_label)
        row.addWidget(self.open_model)
        self.retranslate()

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape:
            self.left.emit()
            return True
        return False

    def add_widget(self, widget: QWidget) -> None:
        """An extension's control at the start of the bar (the game's Workshop / Play switch)."""
        self.layout().insertWidget(0, widget)

    def bind(self, session) -> None:
        self.session = session
        self.sentence.setEditText(session.sentence)
        session.sentence_changed.connect(self._show_sentence)
        session.phase_changed.connect(lambda phase: self.busy_label.set_busy(phase in ("loading", "running")))
        session.run_shown.connect(lambda *_: self._show_model())
        session.locks_changed.connect(self._show_locks)
        bind_vocabulary(self, session)

    def submit(self, text: str | None = None) -> None:
        self.session.set_sentence(self.sentence.currentText() if text is None else text)
        self.submitted.emit()

    def _show_sentence(self, text: str) -> None:
        if self.sentence.currentText() != text:
            self.sentence.setEditText(text)

    def _show_locks(self, locks) -> None:
        for widget in (self.sentence, self.run_button):
            widget.setEnabled("sentence" not in locks)
        self.open_model.setVisible("model" not in locks)

    def _show_model(self) -> None:
        info = self.session.info if self.session else None
        if info is None:
            self.model_label.setText(self.tr("Loading the model…"))
            self.model_label.setToolTip("")
            return
        name = self.tr("bundled model") if info.folder is None and info.name == "bundled" else info.name
        cfg = info.config
        text = self.tr("Model: <b>%1</b> · %2 blocks × %3 heads").replace("%1", name).replace(
            "%2", str(cfg["n_layer"])).replace("%3", str(cfg["n_head"]))
        if info.checkpoint is not None:
            text += " · " + self.tr("step %1").replace("%1", str(info.checkpoint))
        self.model_label.setText(text)
        self.model_label.setToolTip(
            self.tr("%1 numbers per word, %2 words in its vocabulary, reads up to %3 tokens").replace(
                "%1", str(cfg["n_embd"])).replace("%2", str(info.vocab_size)).replace("%3", str(cfg["n_positions"]))
            + ("\n" + info.folder if info.folder else ""))

    def retranslate(self) -> None:
        self.label.setText(self.tr("Sentence"))
        self.sentence.setToolTip(self.tr("Type a sentence and press Enter, or pick an example"))
        self.sentence.lineEdit().setPlaceholderText(self.tr("Type a sentence…"))
        self.run_button.setText(self.tr("Run"))
        self.run_button.setToolTip(self.tr("Run the model on this sentence (Enter)"))
        self.open_model.setText(self.tr("Open model…"))
        self.open_model.setToolTip(self.tr("Open any GPT-2 model folder"))
        self.busy_label.set_text(self.tr("⚗ The model is thinking…"))
        self._show_model()
