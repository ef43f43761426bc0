"""Export from the window: File › Export… runs an ExportJob through an ExportRunner (alchemist_gui/export), a few
milliseconds per turn of the event loop, so the window keeps playing and answering; a progress window shows the
frames, the time left and Cancel.  A cancelled or failed export leaves no file (the export package writes under a
temporary name and renames only when complete); the message row says what happened.

Ctrl+Shift+C copies the stage as it is on screen now to the clipboard.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication

from ..export.runner import ExportRunner
from ..retranslate import tr
from .export_dialog import ExportDialog, ExportProgress


def size_text(n: int) -> str:
    return f"{n / 1e6:.1f} MB" if n >= 100_000 else f"{max(1, round(n / 1e3))} kB"


class Exports(QObject):
    finished = Signal(object)  # ExportResult
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.folder = Path.home()  # where the next export is offered (the last folder used)
        self.dialog: ExportDialog | None = None
        self.progress: ExportProgress | None = None
        self.runner: ExportRunner | None = None
        self._suffix = ".png"

    @property
    def running(self) -> bool:
        return self.runner is not None and self.runner.running

    # -- the dialog ------------------------------------------------------------------------------------
    def ask(self) -> ExportDialog | None:
        """Open the export dialog (not blocking: it runs the export when accepted).  While an export runs,
        its progress window comes forward instead."""
        if self.running:
            self.progress.show()
            self.progress.raise_()
            return None
        w = self.window
        story = w.session.story
        if story is None:
            w.banner.show_message("export", "notice", lambda: tr("There is nothing to export yet: the workshop is "
                                                                  "still getting ready."))
            return None
        beat = story.beat_at(w.clock.time).name
        path = self.folder / f"alchemist-{beat}{self._suffix}"
        from ..export.video import warm_up_in_background

        warm_up_in_background()  # while the teacher chooses, not when the export starts
        self.dialog = dialog = ExportDialog(story, w.clock.time, path, w)
        dialog.accepted.connect(lambda: self.start(dialog.job))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    # -- running ---------------------------------------------------------------------------------------
    def start(self, job) -> ExportRunner:
        self.folder, self._suffix = job.out.parent, job.out.suffix
        self.progress = progress = ExportProgress(job.out.name, job.total, self.window)
        self.runner = runner = ExportRunner(job, parent=progress)
        runner.progress.connect(progress.show_progress)
        runner.finished.connect(self._on_finished)
        runner.failed.connect(self._on_failed)
        runner.cancelled.connect(lambda: self._on_cancelled(job.out.name))
        progress.cancel_requested.connect(runner.cancel)
        progress.show()
        runner.start()
        return runner

    def cancel(self) -> None:
        if self.running:
            self.runner.cancel()

    def _close_progress(self) -> None:
        progress, self.progress, self.runner = self.progress, None, None
        if progress is not None:
            progress.hide()
            progress.deleteLater()

    def _on_finished(self, result) -> None:
        self._close_progress()
        name, folder = result.path.name, result.path.resolve().parent
        self.window.banner.show_message(
            "export", "notice", lambda: tr("Exported “%1” (%2) in %3 s.").replace("%1", name).replace(
                "%2", size_text(result.bytes)).replace("%3", f"{result.seconds:.1f}"),
            action=(tr("Show the folder"), lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))))
        self.finished.emit(result)

    def _on_failed(self, message: str) -> None:
        self._close_progress()
        self.window.banner.show_message("export", "error", lambda: tr(
            "The export failed, and nothing was written: %1").replace("%1", message))
        self.failed.emit(message)

    def _on_cancelled(self, name: str) -> None:
        self._close_progress()
        self.window.banner.show_message("export", "notice", lambda: tr(
            "The export of “%1” was cancelled: nothing was written.").replace("%1", name))
        self.cancelled.emit()

    # -- the clipboard ---------------------------------------------------------------------------------
    def copy_picture(self):
        """The stage as it is on screen now, at the screen's full resolution, to the clipboard; returns the image."""
        image = self.window.stage.viewport().grab().toImage()
        QGuiApplication.clipboard().setImage(image)
        w, h = image.width(), image.height()
        self.window.banner.show_message("clipboard", "notice", lambda: tr(
            "Copied a picture of the stage (%1 × %2 pixels) to the clipboard.").replace("%1", str(w)).replace(
            "%2", str(h)))
        return image
