"""The story's clock: story time t in seconds, the one thing that moves time (the stage only draws
``story.pose(t)``).  Its timer runs only while playing, so a paused window has no timer running at all.
The session owns one; the timeline, the keys, the game and presentation mode drive it.
"""
from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QObject, Qt, QTimer, Signal

from .constants import FRAME_MS


class StoryClock(QObject):
    """Story time t in seconds. ``play_until`` plays up to a moment and pauses there (one beat at a time)."""

    time_changed = Signal(float)
    playing_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._t = 0.0
        self._duration = 0.0
        self._speed = 1.0
        self._stop_at: float | None = None
        self._timer = QTimer(self)
        self._timer.setObjectName("story-clock")
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(FRAME_MS)
        self._timer.timeout.connect(self._tick)
        self._elapsed = QElapsedTimer()

    # -- state ---------------------------------------------------------------------------------------
    @property
    def time(self) -> float:
        return self._t

    @property
    def duration(self) -> float:
        return self._duration

    @property
    def playing(self) -> bool:
        return self._timer.isActive()

    @property
    def speed(self) -> float:
        return self._speed

    def set_speed(self, speed: float) -> None:
        self._speed = max(0.05, float(speed))

    def set_duration(self, duration: float) -> None:
        self._duration = max(0.0, float(duration))
        if self._t > self._duration:
            self.seek(self._duration)

    # -- control -------------------------------------------------------------------------------------
    def seek(self, t: float) -> None:
        t = min(max(0.0, float(t)), self._duration)
        if t != self._t:
            self._t = t
            self.time_changed.emit(t)

    def play(self) -> None:
        self.play_until(None)

    def play_until(self, stop_at: float | None) -> None:
        if self._duration <= 0:
            return
        if stop_at is None and self._t >= self._duration - 1e-6:
            self.seek(0.0)  # play at the end starts over, as media players do
        self._stop_at = None if stop_at is None else min(float(stop_at), self._duration)
        self._elapsed.restart()
        if not self._timer.isActive():
            self._timer.start()
            self.playing_changed.emit(True)

    def pause(self) -> None:
        self._stop_at = None
        if self._timer.isActive():
            self._timer.stop()
            self.playing_changed.emit(False)

    def toggle(self) -> None:
        self.pause() if self.playing else self.play()

    def _tick(self) -> None:
        dt = self._elapsed.restart() / 1000.0
        end = self._duration if self._stop_at is None else self._stop_at
        t = min(self._t + dt * self._speed, end)
        self._t = t
        self.time_changed.emit(t)
        if t >= end - 1e-9:
            self.pause()
