"""Presentation mode (F5, View › Presentation; Esc leaves): the workshop on a projector, driven by a clicker.

Full screen, the stage and the narration only: the menu bar, the sentence bar, the selection bar, the message row,
the side panels, the timeline and the status bar go, and a thin progress line along the bottom stands for the
timeline.  The narration's type is scaled to the screen (its line is about 3.6 % of the screen's height, so it
reads from the back of a room).  A clicker's keys step the story beat by beat (PageDown/PageUp, → ←), B or "."
blanks the screen (again: back), Esc or F5 leaves.  During the beats of attention the stage zooms to the band
those beats act on (zoom.py) — the followed word's station and the bottles it pours from — and shows the whole
workshop for the others.

Entering takes a snapshot of everything it changes (geometry, window state, which bars and docks are shown, the
narration's fonts and margins, the page, the stage's zoom and scroll); leaving puts each back, so the window is
exactly as it was.  Closing the window while presenting leaves presentation mode first, so what the window saves
for next time is the normal layout.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QByteArray, QEvent, QMargins, QObject, QRect, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QTransform
from PySide6.QtWidgets import QApplication, QGraphicsView, QToolBar, QWidget

from ..narration import beat_text
from ..theme import ACCENT, PANEL
from .progress_line import ProgressLine
from .zoom import frame_for, story_rects

# type as fractions of the screen's height (the line: "at least ~3 %" is the brief; 3.6 % reads from the back)
TITLE_H, LINE_H, STEP_H, NOTE_H = 0.046, 0.036, 0.024, 0.027
SIDE_W = 0.045  # the narration's left and right margins, as a fraction of the screen's width
PROGRESS_H = 0.007  # the progress line's height, as a fraction of the screen's height (at least 4 px)
CURSOR_IDLE_MS = 2500  # the mouse pointer hides after this long without moving

FORWARD = {Qt.Key.Key_PageDown, Qt.Key.Key_Right, Qt.Key.Key_Down}
BACK = {Qt.Key.Key_PageUp, Qt.Key.Key_Left, Qt.Key.Key_Up}
BLANK = {Qt.Key.Key_B, Qt.Key.Key_Period}
LEAVE = {Qt.Key.Key_Escape, Qt.Key.Key_F5}
OTHER = {Qt.Key.Key_Space, Qt.Key.Key_Home, Qt.Key.Key_End, Qt.Key.Key_N}
HANDLED = FORWARD | BACK | BLANK | LEAVE | OTHER


@dataclass
class Snapshot:
    """What presentation mode changes, as it was before."""

    geometry: QByteArray
    rect: QRect  # the window's geometry (restored as it is: restoreGeometry may move a window by its frame)
    state: Qt.WindowState
    layout: QByteArray  # toolbars and docks (QMainWindow.saveState)
    hidden: dict = field(default_factory=dict)  # widget -> isHidden()
    fonts: dict = field(default_factory=dict)  # widget -> (font, whether it was set on the widget itself)
    line_min_height: int = 0
    line_alignment: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft
    margins: QMargins = field(default_factory=QMargins)
    note_open: bool = False
    style: str = ""
    page: str | None = None
    auto_fit: bool = True
    transform: QTransform = field(default_factory=QTransform)
    scroll: tuple = (0, 0)
    update_mode: QGraphicsView.ViewportUpdateMode = QGraphicsView.ViewportUpdateMode.FullViewportUpdate


class BlankScreen(QWidget):
    """The black screen a presenter shows while talking (B)."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("presentationBlank")
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.hide()

    def paintEvent(self, event) -> None:
        QPainter(self).fillRect(self.rect(), QColor("black"))


