"""The bar above the stage: the sentence box with its examples, Run, the check of its words, and the model in use.
(While the model runs, the message row under the bar says so.)"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QToolButton, QWidget

from .retranslate import Translatable
from .sentences import example_texts
from .vocabulary import WordCheck, bind_vocabulary


WIDE_BAR = 1300  # pixels from which the model is named in full


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
        self.sentence.setMinimumWidth(200)
        # it asks for room for a whole sentence (what is typed matters more than the notes beside it)
        self.sentence.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.sentence.setMinimumContentsLength(40)
        self.sentence.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.sentence.setMaxVisibleItems(12)
        self.sentence.setCompleter(None)  # the presets are not completions (vocabulary.py completes the last word)
        self.sentence.lineEdit().returnPressed.connect(self.submit)
        self.sentence.lineEdit().installEventFilter(self)
        self.sentence.activated.connect(lambda index: self.submit(self.sentence.itemText(index)))
        self.run_button = QPushButton()
        self.run_button.setObjectName("primary")
        self.run_button.clicked.connect(lambda: self.submit())
        self.word_check = WordCheck()
        self.model_label = QLabel()
        self.model_label.setObjectName("modelLabel")
        self.model_label.setTextFormat(Qt.TextFormat.RichText)
        self._model_texts = ("", "")  # (long, short): a narrow window shows the short form (the tooltip has all)
        self.open_model = QToolButton()
        self.open_model.setObjectName("openModel")
        self.open_model.clicked.connect(self.open_model_requested)

        row = QHBoxLayout(self)
        row.setContentsMargins(12, 8, 12, 8)
        row.addWidget(self.label)
        row.addWidget(self.sentence, 5)
        row.addWidget(self.run_button)
        row.addWidget(self.word_check)
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
        short = f"<b>{name}</b> · {cfg['n_layer']}×{cfg['n_head']}"
        if info.checkpoint is not None:
            step = self.tr("step %1").replace("%1", str(info.checkpoint))
            text, short = f"{text} · {step}", f"{short} · {step}"
        self._model_texts = (text, short)
        self._fit_model_label()
        self.model_label.setToolTip(
            self.tr("%1 numbers per word, %2 words in its vocabulary, reads up to %3 tokens").replace(
                "%1", str(cfg["n_embd"])).replace("%2", str(info.vocab_size)).replace("%3", str(cfg["n_positions"]))
            + ("\n" + info.folder if info.folder else ""))

    def _fit_model_label(self) -> None:
        long, short = self._model_texts
        text = long if self.width() >= WIDE_BAR else short
        if self.model_label.text() != text:
            self.model_label.setText(text)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_model_label()

    def show_examples(self, ui_language: str) -> None:
        """The examples in the interface's language first (the text typed stays)."""
        texts = example_texts(ui_language)
        if [self.sentence.itemText(i) for i in range(self.sentence.count())] == texts:
            return
        typed = self.sentence.currentText()
        self.sentence.blockSignals(True)
        self.sentence.clear()
        self.sentence.addItems(texts)
        self.sentence.setEditText(typed)
        self.sentence.blockSignals(False)

    def retranslate(self) -> None:
        self.show_examples("zh" if QLocale().language() == QLocale.Language.Chinese else "en")
        self.label.setText(self.tr("Sentence"))
        self.sentence.setToolTip(self.tr("Type a sentence and press Enter, or pick an example"))
        self.sentence.lineEdit().setPlaceholderText(self.tr("Type a sentence…"))
        self.run_button.setText(self.tr("Run"))
        self.run_button.setToolTip(self.tr("Run the model on this sentence (Enter)"))
        self.open_model.setText(self.tr("Open model…"))
        self.open_model.setToolTip(self.tr("Open any GPT-2 model folder"))
        self._show_model()
