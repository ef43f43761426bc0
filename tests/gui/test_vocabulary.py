"""The sentence box knows the model's words: completion, unknown words marked while typing (before any run),
the list of words the model knows; and File › Open model folder explains what a folder needs."""
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QListView, QMessageBox

from alchemist_gui.vocabulary import check_text

from .conftest import wait_idle


def type_into(qtbot, window, text):
    line = window.sentence_bar.sentence.lineEdit()
    line.clear()
    qtbot.keyClicks(line, text)
    return line


def test_unknown_words_are_marked_while_typing_before_anything_runs(qtbot, make_window, engine_model):
    window = make_window()
    runs = []
    window.session.client.finished.connect(lambda r: r.lane == "run" and runs.append(r))
    type_into(qtbot, window, "the cat zebra")
    check = window.sentence_bar.word_check
    assert check.state == "unknown" and "zebra" in check.full_text and "cat" not in check.full_text
    assert engine_model.tokenizer.unknown_words("the cat zebra") == ["zebra"]  # what the engine will do
    type_into(qtbot, window, "the cat found")
    assert check.state == "ok"
    assert runs == []  # typing ran nothing


def test_completion_offers_the_models_words_for_the_word_being_typed(qtbot, make_window):
    window = make_window()
    line = type_into(qtbot, window, "Tom gave his sis")
    completer = line.completer()
    completer.setCompletionPrefix("sis")
    words = [completer.completionModel().index(i, 0).data() for i in range(completer.completionCount())]
    assert "sister" in words and all(w.lower().startswith("sis") for w in words)
    assert completer.pathFromIndex(completer.completionModel().index(words.index("sister"), 0)) == "Tom gave his sister"


def test_the_words_this_model_knows_are_listed_and_one_click_adds_a_word(qtbot, make_window):
    window = make_window()
    type_into(qtbot, window, "the cat")
    qtbot.mouseClick(window.sentence_bar.word_check, Qt.MouseButton.LeftButton)
    dialog = window.sentence_bar.words_dialog
    known = window.session.info.known_words

    view = dialog.findChild(QListView)
    shown = [view.model().index(i, 0).data() for i in range(view.model().rowCount())]
    assert set(shown) == set(known) and "<unk>" not in shown
    view.activated.emit(view.model().index(shown.index("soup"), 0))
    assert window.sentence_bar.sentence.lineEdit().text() == "the cat soup"
    dialog.close()


def test_a_sub_word_model_shows_the_live_token_split():
    class Bpe:
        word_level = False
        vocab = ("Sar", "ah", " lies")

        def unknown_words(self, text):
            return []

        def encode(self, text):
            return [0, 1, 2]
    state, split = check_text(Bpe(), "Sarah lies")
    assert state == "split" and split == "Sar | ah |  lies"


def test_open_model_folder_says_what_a_folder_needs(qtbot, make_window):
    window = make_window()
    seen = []

    def answer():
        box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
        seen.append(box.text())
        box.reject()
    QTimer.singleShot(200, answer)
    window.menus.actions["open"].trigger()
    assert seen and "config.json" in seen[0] and "model.safetensors" in seen[0] and "save_pretrained" in seen[0]
    wait_idle(qtbot, window)
