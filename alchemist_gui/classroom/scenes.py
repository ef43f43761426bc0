"""Scenes in the window: File › Save this scene… (with the controls to lock) and File › Open a scene….

Saving takes what is on screen (the run's sentence, model folder, checkpoint and switches, the selection, the
clock's moment, the language) and the locks the teacher ticks.  Opening reads the file first (scene.py: a damaged
or newer file is refused with a clear message and the window keeps what it shows), then asks the session for the
whole scene in one run (``session.load``); once that run is on screen the clock goes to the scene's moment and
the language and the locks follow.  A refused run (e.g. a head this model does not have) changes nothing.

A model folder that is not on this computer: the scene opens on the bundled model, and the message row says so
(the sentence, switches and moment are still worth seeing; a switch the bundled model cannot take is refused
with its own reason).
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog

from engine.errors import AlchemistError

from ..constants import BEAT_END
from ..retranslate import tr
from ..session import LOCKABLE, Selection
from .lock_dialog import LockDialog
from .scene import SUFFIX, Scene, SceneError, model_folder, read_scene, write_scene

PICTURE_PROGRESS = 0.9  # a moment that fell outside its beat (another model's story): that beat nearly played


def read_error_text(error: SceneError, name: str) -> str:
    """The message row's line for a scene that could not be read (translated; the technical part as it is)."""
    if error.kind == "newer":
        from .scene import VERSION

        return tr("The scene “%1” was saved by a newer version of Alchemist (scene format %2; this version reads "
                  "up to format %3). Update Alchemist to open it.").replace("%1", name).replace(
            "%2", str(error.version)).replace("%3", str(VERSION))
    if error.kind == "corrupt":
        return tr("The scene “%1” is damaged or cut short, so it was not opened (%2).").replace(
            "%1", name).replace("%2", error.detail)
    if error.kind == "not_scene":
        return tr("“%1” is not an Alchemist scene, so it was not opened (%2).").replace("%1", name).replace(
            "%2", error.detail)
    return tr("The scene “%1” could not be opened: %2.").replace("%1", name).replace("%2", error.detail)


def missing_text(folder: str) -> str:
    return tr("Its model folder “%1” is not on this computer, so it shows the bundled model instead.").replace(
        "%1", folder)


