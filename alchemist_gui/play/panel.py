"""The challenge panel (a dock beside the stage): the question, the kind's input widgets, Submit and Hint; after
the answer its medal, score, the narration (the metaphor), the technical note and the real numbers beside the
guess; then Next, Try again, Back to the map.  It shows what the play mode hands it and says what the player
asked for through its signals; it runs nothing itself."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QToolButton, QVBoxLayout,
                               QWidget)

from ..retranslate import Translatable
from .feedback import make_feedback
from .inputs import make_input
from .medals import MedalIcon
from .keys import keep_own_keys
from .style import STYLE
from .text import game, percent, render
from ..scrolling import scrolling


def score_text(ch, result) -> str:
    """The result's score in the kind's own measure."""
    n, s = result.numbers, result.score
    kind = ch.kind
    if kind == "best_match":
        return Q.translate("Play", "rank %1 of %2").replace("%1", str(n["rank"])).replace(
            "%2", str(len(ch.setup["bottles"])))
    if kind == "order_blind":
        return Q.translate("Play", "%1 of %2 right").replace("%1", str(len(n["right"]))).replace(
            "%2", str(len(ch.setup["cases"])))
    if kind == "saboteur":
        return (Q.translate("Play", "flipped with %1 head(s)").replace("%1", str(len(n["silenced"])))
                if n["flipped"] else Q.translate("Play", "not flipped"))
    if kind == "when_knows":
        return Q.translate("Play", "%1 floor(s) off").replace("%1", str(abs(n["guess"] - n["floor"])))
    if kind == "play_gpt" and n.get("mode") == "spread":
        return Q.translate("Play", "skill %1").replace("%1", percent(s))
    if kind in ("play_gpt", "pour_by_hand", "brew"):
        return Q.translate("Play", "probability %1").replace("%1", percent(s))
    return Q.translate("Play", "score %1").replace("%1", percent(s))


class ChallengePanel(Translatable, QWidget):
    submit_requested = Signal(object)  # the guess
    next_requested = Signal()
    retry_requested = Signal()
    map_requested = Signal()
    skip_scene_requested = Signal()
    cancel_requested = Signal()
    guess_changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("challengePanel")
        self.setStyleSheet(STYLE)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.challenge = None
        self.result = None
        self.input = None
        self.state = "empty"  # empty, loading, question, busy, result, skipped, error
        self._chapter_title = ""
        self._best = None
        self._status = None  # (kind, text function) of the status line
        self._build()
        self.retranslate()
        self._show_state("empty")

    # ------------------------------------------------------------------ construction
    def _build(self) -> None:
        self.chapter = QLabel()
        self.chapter.setObjectName("panelChapter")
        self.name = QLabel()
        self.name.setObjectName("panelName")
        self.name.setWordWrap(True)
        self.best = MedalIcon(34)
        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.chapter)
        titles.addWidget(self.name)
        header.addLayout(titles, 1)
        header.addWidget(self.best, 0, Qt.AlignmentFlag.AlignTop)

        self.question = self._label("panelQuestion")
        self.hint = self._label("panelHint")
        self.input_card = QFrame()
        self.input_card.setObjectName("inputCard")
        self.input_box = QVBoxLayout(self.input_card)
        self.input_box.setContentsMargins(12, 10, 12, 12)
        self.status = self._label("panelStatus")

        self.result_card = QFrame()
        self.result_card.setObjectName("resultCard")
        result = QVBoxLayout(self.result_card)
        result.setContentsMargins(12, 10, 12, 12)
        result.setSpacing(8)
        medal_row = QHBoxLayout()
        self.medal = MedalIcon(64)
        self.score = self._label("resultScore")
        medal_row.addWidget(self.medal)
        medal_row.addWidget(self.score, 1)
        self.narration = self._label("resultNarration")
        self.note_toggle = QToolButton()
        self.note_toggle.setCheckable(True)
        self.note_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.note_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.note_toggle.setAutoRaise(True)
        self.note_toggle.toggled.connect(self._fold_note)
        self.note = self._label("resultNote")
        self.note.setVisible(False)
        self.feedback_box = QVBoxLayout()
        result.addLayout(medal_row)
        result.addWidget(self.narration)
        result.addLayout(self.feedback_box)
        result.addWidget(self.note_toggle)
        result.addWidget(self.note)

        body = QWidget()
        body.setObjectName("challengePanel")
        column = QVBoxLayout(body)
        column.setContentsMargins(14, 12, 14, 12)
        column.setSpacing(10)
        column.addLayout(header)
        column.addWidget(self.question)
        column.addWidget(self.hint)
        column.addWidget(self.input_card)
        column.addWidget(self.result_card)
        column.addStretch(1)
        self.scroll = scrolling(body)

        self.hint_button = self._button("secondary", lambda: self.show_hint(True))
        self.skip_button = self._button("secondary", self.skip_scene_requested.emit)
        self.submit = self._button("primary", self._submit)
        self.cancel = self._button("secondary", self.cancel_requested.emit)
        self.map_button = self._button("secondary", self.map_requested.emit)
        self.retry = self._button("secondary", self.retry_requested.emit)
        self.next = self._button("primary", self.next_requested.emit)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(14, 6, 14, 10)
        for b in (self.hint_button, self.skip_button, self.map_button, self.cancel):
            buttons.addWidget(b)
        buttons.addStretch(1)
        for b in (self.retry, self.submit, self.next):
            buttons.addWidget(b)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self.scroll, 1)
        status_row = QHBoxLayout()
        status_row.setContentsMargins(14, 4, 14, 0)
        status_row.addWidget(self.status)
        outer.addLayout(status_row)
        outer.addLayout(buttons)

    def _label(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        return label

    def _button(self, name: str, slot) -> QPushButton:
        button = QPushButton()
        button.setObjectName(name)
        button.setAutoDefault(True)  # Enter presses a focused button, as Space does
        button.clicked.connect(slot)
        return button

    # ------------------------------------------------------------------ what the play mode shows
    def show_loading(self, chapter_title: str, name: str, best: str | None) -> None:
        self._chapter_title, self._name_source, self._best = chapter_title, name, best
        self.challenge = self.result = None
        self._drop_input()
        self._set_status("busy", lambda: Q.translate("Play", "⚗ The workshop prepares the challenge…"))
        self._show_state("loading")
        self.retranslate()

    def show_question(self, challenge, best: str | None, keep_guess: bool = False) -> None:
        same = keep_guess and self.challenge is challenge and self.input is not None
        self.challenge, self.result, self._best = challenge, None, best
        if not same:
            self._drop_input()
            self.input = make_input(challenge)
            self.input.changed.connect(self._guess_changed)
            self.input_box.addWidget(self.input)
        self.input.set_locked(False)
        self._clear_feedback()
        self.hint.setVisible(False)
        self._set_status(None)
        self._show_state("question")
        self.retranslate()
        self._guess_changed()

    def show_skipped(self, challenge, best: str | None) -> None:
        self.challenge, self.result, self._best = challenge, None, best
        self._drop_input()
        self._set_status(None)
        self._show_state("skipped")
        self.retranslate()

    def show_busy(self) -> None:
        self._set_status("busy", lambda: Q.translate("Play", "⚗ The model is working it out…"))
        if self.input is not None:
            self.input.set_locked(True)
        self._show_state("busy")

    def show_invalid(self, result) -> None:
        """A guess the game could not score: say why, keep the question open."""
        self._set_status("error", lambda: render(result.narration))
        self.input.set_locked(False)
        self._show_state("question")

    def show_error(self, message: str) -> None:
        self._set_status("error", lambda: message)
        if self.input is not None:
            self.input.set_locked(False)
            self._show_state("question")
        else:
            self._show_state("error")

    def show_result(self, result, best: str | None) -> None:
        self.result, self._best = result, best
        self._set_status(None)
        self._show_state("result")
        self.retranslate()  # the texts and the feedback's bars, in the language shown
        self.next.setFocus()
        self.scroll.ensureWidgetVisible(self.result_card)

    def show_hint(self, shown: bool = True) -> None:
        self.hint.setVisible(shown and self.challenge is not None and self.challenge.posed)

    def scene_playing(self, playing: bool) -> None:
        self.skip_button.setVisible(playing and self.state in ("question", "busy"))

    def token_clicked(self, word: int) -> bool:
        return self.state == "question" and self.input is not None and self.input.token_clicked(word)

    # ------------------------------------------------------------------ inside
    def _submit(self) -> None:
        if self.state == "question" and self.input is not None and self.input.ready():
            self.submit_requested.emit(self.input.guess())

    def _guess_changed(self) -> None:
        if self.input is None or self.state != "question":
            return
        ready = self.input.ready()
        self.submit.setEnabled(ready)
        if ready and self._status is not None and self._status[0] == "wait":
            self._set_status(None)
        elif not ready:
            self._set_status("wait", self.input.why_not_ready)
        self.guess_changed.emit()

    def _drop_input(self) -> None:
        if self.input is not None:
            self.input.setParent(None)
            self.input.deleteLater()
            self.input = None

    def _clear_feedback(self) -> None:
        while self.feedback_box.count():
            item = self.feedback_box.takeAt(0)
            if item.widget() is not None:
                item.widget().setParent(None)
                item.widget().deleteLater()
        self.note_toggle.setChecked(False)

    def _fold_note(self, shown: bool) -> None:
        self.note.setVisible(shown)
        self.note_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)

    def _set_status(self, kind: str | None, text=None) -> None:
        self._status = (kind, text) if kind else None
        self.status.setProperty("state", "error" if kind == "error" else "")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self.status.setText(text() if text else "")
        self.status.setVisible(kind is not None)

    def _show_state(self, state: str) -> None:
        self.state = state
        asking = state in ("question", "busy")
        self.input_card.setVisible(asking and self.input is not None)
        self.result_card.setVisible(state == "result")
        self.question.setVisible(state in ("question", "busy", "result", "skipped"))
        if not asking:
            self.hint.setVisible(False)
        self.hint_button.setVisible(state == "question")
        self.submit.setVisible(asking)
        self.submit.setEnabled(state == "question" and self.input is not None and self.input.ready())
        self.cancel.setVisible(state in ("loading", "busy"))
        self.map_button.setVisible(state in ("result", "skipped", "error", "question"))
        self.retry.setVisible(state == "result")
        self.next.setVisible(state in ("result", "skipped"))
        if state != "question":
            self.skip_button.setVisible(False)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.state == "question":
                self._submit()
                return
            if self.state in ("result", "skipped"):
                self.next_requested.emit()
                return
        super().keyPressEvent(event)

    def event(self, event) -> bool:
        if keep_own_keys(event):
            return True
        return super().event(event)

    def retranslate(self) -> None:
        self.hint_button.setText(self.tr("Hint"))
        self.hint_button.setToolTip(self.tr("A hint, if you want one"))
        self.skip_button.setText(self.tr("Skip the scene ▸▸"))
        self.submit.setText(self.tr("Submit"))
        self.submit.setToolTip(self.tr("Submit your answer (Enter)"))
        self.cancel.setText(self.tr("Cancel"))
        self.map_button.setText(self.tr("Back to the map"))
        self.map_button.setToolTip(self.tr("Back to the chapter map (Esc)"))
        self.retry.setText(self.tr("Try again"))
        self.next.setText(self.tr("Next ▸"))
        self.note_toggle.setText(self.tr("Why, technically"))
        self.best.setToolTip(self._medal_name(self._best) if self._best else self.tr("No medal yet"))
        self.best.set_medal(self._best)
        ch = self.challenge
        if ch is not None:
            self.chapter.setText(self._chapter_title)
            self.name.setText(game(ch.name))
            self.question.setText(render(ch.question) if ch.posed else
                                  self.tr("Skipped: %1").replace("%1", render(ch.skipped)))
            self.hint.setText("💡 " + render(ch.hint) if ch.posed else "")
        elif self.state == "loading":
            self.chapter.setText(self._chapter_title)
            self.name.setText(game(self._name_source))
        else:
            self.chapter.setText("")
            self.name.setText(self.tr("Pick a challenge on the map"))
        result = self.result
        if result is not None:
            self.medal.set_medal(result.medal)
            medal = self._medal_name(result.medal) if result.medal else self.tr("No medal this time")
            self.score.setText(f"{medal} · {score_text(ch, result)}")
            self.narration.setText(render(result.narration))
            self.note.setText(render(result.note))
            self._clear_feedback_keep_note()
        if self._status is not None and self._status[1] is not None:
            self.status.setText(self._status[1]())

    def _clear_feedback_keep_note(self) -> None:
        """The feedback's bars carry translated labels: made again in the language shown."""
        shown = self.note_toggle.isChecked()
        self._clear_feedback()
        self.feedback = make_feedback(self.challenge, self.result)
        self.feedback_box.addWidget(self.feedback)
        self.note_toggle.setChecked(shown)

    def _medal_name(self, medal: str) -> str:
        names = {"best": self.tr("Gold — best!"), "good": self.tr("Silver — good"),
                 "pass": self.tr("Bronze — passed")}
        return names[medal]
