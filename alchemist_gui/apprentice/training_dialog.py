"""Train your own workshop: choose what the apprentices read, how long, the seed and the rope, and where the new
workshop goes; then watch it train (progress, loss curve, time left) in a separate process, cancel at any time,
and open the result.

The dialog does not block the window: the workshop stays usable while the apprentices train.
"""
from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QDialog, QFileDialog, QGridLayout, QGroupBox, QHBoxLayout,
                               QLabel, QLineEdit, QMessageBox, QProgressBar, QPushButton, QRadioButton, QSpinBox,
                               QVBoxLayout, QWidget)

from ..retranslate import Translatable
from ..scrolling import scrolling
from ..story.numbers import fmt_short_percent
from .charts import TrainingCurve
from .folders import folder_problem, fresh_folder, workshops_folder
from .patterns import LEAVE_OUT, patterns_by_language, title
from .trainer import TrainingOptions, TrainingRun

QUICK_STEPS = 200  # about 45 s on one core of the 2-core machine this was made on, corpus included
MAX_STEPS = 100_000
SIZE = (1000, 820)
CURVE_HEIGHT = 170
ETA_FROM = 0.05  # the trainer's time left is shown once this share of the steps is done (earlier it is a guess)

STYLE = """
QLabel#trainingProblem { color: #b3261e; font-weight: bold; }
QLabel#trainingTry { background: #fff4d1; border: 1px solid #e0c97a; border-radius: 6px; padding: 6px;
                     color: #5c4400; }
QLabel#patternName { color: #a89a88; font-family: monospace; font-size: 10px; }
"""


MESSAGE_STYLES = {"error": "color: #b3261e; font-weight: bold;", "done": "color: #2e7d32; font-weight: bold;",
                  "cancelled": "color: #6f6253;"}


