"""The controls that drive the story's clock (clock.py): play/pause, beat steps, beat chips, scrub slider, speed."""
from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (QAbstractButton, QButtonGroup, QComboBox, QHBoxLayout, QLabel, QSizePolicy, QSlider,
                               QStyle, QStyleOptionSlider, QToolButton, QVBoxLayout, QWidget)

from .clock import StoryClock
from .constants import BEAT_END, SPEEDS
from .narration import beat_text
from .retranslate import Translatable
from .theme import ACCENT, ACCENT_DARK, INK, INK_SOFT, PAPER_DARK



NUMBER_CHIP_W = 34  # a chip that shows only its step number


class JumpSlider(QSlider):
    """A click on the track jumps straight there (a plain QSlider only steps towards the click)."""

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            option = QStyleOptionSlider()
            self.initStyleOption(option)
            handle = self.style().subControlRect(QStyle.ComplexControl.CC_Slider, option,
                                                 QStyle.SubControl.SC_SliderHandle, self)
            if not handle.contains(event.position().toPoint()):
                groove = self.style().subControlRect(QStyle.ComplexControl.CC_Slider, option,
                                                     QStyle.SubControl.SC_SliderGroove, self)
                x = event.position().x() - groove.x() - handle.width() / 2
                span = groove.width() - handle.width()
                self.setValue(QStyle.sliderValueFromPosition(self.minimum(), self.maximum(), int(x), max(1, span)))
                self.sliderPressed.emit()
        super().mousePressEvent(event)


class BeatChip(QAbstractButton):
    """One beat: its number and title; the current one fills with the beat's progress."""

    def __init__(self, index: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.index = index
        self.progress = 0.0
        self.compact = False  # the row is too narrow for every title: only the current chip shows its title
        self.setCheckable(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(28)

    def sizeHint(self) -> QSize:
        return QSize(90, QFontMetrics(self.font()).height() + 16)

    def set_progress(self, progress: float) -> None:
        progress = min(max(progress, 0.0), 1.0)
        if abs(progress - self.progress) > 1e-3:
            self.progress = progress
            self.update()

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = QRectF(self.rect()).adjusted(1.5, 2.5, -1.5, -2.5)
        path = QPainterPath()
        path.addRoundedRect(r, 7, 7)
        current = self.isChecked()
        p.fillPath(path, QColor("#fff8ec") if current else QColor(PAPER_DARK))
        if current and self.progress > 0:  # the played part of the current beat
            p.save()
            p.setClipPath(path)
            p.fillRect(QRectF(r.left(), r.top(), r.width() * self.progress, r.height()), QColor(ACCENT).lighter(150))
            p.restore()
        if self.underMouse() and not current:
            p.fillPath(path, QColor(255, 255, 255, 120))
        p.setPen(QPen(QColor(ACCENT_DARK if current else "#d8ccb8"), 1.6 if current else 1.0))
        p.drawPath(path)
        if self.hasFocus():
            p.setPen(QPen(QColor(ACCENT_DARK), 1, Qt.PenStyle.DotLine))
            p.drawRoundedRect(r.adjusted(2, 2, -2, -2), 5, 5)
        # the step number in a small disc, then the title (elided when the chip is narrow; the tooltip has it all)
        small = QFont(self.font())
        small.setPointSizeF(small.pointSizeF() * 0.8)
        small.setBold(True)
        d = min(r.height() - 8, 18.0)
        disc = QRectF(r.left() + 5, r.center().y() - d / 2, d, d)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(ACCENT_DARK if current else "#cbbda6"))
        p.drawEllipse(disc)
        p.setFont(small)
        p.setPen(QColor("#ffffff"))
        p.drawText(disc, Qt.AlignmentFlag.AlignCenter, str(self.index + 1))
        font = QFont(self.font())
        font.setBold(current)
        p.setFont(font)
        p.setPen(QColor(INK if current else INK_SOFT))
        text_rect = r.adjusted(d + 10, 0, -4, 0)
        label = QFontMetrics(font).elidedText(self.text(), Qt.TextElideMode.ElideRight, int(text_rect.width()))
        if (label != self.text() or self.compact) and not current:
            label = ""  # a narrow chip shows its number only ("Pou…" helps nobody); the tooltip has the title
        p.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, label)

    def enterEvent(self, event) -> None:
        self.update()
        super().enterEvent(event)

    def leaveEvent(self, event) -> None:
        self.update()
        super().leaveEvent(event)


