"""The help window, the About box and the log viewer."""
from __future__ import annotations

import platform

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QMessageBox, QPlainTextEdit, QPushButton,
                               QTextBrowser, QVBoxLayout, QWidget)

from .constants import VERSION
from .log import log_path
from .retranslate import tr


def _keys_rows() -> list[tuple[str, str]]:
    return [
        ("Space", tr("play or pause the story")), ("→ / ←, PageDown / PageUp", tr("next or previous step")),
        ("Home / End", tr("the start of the story, the prediction")), ("Ctrl+0", tr("fit the workshop to the view")),
        ("Ctrl+wheel", tr("zoom the workshop")), ("Enter", tr("in the sentence box: run the sentence")),
        ("Esc", tr("leave the sentence box (the keys go back to the story)")), ("F1", tr("this help")),
        ("F5", tr("presentation mode, for a projector (Esc leaves)")), ("F6", tr("Play: the chapter map")),
        ("F7", tr("Learning: the workshop as it learned")), ("F9", tr("fold the side panels away, or back")),
    ]


def help_html() -> str:
    keys = "".join(f"<tr><td><b>{k}</b></td><td>{v}</td></tr>" for k, v in _keys_rows())
    sections = [
        (tr("The workshop"), tr("Every word of the sentence has a workbench: a bottle of its own potion (its value) "
                                "with a tag (its key), and an alchemist holding a recipe (his query). The story "
                                "plays the real model's forward pass in twelve steps; the line under the stage "
                                "says what happens in the metaphor, and <i>Technical note</i> unfolds the real "
                                "formula with this sentence's numbers.")),
        (tr("Following an alchemist"), tr("Click a word on the stage to follow its alchemist; right-click an alchemist "
                                          "for more (silence his head, show him in the inspector). Block and Head "
                                          "above the stage choose which floor and which alchemist the story shows.")),
        (tr("Experiments"), tr("The switches change the real computation and run the model again: the rope (causal "
                               "mask), the badges (positional encoding), shuffling the words, the pickiness "
                               "(attention temperature) and silencing heads.")),
        (tr("Inspector"), tr("The numbers behind the stage: who pours from whom (attention), every head of the "
                             "block, the next-word probabilities and the logit lens.")),
        (tr("Before / after"), tr("What the last experiment changed, side by side and as a difference.")),
        (tr("Your own sentence or model"), tr("Type a sentence and press Enter. File › Open model folder… opens any "
                                              "GPT-2 folder in Hugging Face's layout (config.json, model.safetensors "
                                              "and tokenizer.json or vocab.json + merges.txt).")),
    ]
    body = "".join(f"<h3>{title}</h3><p>{text}</p>" for title, text in sections)
    return f"{body}<h3>{tr('Keys')}</h3><table cellspacing='6'>{keys}</table>"


def show_help(parent: QWidget) -> QDialog:
    dialog = QDialog(parent)
    dialog.setObjectName("helpWindow")
    dialog.setWindowTitle(tr("How to use Alchemist"))
    browser = QTextBrowser()
    browser.setHtml(help_html())
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.close)
    layout = QVBoxLayout(dialog)
    layout.addWidget(browser)
    layout.addWidget(buttons)
    dialog.resize(640, 560)
    dialog.show()
    return dialog


def about_text(info) -> str:
    if info is None:
        model = tr("not loaded yet")
    else:
        cfg = info.config
        name = tr("the bundled model") if info.folder is None and info.name == "bundled" else info.name
        model = tr("%1: %2 blocks × %3 heads, %4 numbers per word, %5 tokens").replace("%1", name).replace(
            "%2", str(cfg["n_layer"])).replace("%3", str(cfg["n_head"])).replace("%4", str(cfg["n_embd"])).replace(
            "%5", str(info.vocab_size))
    return (f"<h3>Alchemist {VERSION}</h3><p>"
            + tr("Alchemist shows how a GPT works by animating the numbers of a real model as a workshop of "
                 "alchemists. Every number on screen comes from the live engine.")
            + f"</p><p><b>{tr('Model')}:</b> {model}</p><p><b>{tr('Licence')}:</b> MIT</p>"
            + f"<p>Python {platform.python_version()}</p>")


def show_about(parent: QWidget, info) -> None:
    QMessageBox.about(parent, tr("About Alchemist"), about_text(info))


def show_log(parent: QWidget) -> QDialog:
    path = log_path()
    try:
        text = path.read_text(encoding="utf-8", errors="replace") if path.is_file() else ""
    except OSError as exc:
        text = str(exc)
    dialog = QDialog(parent)
    dialog.setObjectName("logWindow")
    dialog.setWindowTitle(tr("The log"))
    view = QPlainTextEdit(text or tr("Nothing went wrong so far: the log is empty."))
    view.setReadOnly(True)
    view.setObjectName("logText")
    folder = QPushButton(tr("Open its folder"))
    folder.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent))))
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.addButton(folder, QDialogButtonBox.ButtonRole.ActionRole)
    buttons.rejected.connect(dialog.close)
    layout = QVBoxLayout(dialog)
    layout.addWidget(view)
    layout.addWidget(buttons)
    dialog.resize(720, 420)
    dialog.show()
    view.moveCursor(view.textCursor().MoveOperation.End)
    return dialog


GET_GPT2 = ('python -c "from transformers import AutoModelForCausalLM, AutoTokenizer; '
            "AutoModelForCausalLM.from_pretrained('gpt2').save_pretrained('gpt2-small'); "
            "AutoTokenizer.from_pretrained('gpt2').save_pretrained('gpt2-small')\"")


def model_folder_help() -> str:
    return (tr("A model folder in Hugging Face's GPT-2 layout holds <b>config.json</b>, the weights as "
               "<b>model.safetensors</b> (pickled weights are never opened) and <b>tokenizer.json</b> or "
               "<b>vocab.json</b> + <b>merges.txt</b>. Any GPT-2-architecture model opens: GPT-2 small to XL, or "
               "a workshop you trained yourself.")
            + "<br><br>" + tr("To get GPT-2 small, run this once on a computer with internet (it needs the "
                              "<i>transformers</i> package), then open the folder it writes:")
            + f"<pre>{GET_GPT2}</pre>")


def ask_model_folder(parent: QWidget) -> str | None:
    """What a model folder needs, then the folder chooser; the folder, "" for the bundled model, None to cancel."""
    box = QMessageBox(parent)
    box.setObjectName("modelFolderHelp")
    box.setWindowTitle(tr("Open a model folder"))
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(model_folder_help())
    choose = box.addButton(tr("Choose a folder…"), QMessageBox.ButtonRole.AcceptRole)
    bundled = box.addButton(tr("Use the bundled model"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    if box.clickedButton() is bundled:
        return ""
    if box.clickedButton() is not choose:
        return None
    return QFileDialog.getExistingDirectory(parent, tr("Open a GPT-2 model folder")) or None
