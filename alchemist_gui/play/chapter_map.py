"""The chapter map: the Play mode's page. The chapters in the essay's order as cards, each with its challenges and
their medals, a flask that fills with the challenges passed, the next step in big letters, and Reset progress.
It draws what the play mode hands it (``show``) and says what the player picked through its signals."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QLinearGradient, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout,
                               QWidget)

from .. import theme
from ..game import CHAPTERS
from ..retranslate import Translatable
from .medals import MedalIcon
from .keys import keep_own_keys
from .style import STYLE
from .text import game, word
from ..scrolling import scrolling

ARROWS = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down)


class ProgressFlask(QWidget):
    """A round flask filled with amber potion up to the share of challenges passed."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.passed, self.total = 0, 1
        self.setFixedSize(96, 112)

    def set_progress(self, passed: int, total: int) -> None:
        self.passed, self.total = passed, max(1, total)
        self.update()

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        w, h = self.width(), self.height()
        cx, r = w / 2, w * 0.42
        cy = h - r - 4
        neck_w, neck_top = w * 0.26, 6.0
        body = QPainterPath()
        body.addEllipse(QPointF(cx, cy), r, r)
        neck = QPainterPath()
        neck.addRoundedRect(QRectF(cx - neck_w / 2, neck_top, neck_w, cy - r + 10 - neck_top), 3, 3)
        glass = body.united(neck)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(255, 255, 255, 160))
        p.drawPath(glass)
        fraction = self.passed / self.total
        level = cy + r - fraction * 2 * r
        liquid = QPainterPath()
        liquid.addRect(QRectF(0, level, w, h))
        gradient = QLinearGradient(0, cy - r, 0, cy + r)
        gradient.setColorAt(0.0, QColor("#f6c35b"))
        gradient.setColorAt(1.0, QColor(theme.ACCENT_DARK))
        p.setBrush(gradient)
        p.drawPath(body.intersected(liquid))
        p.setPen(QPen(QColor("#5a4632"), 2.2))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(glass.simplified())
        p.setPen(QPen(QColor(255, 255, 255, 200), 2.5))
        p.drawArc(QRectF(cx - r * 0.7, cy - r * 0.7, r * 1.4, r * 1.4), 110 * 16, 50 * 16)  # a glint
        font = QFont(self.font())
        font.setPixelSize(19)
        font.setBold(True)
        p.setFont(font)
        p.setPen(QColor(theme.INK))
        p.drawText(QRectF(cx - r, cy - r * 0.5, 2 * r, r), Qt.AlignmentFlag.AlignCenter,
                   f"{self.passed}/{self.total}")


