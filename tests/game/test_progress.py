"""Saved progress survives a restart, a kill mid-write, and corrupt, truncated or foreign files."""
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from alchemist_gui.game.challenge import Result
from alchemist_gui.game.progress import FORMAT, VERSION, Progress

ROOT = Path(__file__).resolve().parents[2]


def answer(cid="pouring.call_pour", medal="pass", score=0.7, valid=True):
    return Result(cid, cid.split(".")[1], valid, score=score, medal=medal)


def backups(folder: Path):
    return sorted(p.name for p in folder.iterdir() if ".corrupt-" in p.name)


def test_a_restart_finds_every_answer(tmp_path):
    path = tmp_path / "data" / "progress.json"  # the folder is made on the first save
    p = Progress.load(path)
    assert p.notice is None and p.medals()["pouring.call_pour"] is None
    p.record(answer(medal="good"), sentence="Sarah lies", model="bundled")
    p.record(answer(medal=None, score=0.2))  # a worse answer keeps the best medal
    p.record(answer("setup.play_gpt", medal="best", score=0.6))
    p.record(answer("setup.play_gpt", medal=None, valid=False))  # not an answer: not counted
    again = Progress.load(path)
    assert again.notice is None
    assert again.medal("pouring.call_pour") == "good" and again.attempts("pouring.call_pour") == 2
    assert again.entries["pouring.call_pour"]["last"]["score"] == 0.2
    assert again.medal("setup.play_gpt") == "best" and again.attempts("setup.play_gpt") == 1
    assert again.chapter_done("setup") and not again.chapter_done("pouring")
    assert again.chapter_done("pouring", skipped=("pouring.pour_by_hand",))
    again.reset()
    assert Progress.load(path).entries == {}
    assert [f.name for f in path.parent.iterdir()] == ["progress.json"]  # no temporary files left


def test_a_kill_mid_write_leaves_a_file_that_loads(tmp_path):
    path = tmp_path / "progress.json"
    writer = (
        "import sys; sys.path.insert(0, sys.argv[2])\n"
        "from alchemist_gui.game.progress import Progress\n"
        "from alchemist_gui.game.challenge import Result\n"
        "p = Progress.load(sys.argv[1]); n = 0\n"
        "print('ready', flush=True)\n"
        "while True:\n"
        "    n += 1\n"
        "    p.record(Result('pouring.call_pour', 'call_pour', True, score=n / 1e6, medal='pass'),\n"
        "             sentence='x' * (n % 5000))\n"  # files of varying size: a torn write would show
    )
    for delay in (0.3, 0.55, 0.8):
        proc = subprocess.Popen([sys.executable, "-c", writer, str(path), str(ROOT)], stdout=subprocess.PIPE)
        assert proc.stdout.readline().strip() == b"ready"
        time.sleep(delay)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        p = Progress.load(path)
        assert p.notice is None, p.notice
        assert p.attempts("pouring.call_pour") >= 1 and p.medal("pouring.call_pour") == "pass"
    assert backups(tmp_path) == []


def check_set_aside(path: Path, content: bytes, why: str):
    path.write_bytes(content)
    p = Progress.load(path)
    assert p.notice is not None and why in str(p.notice)
    assert p.entries == {} and not path.exists()
    kept = backups(path.parent)
    assert len(kept) == 1 and kept[0].startswith("progress.json.corrupt-")
    assert (path.parent / kept[0]).read_bytes() == content  # kept, never deleted
    assert str(path.parent / kept[0]) in str(p.notice)
    p.record(answer())  # play starts fresh, and saves
    assert Progress.load(path).notice is None
    (path.parent / kept[0]).unlink()


def test_corrupt_truncated_and_foreign_files_are_set_aside(tmp_path):
    path = tmp_path / "progress.json"
    good = Progress(path)
    good.record(answer(medal="best"))
    whole = path.read_bytes()
    check_set_aside(path, whole[: len(whole) // 2], "could not be read")  # truncated
    check_set_aside(path, b"\x00\xff\xfe garbage", "could not be read")  # not even text
    check_set_aside(path, b"", "could not be read")
    check_set_aside(path, json.dumps({"format": "someone-else", "data": 1}).encode(), "not one of")
    check_set_aside(path, json.dumps([1, 2, 3]).encode(), "not one of")
    check_set_aside(path, json.dumps({"format": FORMAT, "version": VERSION + 1, "challenges": {}}).encode(),
                    "newer")
    check_set_aside(path, json.dumps({"format": FORMAT, "version": VERSION,
                                      "challenges": {"setup.play_gpt": {"medal": "gold"}}}).encode(),
                    "could not be read")
    check_set_aside(path, json.dumps({"format": FORMAT, "version": "1", "challenges": {}}).encode(),
                    "could not be read")


def test_two_bad_files_in_one_second_keep_both_backups(tmp_path):
    path = tmp_path / "progress.json"
    for content in (b"{", b"[broken"):
        path.write_bytes(content)
        assert Progress.load(path).notice is not None
    kept = backups(tmp_path)
    assert len(kept) == 2 and {(tmp_path / k).read_bytes() for k in kept} == {b"{", b"[broken"}


def test_a_folder_that_cannot_be_written_says_so(tmp_path):
    from alchemist_gui.game.progress import ProgressError

    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    p = Progress.load(blocker / "progress.json")
    try:
        p.record(answer())
    except ProgressError as exc:
        assert "cannot be saved" in str(exc.notice)
    else:
        raise AssertionError("saving under a file must fail")
