"""One training run in a separate process: ``python main.py train … --progress json`` under a QProcess.

The trainer prints one JSON object per line on stdout (step, steps, loss, tokens_per_s, eta_s, and the measured
losses and accuracy at each checkpoint), then {"done": true, …}.  It writes into a hidden sibling folder and
renames it into place only at the end, and a SIGTERM unwinds it, removing that folder.  Cancelling here sends
SIGTERM and, if the process has not ended after KILL_AFTER_MS, kills it — and then removes the hidden folder the
killed process left (the trainer's own name for it, with the process id), so a cancel never leaves anything.
"""
from __future__ import annotations

import json
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QProcess, QTimer, Signal

ROOT = Path(__file__).resolve().parents[2]
MAIN = ROOT / "main.py"
KILL_AFTER_MS = 4000  # a polite stop gets this long before the process is killed
STDERR_KEPT = 4000  # characters of the trainer's stderr kept for the message when it fails


@dataclass(frozen=True)
class TrainingOptions:
    out: Path
    steps: int
    patterns: tuple
    seed: int = 0
    mask: bool = True

    def arguments(self) -> list[str]:
        args = ["train", "--out", str(self.out), "--steps", str(self.steps), "--seed", str(self.seed),
                "--patterns", ",".join(self.patterns), "--progress", "json"]
        return args + ([] if self.mask else ["--no-mask"])


def staged_folder(out: Path, pid: int) -> Path:
    """The hidden folder the trainer (engine/train.py StagedFolder) writes into while it runs."""
    return out.parent / f".{out.name}.training-{pid}"


class TrainingRun(QObject):
    """Starts, follows and stops one training process; at most one at a time."""

    started = Signal()
    progressed = Signal(object)  # one step's JSON line (a dict)
    succeeded = Signal(str)  # the model folder, complete
    failed = Signal(str)  # one line for the user
    cancelled = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.options: TrainingOptions | None = None
        self.process: QProcess | None = None
        self.last: dict | None = None  # the last step line
        self.summary: dict | None = None  # the {"done": true} line
        self._pid = 0
        self._stdout = b""
        self._stderr = b""
        self._cancelling = False
        self._killed = False
        self._kill_timer = QTimer(self)
        self._kill_timer.setObjectName("training-kill")
        self._kill_timer.setSingleShot(True)
        self._kill_timer.setInterval(KILL_AFTER_MS)
        self._kill_timer.timeout.connect(self._kill)

    @property
    def running(self) -> bool:
        return self.process is not None and self.process.state() != QProcess.ProcessState.NotRunning

    def start(self, options: TrainingOptions) -> None:
        if self.running:
            raise RuntimeError("a training run is already going")
        self.options, self.last, self.summary = options, None, None
        self._stdout = self._stderr = b""
        self._cancelling = self._killed = False
        process = QProcess(self)
        process.setProgram(sys.executable)
        process.setArguments([str(MAIN), *options.arguments()])
        process.setWorkingDirectory(str(ROOT))
        process.readyReadStandardOutput.connect(self._read_stdout)
        process.readyReadStandardError.connect(self._read_stderr)
        process.finished.connect(self._on_finished)
        process.errorOccurred.connect(self._on_error)
        process.started.connect(self._on_started)
        self.process = process
        self._pid = 0
        process.start()
        self.started.emit()

    def cancel(self) -> None:
        """Stop it politely (the trainer removes what it wrote), and for good if it takes too long."""
        if not self.running:
            return
        self._cancelling = True
        self.process.terminate()
        self._kill_timer.start()

    def stop_now(self) -> None:
        """Stop it before the app goes (the window closes): wait for the polite stop, kill if needed, clean up."""
        if not self.running:
            return
        self._cancelling = True
        self.process.terminate()
        if not self.process.waitForFinished(KILL_AFTER_MS):
            self._kill()
            self.process.waitForFinished(2000)

    # -- the process's side -----------------------------------------------------------------------------
    def _on_started(self) -> None:
        self._pid = int(self.process.processId() or 0)  # names the trainer's hidden folder

    def _kill(self) -> None:
        if self.running:
            self._killed = True
            self.process.kill()

    def _read_stdout(self) -> None:
        self._stdout += bytes(self.process.readAllStandardOutput())
        *lines, self._stdout = self._stdout.split(b"\n")
        for line in lines:
            self._take_line(line)

    def _take_line(self, line: bytes) -> None:
        try:
            row = json.loads(line.decode("utf-8", "replace"))
        except json.JSONDecodeError:
            return  # not one of the trainer's lines (nothing else is printed on stdout in json mode)
        if not isinstance(row, dict):
            return
        if row.get("done"):
            self.summary = row
        elif "step" in row:
            self.last = row
            self.progressed.emit(row)

    def _read_stderr(self) -> None:
        self._stderr = (self._stderr + bytes(self.process.readAllStandardError()))[-STDERR_KEPT:]

    def _on_error(self, error) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            self._kill_timer.stop()
            self.failed.emit(self.tr("The trainer could not be started (%1): %2").replace(
                "%1", sys.executable).replace("%2", self.process.errorString()))

    def _on_finished(self, exit_code: int, exit_status) -> None:
        self._kill_timer.stop()
        if self.process is None:
            return
        self._read_stdout()
        if self._stdout.strip():
            self._take_line(self._stdout)
            self._stdout = b""
        self._read_stderr()
        out = self.options.out
        if self._cancelling:
            self._remove_leftovers()
            self.cancelled.emit()
        elif exit_status == QProcess.ExitStatus.NormalExit and exit_code == 0 and self.summary is not None:
            self.succeeded.emit(str(out))
        else:
            self._remove_leftovers()
            self.failed.emit(self._failure(exit_code, exit_status))

    def _remove_leftovers(self) -> None:
        """Only the trainer's own hidden folder of this process: a polite stop removed it already, a kill
        could not."""
        if self._pid and self.options is not None:
            shutil.rmtree(staged_folder(Path(self.options.out), self._pid), ignore_errors=True)

    def _failure(self, exit_code: int, exit_status) -> str:
        lines = [l.strip() for l in self._stderr.decode("utf-8", "replace").splitlines() if l.strip()]
        said = [l for l in lines if l.startswith("alchemist:")]
        if said:
            return said[-1][len("alchemist:"):].strip()
        if exit_status != QProcess.ExitStatus.NormalExit:
            return self.tr("The training process stopped unexpectedly (it crashed or was killed).")
        detail = lines[-1] if lines else self.tr("no message")
        return self.tr("The training process ended with exit code %1: %2").replace("%1", str(exit_code)).replace(
            "%2", detail)


__all__ = ["TrainingOptions", "TrainingRun", "staged_folder", "MAIN"]