class Scenes(QObject):
    opened = Signal(object)  # the Scene, once its run is on screen and its moment, language and locks applied
    failed = Signal(str)  # why a scene was not opened (or not saved)

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.folder = Path.home()  # where the file dialogs start (the last folder used)
        self._pending = None  # (scene, file name, missing model folder or None) of the run on its way
        window.session.refused.connect(self._on_refused)

    # -- saving ----------------------------------------------------------------------------------------
    def capture(self, locks=None) -> Scene:
        """The scene on screen now; ``locks``: the controls to hide (None: the ones hidden now)."""
        w = self.window
        session = w.session
        run = session.run
        if run is None:
            raise AlchemistError(tr("There is nothing to save yet: the workshop is still getting ready."))
        asked = run.request
        model = str(Path(asked.model).resolve()) if isinstance(asked.model, str) else None
        t = w.clock.time
        selection = session.selection
        language = w.translations.language if w.translations is not None else None
        return Scene(sentence=asked.sentence, model=model, checkpoint=asked.checkpoint, switches=asked.switches,
                     layer=selection.layer, head=selection.head, word=selection.word,
                     beat=run.story.beat_at(t).name, time=t, language=language,
                     locks=frozenset(session.locks if locks is None else locks))

    def save(self, path, locks=None) -> Path | None:
        """Write the scene on screen to ``path`` (".alchemist" added when it has no suffix); the message row says
        it is saved, or why not."""
        path = Path(path)
        if not path.suffix:
            path = path.with_suffix(SUFFIX)
        try:
            written = write_scene(path, self.capture(locks))
        except AlchemistError as exc:
            self._fail(tr("The scene could not be saved: %1").replace("%1", str(exc)))
            return None
        self.folder = written.parent
        self.window.banner.show_message("scene", "notice", lambda: tr("Saved the scene “%1”.").replace(
            "%1", written.name))
        return written

    def ask_save(self) -> None:
        dialog = LockDialog(self.window.session.locks, self.window, lockable=LOCKABLE)
        if dialog.exec() != LockDialog.DialogCode.Accepted:
            return
        path, _ = QFileDialog.getSaveFileName(self.window, tr("Save this scene"), str(self.folder / f"scene{SUFFIX}"),
                                              tr("Alchemist scenes (*.alchemist)"))
        if path:
            self.save(path, dialog.locks())

    # -- opening ---------------------------------------------------------------------------------------
    def ask_open(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.window, tr("Open a scene"), str(self.folder),
                                              tr("Alchemist scenes (*.alchemist);;All files (*)"))
        if path:
            self.open(path)

    def open(self, path) -> bool:
        """Read the scene and ask for its run; False (with a message, nothing changed) when the file is refused."""
        path = Path(path)
        name = path.name
        try:
            scene = read_scene(path)
        except SceneError as exc:
            self._fail(lambda error=exc: read_error_text(error, name))  # (exc is unbound after the block)
            return False
        self.folder = path.resolve().parent
        w = self.window
        folder, missing = model_folder(scene, path)
        banner = w.banner
        banner.dismiss("restore")  # last session's experiments: the scene says what to show
        if missing is not None:
            banner.show_message("scene", "notice", lambda: missing_text(missing))
        checkpoint = scene.checkpoint if missing is None else None  # a step of that model, not of the bundled one
        self._pending = (scene, name, missing)
        session = w.session
        session.after_run(lambda: self._finish(scene))
        session.load(scene.sentence, scene.switches, folder, checkpoint, Selection(scene.layer, scene.head, scene.word))
        return True

    def _finish(self, scene: Scene) -> None:
        """The scene's run is on screen: its moment, language and locks."""
        if self._pending is None or self._pending[0] is not scene:
            return
        _, name, missing = self._pending
        self._pending = None
        w = self.window
        story = w.session.story
        t = min(scene.time, story.duration)
        names = [b.name for b in story.beats]
        if scene.beat in names and story.beat_at(t).name != scene.beat:
            beat = story.beats[names.index(scene.beat)]
            t = min(beat.start + PICTURE_PROGRESS * (beat.end - beat.start), beat.end - BEAT_END)
        w.clock.pause()
        self._seek_when_settled(t)
        if scene.language is not None:
            w.set_language(scene.language)
        w.session.set_locks(scene.locks)
        def text() -> str:
            parts = [tr("Opened the scene “%1”.").replace("%1", name)]
            if missing is not None:
                parts.append(missing_text(missing))
            if scene.locks:
                parts.append(tr("Some controls are hidden for this lesson: File › Show the hidden controls brings "
                                "them back."))
            return " ".join(parts)
        w.banner.show_message("scene", "notice", text)
        self.opened.emit(scene)

    def _seek_when_settled(self, t: float) -> None:
        """The scene's moment, once the stage has taken the new story in.  A stage still configuring its items
        (gradually, over a few frames) that is asked for a later beat can paint parts it has not set up yet (a
        stage bug, reported), so the stage finishes first: one longer frame, once, when a scene opens."""
        w = self.window
        if w.stage.settling:
            w.stage.settle()
        w.clock.seek(t)

    def _on_refused(self, message: str) -> None:
        if self._pending is not None:
            name = self._pending[1]
            self._pending = None
            self._fail(lambda: tr("The scene “%1” could not be shown: %2").replace("%1", name).replace("%2", message))

    def unlock(self) -> None:
        self.window.session.set_locks(())

    def _fail(self, text) -> None:
        self.window.banner.show_message("scene", "error", text)
        self.failed.emit(text() if callable(text) else text)