class Presentation(QObject):
    changed = Signal(bool)  # entered (True) or left (False)

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.snapshot: Snapshot | None = None
        self.progress = ProgressLine(window.clock, window)
        self.progress.hide()
        self.blank_screen = BlankScreen(window)
        self._rects, self._rects_for = {}, None  # each beat's reading rect, for the story they were made for
        self._zoom = ...  # the rect shown now (None: the whole workshop; ...: not decided yet)
        self._beat = None  # the index of the beat on screen
        self._line_height = 0
        self._lent: list = []  # menu actions added to the window while the menu bar is hidden
        self._cursor_hidden = False
        self._cursor_timer = QTimer(self)
        self._cursor_timer.setObjectName("presentation-cursor")
        self._cursor_timer.setSingleShot(True)
        self._cursor_timer.setInterval(CURSOR_IDLE_MS)
        self._cursor_timer.timeout.connect(self._hide_cursor)
        self._rezoom = QTimer(self)  # after the stage's own refit on a resize
        self._rezoom.setObjectName("presentation-rezoom")
        self._rezoom.setSingleShot(True)
        self._rezoom.setInterval(0)
        self._rezoom.timeout.connect(lambda: self.update_zoom(force=True))
        window.installEventFilter(self)
        window.stage.installEventFilter(self)
        session = window.session
        window.clock.time_changed.connect(self._on_time)
        session.run_shown.connect(lambda *_: self._on_story())
        session.story_changed.connect(lambda *_: self._on_story())
        window.stage.settled.connect(self._repaint_what_changed)

    # -- state -----------------------------------------------------------------------------------------
    @property
    def active(self) -> bool:
        return self.snapshot is not None

    @property
    def blanked(self) -> bool:
        return self.blank_screen.isVisible()

    @property
    def zoomed_to(self):
        """The stage rect shown (x, y, w, h), or None while the whole workshop is shown."""
        return None if self._zoom is ... else self._zoom

    def toggle(self) -> None:
        self.leave() if self.active else self.enter()

    # -- entering --------------------------------------------------------------------------------------
    def enter(self) -> None:
        if self.active:
            return
        w = self.window
        self.snapshot = snap = self._take_snapshot()
        if snap.page not in (None, "workshop"):
            w.show_page("workshop")
        for widget in self._bars():
            widget.hide()
        w.narration.note_toggle.hide()
        w.stage.fit()  # auto-fit (no scroll bars) is the state presentation mode zooms from
        self._repaint_what_changed()
        self._scale_narration()
        w.showFullScreen()
        self._place_overlays()
        self.progress.show()
        self.progress.raise_()
        self._zoom, self._beat = ..., None
        self._on_story()
        # the menus' shortcuts (Ctrl+Shift+C, Ctrl+E …) belong to the hidden menu bar: lend them to the window
        self._lent = [a for a in w.menus.actions.values() if a not in w.actions()]
        w.addActions(self._lent)
        QApplication.instance().installEventFilter(self)
        self._cursor_timer.start()
        w.stage.setFocus()
        self.changed.emit(True)

    def _bars(self) -> list[QWidget]:
        w = self.window
        return [w.menuBar(), w.statusBar(), w.selection_bar, w.banner, *w.findChildren(QToolBar), *w.docks.all()]

    def _take_snapshot(self) -> Snapshot:
        w = self.window
        n = w.narration
        stage = w.stage
        return Snapshot(
            geometry=w.saveGeometry(), rect=w.geometry(), state=w.windowState(), layout=w.saveState(),
            hidden={widget: widget.isHidden() for widget in self._bars()},
            fonts={label: (QFont(label.font()), label.testAttribute(Qt.WidgetAttribute.WA_SetFont))
                   for label in (n.title, n.line, n.step_label, n.note)},
            line_min_height=n.line.minimumHeight(), line_alignment=n.line.alignment(), margins=n.layout().contentsMargins(),
            note_open=n.note_toggle.isChecked(), style=n.styleSheet(), page=getattr(w, "page", None),
            auto_fit=getattr(stage, "_auto_fit", True), transform=stage.transform(),
            scroll=(stage.horizontalScrollBar().value(), stage.verticalScrollBar().value()),
            update_mode=stage.viewportUpdateMode())

    def screen_size(self):
        screen = self.window.screen()
        return screen.geometry().size() if screen is not None else self.window.size()

    def _scale_narration(self) -> None:
        """Type for a room: sizes in pixels, from the screen's height."""
        n = self.window.narration
        size = self.screen_size()
        h = size.height()
        # (the style sheet first: setting one re-polishes the labels, which would drop fonts set before it)
        n.setStyleSheet(f"QFrame#narration {{ background: {PANEL}; border-top: {max(2, round(h * 0.003))}px solid "
                        f"{ACCENT}; }}")
        for label, share, bold in ((n.title, TITLE_H, True), (n.line, LINE_H, False), (n.step_label, STEP_H, False),
                                   (n.note, NOTE_H, False)):
            font = QFont(label.font())
            font.setPixelSize(max(12, round(share * h)))
            font.setBold(bold)
            label.setFont(font)
        n.line.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)  # under the title, however tall
        side = round(SIDE_W * size.width())
        n.layout().setContentsMargins(side, round(0.016 * h), side, round(0.016 * h) + self._progress_height())
        self._line_height = 0
        self._reserve_lines()

    def _repaint_what_changed(self) -> None:
        """Each frame repaints only the parts of the stage that changed (the stage repaints all of itself by
        default, and goes back to that whenever it has taken a new story in).  On a 4K projector a full repaint
        is four times the pixels of 1080p; most beats change a small part of the picture."""
        if self.active:
            self.window.stage.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)

    def _progress_height(self) -> int:
        return max(4, round(PROGRESS_H * self.screen_size().height()))

    def _reserve_lines(self) -> None:
        """Room under the title for the longest line of this story's beats at this width: the narration then
        keeps its height from beat to beat, and the stage above it keeps its size (a stage of another size
        draws every cached picture again)."""
        n = self.window.narration
        story = self.window.session.story
        margins = n.layout().contentsMargins()
        width = max(200, self.screen_size().width() - margins.left() - margins.right())
        metrics = QFontMetrics(n.line.font())
        texts = [n.line.text()]
        if story is not None:
            texts += [beat_text(beat, "line") for beat in story.beats]
        needed = max(metrics.boundingRect(QRect(0, 0, width, 100_000), Qt.TextFlag.TextWordWrap, t).height()
                     for t in texts)
        needed = max(needed, 2 * metrics.lineSpacing()) + 2
        if needed > self._line_height:
            self._line_height = needed
            n.line.setMinimumHeight(needed)

    def _place_overlays(self) -> None:
        rect = self.window.rect()
        h = self._progress_height()
        self.progress.setGeometry(0, rect.height() - h, rect.width(), h)
        self.blank_screen.setGeometry(rect)

    # -- leaving ---------------------------------------------------------------------------------------
    def leave(self) -> None:
        if not self.active:
            return
        snap, self.snapshot = self.snapshot, None
        w = self.window
        QApplication.instance().removeEventFilter(self)
        for action in self._lent:
            w.removeAction(action)
        self._lent = []
        self._cursor_timer.stop()
        self._show_cursor()
        self.blank_screen.hide()
        self.progress.hide()
        n = w.narration
        for label, (font, own) in snap.fonts.items():
            label.setFont(font if own else QFont())
            if not own:
                label.setAttribute(Qt.WidgetAttribute.WA_SetFont, False)
        n.line.setMinimumHeight(snap.line_min_height)
        n.line.setAlignment(snap.line_alignment)
        n.layout().setContentsMargins(snap.margins)
        n.setStyleSheet(snap.style)
        n.note_toggle.show()
        n.note_toggle.setChecked(snap.note_open)
        w.setWindowState(snap.state)
        if snap.state & (Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen):
            w.restoreGeometry(snap.geometry)
        else:
            w.setGeometry(snap.rect)
        w.restoreState(snap.layout)
        for widget, hidden in snap.hidden.items():
            widget.setHidden(hidden)
        if snap.page not in (None, "workshop"):
            w.show_page(snap.page)
        self._restore_zoom(snap)
        w.stage.setViewportUpdateMode(snap.update_mode)
        self._zoom = ...
        self.changed.emit(False)

    def _restore_zoom(self, snap: Snapshot) -> None:
        stage = self.window.stage
        stage.fit()
        if not snap.auto_fit and hasattr(stage, "_set_auto_fit"):  # the user had zoomed in by hand
            stage._set_auto_fit(False)
            stage.setTransform(snap.transform)
            stage.work.pixel = 1.0 / snap.transform.m11() if snap.transform.m11() > 0 else 0.0
            stage.horizontalScrollBar().setValue(snap.scroll[0])
            stage.verticalScrollBar().setValue(snap.scroll[1])

    # -- the blank screen ------------------------------------------------------------------------------
    def set_blank(self, on: bool) -> None:
        if not self.active or on == self.blanked:
            return
        if on:
            self.blank_screen.setGeometry(self.window.rect())
            self.blank_screen.show()
            self.blank_screen.raise_()
        else:
            self.blank_screen.hide()

    # -- following the story ---------------------------------------------------------------------------
    def _on_story(self) -> None:
        if not self.active:
            return
        story = self.window.session.story
        if story is not None:
            self.progress.set_beats([b.start for b in story.beats], story.duration)
        self._reserve_lines()
        self._beat = None
        self._on_time(self.window.clock.time)

    def _on_time(self, t: float) -> None:
        if not self.active:
            return
        story = self.window.session.story
        index = story.beat_index_at(t) if story is not None else None
        if index != self._beat:
            self._beat = index
            self.update_zoom()

    def update_zoom(self, force: bool = False) -> None:
        """Show the beat's reading rect when it makes the stage noticeably bigger; otherwise the whole workshop."""
        if not self.active:
            return
        story = self.window.session.story
        rect = None
        if story is not None:
            if self._rects_for is not story:
                self._rects, self._rects_for = story_rects(story), story
            rect = self._rects.get(story.beat_at(self.window.clock.time).name)
        stage = self.window.stage
        viewport = stage.viewport()
        rect = frame_for(rect, viewport.width(), viewport.height())
        if rect == self._zoom and not force:
            return
        self._zoom = rect
        if rect is None:
            stage.fit()
        else:
            stage.fitInView(QRectF(*rect), Qt.AspectRatioMode.KeepAspectRatio)
            scale = stage.transform().m11()
            stage.work.pixel = 1.0 / scale if scale > 0 else 0.0  # moving items land on whole device pixels

    # -- keys, the pointer, resizes, closing -----------------------------------------------------------
    def eventFilter(self, watched, event) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Close and watched is self.window and self.active:
            self.leave()  # the window saves its normal layout, not the full screen
        elif kind == QEvent.Type.Resize and self.active:
            if watched is self.window:
                self._place_overlays()
            elif watched is self.window.stage:
                self._rezoom.start()  # once the stage has refitted itself
        if kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) and self._ours(watched, event):
            if kind == QEvent.Type.ShortcutOverride:
                event.accept()  # no window shortcut takes it: the key press comes to this filter
            else:
                self._key(event.key())
            return True
        if kind == QEvent.Type.MouseMove:
            self._show_cursor()
            self._cursor_timer.start()
        return False

    def _ours(self, watched, event) -> bool:
        """A presenter's key, pressed in this window (a dialog opened meanwhile keeps its own keys)."""
        if not self.active or not isinstance(watched, QWidget) or watched.window() is not self.window:
            return False
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers not in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
            return False  # Ctrl+Shift+C and the like stay the window's
        return event.key() in HANDLED

    def _key(self, key) -> None:
        w = self.window
        if key in LEAVE:
            self.leave()
        elif key in BLANK:
            self.set_blank(not self.blanked)
        elif self.blanked:
            self.set_blank(False)  # any other key brings the picture back first (as slide software does)
        elif key in FORWARD:
            w.timeline.step_forward()
        elif key in BACK:
            w.timeline.step_back()
        elif key == Qt.Key.Key_Space:
            w.clock.toggle()
        elif key == Qt.Key.Key_Home:
            w.timeline.to_workshop()
        elif key == Qt.Key.Key_End:
            w.clock.pause()
            w.clock.seek(w.clock.duration)
        elif key == Qt.Key.Key_N:
            toggle = w.narration.note_toggle
            toggle.setChecked(not toggle.isChecked())  # the technical note, for the maths

    def _hide_cursor(self) -> None:
        if self.active and not self._cursor_hidden:
            self._cursor_hidden = True
            QApplication.setOverrideCursor(Qt.CursorShape.BlankCursor)

    def _show_cursor(self) -> None:
        if self._cursor_hidden:
            self._cursor_hidden = False
            QApplication.restoreOverrideCursor()