def _hint(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName("hint")
    label.setWordWrap(True)
    return label


def _share(value) -> str:
    return fmt_short_percent(value) if isinstance(value, (int, float)) else "—"


def _then(text: str, more: str) -> str:
    """Two sentences in a row: a space after an English full stop, none after a Chinese one."""
    return text + ("" if text.endswith(("。", "！", "？")) else " ") + more


def duration(seconds: float) -> tuple[int, int]:
    seconds = max(0, int(round(seconds)))
    return seconds // 60, seconds % 60


class TrainingDialog(Translatable, QDialog):
    open_requested = Signal(str)  # "Open this workshop": the finished folder

    def __init__(self, parent: QWidget | None = None, can_open: bool = True):
        super().__init__(parent)
        self.setObjectName("trainingDialog")
        self.setModal(False)
        self.setStyleSheet(STYLE)
        self.run = TrainingRun(self)
        self.run.started.connect(self._on_started)
        self.run.progressed.connect(self._on_progress)
        self.run.succeeded.connect(self._on_succeeded)
        self.run.failed.connect(self._on_failed)
        self.run.cancelled.connect(self._on_cancelled)
        self.state = "setup"  # "setup", "running", "cancelling", "done", "failed", "cancelled"
        self.result_folder: str | None = None
        self._started_at = 0.0
        self._message = ("", "")  # (kind, text) of the last outcome, kept for a language switch
        self._can_open = can_open

        # -- what the apprentices read
        self.pattern_boxes: dict[str, QCheckBox] = {}
        self.language_boxes: dict[str, QGroupBox] = {}
        self.all_buttons: dict[str, tuple[QPushButton, QPushButton]] = {}
        column = QWidget()
        lists = QVBoxLayout(column)
        lists.setContentsMargins(0, 0, 4, 0)
        for language, names in patterns_by_language().items():
            box = QGroupBox()
            grid = QVBoxLayout(box)
            grid.setSpacing(2)
            row = QHBoxLayout()
            every, none = QPushButton(), QPushButton()
            for button, on in ((every, True), (none, False)):
                button.setFlat(True)
                button.setCursor(Qt.CursorShape.PointingHandCursor)
                button.clicked.connect(lambda _=False, names=names, on=on: self._tick(names, on))
                row.addWidget(button)
            row.addStretch(1)
            grid.addLayout(row)
            for name in names:
                check = QCheckBox()
                check.setObjectName(f"pattern-{name}")
                check.setChecked(True)
                check.toggled.connect(self._refresh)
                self.pattern_boxes[name] = check
                grid.addWidget(check)
            self.language_boxes[language] = box
            self.all_buttons[language] = (every, none)
            lists.addWidget(box)
        lists.addStretch(1)
        self.pattern_scroll = scrolling(column, across=True)  # the examples are long
        self.try_this = QLabel()
        self.try_this.setObjectName("trainingTry")
        self.try_this.setWordWrap(True)
        self.leave_out = QPushButton()
        self.leave_out.setObjectName("leaveOutLiesTo")
        self.leave_out.clicked.connect(lambda: self.pattern_boxes[LEAVE_OUT].setChecked(False))
        self.read_box = QGroupBox()
        box = QVBoxLayout(self.read_box)
        box.addWidget(self.pattern_scroll, 1)
        box.addWidget(self.try_this)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.leave_out)
        box.addLayout(row)

        # -- how long, seed, rope, where
        self.quick, self.minutes, self.exactly = QRadioButton(), QRadioButton(), QRadioButton()
        self.length = QButtonGroup(self)
        for button in (self.quick, self.minutes, self.exactly):
            self.length.addButton(button)
        self.steps = QSpinBox()
        self.steps.setObjectName("trainingSteps")
        self.steps.setRange(0, MAX_STEPS)
        self.steps.setSingleStep(100)
        self.steps.setValue(400)
        self.steps.setGroupSeparatorShown(True)
        self.steps.valueChanged.connect(self._refresh)
        self.quick.setChecked(True)
        for button in (self.quick, self.minutes, self.exactly):
            button.toggled.connect(self._refresh)  # after the first choice: the boxes it refreshes come below
        self.length_hint = _hint()
        self.long_box = QGroupBox()
        grid = QGridLayout(self.long_box)
        grid.addWidget(self.quick, 0, 0, 1, 2)
        grid.addWidget(self.minutes, 1, 0, 1, 2)
        grid.addWidget(self.exactly, 2, 0)
        grid.addWidget(self.steps, 2, 1)
        grid.addWidget(self.length_hint, 3, 0, 1, 2)
        grid.setColumnStretch(1, 1)

        self.seed = QSpinBox()
        self.seed.setObjectName("trainingSeed")
        self.seed.setRange(0, 2_147_483_647)
        self.seed_label = QLabel()
        self.seed_hint = _hint()
        self.rope = QCheckBox()
        self.rope.setObjectName("trainingNoMask")
        self.rope_hint = _hint()
        self.how_box = QGroupBox()
        grid = QGridLayout(self.how_box)
        grid.addWidget(self.seed_label, 0, 0)
        grid.addWidget(self.seed, 0, 1)
        grid.addWidget(self.seed_hint, 1, 0, 1, 2)
        grid.addWidget(self.rope, 2, 0, 1, 2)
        grid.addWidget(self.rope_hint, 3, 0, 1, 2)
        grid.setColumnStretch(1, 1)

        self.out = QLineEdit(str(fresh_folder()))
        self.out.setObjectName("trainingOut")
        self.out.textChanged.connect(self._refresh)
        self.browse = QPushButton()
        self.browse.clicked.connect(self._choose_folder)
        self.where_box = QGroupBox()
        row = QHBoxLayout(self.where_box)
        row.addWidget(self.out, 1)
        row.addWidget(self.browse)

        settings_column = QWidget()
        settings = QVBoxLayout(settings_column)
        settings.setContentsMargins(0, 0, 4, 0)
        settings.addWidget(self.long_box)
        settings.addWidget(self.how_box)
        settings.addWidget(self.where_box)
        settings.addStretch(1)
        self.settings_scroll = scrolling(settings_column)

        # -- the run
        self.bar = QProgressBar()
        self.bar.setObjectName("trainingProgress")
        self.bar.setRange(0, 1)
        self.bar.setValue(0)
        self.status = _hint()
        self.status.setObjectName("trainingStatus")
        self.curve = TrainingCurve()
        self.problem_label = QLabel()
        self.problem_label.setObjectName("trainingProblem")
        self.problem_label.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("trainingMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.run_box = QGroupBox()
        box = QVBoxLayout(self.run_box)
        box.addWidget(self.bar)
        box.addWidget(self.status)
        self.curve.setFixedHeight(CURVE_HEIGHT)
        box.addWidget(self.curve)
        box.addWidget(self.message)

        self.start_button = QPushButton()
        self.start_button.setObjectName("primary")
        self.start_button.clicked.connect(self.start)
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.cancel)
        self.open_button = QPushButton()
        self.open_button.setObjectName("primary")
        self.open_button.clicked.connect(self._open)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.close_button)

        top = QHBoxLayout()
        top.addWidget(self.read_box, 1)
        top.addWidget(self.settings_scroll, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addWidget(self.run_box)
        layout.addWidget(self.problem_label)
        layout.addLayout(buttons)
        self._fit_screen()
        self.retranslate()
        self._refresh()

    def _fit_screen(self) -> None:
        """Its own size, or the screen's when that is smaller (a 1024 × 700 classroom laptop)."""
        screen = (self.parentWidget().screen() if self.parentWidget() is not None else self.screen())
        room = screen.availableGeometry() if screen is not None else None
        width, height = SIZE
        if room is not None:
            width, height = min(width, room.width() - 40), min(height, room.height() - 60)
        self.resize(width, height)

    # -- what is asked ---------------------------------------------------------------------------------
    def chosen_patterns(self) -> tuple[str, ...]:
        return tuple(name for name, box in self.pattern_boxes.items() if box.isChecked())

    def chosen_steps(self) -> int:
        from engine.train_settings import CUSTOM_STEPS

        if self.quick.isChecked():
            return QUICK_STEPS
        if self.minutes.isChecked():
            return CUSTOM_STEPS
        return self.steps.value()

    def options(self) -> TrainingOptions:
        return TrainingOptions(Path(self.out.text().strip()).expanduser(), self.chosen_steps(), self.chosen_patterns(),
                               self.seed.value(), mask=not self.rope.isChecked())

    def problem(self) -> str | None:
        """Why training cannot start with what is chosen, in one line (None: it can)."""
        if not self.chosen_patterns():
            return self.tr("Tick at least one pattern: the apprentices need something to read.")
        if self.chosen_steps() < 1:
            return self.tr("Training needs at least one step: choose a number of steps of 1 or more.")
        return folder_problem(self.out.text())

    # -- actions ---------------------------------------------------------------------------------------
    def start(self) -> None:
        if self.run.running:
            return
        if self.problem():
            self._refresh()  # the reason is shown under the settings, and Start stays off
            return
        options = self.options()
        self.curve.clear_run(options.steps)
        # 0 % while the corpus is written (the status line says so); not Qt's busy bar, whose style animation
        # runs on in a hidden dialog
        self.bar.setRange(0, options.steps)
        self.bar.setValue(0)
        self.result_folder = None
        self._say("", "")
        self.state = "running"
        self.run.start(options)
        self._refresh()

    def cancel(self) -> None:
        if self.run.running:
            self.state = "cancelling"
            self.run.cancel()
            self._refresh()

    def _open(self) -> None:
        if self.result_folder:
            self.open_requested.emit(self.result_folder)

    def _tick(self, names, on: bool) -> None:
        for name in names:
            self.pattern_boxes[name].setChecked(on)

    def _choose_folder(self) -> None:
        start = self.out.text().strip() or str(workshops_folder())
        parent = str(Path(start).expanduser().parent)
        folder = QFileDialog.getExistingDirectory(self, self.tr("Where to keep the new workshop"), parent)
        if folder:
            self.out.setText(str(Path(folder) / Path(start).name) if Path(folder) != Path(start) else folder)

    def set_can_open(self, can_open: bool) -> None:
        """A scene may fix the model: then a finished workshop cannot be opened from here."""
        self._can_open = can_open
        self._refresh()

    # -- the run's side --------------------------------------------------------------------------------
    def _on_started(self) -> None:
        self._started_at = time.monotonic()
        self.status.setText(self.tr("Writing the apprentices' reading (the corpus) and setting up the workshop…"))

    def _on_progress(self, row: dict) -> None:
        steps = int(row.get("steps") or 1)
        step = int(row.get("step") or 0)
        if self.bar.maximum() != steps:
            self.bar.setRange(0, steps)
        self.bar.setValue(step)
        self.curve.add(row)
        self._show_status(row)

    def _show_status(self, row: dict) -> None:
        steps, step = int(row.get("steps") or 1), int(row.get("step") or 0)
        parts = [self.tr("Step %1 of %2").replace("%1", f"{step:,}").replace("%2", f"{steps:,}")]
        if isinstance(row.get("loss"), (int, float)):
            parts.append(self.tr("loss %1").replace("%1", f"{row['loss']:.2f}"))
        if row.get("tokens_per_s"):
            parts.append(self.tr("%1 tokens/s").replace("%1", f"{int(row['tokens_per_s']):,}"))
        if self.state == "done":
            pass  # the outcome is said below the plot
        elif step >= ETA_FROM * steps and isinstance(row.get("eta_s"), (int, float)) and step < steps:
            minutes, seconds = duration(row["eta_s"])
            left = (self.tr("about %1 min %2 s left").replace("%1", str(minutes)).replace("%2", str(seconds))
                    if minutes else self.tr("about %1 s left").replace("%1", str(seconds)))
            parts.append(left)
        elif step < steps:
            parts.append(self.tr("estimating the time left…"))
        else:
            parts.append(self.tr("measuring the finished workshop…"))
        self.status.setText(" · ".join(parts))

    def _on_succeeded(self, folder: str) -> None:
        self.state, self.result_folder = "done", folder
        self.bar.setRange(0, max(1, self.bar.maximum()))
        self.bar.setValue(self.bar.maximum())
        summary = self.run.summary or {}
        if isinstance(summary.get("heldout_loss"), (int, float)):  # the finished workshop's, measured last
            self.curve.add({"step": self.run.options.steps, "heldout_loss": summary["heldout_loss"]})
        self._say("done", "")
        if self.run.last is not None:
            self._show_status(self.run.last)
        self.out.setText(str(fresh_folder(Path(folder).parent)))  # the next run gets a fresh name
        self._refresh()

    def _on_failed(self, message: str) -> None:
        self.state = "failed"
        self.bar.setRange(0, 1)
        self.bar.setValue(0)
        self._say("error", self.tr("The training failed: %1").replace("%1", message))
        self._refresh()

    def _on_cancelled(self) -> None:
        self.state = "cancelled"
        self.bar.setRange(0, 1)
        self.bar.setValue(0)
        self._say("cancelled", "")
        self._refresh()

    # -- texts and state -------------------------------------------------------------------------------
    def _say(self, kind: str, text: str) -> None:
        """The outcome of the last run: "done", "error", "cancelled" (or "" for none)."""
        self._message = (kind, text)
        self._show_message()

    def _show_message(self) -> None:
        kind, text = self._message
        summary = self.run.summary or {}
        if kind == "done":
            minutes, seconds = duration(summary.get("train_seconds", time.monotonic() - self._started_at))
            text = self.tr("Done: %1 steps in %2 min %3 s. On sentences it never saw, of the patterns it read, it "
                           "fills %4 of the blanks right.").replace("%1", f"{self.run.options.steps:,}").replace(
                "%2", str(minutes)).replace("%3", str(seconds)).replace(
                "%4", _share(summary.get("heldout_accuracy")))
            if len(self.run.options.patterns) < len(self.pattern_boxes):
                text = _then(text, self.tr("Over every pattern, most of which it never read: %1.").replace(
                    "%1", _share(summary.get("every_pattern_accuracy"))))
            text = _then(text, self.tr("It is in %1.").replace("%1", self.result_folder or ""))
        elif kind == "cancelled":
            text = self.tr("Cancelled. Nothing was written to %1.").replace("%1", str(self.run.options.out))
        self.message.setStyleSheet(MESSAGE_STYLES.get(kind, ""))
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _refresh(self, *_) -> None:
        running = self.state in ("running", "cancelling")
        if self.state == "setup":
            self.curve.clear_run(max(1, self.chosen_steps()))  # the empty plot has the axes of the run asked for
        for widget in (self.read_box, self.long_box, self.how_box, self.where_box):
            widget.setEnabled(not running)
        self.steps.setEnabled(not running and self.exactly.isChecked())
        self.leave_out.setEnabled(not running and self.pattern_boxes[LEAVE_OUT].isChecked())
        problem = None if running else self.problem()
        self.problem_label.setText(problem or "")
        self.problem_label.setVisible(bool(problem))
        self.start_button.setEnabled(not running and problem is None)
        self.start_button.setText(self.tr("Train again") if self.state in ("done", "failed", "cancelled")
                                  else self.tr("Start training"))
        self.cancel_button.setEnabled(self.state == "running")
        self.cancel_button.setVisible(running)
        self.open_button.setVisible(self.state == "done")
        self.open_button.setEnabled(self.state == "done" and self._can_open)

    def retranslate(self) -> None:
        from engine.train_settings import CUSTOM_STEPS

        self.setWindowTitle(self.tr("Train your own workshop"))
        self.read_box.setTitle(self.tr("What the apprentices read"))
        names = {"en": self.tr("English"), "zh": self.tr("Chinese")}
        for language, box in self.language_boxes.items():
            box.setTitle(names.get(language, language))
            every, none = self.all_buttons[language]
            every.setText(self.tr("Tick all"))
            none.setText(self.tr("Untick all"))
        for name, check in self.pattern_boxes.items():
            check.setText(title(name))
            check.setToolTip(f"{title(name)}\n--patterns {name}")
        self.try_this.setText(self.tr("Try this: leave out “The other ‘lies’” and train. The apprentices then "
                                      "never read “lies to …”, so the new workshop has never met the other "
                                      "meaning of “lies”. Open it and ask “Tom lies to his mother, feeling”."))
        self.leave_out.setText(self.tr("Leave out “lies to”"))
        self.long_box.setTitle(self.tr("How long"))
        self.quick.setText(self.tr("Quick (≤ 60 s): %1 steps").replace("%1", f"{QUICK_STEPS:,}"))
        self.minutes.setText(self.tr("A few minutes: %1 steps").replace("%1", f"{CUSTOM_STEPS:,}"))
        self.exactly.setText(self.tr("Exactly:"))
        self.steps.setSuffix(self.tr(" steps"))
        self.length_hint.setText(self.tr("Each step, the apprentices read 64 sentences and adjust every recipe, "
                                         "tag and potion a little. Checkpoints are kept at steps 0, 1, 2, 4, 8 … "
                                         "and the last."))
        self.how_box.setTitle(self.tr("Seed and rope"))
        self.seed_label.setText(self.tr("Seed"))
        self.seed_hint.setText(self.tr("It picks the sentences, the first random recipes and the reading order. "
                                       "The same seed gives the same workshop, bit for bit, on this computer."))
        self.rope.setText(self.tr("Train without the causal mask (no rope)"))
        self.rope_hint.setText(self.tr("Without the rope every alchemist also sees the words after his own. "
                                       "While training, the next word is then simply there to copy, so the "
                                       "apprentices learn to copy it. At the blank there is nothing after the "
                                       "last word to copy, and the workshop is useless there: its loss looks "
                                       "great, its predictions do not."))
        self.where_box.setTitle(self.tr("Where to keep it"))
        self.browse.setText(self.tr("Choose…"))
        self.run_box.setTitle(self.tr("Training"))
        self.curve.set_names(self.tr("batch loss"), self.tr("held-out loss"), self.tr("step"), self.tr("loss"))
        self.start_button.setText(self.tr("Start training"))
        self.cancel_button.setText(self.tr("Cancel training"))
        self.open_button.setText(self.tr("Open this workshop"))
        self.close_button.setText(self.tr("Close"))
        if self.state == "setup":
            self.status.setText(self.tr("It trains in a separate process: the workshop stays yours to use "
                                        "meanwhile, and a cancel leaves nothing behind."))
        elif self.run.last is not None:
            self._show_status(self.run.last)
        self._show_message()
        self._refresh()

    # -- closing ---------------------------------------------------------------------------------------
    def closeEvent(self, event) -> None:
        if self.run.running and not self._stop_asked():
            event.ignore()
            return
        super().closeEvent(event)

    def reject(self) -> None:  # Esc
        if self.run.running and not self._stop_asked():
            return
        super().reject()

    def _stop_asked(self) -> bool:
        answer = QMessageBox.question(self, self.tr("Stop the training?"),
                                      self.tr("The apprentices are still training. Stop them? Nothing of this "
                                              "run will be kept."))
        if answer == QMessageBox.StandardButton.Yes:
            self.cancel()
            return True
        return False

    def stop_now(self) -> None:
        """The window closes: stop a run for good and leave nothing behind."""
        self.run.stop_now()


__all__ = ["TrainingDialog", "QUICK_STEPS"]
