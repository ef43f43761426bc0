"""File › Export…: the dialog that says what to export (the format from the file name's suffix, the size, the
frame rate, which beats, the caption) and the progress window of a running export (ETA, Cancel).

The dialog builds the ExportJob itself (alchemist_gui/export), which checks everything before anything is
written: a request it refuses keeps the dialog open with the reason under the fields.  The language is the
window's (the job's ``lang`` stays None, so the window never switches language while an export runs).
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog,
                               QFormLayout, QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton, QRadioButton,
                               QSpinBox, QVBoxLayout, QWidget)

from engine.errors import AlchemistError

from ..export import FORMATS, ExportJob, ExportOptions
from ..export import formats as F
from ..narration import beat_text
from ..retranslate import Translatable
from ..theme import ERROR

THIS, RANGE, WHOLE = 0, 1, 2  # which beats: this beat (a picture: this moment), a range, the whole story


def clock_text(seconds: float) -> str:
    seconds = max(0, int(round(seconds)))
    return f"{seconds // 60}:{seconds % 60:02d}"


class ExportDialog(Translatable, QDialog):
    def __init__(self, story, t: float, path: Path, parent: QWidget | None = None):
        """``story``: the story on screen; ``t``: the clock's moment; ``path``: the file name offered."""
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.story, self.t = story, t
        self.job: ExportJob | None = None  # made when the dialog is accepted
        self._format = None

        self.path = QLineEdit(str(path))
        self.path.setObjectName("exportPath")
        self.browse = QPushButton()
        self.browse.clicked.connect(self._browse)
        self.kind = QLabel()
        self.kind.setObjectName("hint")
        self.width_box = QSpinBox()
        self.height_box = QSpinBox()
        for box in (self.width_box, self.height_box):
            box.setRange(F.MIN_SIZE[0], F.MAX_SIZE[0])
            box.setSingleStep(16)
        self.height_box.setRange(F.MIN_SIZE[1], F.MAX_SIZE[1])
        self.times = QLabel("×")
        self.fps = QSpinBox()
        self.this = QRadioButton()
        self.range = QRadioButton()
        self.whole = QRadioButton()
        self.which = QButtonGroup(self)
        for i, button in enumerate((self.this, self.range, self.whole)):
            self.which.addButton(button, i)
        self.first, self.last = QComboBox(), QComboBox()
        current = story.beat_at(t)
        for box in (self.first, self.last):
            for beat in story.beats:
                box.addItem(beat_text(beat, "title"), beat.name)
            box.setCurrentIndex(story.beats.index(current))
        self.caption = QCheckBox()
        self.summary = QLabel()
        self.summary.setObjectName("hint")
        self.summary.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setObjectName("exportProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {ERROR};")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("primary")
        self.export_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(self.browse)
        size_row = QHBoxLayout()
        size_row.addWidget(self.width_box)
        size_row.addWidget(self.times)
        size_row.addWidget(self.height_box)
        size_row.addStretch(1)
        range_row = QHBoxLayout()
        range_row.addWidget(self.range)
        range_row.addWidget(self.first, 1)
        self.to_label = QLabel()
        range_row.addWidget(self.to_label)
        range_row.addWidget(self.last, 1)
        beats = QVBoxLayout()
        beats.addWidget(self.this)
        beats.addLayout(range_row)
        beats.addWidget(self.whole)
        self.form = QFormLayout()
        self.file_label, self.size_label, self.fps_label, self.beats_label = QLabel(), QLabel(), QLabel(), QLabel()
        self.form.addRow(self.file_label, file_row)
        self.form.addRow("", self.kind)
        self.form.addRow(self.size_label, size_row)
        fps_row = QHBoxLayout()
        fps_row.addWidget(self.fps)
        fps_row.addStretch(1)
        self.form.addRow(self.fps_label, fps_row)
        self.form.addRow(self.beats_label, beats)
        self.form.addRow("", self.caption)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.summary)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

        self.this.setChecked(True)
        self.path.textChanged.connect(self._on_path)
        for signal in (self.width_box.valueChanged, self.height_box.valueChanged, self.fps.valueChanged,
                       self.which.idClicked, self.first.currentIndexChanged, self.last.currentIndexChanged,
                       self.caption.toggled):
            signal.connect(self._update)
        self.first.currentIndexChanged.connect(lambda: self.range.setChecked(True))
        self.last.currentIndexChanged.connect(lambda: self.range.setChecked(True))
        self.retranslate()
        self._on_path()

    # -- what is asked ---------------------------------------------------------------------------------
    def format(self):
        return FORMATS.get(Path(self.path.text().strip()).suffix.lower())

    def options(self) -> ExportOptions:
        fmt = self.format()
        if fmt is None or fmt.kind == "numbers":
            return ExportOptions()
        size = (self.width_box.value(), self.height_box.value())
        which = self.which.checkedId()
        if fmt.kind == "picture":  # this moment, or a beat nearly played out
            if which == RANGE:
                return ExportOptions(size=size, beat=self.first.currentData(), caption=self.caption.isChecked())
            return ExportOptions(size=size, t=self.t, caption=self.caption.isChecked())
        options = dict(size=size, fps=self.fps.value(), caption=self.caption.isChecked())
        if which == THIS:
            options["beat"] = self.story.beat_at(self.t).name
        elif which == RANGE:
            options["first"], options["last"] = self.first.currentData(), self.last.currentData()
        return ExportOptions(**options)

    def make_job(self) -> ExportJob:
        """The export asked for (AlchemistError with one line when it cannot be made; nothing is written)."""
        text = self.path.text().strip()
        if not text:
            raise AlchemistError(self.tr("Choose a file to export to."))
        if self.format() is None:
            raise AlchemistError(self._suffix_problem())
        return ExportJob(Path(text).expanduser(), self.story, self.options())

    def accept(self) -> None:
        try:
            self.job = self.make_job()
        except AlchemistError as exc:
            self.problem.setText(str(exc))
            return
        super().accept()

    # -- keeping the fields in step --------------------------------------------------------------------
    def _on_path(self) -> None:
        fmt = self.format()
        if fmt is not None and fmt is not self._format:
            old, self._format = self._format, fmt
            if fmt.size is not None and (old is None or old.size != fmt.size):
                self.width_box.setValue(fmt.size[0])
                self.height_box.setValue(fmt.size[1])
            if fmt.kind == "animation":
                low, high = F.FPS_RANGE[fmt.suffix.lstrip(".")]
                self.fps.setRange(low, high)
                if old is None or old.fps != fmt.fps:
                    self.fps.setValue(fmt.fps)
                high_size = F.GIF_MAX_SIZE if fmt.suffix == ".gif" else F.MAX_SIZE
                self.width_box.setMaximum(high_size[0])
                self.height_box.setMaximum(high_size[1])
            else:
                self.width_box.setMaximum(F.MAX_SIZE[0])
                self.height_box.setMaximum(F.MAX_SIZE[1])
            if old is None or old.kind != fmt.kind:
                self.caption.setChecked(fmt.caption)
        self._update()

    def _update(self, *_) -> None:
        fmt = self.format()
        kind = fmt.kind if fmt is not None else None
        drawn = kind in ("picture", "animation")
        for widget in (self.width_box, self.height_box, self.times, self.size_label, self.caption):
            widget.setEnabled(drawn)
        for widget in (self.fps, self.fps_label):
            widget.setEnabled(kind == "animation")
        for widget in (self.this, self.range, self.first, self.last, self.to_label, self.whole, self.beats_label):
            widget.setEnabled(drawn)
        self.whole.setVisible(kind != "picture")
        self.last.setVisible(kind != "picture")
        self.to_label.setVisible(kind != "picture")
        if kind == "picture" and self.which.checkedId() == WHOLE:
            self.this.setChecked(True)
        self._retranslate_choices(kind)
        self.kind.setText(self._kind_text(fmt))
        self.summary.setText(self._summary(fmt))
        problem = ""
        if fmt is None:
            problem = self._suffix_problem() if self.path.text().strip() else self.tr("Choose a file to export to.")
        elif kind == "animation":
            try:
                self.make_job()
            except AlchemistError as exc:
                problem = str(exc)
        self.problem.setText(problem)
        self.export_button.setEnabled(fmt is not None)

    def _summary(self, fmt) -> str:
        if fmt is None:
            return ""
        if fmt.kind == "numbers":
            return self.tr("The numbers of the whole run, as the model computed them (no picture).")
        if fmt.kind == "picture":
            options = self.options()
            if options.beat is not None:
                return self.tr("The stage near the end of “%1”.").replace("%1", self.first.currentText())
            return self.tr("The stage as it is now (%1 into the story).").replace("%1", clock_text(self.t))
        beats = self.story.beats
        options = self.options()
        if options.beat is not None:
            a = b = next(i for i, x in enumerate(beats) if x.name == options.beat)
        elif options.first is not None:
            a, b = self.first.currentIndex(), self.last.currentIndex()
        else:
            a, b = 0, len(beats) - 1
        if a > b:
            return ""
        seconds = beats[b].end - beats[a].start
        frames = max(1, round(seconds * self.fps.value()))
        return self.tr("%1 frames: %2 s of the story.").replace("%1", f"{frames:,}").replace("%2", f"{seconds:.1f}")

    def _suffix_problem(self) -> str:
        return self.tr("The file name must end in .png, .svg, .gif, .mp4, .json, .npz or .csv: the ending chooses "
                       "the format.")

    def _kind_text(self, fmt) -> str:
        if fmt is None:
            return self.tr("Pictures: .png .svg · animations: .gif .mp4 · numbers: .json .npz .csv")
        return {
            ".png": self.tr("A picture of the stage (PNG)."),
            ".svg": self.tr("A picture of the stage as vector graphics (SVG): sharp on any slide."),
            ".gif": self.tr("An animation that loops (GIF)."),
            ".mp4": self.tr("A video (H.264 MP4)."),
            ".json": self.tr("The trace's numbers as JSON (what `trace --json` prints)."),
            ".npz": self.tr("Every array of the trace at full precision (NumPy .npz)."),
            ".csv": self.tr("The followed head's attention matrix, with the words as labels (CSV)."),
        }[fmt.suffix]

    def _browse(self) -> None:
        filters = ";;".join([self.tr("Pictures (*.png *.svg)"), self.tr("Animations (*.gif *.mp4)"),
                             self.tr("Numbers (*.json *.npz *.csv)")])
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), self.path.text(), filters)
        if path:
            self.path.setText(path)

    # -- language --------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export"))
        self.file_label.setText(self.tr("File"))
        self.browse.setText(self.tr("Choose…"))
        self.size_label.setText(self.tr("Size"))
        self.width_box.setSuffix(self.tr(" px"))
        self.height_box.setSuffix(self.tr(" px"))
        self.fps_label.setText(self.tr("Frames a second"))
        self.beats_label.setText(self.tr("What"))
        self.to_label.setText(self.tr("to"))
        self.caption.setText(self.tr("With the narration as a caption"))
        self.caption.setToolTip(self.tr("The step's title and line under the stage, in the window's language"))
        self.export_button.setText(self.tr("Export"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self._update()

    def _retranslate_choices(self, kind) -> None:
        beat = beat_text(self.story.beat_at(self.t), "title")
        if kind == "picture":
            self.this.setText(self.tr("This moment (%1, “%2”)").replace("%1", clock_text(self.t)).replace("%2", beat))
            self.range.setText(self.tr("The end of the step"))
        else:
            self.this.setText(self.tr("This step (“%1”)").replace("%1", beat))
            self.range.setText(self.tr("From"))
        self.whole.setText(self.tr("The whole story"))


class ExportProgress(Translatable, QDialog):
    """A running export: its bar, the time left, and Cancel.  Not modal: the window goes on working meanwhile."""

    cancel_requested = Signal()

    def __init__(self, name: str, total: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("exportProgress")
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.name, self.total = name, total
        self.done, self.eta = 0, -1.0
        self.heading = QLabel()
        self.bar = QProgressBar()
        self.bar.setRange(0, max(1, total))
        self.detail = QLabel()
        self.detail.setObjectName("hint")
        self.cancel = QPushButton()
        self.cancel.setObjectName("exportCancel")
        self.cancel.clicked.connect(self.cancel_requested.emit)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.bar)
        layout.addWidget(self.detail)
        layout.addLayout(row)
        self.setMinimumWidth(420)
        self.retranslate()

    def show_progress(self, done: int, total: int, eta_s: float) -> None:
        self.done, self.total, self.eta = done, total, eta_s
        self.bar.setRange(0, max(1, total))
        self.bar.setValue(done)
        self._detail()

    def _detail(self) -> None:
        frames = self.tr("Frame %1 of %2").replace("%1", f"{self.done:,}").replace("%2", f"{self.total:,}")
        if self.total <= 1:
            frames = ""
        if self.eta < 0:
            left = self.tr("working out the time left…")
        else:
            left = self.tr("about %1 left").replace("%1", clock_text(self.eta))
        self.detail.setText(" · ".join(t for t in (frames, left) if t))

    def reject(self) -> None:  # Esc or the window's close button: cancel, as the button does
        self.cancel_requested.emit()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Exporting"))
        self.heading.setText(self.tr("Exporting “%1”…").replace("%1", self.name))
        self.cancel.setText(self.tr("Cancel"))
        self._detail()
