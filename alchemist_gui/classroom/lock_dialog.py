"""The dialog of File › Save this scene…: which controls to hide from whoever opens the scene (a teacher's
classroom mode, as the TensorFlow Playground's): e.g. the rope switch, until the class has guessed what it does."""
from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from ..retranslate import Translatable

ORDER = ("mask", "positional", "shuffle", "temperature", "knockout", "sentence", "model", "checkpoint")


class LockDialog(Translatable, QDialog):
    def __init__(self, locks=frozenset(), parent: QWidget | None = None, lockable=ORDER):
        super().__init__(parent)
        self.setObjectName("lockDialog")
        self.heading = QLabel()
        self.heading.setObjectName("lockHeading")
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.setObjectName("hint")
        self.boxes: dict[str, QCheckBox] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.explanation)
        layout.addSpacing(6)
        for name in (n for n in ORDER if n in lockable):
            box = QCheckBox()
            box.setObjectName(f"lock-{name}")
            box.setChecked(name in locks)
            layout.addWidget(box)
            self.boxes[name] = box
        layout.addSpacing(6)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.retranslate()

    def locks(self) -> frozenset:
        return frozenset(name for name, box in self.boxes.items() if box.isChecked())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Save this scene"))
        self.heading.setText(self.tr("Hide controls from whoever opens this scene"))
        self.explanation.setText(self.tr(
            "For a lesson: a hidden control cannot be used until someone chooses File › Show the hidden controls. "
            "For example, hide the rope switch until the class has guessed what the rope does."))
        texts = {
            "mask": self.tr("The rope switch (causal mask)"),
            "positional": self.tr("The badges switch (positional encoding)"),
            "shuffle": self.tr("Shuffling the words"),
            "temperature": self.tr("The pickiness slider (temperature)"),
            "knockout": self.tr("Silencing heads (knock-out)"),
            "sentence": self.tr("Changing the sentence"),
            "model": self.tr("Opening another model"),
            "checkpoint": self.tr("Choosing a training step (checkpoint)"),
        }
        for name, box in self.boxes.items():
            box.setText(texts[name])
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
