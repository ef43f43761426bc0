"""The one way a panel scrolls: a frameless QScrollArea whose content takes its width (on a short screen a panel
scrolls down instead of squeezing its texts and plots), and scrolls across only when asked."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


def scrolling(content: QWidget, across: bool = False) -> QScrollArea:
    area = QScrollArea()
    area.setWidget(content)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded if across
                                      else Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return area
