"""Linked sliders: one share per bottle (or word), always adding up to exactly 100 %.

Moving one slider takes the difference from the others in proportion to what they hold (or evenly when they
hold nothing), so the total never leaves 100 %.  Arrows move a share by 1 point, Page Up / Down by 10; each row's
"all" button pours everything from that one bottle."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QSlider, QWidget

from ...story.numbers import share_labels

UNITS = 1000  # slider steps for 100 %


def rebalance(shares: list[float], index: int, value: float) -> list[float]:
    """``shares`` with ``shares[index] = value`` and the others rescaled so that all add up to 1."""
    value = min(max(float(value), 0.0), 1.0)
    out = list(shares)
    if len(out) == 1:
        return [1.0]
    rest = 1.0 - value
    others = [j for j in range(len(out)) if j != index]
    held = sum(out[j] for j in others)
    for j in others:
        out[j] = rest * (out[j] / held if held > 1e-12 else 1.0 / len(others))
    out[index] = value
    return out


class SharesEditor(QWidget):
    changed = Signal()

    def __init__(self, labels: list[str], start: list[float] | None = None, one_buttons: bool = True,
                 parent: QWidget | None = None):
        super().__init__(parent)
        n = len(labels)
        start = list(start) if start is not None and sum(start) > 0 else [1.0 / n] * n
        total = sum(start)
        self.shares = [s / total for s in start]
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(1, 1)
        self.sliders: list[QSlider] = []
        self.values: list[QLabel] = []
        self.names: list[QLabel] = []
        self.all_buttons: list[QPushButton] = []
        for k, text in enumerate(labels):
            name = QLabel(text)
            name.setObjectName("shareName")
            slider = QSlider(Qt.Orientation.Horizontal)
            slider.setRange(0, UNITS)
            slider.setSingleStep(UNITS // 100)
            slider.setPageStep(UNITS // 10)
            slider.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            slider.setEnabled(n > 1)
            slider.valueChanged.connect(lambda v, k=k: self._moved(k, v))
            name.setBuddy(slider)
            value = QLabel()
            value.setMinimumWidth(52)
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(name, k, 0)
            grid.addWidget(slider, k, 1)
            grid.addWidget(value, k, 2)
            if one_buttons and n > 1:
                button = QPushButton()
                button.setObjectName("chip")
                button.clicked.connect(lambda _=False, k=k: self.set_one(k))
                grid.addWidget(button, k, 3)
                self.all_buttons.append(button)
            self.names.append(name)
            self.sliders.append(slider)
            self.values.append(value)
        self._show()
        self.retranslate()

    def retranslate(self) -> None:
        for button, name in zip(self.all_buttons, self.names):
            button.setText(QCoreApplication.translate("Play", "all"))
            button.setToolTip(QCoreApplication.translate("Play", "Pour everything from %1").replace(
                "%1", name.text()))
            button.setAccessibleName(button.toolTip())
        for slider, name in zip(self.sliders, self.names):
            slider.setAccessibleName(QCoreApplication.translate("Play", "Share of %1").replace("%1", name.text()))

    def set_shares(self, shares: list[float]) -> None:
        total = sum(shares)
        if total <= 0:
            return
        self.shares = [s / total for s in shares]
        self._show()
        self.changed.emit()

    def set_one(self, index: int) -> None:
        self.set_shares([1.0 if j == index else 0.0 for j in range(len(self.shares))])

    def _moved(self, index: int, value: int) -> None:
        self.shares = rebalance(self.shares, index, value / UNITS)
        self._show(keep=index)
        self.changed.emit()

    def _show(self, keep: int | None = None) -> None:
        texts = share_labels(self.shares)  # shown shares add up to exactly 100 %
        for k, (slider, label) in enumerate(zip(self.sliders, self.values)):
            if k != keep:
                slider.blockSignals(True)
                slider.setValue(round(self.shares[k] * UNITS))
                slider.blockSignals(False)
            label.setText(texts[k])
