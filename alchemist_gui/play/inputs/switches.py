"""Inputs that set one of the workshop's switches: the temperature, three bets on shuffles, heads to silence."""
from __future__ import annotations

import math

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QButtonGroup, QDoubleSpinBox, QGridLayout, QHBoxLayout, QLabel, QPushButton,
                               QRadioButton, QSlider, QVBoxLayout, QWidget)

from ..text import game
from .base import GuessInput, heading, wrapped

STEPS_PER_DECADE = 100  # the temperature slider is logarithmic: 100 steps from 0.1 to 1


class PickinessInput(GuessInput):
    def __init__(self, challenge, parent: QWidget | None = None):
        super().__init__(challenge, parent)
        low, high = challenge.setup.get("range", (0.01, 100.0))
        self.low, self.high = float(low), float(high)
        self.title = heading()
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setObjectName("temperatureSlider")
        self.slider.setRange(round(math.log10(self.low) * STEPS_PER_DECADE),
                             round(math.log10(self.high) * STEPS_PER_DECADE))
        self.slider.setSingleStep(2)
        self.slider.setPageStep(STEPS_PER_DECADE // 5)
        self.slider.setValue(0)
        self.spin = QDoubleSpinBox()
        self.spin.setObjectName("temperatureBox")
        self.spin.setRange(self.low, self.high)
        self.spin.setDecimals(3)
        self.spin.setSingleStep(0.05)
        self.spin.setValue(1.0)
        self.slider.valueChanged.connect(self._slid)
        self.spin.valueChanged.connect(self._typed)
        self.picky, self.generous = QLabel(), QLabel()
        for label in (self.picky, self.generous):
            label.setObjectName("panelStatus")
        self.generous.setAlignment(Qt.AlignmentFlag.AlignRight)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.title)
        row = QHBoxLayout()
        row.addWidget(self.slider, 1)
        row.addWidget(self.spin)
        column.addLayout(row)
        ends = QHBoxLayout()
        ends.addWidget(self.picky)
        ends.addStretch(1)
        ends.addWidget(self.generous)
        column.addLayout(ends)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Temperature (1 = as the model is)"))
        self.picky.setText(self.tr("◀ pickier"))
        self.generous.setText(self.tr("more generous ▶"))
        self.slider.setAccessibleName(self.tr("Temperature"))
        self.spin.setAccessibleName(self.tr("Temperature"))

    @property
    def temperature(self) -> float:
        return float(self.spin.value())

    def set_temperature(self, t: float) -> None:
        self.spin.setValue(t)

    def _slid(self, value: int) -> None:
        t = 10 ** (value / STEPS_PER_DECADE)
        self.spin.blockSignals(True)
        self.spin.setValue(t)
        self.spin.blockSignals(False)
        self.changed.emit()

    def _typed(self, t: float) -> None:
        self.slider.blockSignals(True)
        self.slider.setValue(round(math.log10(max(t, self.low)) * STEPS_PER_DECADE))
        self.slider.blockSignals(False)
        self.changed.emit()

    def guess(self):
        return min(max(self.temperature, self.low), self.high)




class OrderBlindInput(GuessInput):
    def __init__(self, challenge, parent: QWidget | None = None):
        super().__init__(challenge, parent)
        self.cases = list(challenge.setup["cases"])
        self.title = heading()
        self.shuffled = wrapped(name="panelQuestion")
        self.names: dict[str, QLabel] = {}
        self.buttons: dict[str, tuple[QRadioButton, QRadioButton]] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        for row, case in enumerate(self.cases):
            name = QLabel()
            name.setObjectName("challengeName")
            changes, same = QRadioButton(), QRadioButton()
            group = QButtonGroup(self)
            for button in (changes, same):
                group.addButton(button)
                button.toggled.connect(lambda *_: self.changed.emit())
            grid.addWidget(name, 2 * row, 0, 1, 2)
            grid.addWidget(changes, 2 * row + 1, 0)
            grid.addWidget(same, 2 * row + 1, 1)
            self.names[case] = name
            self.buttons[case] = (changes, same)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.title)
        column.addWidget(self.shuffled)
        column.addLayout(grid)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("The shuffled words"))
        self.shuffled.setText(" ".join(self.challenge.setup["shuffled_tokens"]))
        names = {"badges_off": self.tr("Badges off (rope on)"), "badges_on": self.tr("Badges on (rope on)"),
                 "both_off": self.tr("Badges and rope off")}
        for case in self.cases:
            self.names[case].setText(names.get(case, case))
            changes, same = self.buttons[case]
            changes.setText(game("the flasks change"))
            same.setText(game("the same flasks, just moved"))

    def guess(self):
        return {case: self.buttons[case][0].isChecked() for case in self.cases}

    def ready(self) -> bool:
        return all(a.isChecked() or b.isChecked() for a, b in self.buttons.values())

    def why_not_ready(self) -> str:
        return self.tr("Bet on all three cases.")


class SaboteurInput(GuessInput):
    """One button per head, floor by floor (the top floor first, as in the building)."""

    def __init__(self, challenge, parent: QWidget | None = None):
        super().__init__(challenge, parent)
        setup = challenge.setup
        self.n_layer, self.n_head = int(setup["n_layer"]), int(setup["n_head"])
        self.title = heading()
        self.heads: dict[str, QPushButton] = {}
        self.floor_labels: list[QLabel] = []
        grid = QGridLayout()
        grid.setSpacing(4)
        columns = min(self.n_head, 6)
        row = 0
        for layer in reversed(range(self.n_layer)):
            label = QLabel()
            label.setObjectName("panelStatus")
            self.floor_labels.append(label)
            grid.addWidget(label, row, 0)
            for head in range(self.n_head):
                name = f"{layer}.{head}"
                button = QPushButton(name)
                button.setObjectName("headButton")
                button.setCheckable(True)
                button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
                button.toggled.connect(lambda *_: self._count())
                grid.addWidget(button, row + head // columns, 1 + head % columns)
                self.heads[name] = button
            row += -(-self.n_head // columns)
        self.count = wrapped(name="panelStatus")
        self.clear = QPushButton()
        self.clear.setObjectName("secondary")
        self.clear.clicked.connect(lambda: [b.setChecked(False) for b in self.heads.values()])
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.title)
        column.addLayout(grid)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.clear)
        column.addLayout(bottom)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Heads to silence (block.head)"))
        for label, layer in zip(self.floor_labels, reversed(range(self.n_layer))):
            label.setText(self.tr("block %1").replace("%1", str(layer)))
        self.clear.setText(self.tr("Clear"))
        self._count()

    def _count(self) -> None:
        n = len(self.guess())
        self.count.setText(self.tr("%1 head(s) silenced").replace("%1", str(n)))
        self.changed.emit()

    def guess(self):
        return [name for name, b in self.heads.items() if b.isChecked()]

    def ready(self) -> bool:
        return bool(self.guess())

    def why_not_ready(self) -> str:
        return self.tr("Silence at least one head.")
