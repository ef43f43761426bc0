"""The experiments panel: switches that change the real computation, each one re-running the engine.

The panel keeps no switches of its own: an edit goes to the session (``edit_switches``), and the controls show
the session's switches whenever they change (``switches_changed``), with their signals blocked while they do.
"""
from __future__ import annotations

import math
import random

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QScrollArea,
                               QSlider, QToolButton, QVBoxLayout, QWidget)

from engine import Switches

from .constants import SLIDER_T_MAX as T_MAX, SLIDER_T_MIN as T_MIN
from .retranslate import Translatable

T_STEPS = 200  # the temperature slider is logarithmic: equal steps multiply T


def temperature_at(position: int) -> float:
    t = T_MIN * (T_MAX / T_MIN) ** (position / T_STEPS)
    return round(t, 3) if abs(t - 1.0) > 1e-6 else 1.0


def position_of(temperature: float) -> int:
    t = min(max(temperature, T_MIN), T_MAX)
    return round(T_STEPS * math.log(t / T_MIN) / math.log(T_MAX / T_MIN))


def _hint(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName("hint")
    label.setWordWrap(True)
    return label


class ExperimentsPanel(Translatable, QWidget):
    demo_requested = Signal()  # "show me": mask and positions off, then shuffle

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = None
        self._shape = (0, 0)

        self.mask = QCheckBox()
        self.mask.setObjectName("maskSwitch")
        self.mask_hint = _hint()
        self.positional = QCheckBox()
        self.positional.setObjectName("positionalSwitch")
        self.positional_hint = _hint()
        self.mask.toggled.connect(lambda on: self._edit(mask=on))
        self.positional.toggled.connect(lambda on: self._edit(positional=on))
        self.switch_box = QGroupBox()
        box = QVBoxLayout(self.switch_box)
        for w in (self.mask, self.mask_hint, self.positional, self.positional_hint):
            box.addWidget(w)

        self.shuffle = QPushButton()
        self.shuffle.setObjectName("shuffleButton")
        self.shuffle.setCheckable(True)
        self.shuffle.toggled.connect(self._on_shuffle)
        self.reshuffle = QToolButton()
        self.reshuffle.setObjectName("reshuffleButton")
        self.reshuffle.setText("↻")
        self.reshuffle.clicked.connect(self._on_reshuffle)
        self.order_hint = _hint()
        self.demo = QPushButton()
        self.demo.setObjectName("demoButton")
        self.demo.clicked.connect(self.demo_requested)
        self.order_box = QGroupBox()
        box = QVBoxLayout(self.order_box)
        row = QHBoxLayout()
        row.addWidget(self.shuffle, 1)
        row.addWidget(self.reshuffle)
        box.addLayout(row)
        box.addWidget(self.order_hint)
        box.addWidget(self.demo)

        self.temperature = QSlider(Qt.Orientation.Horizontal)
        self.temperature.setObjectName("temperatureSlider")
        self.temperature.setRange(0, T_STEPS)
        self.temperature.setValue(position_of(1.0))
        self.temperature.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.temperature.setTickInterval(T_STEPS // 2)
        self.temperature.valueChanged.connect(lambda v: self._edit(temperature=temperature_at(v)))
        self.temperature_value = QLabel()
        self.temperature_value.setMinimumWidth(48)
        self.temperature_value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.picky_left, self.picky_right = _hint(), _hint()
        self.picky_right.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.temperature_hint = _hint()
        self.temperature_reset = QToolButton()
        self.temperature_reset.clicked.connect(lambda: self.temperature.setValue(position_of(1.0)))
        self.temperature_box = QGroupBox()
        box = QVBoxLayout(self.temperature_box)
        row = QHBoxLayout()
        row.addWidget(self.temperature, 1)
        row.addWidget(self.temperature_value)
        row.addWidget(self.temperature_reset)
        box.addLayout(row)
        ends = QHBoxLayout()
        ends.addWidget(self.picky_left)
        ends.addWidget(self.picky_right)
        box.addLayout(ends)
        box.addWidget(self.temperature_hint)

        self.knockout_box = QGroupBox()
        self.knockout_hint = _hint()
        self.knockout_grid = QGridLayout()
        self.knockout_grid.setSpacing(3)
        self.knockout_buttons: dict[tuple[int, int], QToolButton] = {}
        self.knockout_row_labels: list[QLabel] = []
        grid_holder = QWidget()
        grid_holder.setLayout(self.knockout_grid)
        self.knockout_scroll = QScrollArea()  # a 12 × 12 model has 144 heads: the grid scrolls
        self.knockout_scroll.setWidget(grid_holder)
        self.knockout_scroll.setWidgetResizable(True)
        self.knockout_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.knockout_scroll.setMinimumHeight(64)
        self.knockout_clear = QPushButton()
        self.knockout_clear.clicked.connect(lambda: self._edit(knockout=frozenset()))
        box = QVBoxLayout(self.knockout_box)
        box.addWidget(self.knockout_hint)
        box.addWidget(self.knockout_scroll, 1)
        box.addWidget(self.knockout_clear, 0, Qt.AlignmentFlag.AlignRight)

        self.reset = QPushButton()
        self.reset.setObjectName("resetExperiments")
        self.reset.clicked.connect(lambda: self.session.reset_switches())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 8)
        layout.setSpacing(6)
        for w in (self.switch_box, self.order_box, self.temperature_box):
            layout.addWidget(w)
        layout.addWidget(self.knockout_box, 1)
        layout.addWidget(self.reset)
        self.retranslate()
        self.show_switches(Switches())

    def bind(self, session) -> None:
        """Edit ``session``'s switches and show them; the knock-out grid follows the model's shape."""
        self.session = session
        session.switches_changed.connect(self.show_switches)
        session.run_shown.connect(lambda run, *_: self.set_model_shape(run.trace.config["n_layer"],
                                                                        run.trace.config["n_head"]))
        session.locks_changed.connect(self.show_locks)
        self.show_switches(session.switches)

    # -- model shape -----------------------------------------------------------------------------------
    def set_model_shape(self, n_layer: int, n_head: int) -> None:
        """One toggle per head; rebuilt only when a model of another shape is opened."""
        if (n_layer, n_head) == self._shape:
            return
        if self._shape is not None:
            self.knockout_grid.setRowStretch(self._shape[0], 0)
            self.knockout_grid.setColumnStretch(self._shape[1] + 1, 0)
        self._shape = (n_layer, n_head)
        for w in list(self.knockout_buttons.values()) + self.knockout_row_labels:
            self.knockout_grid.removeWidget(w)
            w.deleteLater()
        self.knockout_buttons, self.knockout_row_labels = {}, []
        for layer in range(n_layer):
            label = QLabel()
            label.setObjectName("hint")
            self.knockout_grid.addWidget(label, layer, 0)
            self.knockout_row_labels.append(label)
            for head in range(n_head):
                button = QToolButton()
                button.setObjectName("knockout")
                button.setCheckable(True)
                button.setText(f"{layer}.{head}")
                button.toggled.connect(lambda on, key=(layer, head): self._toggle_head(key, on))
                self.knockout_grid.addWidget(button, layer, head + 1)
                self.knockout_buttons[(layer, head)] = button
        self.knockout_grid.setColumnStretch(n_head + 1, 1)
        self.knockout_grid.setRowStretch(n_layer, 1)  # in a tall panel the rows stay together at the top
        self.knockout_scroll.setMinimumHeight(min(n_layer, 4) * 30 + 8)  # up to four blocks without scrolling
        self.show_switches(self.session.switches if self.session else Switches())

    # -- state -------------------------------------------------------------------------------------------
    def show_switches(self, sw: Switches) -> None:
        """Make the controls show ``sw`` (they stay quiet: only the user's own edits go to the session)."""
        controls = [self.mask, self.positional, self.shuffle, self.temperature, *self.knockout_buttons.values()]
        blockers = [QSignalBlocker(w) for w in controls]
        self.mask.setChecked(sw.mask)
        self.positional.setChecked(sw.positional)
        self.shuffle.setChecked(sw.shuffle_seed is not None)
        self.temperature.setValue(position_of(sw.temperature))
        for key, button in self.knockout_buttons.items():
            button.setChecked(key in sw.knockout)
        for blocker in blockers:
            blocker.unblock()
        self.reshuffle.setEnabled(sw.shuffle_seed is not None)
        self.knockout_clear.setEnabled(bool(sw.knockout))
        self.reset.setEnabled(not sw.is_default())
        self._show_temperature(sw.temperature)

    def show_locks(self, locks: frozenset) -> None:
        """A locked control is hidden (a teacher's scene, or a challenge that asks the learner to guess first)."""
        for name, box in (("mask", self.mask), ("positional", self.positional)):
            box.setVisible(name not in locks)
            getattr(self, f"{name}_hint").setVisible(name not in locks)
        self.order_box.setVisible("shuffle" not in locks)
        self.temperature_box.setVisible("temperature" not in locks)
        self.knockout_box.setVisible("knockout" not in locks)
        self.demo.setVisible(not {"mask", "positional"} & set(locks))  # the demonstration flips both

    def _edit(self, **change) -> None:
        if "temperature" in change:
            self._show_temperature(change["temperature"])
        if self.session is not None:
            self.session.edit_switches(**change)

    def _toggle_head(self, key, on: bool) -> None:
        knockout = set(self.session.switches.knockout)
        (knockout.add if on else knockout.discard)(key)
        self._edit(knockout=frozenset(knockout))

    def _on_shuffle(self, on: bool) -> None:
        self._edit(shuffle_seed=random.randrange(1, 10_000) if on else None)

    def _on_reshuffle(self) -> None:
        seed = self.session.switches.shuffle_seed
        if seed is not None:
            self._edit(shuffle_seed=seed % 9_999 + 1)

    def _show_temperature(self, t: float) -> None:
        self.temperature_value.setText(f"T = {t:.2g}" if abs(t - 1) > 1e-6 else "T = 1")
        self.temperature_reset.setEnabled(abs(t - 1.0) > 1e-6)

    # -- language ----------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.switch_box.setTitle(self.tr("Switches"))
        self.mask.setText(self.tr("Causal mask (the rope)"))
        self.mask_hint.setText(self.tr("Each word pours only from itself and the words before it."))
        self.mask.setToolTip(self.tr("Off: every word may also peek at the words after it"))
        self.positional.setText(self.tr("Positional encoding (the badges)"))
        self.positional_hint.setText(self.tr("Off: the workshop cannot tell where each word stands."))
        self.order_box.setTitle(self.tr("Word order"))
        self.shuffle.setText(self.tr("Shuffle the words"))
        self.shuffle.setToolTip(self.tr("Run the same words in a random order"))
        self.reshuffle.setToolTip(self.tr("Another random order"))
        self.order_hint.setText(self.tr("Rope and badges off: a shuffle gives the same flasks, just moved."))
        self.demo.setText(self.tr("Show me: order-blind workshop"))
        self.demo.setToolTip(self.tr("Switch the rope and the badges off, then shuffle, and compare"))
        self.temperature_box.setTitle(self.tr("Attention pickiness (temperature)"))
        self.picky_left.setText(self.tr("◀ picky"))
        self.picky_right.setText(self.tr("easy-going ▶"))
        self.temperature_hint.setText(self.tr("Scores are divided by T before the softmax."))
        self.temperature_reset.setText(self.tr("Reset"))
        self.temperature.setToolTip(self.tr("Temperature T, from 0.1 to 10 (logarithmic). Small T: pour almost "
                                            "only from the best match. Large T: pour from everyone evenly."))
        self.knockout_box.setTitle(self.tr("Silence heads (knock-out)"))
        self.knockout_hint.setText(self.tr("Click a head to silence it: its alchemist still works, but his flask is "
                                           "poured away."))
        self.knockout_box.setToolTip(self.tr("Also: right-click an alchemist on the stage"))
        self.knockout_clear.setText(self.tr("Restore all heads"))
        self.reset.setText(self.tr("Reset all experiments"))
        self._retranslate_grid()

    def _retranslate_grid(self) -> None:
        for layer, label in enumerate(self.knockout_row_labels):
            label.setText(self.tr("block %1").replace("%1", str(layer)))
        for (layer, head), button in self.knockout_buttons.items():
            button.setToolTip(self.tr("Silence head %1 of block %2").replace("%1", str(head)).replace(
                "%2", str(layer)))
