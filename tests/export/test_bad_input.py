"""Bad requests get one clear error before anything is written; a cancelled or failed export leaves no file."""
from __future__ import annotations

import os
import sys
import threading
from pathlib import Path

import pytest

from alchemist_gui.export import ExportCancelled, ExportJob, ExportOptions
from engine.errors import AlchemistError, InputError, UsageError

from .conftest import listing

BAD = [
    ("stage.bmp", {}, UsageError, "must end in one of"),
    ("stage", {}, UsageError, "no suffix"),
    ("stage.png", {"size": (0, 0)}, InputError, "out of range"),
    ("stage.png", {"size": (20000, 10000)}, InputError, "64x64 to 7680x4320"),
    ("stage.gif", {"size": (3840, 2160)}, InputError, "1920x1080"),
    ("film.mp4", {"fps": 0}, InputError, "1 to 60"),
    ("film.mp4", {"fps": 61}, InputError, "1 to 60"),
    ("film.gif", {"fps": 51}, InputError, "1 to 50"),
    ("film.mp4", {"fps": 2.5}, UsageError, "whole number"),
    ("film.mp4", {"beat": "brewing"}, InputError, "not a beat"),
    ("film.mp4", {"first": "pour", "last": "match"}, InputError, "comes after"),
    ("film.mp4", {"beat": "pour", "first": "setup"}, UsageError, "either --beat"),
    ("stage.png", {"beat": "pour", "t": 99.0}, InputError, "outside the beat"),
    ("stage.png", {"t": -1.0}, InputError, "outside the story"),
    ("stage.png", {"fps": 30}, UsageError, "--fps does not apply"),
    ("stage.png", {"first": "pour"}, UsageError, "--from does not apply"),
    ("film.mp4", {"t": 1.0}, UsageError, "--t does not apply"),
    ("numbers.json", {"size": (640, 360)}, UsageError, "--size does not apply"),
    ("numbers.npz", {"caption": True}, UsageError, "--caption does not apply"),
    ("stage.png", {"lang": "fr"}, InputError, "en or zh"),
    ("film.gif", {"size": (1920, 1080), "fps": 50}, InputError, "too big"),
]


@pytest.mark.parametrize("name, options, error, words", BAD, ids=[f"{n}-{o}" for n, o, _, _ in BAD])
def test_bad_request_is_refused_and_nothing_is_written(tmp_path, app, story, name, options, error, words):
    with pytest.raises(error) as caught:
        ExportJob(tmp_path / name, story, ExportOptions(**options)).run()
    message = str(caught.value)
    assert words in message and "\n" not in message
    assert listing(tmp_path) == []


def test_missing_folder_and_a_file_as_folder(tmp_path, story):
    with pytest.raises(InputError, match="does not exist"):
        ExportJob(tmp_path / "nowhere" / "stage.png", story)
    (tmp_path / "notes.txt").write_text("a file")
    with pytest.raises(InputError, match="is not a folder"):
        ExportJob(tmp_path / "notes.txt" / "stage.png", story)
    (tmp_path / "folder.png").mkdir()
    with pytest.raises(InputError, match="it is a folder"):
        ExportJob(tmp_path / "folder.png", story)
    assert listing(tmp_path) == ["folder.png", "notes.txt"]


def _unwritable_folder(tmp_path):
    """A folder this user cannot write in: a locked one, or for root (whom permissions do not stop) sysfs."""
    if os.name == "posix" and os.geteuid() != 0:
        locked = tmp_path / "locked"
        locked.mkdir()
        locked.chmod(0o500)
        return locked
    if sys.platform.startswith("linux") and os.path.isdir("/sys/kernel"):
        return Path("/sys")
    pytest.skip("no folder here refuses this user")


def test_unwritable_folder(tmp_path, app, story):
    folder = _unwritable_folder(tmp_path)
    try:
        with pytest.raises(InputError, match="not writable|cannot write in"):
            ExportJob(folder / "alchemist-export-test.png", story, ExportOptions(size=(128, 80))).run()
        assert not any(name.startswith((".alchemist-export-test", "alchemist-export-test"))
                       for name in os.listdir(folder))
    finally:
        if folder.is_relative_to(tmp_path):
            folder.chmod(0o700)


def test_folder_gone_before_writing_is_one_clear_error(tmp_path, story):
    folder = tmp_path / "out"
    folder.mkdir()
    job = ExportJob(folder / "run.npz", story)
    folder.rmdir()  # the check passed; then the folder went away (an unplugged stick)
    with pytest.raises(InputError, match="cannot write in"):
        job.run()
    assert listing(tmp_path) == []


def test_cancelled_export_leaves_no_file_and_no_temporary_file(tmp_path, app, story):
    seen = []
    job = ExportJob(tmp_path / "film.mp4", story, ExportOptions(beat="pour", size=(128, 80), fps=4))
    with pytest.raises(ExportCancelled):
        job.run(progress=lambda done, total, eta: done and seen.append(done), cancelled=lambda: len(seen) >= 3)
    assert seen == [1, 2, 3] and listing(tmp_path) == []


def test_cancel_keeps_an_older_file_of_that_name(tmp_path, app, story):
    old = tmp_path / "film.gif"
    old.write_bytes(b"last week's animation")
    stop = threading.Event()
    job = ExportJob(old, story, ExportOptions(beat="pour", size=(128, 80), fps=4))
    with pytest.raises(ExportCancelled):
        job.run(progress=lambda done, total, eta: done == 2 and stop.set(), cancelled=stop)
    assert old.read_bytes() == b"last week's animation"
    assert listing(tmp_path) == ["film.gif"]


def test_failure_midway_leaves_no_file(tmp_path, app, story):
    def progress(done, total, eta):
        if done == 2:
            raise RuntimeError("the disk is full")  # anything that goes wrong between two frames

    job = ExportJob(tmp_path / "film.mp4", story, ExportOptions(beat="pour", size=(128, 80), fps=4))
    with pytest.raises(RuntimeError):
        job.run(progress=progress)
    assert listing(tmp_path) == []


def test_closing_the_steps_early_cancels(tmp_path, app, story):
    job = ExportJob(tmp_path / "stage.svg", story, ExportOptions(size=(128, 80)))
    steps = job.steps()
    assert next(steps) == (1, 1)  # drawn and written, not yet renamed into place
    steps.close()
    assert listing(tmp_path) == [] and job.result is None


def test_errors_are_the_apps_own(story, tmp_path):
    with pytest.raises(AlchemistError):  # main.py turns these into one line and exit code 2
        ExportJob(tmp_path / "x.doc", story)
