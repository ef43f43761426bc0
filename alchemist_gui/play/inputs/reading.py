"""Inputs that read the model: name what a head does from its pours, and pick the floor that first knows."""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QButtonGroup, QRadioButton, QSizePolicy, QVBoxLayout, QWidget

from ..style import GUESS, INK, SOFT
from ..text import game
from .base import GuessInput, OneChipInput, heading
from .chips import ChipGroup

ROW_H = 74.0  # one sentence of the diagram


class PoursDiagram(QWidget):
    """For each sentence: its words in a row, and from every word an arrow back to the bottle it pours most
    from (thicker: a larger share)."""

    def __init__(self, sentences: list[dict], parent: QWidget | None = None):
        super().__init__(parent)
        self.sentences = sentences
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setSizePolicy(policy)
        self.setMinimumWidth(240)

    def sizeHint(self) -> QSize:
        return QSize(360, int(ROW_H * len(self.sentences)) + 4)

    def minimumSizeHint(self) -> QSize:
        return QSize(240, int(ROW_H * len(self.sentences)) + 4)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for k, sentence in enumerate(self.sentences):
            self._sentence(painter, QRectF(0, k * ROW_H, self.width(), ROW_H), sentence)

    def _sentence(self, painter: QPainter, rect: QRectF, sentence: dict) -> None:
        tokens = sentence["tokens"]
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, min(10.5, self.font().pointSizeF())))
        metrics = QFontMetricsF(font)
        widths = [metrics.horizontalAdvance(t) + 8 for t in tokens]
        scale = min(1.0, (rect.width() - 4) / max(1.0, sum(widths)))
        if scale < 1.0:
            font.setPointSizeF(max(6.0, font.pointSizeF() * scale))
            metrics = QFontMetricsF(font)
            widths = [metrics.horizontalAdvance(t) + 6 for t in tokens]
        x, centres = rect.left() + 2, []
        for w in widths:
            centres.append(x + w / 2)
            x += w
        base = rect.bottom() - 10
        painter.setFont(font)
        painter.setPen(INK)
        for t, c, w in zip(tokens, centres, widths):
            painter.drawText(QRectF(c - w / 2, base - metrics.height(), w, metrics.height()),
                             Qt.AlignmentFlag.AlignCenter, t)
        top = base - metrics.height() - 2
        for pour in sentence["pours"]:
            i, j, share = pour["word"], pour["from"], float(pour["share"])
            colour = QColor(GUESS)
            colour.setAlphaF(0.35 + 0.65 * share)
            pen = QPen(colour, 0.8 + 3.2 * share)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            if i == j:  # a loop above the word: he pours from his own bottle
                painter.drawEllipse(QPointF(centres[i], top - 7), 5, 6)
                continue
            a, b = QPointF(centres[i], top), QPointF(centres[j], top)
            lift = min(rect.height() - metrics.height() - 18, 10 + 0.45 * abs(a.x() - b.x()))
            path = QPainterPath(a)
            path.cubicTo(QPointF(a.x(), top - lift), QPointF(b.x(), top - lift), b)
            painter.drawPath(path)
            # the arrow's head at the bottle poured from
            painter.setBrush(colour)
            painter.setPen(Qt.PenStyle.NoPen)
            size = 3.5 + 2.5 * share
            painter.drawPolygon([b, QPointF(b.x() - size * 0.8, b.y() - size * 1.6),
                                 QPointF(b.x() + size * 0.8, b.y() - size * 1.6)])
        painter.setPen(QPen(SOFT, 0.6))
        painter.drawLine(QPointF(rect.left(), rect.bottom() - 1), QPointF(rect.right(), rect.bottom() - 1))


class NameAlchemistInput(GuessInput):
    def __init__(self, challenge, parent: QWidget | None = None):
        super().__init__(challenge, parent)
        setup = challenge.setup
        self.title = heading()
        self.diagram = PoursDiagram(setup["sentences"])
        self.choice_title = heading()
        self.group = QButtonGroup(self)
        self.choices: dict[str, QRadioButton] = {}
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.title)
        column.addWidget(self.diagram)
        column.addSpacing(4)
        column.addWidget(self.choice_title)
        for choice in setup["choices"]:
            button = QRadioButton()
            self.group.addButton(button)
            button.toggled.connect(lambda *_: self.changed.emit())
            column.addWidget(button)
            self.choices[choice] = button
        self.retranslate()

    def retranslate(self) -> None:
        setup = self.challenge.setup
        self.title.setText(self.tr("Alchemist %1: from every word, an arrow to the bottle he pours most from").replace(
            "%1", f"{setup['layer']}.{setup['head']}"))
        self.choice_title.setText(self.tr("He looks at…"))
        for choice, button in self.choices.items():
            button.setText(game(setup["choice_labels"][choice]))

    def guess(self):
        return next((c for c, b in self.choices.items() if b.isChecked()), None)

    def ready(self) -> bool:
        return self.guess() is not None

    def why_not_ready(self) -> str:
        return self.tr("Pick what he looks for.")


class WhenKnowsInput(OneChipInput):
    """The floors as a building: the top floor first."""

    def __init__(self, challenge, parent: QWidget | None = None):
        super().__init__(challenge, parent)
        self.floors = int(challenge.setup["floors"])
        self.title = heading()
        self.chips = ChipGroup([(k, str(k)) for k in reversed(range(self.floors))], exclusive=True, vertical=True)
        self.chips.toggled.connect(lambda *_: self.changed.emit())
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.title)
        column.addWidget(self.chips)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("It first knows after…"))
        for k, button in self.chips.buttons.items():
            text = self.tr("block %1").replace("%1", str(k))
            if k == self.floors - 1:
                text += " " + self.tr("(the top floor)")
            elif k == 0:
                text += " " + self.tr("(the ground floor)")
            button.setText(text)

    def why_not_ready(self) -> str:
        return self.tr("Pick a floor.")