class MedalCounts(QWidget):
    """Gold, silver and bronze: a small medal and how many of each were won."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        self.icons, self.numbers = {}, {}
        for medal in ("best", "good", "pass"):
            icon = MedalIcon(26)
            icon.set_medal(medal)
            number = QLabel("0")
            number.setObjectName("mapCounts")
            row.addWidget(icon)
            row.addWidget(number)
            row.addSpacing(8)
            self.icons[medal], self.numbers[medal] = icon, number

    def set_counts(self, counts: dict, names: dict) -> None:
        for medal, number in self.numbers.items():
            number.setText(str(counts[medal]))
            self.icons[medal].setToolTip(names[medal])
            number.setToolTip(names[medal])


class ChallengeRow(QWidget):
    def __init__(self, challenge_id: str, kind_name: str, on_play, parent: QWidget | None = None):
        super().__init__(parent)
        self.challenge_id, self.kind_name = challenge_id, kind_name
        self.medal = MedalIcon(34)
        self.name = QLabel()
        self.name.setObjectName("challengeName")
        self.state = QLabel()
        self.state.setObjectName("challengeState")
        self.state.setWordWrap(True)
        self.button = QPushButton()
        self.button.setObjectName("playButton")
        self.button.setAutoDefault(True)
        self.button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.button.clicked.connect(lambda: on_play(challenge_id))
        texts = QVBoxLayout()
        texts.setSpacing(0)
        texts.addWidget(self.name)
        texts.addWidget(self.state)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 2, 0, 2)
        row.addWidget(self.medal, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addLayout(texts, 1)
        row.addWidget(self.button, 0, Qt.AlignmentFlag.AlignVCenter)


class ChapterCard(QFrame):
    def __init__(self, number: int, chapter, on_play, parent: QWidget | None = None):
        super().__init__(parent)
        self.chapter = chapter
        self.setObjectName("chapterCard")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.number = QLabel(str(number))
        self.number.setObjectName("chapterNumber")
        self.number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title = QLabel()
        self.title.setObjectName("chapterTitle")
        self.title.setWordWrap(True)
        self.done = QLabel()
        self.done.setObjectName("doneBadge")
        self.blurb = QLabel()
        self.blurb.setObjectName("chapterBlurb")
        self.blurb.setWordWrap(True)
        from ..game.texts import CHALLENGE_NAMES

        self.rows = [ChallengeRow(cid, CHALLENGE_NAMES[kind], on_play)
                     for cid, kind in zip(chapter.challenge_ids, chapter.kinds)]
        head = QHBoxLayout()
        head.addWidget(self.number)
        head.addWidget(self.title, 1)
        head.addWidget(self.done, 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout(self)
        column.setContentsMargins(16, 14, 16, 14)
        column.setSpacing(6)
        column.addLayout(head)
        column.addWidget(self.blurb)
        for row in self.rows:
            column.addWidget(row)
        column.addStretch(1)

    def set_state(self, state: str) -> None:
        if self.property("state") != state:
            self.setProperty("state", state)
            for widget in (self, self.number):
                widget.style().unpolish(widget)
                widget.style().polish(widget)


class ChapterMap(Translatable, QWidget):
    play_requested = Signal(str)  # a challenge id
    reset_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("playMap")
        self.setStyleSheet(STYLE)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._medals: dict = {}
        self._attempts: dict = {}
        self._skipped: dict = {}  # challenge id -> its skip reason (rendered)
        self._facts = None
        self._next: str | None = None
        self._columns = 0
        self.title = QLabel()
        self.title.setObjectName("mapTitle")
        self.subtitle = QLabel()
        self.subtitle.setObjectName("mapSubtitle")
        self.subtitle.setWordWrap(True)
        self.game_line = QLabel()
        self.game_line.setObjectName("mapSubtitle")
        self.game_line.setWordWrap(True)
        self.flask = ProgressFlask()
        self.progress = QLabel()
        self.progress.setObjectName("mapProgress")
        self.counts = MedalCounts()
        self.continue_button = QPushButton()
        self.continue_button.setObjectName("continueButton")
        self.continue_button.setAutoDefault(True)
        self.continue_button.clicked.connect(lambda: self._next and self.play_requested.emit(self._next))
        self.reset_button = QPushButton()
        self.reset_button.setObjectName("quietButton")
        self.reset_button.setAutoDefault(True)
        self.reset_button.clicked.connect(self.reset_requested)
        self.cards = [ChapterCard(k + 1, c, self.play_requested.emit) for k, c in enumerate(CHAPTERS)]
        for card in self.cards:
            for row in card.rows:
                row.button.installEventFilter(self)

        words = QVBoxLayout()
        words.setSpacing(4)
        words.addWidget(self.title)
        words.addWidget(self.subtitle)
        words.addWidget(self.game_line)
        words.addSpacing(8)
        go = QHBoxLayout()
        go.addWidget(self.continue_button)
        go.addStretch(1)
        words.addLayout(go)
        score = QVBoxLayout()
        score.setSpacing(2)
        score.addWidget(self.progress, 0, Qt.AlignmentFlag.AlignRight)
        score.addWidget(self.counts, 0, Qt.AlignmentFlag.AlignRight)
        score.addStretch(1)
        score.addWidget(self.reset_button, 0, Qt.AlignmentFlag.AlignRight)
        header = QHBoxLayout()
        header.setSpacing(18)
        header.addLayout(words, 1)
        header.addLayout(score)
        header.addWidget(self.flask, 0, Qt.AlignmentFlag.AlignTop)

        self.grid = QGridLayout()
        self.grid.setSpacing(16)
        inner = QWidget()
        inner.setObjectName("playMapInner")
        column = QVBoxLayout(inner)
        column.setContentsMargins(32, 24, 32, 28)
        column.setSpacing(20)
        column.addLayout(header)
        column.addLayout(self.grid)
        column.addStretch(1)
        self.scroll = scrolling(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll)
        self._place_cards()
        self.retranslate()

    # ------------------------------------------------------------------ what the play mode shows
    def show_progress(self, medals: dict, attempts: dict, skipped: dict, next_id: str | None) -> None:
        """medals / attempts: per challenge id; skipped: {id: reason function}; next_id: the step to suggest."""
        self._medals, self._attempts, self._skipped, self._next = medals, attempts, skipped, next_id
        self.retranslate()

    def show_facts(self, facts) -> None:
        """The sentence and model the challenges are posed on (None: not known yet)."""
        self._facts = facts
        self.retranslate()

    def focus_next(self) -> None:
        self.continue_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def play_buttons(self) -> list[QPushButton]:
        return [row.button for card in self.cards for row in card.rows]

    def row(self, challenge_id: str) -> ChallengeRow:
        return next(r for card in self.cards for r in card.rows if r.challenge_id == challenge_id)

    # ------------------------------------------------------------------ layout
    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place_cards()

    def _place_cards(self) -> None:
        width = self.width()
        columns = 3 if width >= 1180 else 2 if width >= 700 else 1
        if columns == self._columns:
            return
        self._columns = columns
        for card in self.cards:
            self.grid.removeWidget(card)
        for k, card in enumerate(self.cards):
            self.grid.addWidget(card, k // columns, k % columns)
        for c in range(3):
            self.grid.setColumnStretch(c, 1 if c < columns else 0)

    def eventFilter(self, watched, event) -> bool:
        """Arrows move between the challenges' Play buttons (Tab does too)."""
        if event.type() == QEvent.Type.KeyPress and event.key() in ARROWS:
            buttons = self.play_buttons()
            if watched in buttons:
                k = buttons.index(watched)
                step = 1 if event.key() in (Qt.Key.Key_Right, Qt.Key.Key_Down) else -1
                target = buttons[(k + step) % len(buttons)]
                target.setFocus(Qt.FocusReason.TabFocusReason)
                self.scroll.ensureWidgetVisible(target)
                return True
        return False

    def event(self, event) -> bool:
        if keep_own_keys(event):
            return True
        return super().event(event)

    def sizeHint(self) -> QSize:
        return QSize(1100, 800)

    # ------------------------------------------------------------------ texts
    def retranslate(self) -> None:
        self.title.setText(self.tr("⚗ Play: the alchemists' game"))
        self.subtitle.setText(self.tr("Nine chapters, from the first bottle to the next word. Commit to a guess, "
                                      "then see the real model's numbers beside it."))
        facts = self._facts
        if facts is None:
            self.game_line.setText(self.tr("The workshop is getting the challenges ready…"))
        else:
            model = self.tr("the bundled model") if facts.model == "bundled" else facts.model
            self.game_line.setText(self.tr("Challenges on %1 · %2, %3 blocks × %4 heads").replace(
                "%1", word(facts.sentence)).replace("%2", model).replace("%3", str(facts.n_layer)).replace(
                "%4", str(facts.n_head)))
        ids = [cid for c in CHAPTERS for cid in c.challenge_ids]
        playable = [i for i in ids if i not in self._skipped]
        passed = [i for i in playable if self._medals.get(i)]
        self.flask.set_progress(len(passed), len(playable))
        self.progress.setText(self.tr("%1 of %2 challenges passed").replace("%1", str(len(passed))).replace(
            "%2", str(len(playable))))
        counts = {m: sum(1 for i in playable if self._medals.get(i) == m) for m in ("best", "good", "pass")}
        self.counts.set_counts(counts, self._medal_names())
        from ..game.texts import CHALLENGE_NAMES

        if self._next is None:
            self.continue_button.setText(self.tr("▶ Play"))
        else:
            kind = self._next.split(".", 1)[1]
            verb = self.tr("▶ Continue: %1") if passed else self.tr("▶ Start: %1")
            if len(passed) == len(playable):
                verb = self.tr("▶ Play again: %1")
            self.continue_button.setText(verb.replace("%1", game(CHALLENGE_NAMES[kind])))
        self.reset_button.setText(self.tr("Reset progress…"))
        next_chapter = self._next.split(".", 1)[0] if self._next else None
        blurbs = self._blurbs()
        for card in self.cards:
            chapter = card.chapter
            card.title.setText(game(chapter.title))
            card.blurb.setText(blurbs[chapter.id])
            done = all(self._medals.get(i) or i in self._skipped for i in chapter.challenge_ids)
            card.done.setText(self.tr("✓ Done"))
            card.done.setVisible(done)
            card.set_state("done" if done else "next" if chapter.id == next_chapter else "")
            for row in card.rows:
                self._show_row(row)

    def _show_row(self, row: ChallengeRow) -> None:
        cid = row.challenge_id
        medal, tries = self._medals.get(cid), self._attempts.get(cid, 0)
        row.name.setText(game(row.kind_name))
        skipped = cid in self._skipped
        row.medal.set_medal(medal, skipped=skipped)
        if skipped:
            row.state.setText(self.tr("Skipped: %1").replace("%1", self._skipped[cid]()))
        elif medal:
            text = self.tr("%1 · 1 try") if tries == 1 else self.tr("%1 · %2 tries").replace("%2", str(tries))
            row.state.setText(text.replace("%1", self._medal_names()[medal]))
        elif tries:
            row.state.setText(self.tr("No medal yet · 1 try") if tries == 1 else
                              self.tr("No medal yet · %1 tries").replace("%1", str(tries)))
        else:
            row.state.setText(self.tr("Not played yet"))
        row.button.setText(self.tr("Replay") if medal else self.tr("Play"))
        row.button.setAccessibleName(f"{row.button.text()}: {game(row.kind_name)}")
        row.medal.setToolTip(row.state.text())

    def _medal_names(self) -> dict[str, str]:
        return {"best": self.tr("Gold (best)"), "good": self.tr("Silver (good)"), "pass": self.tr("Bronze (passed)")}

    def _blurbs(self) -> dict[str, str]:
        return {
            "setup": self.tr("One alchemist per word, one bottle of potion each. What will the workshop say next?"),
            "recipe": self.tr("Every alchemist holds a recipe; every bottle wears a tag. Which fits best?"),
            "pouring": self.tr("He pours from every bottle, in proportion to the fit. Call it — or pour yourself."),
            "picky": self.tr("Softmax makes him picky. Turn the temperature until he is as picky as you want."),
            "rope": self.tr("A rope keeps the later bottles out of reach. Which can he reach?"),
            "order": self.tr("Numbered badges tell the words' order. What changes when the words are shuffled?"),
            "heads": self.tr("Several alchemists per word, each with his own habit. Find the saboteur."),
            "again": self.tr("Floor after floor the workshop does it all again. When does it know?"),
            "next": self.tr("The last bottle is read out: the next word. Brew a sentence that says yours."),
        }
