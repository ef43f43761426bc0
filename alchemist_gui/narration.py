"""The narration under the stage: the beat's title, its line in the metaphor, and a technical note to unfold.

Story texts are English templates translated in the "story" context, then filled with the sentence's numbers.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from .retranslate import Translatable


def beat_text(beat, part: str) -> str:
    """A beat's "title", "line" or "note" as the window shows it: translated in the "story" context, filled with
    the sentence's numbers, with the sentences the run's switches add (never raises)."""
    return beat.text(part, lambda template: QCoreApplication.translate("story", template))


class NarrationPanel(Translatable, QFrame):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("narration")
        self._beat = None
        self._step = (0, 0)

        self.step_label = QLabel()
        self.step_label.setObjectName("hint")
        self.title = QLabel()
        self.title.setObjectName("beatTitle")
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.45)
        font.setBold(True)
        self.title.setFont(font)
        self.line = QLabel()
        self.line.setObjectName("beatLine")
        self.line.setWordWrap(True)
        self.line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.line.setFont(font)
        # room for two lines whatever the beat: a panel that changed height would resize the stage above it,
        # and a stage of another size redraws every picture it has cached
        self.line.setMinimumHeight(2 * QFontMetrics(font).lineSpacing() + 2)

        self.note_toggle = QToolButton()
        self.note_toggle.setObjectName("noteToggle")
        self.note_toggle.setCheckable(True)
        self.note_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.note_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.note_toggle.setAutoRaise(True)
        self.note_toggle.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.note_toggle.toggled.connect(self._on_toggle)
        self.note = QLabel()
        self.note.setObjectName("beatNote")
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note.setVisible(False)
        self.note.setStyleSheet("QLabel { background: #f3ecdf; border-radius: 6px; padding: 8px; }")

        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addStretch(1)
        head.addWidget(self.step_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.setSpacing(4)
        layout.addLayout(head)
        layout.addWidget(self.line)
        layout.addWidget(self.note_toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.note)
        self.retranslate()

    def bind(self, session) -> None:
        """Show the beat at the clock's time of the story on screen."""
        def show(*_):
            story = session.story
            if story is not None:
                beat = story.beat_at(session.clock.time)
                self.set_beat(beat, story.beats.index(beat), len(story.beats))
        session.clock.time_changed.connect(show)
        session.run_shown.connect(show)
        session.story_changed.connect(show)

    def set_beat(self, beat, index: int, count: int) -> None:
        if beat is self._beat and self._step == (index, count):
            return
        self._beat, self._step = beat, (index, count)
        self._fill()

    def clear(self, message: str = "") -> None:
        self._beat = None
        self._fill(message)

    def _fill(self, message: str = "") -> None:
        beat = self._beat
        if beat is None:
            self.title.setText(self.tr("The workshop is getting ready…"))
            self.line.setText(message)
            self.note.setText("")
            self.step_label.setText("")
            return
        self.title.setText(beat_text(beat, "title"))
        self.line.setText(beat_text(beat, "line"))
        self.note.setText(beat_text(beat, "note"))
        index, count = self._step
        self.step_label.setText(self.tr("Step %1 of %2").replace("%1", str(index + 1)).replace("%2", str(count)))

    def shown_texts(self) -> tuple[str, str, str]:
        return self.title.text(), self.line.text(), self.note.text()

    def _on_toggle(self, shown: bool) -> None:
        self.note.setVisible(shown)
        self.note_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)

    def retranslate(self) -> None:
        self.note_toggle.setText(self.tr("Technical note: the real maths"))
        self.note_toggle.setToolTip(self.tr("Show the formula with this sentence's actual numbers"))
        self._fill(self.line.text() if self._beat is None else "")
