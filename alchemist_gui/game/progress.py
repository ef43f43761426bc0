"""Saved progress: a small JSON file at a path the caller gives (the app: QStandardPaths' data folder).

It is written after every answer, atomically: a temporary file in the same folder, flushed and fsynced, then
os.replace'd over the old one — so a crash or a kill mid-write loses at most the answer in flight.  A file that
cannot be read (corrupt, truncated, not ours, or from a newer version) is moved aside as
``progress.json.corrupt-YYYYmmdd-HHMMSS``, ``notice`` says so, and play starts fresh: never a traceback.

    progress = Progress.load(path)       # progress.notice: a Text to show once, or None
    progress.record(result, sentence=..., model=...)   # after every answer (valid results only)
    progress.medal("pouring.call_pour")  # "pass" / "good" / "best" / None
    progress.chapter_done("pouring", skipped=())       # every challenge that could be posed has passed
    progress.reset()                     # the app asks the player first
"""
from __future__ import annotations

import json
import math
import os
import tempfile
import time
from pathlib import Path

from .challenge import Result, Text
from .chapters import all_challenge_ids, chapter
from .scoring import MEDALS, medal_rank
from .texts import PROGRESS

FORMAT = "alchemist-game-progress"
VERSION = 1
TEMP_PREFIX = ".progress-"  # temporary files of an interrupted write start with this; load removes them


class ProgressError(Exception):
    """The progress file cannot be written; ``notice`` says why, for the player."""

    def __init__(self, notice: Text):
        super().__init__(str(notice))
        self.notice = notice


class Progress:
    def __init__(self, path, entries: dict | None = None, notice: Text | None = None):
        self.path = Path(path)
        self.entries: dict[str, dict] = entries or {}  # challenge id -> its record
        self.notice = notice  # set when the file on disk had to be put aside

    # -- reading ------------------------------------------------------------------------------------------
    @classmethod
    def load(cls, path) -> "Progress":
        path = Path(path)
        _remove_stale_temps(path)
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            return cls(path)
        except OSError:
            return cls(path, notice=_set_aside(path, "corrupt"))
        try:
            data = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            return cls(path, notice=_set_aside(path, "corrupt"))
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            return cls(path, notice=_set_aside(path, "foreign"))
        version = data.get("version")
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            return cls(path, notice=_set_aside(path, "corrupt"))
        if version > VERSION:
            return cls(path, notice=_set_aside(path, "newer"))
        entries = _valid_entries(data.get("challenges"))
        if entries is None:
            return cls(path, notice=_set_aside(path, "corrupt"))
        return cls(path, entries)

    # -- asking ---------------------------------------------------------------------------------------------
    def medal(self, challenge_id: str) -> str | None:
        return self.entries.get(challenge_id, {}).get("medal")

    def attempts(self, challenge_id: str) -> int:
        return self.entries.get(challenge_id, {}).get("attempts", 0)

    def passed(self, challenge_id: str) -> bool:
        return self.medal(challenge_id) is not None

    def chapter_done(self, chapter_id: str, skipped=()) -> bool:
        """Every challenge of the chapter that could be posed has passed (a chapter of skipped ones is done)."""
        return all(self.passed(i) for i in chapter(chapter_id).challenge_ids if i not in set(skipped))

    def medals(self) -> dict[str, str | None]:
        return {i: self.medal(i) for i in all_challenge_ids()}

    # -- writing --------------------------------------------------------------------------------------------
    def record(self, result: Result, sentence: str = "", model: str = "") -> None:
        """Count one answer and keep the best medal and score; then save. Invalid guesses are not answers."""
        if not result.valid:
            return
        entry = dict(self.entries.get(result.challenge_id, {}))
        entry["attempts"] = entry.get("attempts", 0) + 1
        if medal_rank(result.medal) > medal_rank(entry.get("medal")):
            entry["medal"] = result.medal
        entry.setdefault("medal", None)
        entry["last"] = {"medal": result.medal, "score": _finite(result.score), "sentence": sentence,
                         "model": model, "at": time.strftime("%Y-%m-%dT%H:%M:%S")}
        self.entries[result.challenge_id] = entry
        self.save()

    def reset(self) -> None:
        """Forget every answer (the app asks the player first) and save the empty progress."""
        self.entries = {}
        self.save()

    def save(self) -> None:
        data = {"format": FORMAT, "version": VERSION, "challenges": self.entries}
        write_atomically(self.path, json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"))

    def to_json(self) -> dict:
        return {"challenges": self.entries}


def write_atomically(path: Path, payload: bytes) -> None:
    """Write ``payload`` to ``path`` so that a reader sees the old file or the new one, never a part."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(payload)
                f.flush()
                os.fsync(f.fileno())
            os.replace(temp, path)
        except BaseException:
            try:
                os.unlink(temp)
            except OSError:
                pass
            raise
        _sync_folder(path.parent)
    except OSError as exc:
        raise ProgressError(Text(PROGRESS["unwritable"], {"reason": exc.strerror or str(exc)})) from None


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); Windows cannot open a folder for this, and needs not."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _remove_stale_temps(path: Path) -> None:
    """Left-overs of a write that was killed before its rename: never the real file, safe to delete."""
    try:
        for temp in path.parent.glob(f"{TEMP_PREFIX}*.tmp"):
            if time.time() - temp.stat().st_mtime > 60:  # another process may be writing this one right now
                temp.unlink()
    except OSError:
        pass


def _set_aside(path: Path, why: str) -> Text:
    """Move the unreadable file out of the way (kept, never deleted) and say so."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    backup = path.with_name(f"{path.name}.corrupt-{stamp}")
    n = 1
    while backup.exists():
        backup = path.with_name(f"{path.name}.corrupt-{stamp}-{n}")
        n += 1
    try:
        os.replace(path, backup)
    except OSError:
        backup = path  # cannot move it: it stays, and the next save replaces it
    return Text(PROGRESS[why], {"backup": str(backup)})


def _valid_entries(challenges) -> dict | None:
    """The saved records, if they have the shape this version writes (unknown challenge ids are kept)."""
    if not isinstance(challenges, dict):
        return None
    out = {}
    for key, entry in challenges.items():
        if not isinstance(key, str) or not isinstance(entry, dict):
            return None
        attempts, medal = entry.get("attempts", 0), entry.get("medal")
        if not isinstance(attempts, int) or isinstance(attempts, bool) or attempts < 0:
            return None
        if medal is not None and medal not in MEDALS:
            return None
        out[key] = entry
    return out


def _finite(x) -> float | None:
    x = float(x)
    return x if math.isfinite(x) else None
