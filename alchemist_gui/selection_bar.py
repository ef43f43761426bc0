"""The row over the stage that says which alchemist the story follows: block and head pickers, the followed
word, and the button that fits the workshop to the view."""
from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSizePolicy, QToolButton, QWidget

from .retranslate import Translatable


class SelectionBar(Translatable, QWidget):
    fit_requested = Signal()
    panels_requested = Signal()  # fold the side panels away, or bring them back

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = None
        self.layer_label, self.head_label = QLabel(), QLabel()
        self.layer_box, self.head_box = QComboBox(), QComboBox()
        self.layer_box.setObjectName("layerPicker")
        self.head_box.setObjectName("headPicker")
        for box in (self.layer_box, self.head_box):
            box.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            box.setMinimumContentsLength(3)
        self.layer_box.currentIndexChanged.connect(lambda i: i >= 0 and self.session.select(layer=i))
        self.head_box.currentIndexChanged.connect(lambda i: i >= 0 and self.session.select(head=i))
        self.follow_label = QLabel()
        self.follow_label.setObjectName("hint")
        self.follow_label.setMinimumWidth(40)  # may be cut short rather than widen the window
        self.follow_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.fit_button = QToolButton()
        self.fit_button.setAutoRaise(True)
        self.fit_button.clicked.connect(self.fit_requested)
        self.panels_button = QToolButton()
        self.panels_button.setObjectName("panelsButton")
        self.panels_button.setAutoRaise(True)
        self.panels_button.clicked.connect(self.panels_requested)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 4, 12, 0)
        row.addWidget(self.layer_label)
        row.addWidget(self.layer_box)
        row.addSpacing(10)
        row.addWidget(self.head_label)
        row.addWidget(self.head_box)
        row.addSpacing(14)
        row.addWidget(self.follow_label, 1)
        row.addWidget(self.fit_button)
        row.addWidget(self.panels_button)
        self.retranslate()

    def bind(self, session) -> None:
        self.session = session
        session.run_shown.connect(lambda run, *_: self.show_story(run.story))
        session.story_changed.connect(lambda run: self._show_follow())
        session.selection_changed.connect(lambda sel: self._show_pickers(sel.layer, sel.head))

    def show_story(self, story) -> None:
        self._show_pickers(story.layer, story.head, story.n_layer, story.n_head)
        self._show_follow()

    def _show_pickers(self, layer: int, head: int, n_layer: int | None = None, n_head: int | None = None) -> None:
        """The pickers show the selection asked for (their signals stay quiet meanwhile)."""
        n_layer = self.layer_box.count() if n_layer is None else n_layer
        n_head = self.head_box.count() if n_head is None else n_head
        for box, count, index in ((self.layer_box, n_layer, layer), (self.head_box, n_head, head)):
            blocker = QSignalBlocker(box)
            if box.count() != count:
                box.clear()
                box.addItems([str(i) for i in range(count)])
            box.setCurrentIndex(index)
            blocker.unblock()

    def _show_follow(self) -> None:
        story = self.session.story if self.session else None
        if story is None:
            self.follow_label.setText("")
            return
        self.follow_label.setText(self.tr("Following “%1” (word %2)").replace(
            "%1", story.trace.tokens[story.focus]).replace("%2", str(story.focus)))

    def retranslate(self) -> None:
        self.layer_label.setText(self.tr("Block"))
        self.head_label.setText(self.tr("Head"))
        self.layer_box.setToolTip(self.tr("Which block (layer) the workshop shows"))
        self.head_box.setToolTip(self.tr("Which head (alchemist) the story follows"))
        self.follow_label.setToolTip(self.tr("Click a word on the stage to follow its alchemist"))
        self.fit_button.setText(self.tr("Fit"))
        self.fit_button.setToolTip(self.tr("Zoom the workshop to fit (Ctrl+0). Ctrl+wheel zooms."))
        self.panels_button.setText(self.tr("Panels"))
        self.panels_button.setToolTip(self.tr("Show or hide the side panels (F9): more room for the workshop"))
        self._show_follow()