class Timeline(Translatable, QWidget):
    """Transport buttons, one chip per beat (click to jump) and a slider over the whole story."""

    speed_changed = Signal(float)

    def __init__(self, clock: StoryClock, parent: QWidget | None = None):
        super().__init__(parent)
        self.clock = clock
        self._beats: tuple = ()  # (name, start, end, title)
        self._story = None  # the story on screen (it knows which beat a moment belongs to)
        self._stretched_for: int | None = None  # the chip the row's stretch factors favour
        self._slider_scale = 100.0  # slider steps per second

        style = self.style()
        self.to_start = self._button(style.standardIcon(QStyle.StandardPixmap.SP_MediaSkipBackward))
        self.back = self._button(style.standardIcon(QStyle.StandardPixmap.SP_MediaSeekBackward))
        self.play = self._button(style.standardIcon(QStyle.StandardPixmap.SP_MediaPlay))
        self.play.setObjectName("playButton")
        self.play.setIconSize(QSize(26, 26))
        self.forward = self._button(style.standardIcon(QStyle.StandardPixmap.SP_MediaSeekForward))
        self.to_start.clicked.connect(self.to_workshop)
        self.back.clicked.connect(self.step_back)
        self.play.clicked.connect(self.clock.toggle)
        self.forward.clicked.connect(self.step_forward)

        self.slider = JumpSlider(Qt.Orientation.Horizontal)
        self.slider.setObjectName("scrubSlider")
        self.slider.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.slider.setRange(0, 0)
        self.slider.sliderPressed.connect(self.clock.pause)
        self.slider.valueChanged.connect(self._on_slider)
        self.time_label = QLabel("0:00 / 0:00")
        self.time_label.setObjectName("timeLabel")
        self.time_label.setMinimumWidth(90)
        self.speed_label = QLabel()
        self.speed = QComboBox()
        self.speed.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        for s in SPEEDS:
            self.speed.addItem(f"{s:g}×", s)
        self.speed.setCurrentIndex(SPEEDS.index(1.0))
        self.speed.currentIndexChanged.connect(self._on_speed)

        self.chips_row = QHBoxLayout()
        self.chips_row.setSpacing(3)
        self.chip_group = QButtonGroup(self)
        self.chip_group.setExclusive(True)
        self.chip_group.idClicked.connect(self.jump_to_beat_index)
        self.chips: list[BeatChip] = []

        transport = QHBoxLayout()
        transport.setSpacing(4)
        for w in (self.to_start, self.back, self.play, self.forward):
            transport.addWidget(w)
        transport.addSpacing(8)
        transport.addWidget(self.slider, 1)
        transport.addSpacing(8)
        transport.addWidget(self.time_label)
        transport.addSpacing(12)
        transport.addWidget(self.speed_label)
        transport.addWidget(self.speed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 8)
        layout.setSpacing(4)
        layout.addLayout(self.chips_row)
        layout.addLayout(transport)

        clock.time_changed.connect(self._on_time)
        clock.playing_changed.connect(self._on_playing)
        self.retranslate()

    def _button(self, icon) -> QToolButton:
        b = QToolButton()
        b.setIcon(icon)
        b.setIconSize(QSize(20, 20))
        b.setAutoRaise(True)
        b.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        return b

    def bind(self, session) -> None:
        """One chip per beat of the story on screen (titles translated and filled in with its numbers)."""
        def show(run, *_):
            self._story = run.story
            self.set_beats([(b.name, b.start, b.end, beat_text(b, "title")) for b in run.story.beats])
        self._show_run = lambda: session.run is not None and show(session.run)
        session.run_shown.connect(show)
        session.story_changed.connect(show)

    # -- beats ---------------------------------------------------------------------------------------
    def set_beats(self, beats) -> None:
        """beats: iterable of (name, start, end, translated title)."""
        beats = tuple(beats)
        if beats == self._beats and self.slider.maximum() == int(round(self.clock.duration * self._slider_scale)):
            return  # a re-run usually keeps every title: nothing to lay out again
        if [b[0] for b in beats] != [b[0] for b in self._beats]:
            for chip in self.chips:
                self.chip_group.removeButton(chip)
                chip.deleteLater()
            self.chips = []
            for i, beat in enumerate(beats):
                chip = BeatChip(i)
                chip.setObjectName(f"beat-{beat[0]}")
                self.chip_group.addButton(chip, i)
                self.chips_row.addWidget(chip)
                self.chips.append(chip)
        self._beats = beats
        for chip, (_, _, _, title) in zip(self.chips, beats):
            chip.setText(title)
            chip.setToolTip(title)
        self._stretched_for = None
        self.slider.blockSignals(True)
        self.slider.setRange(0, int(round(self.clock.duration * self._slider_scale)))
        self.slider.blockSignals(False)
        self._on_time(self.clock.time)

    def _restretch(self, current: int) -> None:
        """Room in proportion to what each title needs (the current one is bold). When the row is too narrow for
        every title, the other chips keep just their numbers and the current one gets its whole title."""
        self._stretched_for = current
        regular = QFontMetrics(self.font())
        bold_font = QFont(self.font())
        bold_font.setBold(True)
        bold = QFontMetrics(bold_font)
        needed = [(bold if j == current else regular).horizontalAdvance(chip.text()) + 36 + (30 if j == current else 0)
                  for j, chip in enumerate(self.chips)]
        compact = sum(needed) + 3 * len(needed) > self.width() - 20
        for j, chip in enumerate(self.chips):
            room = needed[j] if (j == current or not compact) else NUMBER_CHIP_W
            self.chips_row.setStretch(self.chips_row.indexOf(chip), room)
            if chip.compact != compact:
                chip.compact = compact
                chip.update()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._beats:
            self._restretch(self.beat_index_at(self.clock.time))

    def beat_index_at(self, t: float) -> int:
        return self._story.beat_index_at(t) if self._story is not None else 0

    def current_beat(self) -> str | None:
        return self._beats[self.beat_index_at(self.clock.time)][0] if self._beats else None

    def jump_to_beat_index(self, index: int) -> None:
        """Show beat ``index`` from its start and play it to its end, like a slide with builds."""
        if not self._beats:
            return
        index = min(max(index, 0), len(self._beats) - 1)
        _, start, end, _ = self._beats[index]
        self.clock.pause()
        self.clock.seek(start)
        self.clock.play_until(end - BEAT_END)

    def step_forward(self) -> None:
        if self._beats:
            i = self.beat_index_at(self.clock.time)
            if i == len(self._beats) - 1 or self.clock.time >= self.clock.duration - 1e-6:
                self.clock.pause()
                self.clock.seek(self.clock.duration)  # the last step shows the finished prediction
            else:
                self.jump_to_beat_index(i + 1)

    def to_workshop(self) -> None:
        """Back to the first moment when the whole workshop stands (the end of the opening beat), paused."""
        self.clock.pause()
        self.clock.seek(self._beats[0][2] - BEAT_END if self._beats else 0.0)

    def step_back(self) -> None:
        if self._beats:
            i = self.beat_index_at(self.clock.time)
            start = self._beats[i][1]
            # a little way into a beat, "back" replays it; at its start, it goes to the beat before
            self.jump_to_beat_index(i if self.clock.time - start > 0.6 else i - 1)

    # -- clock -> widgets ----------------------------------------------------------------------------
    def _on_time(self, t: float) -> None:
        self.slider.blockSignals(True)
        self.slider.setValue(int(round(t * self._slider_scale)))
        self.slider.blockSignals(False)
        self.time_label.setText(f"{_clock_text(t)} / {_clock_text(self.clock.duration)}")
        if self._beats:
            i = self.beat_index_at(t)
            if i != self._stretched_for:
                self._restretch(i)
            for j, chip in enumerate(self.chips):
                chip.setChecked(j == i)
                _, start, end, _ = self._beats[j]
                chip.set_progress((t - start) / (end - start) if j == i and end > start else 0.0)

    def _on_slider(self, value: int) -> None:
        self.clock.seek(value / self._slider_scale)

    def _on_playing(self, playing: bool) -> None:
        pixmap = QStyle.StandardPixmap.SP_MediaPause if playing else QStyle.StandardPixmap.SP_MediaPlay
        self.play.setIcon(self.style().standardIcon(pixmap))
        self._retranslate_play()

    def _on_speed(self, index: int) -> None:
        speed = self.speed.itemData(index)
        self.clock.set_speed(speed)
        self.speed_changed.emit(speed)

    def set_speed(self, speed: float) -> None:
        if speed in SPEEDS:
            self.speed.setCurrentIndex(SPEEDS.index(speed))

    # -- language ------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        if getattr(self, "_show_run", None):
            self._show_run()  # the chips' titles
        self.to_start.setToolTip(self.tr("Back to the start"))
        self.back.setToolTip(self.tr("Previous step (←)"))
        self.forward.setToolTip(self.tr("Next step (→)"))
        self.slider.setToolTip(self.tr("Drag to scrub through the whole story"))
        self.speed_label.setText(self.tr("Speed"))
        self.speed.setToolTip(self.tr("Playback speed"))
        self._retranslate_play()

    def _retranslate_play(self) -> None:
        self.play.setToolTip(self.tr("Pause (Space)") if self.clock.playing else self.tr("Play (Space)"))


def _clock_text(t: float) -> str:
    t = max(0, int(t))
    return f"{t // 60}:{t % 60:02d}"
