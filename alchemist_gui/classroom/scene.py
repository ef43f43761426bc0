"""Scenes you can share: a small ``.alchemist`` JSON file holding everything the window needs to show one moment
of one run again — sentence, model folder, checkpoint, switches, selection, beat and time, language, and the
controls a teacher locked.

Qt-free and torch-free: reading, writing and checking a scene need no window (the window applies it: scenes.py).
A file that cannot be a scene raises a SceneError saying why, in one line; nothing is half-read.

    scene = read_scene("lesson.alchemist")        # SceneError (SceneCorruptError, SceneVersionError, …)
    write_scene("lesson.alchemist", scene)        # atomic: complete or not at all
    folder, missing = model_folder(scene, "lesson.alchemist")   # the folder on this computer, or what is missing
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path

from engine.errors import InputError
from engine.switches import MAX_TEMPERATURE, MIN_TEMPERATURE, Switches

FORMAT = "alchemist-scene"  # what the file says it is
VERSION = 1  # the newest scene format this version reads and writes
SUFFIX = ".alchemist"
MAX_BYTES = 1_000_000  # a scene is a few hundred bytes; anything this big is some other file
MAX_SENTENCE = 20_000  # as the session's limit (session.MAX_CHARACTERS)
LANGUAGES = ("en", "zh")
# the controls a scene may lock (the session's LOCKABLE, repeated here because session.py is Qt; a test keeps
# the two equal); names a newer version adds are ignored when read
LOCKS = ("sentence", "model", "mask", "positional", "shuffle", "temperature", "knockout", "checkpoint")


class SceneError(InputError):
    """A scene file that cannot be opened; ``kind`` says why, ``detail`` is the technical part (English)."""

    kind = "unreadable"

    def __init__(self, path, detail: str = ""):
        self.path, self.detail = Path(path), detail
        super().__init__(self.describe())

    def describe(self) -> str:
        return f"cannot read the scene {self.path}: {self.detail}"


class SceneCorruptError(SceneError):
    """Not valid JSON, cut short, or a field of the wrong kind."""

    kind = "corrupt"

    def describe(self) -> str:
        return f"the scene {self.path} is damaged or cut short ({self.detail})"


class NotASceneError(SceneError):
    """Valid JSON, but not written as an Alchemist scene."""

    kind = "not_scene"

    def describe(self) -> str:
        return f"{self.path} is not an Alchemist scene ({self.detail})"


class SceneVersionError(SceneError):
    """Written by a newer Alchemist, in a scene format this version does not know."""

    kind = "newer"

    def __init__(self, path, version: int):
        self.version = version
        super().__init__(path, f"format {version}; this version reads up to format {VERSION}")

    def describe(self) -> str:
        return f"the scene {self.path} was saved by a newer Alchemist ({self.detail}): update Alchemist to open it"


@dataclass(frozen=True)
class Scene:
    sentence: str
    model: str | None = None  # a model folder's path; None: the bundled model
    checkpoint: int | str | None = None  # a training step, "first", "last"; None: the final model
    switches: Switches = field(default_factory=Switches)
    layer: int = 0
    head: int = 0
    word: int | None = None  # the followed word; None: the last word
    beat: str | None = None  # the beat on screen (the time says where in it)
    time: float = 0.0  # seconds into the story
    language: str | None = None  # "en" or "zh"; None: leave the window's
    locks: frozenset = frozenset()  # controls hidden from whoever opens the scene (LOCKS)


# -- writing ---------------------------------------------------------------------------------------------
def scene_dict(scene: Scene) -> dict:
    sw = scene.switches
    return {
        "format": FORMAT,
        "version": VERSION,
        "sentence": scene.sentence,
        "model": scene.model,
        "checkpoint": scene.checkpoint,
        "switches": {
            "mask": bool(sw.mask),
            "positional": bool(sw.positional),
            "temperature": float(sw.temperature),
            "knockout": [[int(layer), int(head)] for layer, head in sorted(sw.knockout)],
            "shuffle_seed": sw.shuffle_seed,
            "pour": [{"row": list(key), "shares": [float(s) for s in shares]} for key, shares in sw.pour],
        },
        "selection": {"layer": scene.layer, "head": scene.head, "word": scene.word},
        "beat": scene.beat,
        "time": float(scene.time),
        "language": scene.language,
        "locks": sorted(scene.locks),
    }


def write_scene(path, scene: Scene) -> Path:
    """Write ``scene`` to ``path`` (complete or not at all: an older file of that name stays until the new one is
    whole). InputError with one line when the folder cannot be written."""
    from ..export.atomic import atomic_output  # Qt-free, like this module

    path = Path(path)
    text = json.dumps(scene_dict(scene), ensure_ascii=False, indent=2) + "\n"
    with atomic_output(path) as part:
        part.write_text(text, encoding="utf-8")
    return path


# -- reading ---------------------------------------------------------------------------------------------
def read_scene(path) -> Scene:
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise NotASceneError(path, f"{size:,} bytes; a scene is a small file")
        raw = path.read_bytes()
    except FileNotFoundError:
        raise SceneError(path, "there is no such file") from None
    except IsADirectoryError:
        raise SceneError(path, "it is a folder") from None
    except OSError as exc:
        raise SceneError(path, exc.strerror or str(exc)) from None
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise NotASceneError(path, "it is not a text file") from None
    except json.JSONDecodeError as exc:
        raise SceneCorruptError(path, f"line {exc.lineno}, column {exc.colno}: {exc.msg}") from None
    return scene_from_dict(data, path)


def scene_from_dict(data, path="scene") -> Scene:
    """The Scene a parsed file describes; SceneError naming the first field that is wrong."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise NotASceneError(path, f'no "format": "{FORMAT}" in it')
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise SceneCorruptError(path, f'"version" must be a whole number of at least 1, not {version!r}')
    if version > VERSION:
        raise SceneVersionError(path, version)
    fields = _Fields(data, path)
    sentence = fields.text("sentence")
    switches = fields.switches(fields.get("switches", {}, dict))
    selection = fields.get("selection", {}, dict)
    sub = _Fields(selection, path, "selection.")
    word = sub.get("word", None, int, optional=True)
    return Scene(
        sentence=sentence,
        model=fields.get("model", None, str, optional=True) or None,
        checkpoint=fields.checkpoint(),
        switches=switches,
        layer=sub.count("layer"),
        head=sub.count("head"),
        word=None if word is None else sub.count("word"),
        beat=fields.get("beat", None, str, optional=True),
        time=fields.seconds("time"),
        language=fields.choice("language", LANGUAGES),
        locks=frozenset(n for n in fields.get("locks", [], list) if n in LOCKS),
    )


class _Fields:
    """Typed reading of one JSON object; every complaint names the field (``prefix`` + key)."""

    def __init__(self, data: dict, path, prefix: str = ""):
        self.data, self.path, self.prefix = data, path, prefix

    def fail(self, key: str, what: str, value):
        raise SceneCorruptError(self.path, f'"{self.prefix}{key}" must be {what}, not {value!r}')

    def get(self, key, default, kind, optional: bool = False):
        value = self.data.get(key, default)
        if value is None and (optional or default is None):
            return None
        if kind is int and (isinstance(value, bool) or not isinstance(value, int)):
            self.fail(key, "a whole number", value)
        if kind is float and (isinstance(value, bool) or not isinstance(value, (int, float))):
            self.fail(key, "a number", value)
        if kind not in (int, float) and not isinstance(value, kind):
            self.fail(key, {str: "text", dict: "an object", list: "a list", bool: "true or false"}[kind], value)
        return value

    def text(self, key: str) -> str:
        value = self.data.get(key)
        if not isinstance(value, str) or not value.strip() or len(value) > MAX_SENTENCE:
            self.fail(key, f"a sentence of 1 to {MAX_SENTENCE:,} characters", value)
        return value

    def count(self, key: str) -> int:
        value = self.get(key, 0, int)
        if value < 0:
            self.fail(key, "0 or more", value)
        return value

    def seconds(self, key: str) -> float:
        value = float(self.get(key, 0.0, float))
        if not math.isfinite(value) or value < 0:
            self.fail(key, "a number of seconds, 0 or more", value)
        return value

    def choice(self, key: str, allowed):
        value = self.data.get(key)
        if value is not None and value not in allowed:
            self.fail(key, " or ".join(allowed) + " (or null)", value)
        return value

    def checkpoint(self):
        value = self.data.get("checkpoint")
        if value is None or value in ("first", "last"):
            return value
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            self.fail("checkpoint", 'a training step (a whole number), "first", "last" or null', value)
        return value

    def switches(self, raw: dict) -> Switches:
        sub = _Fields(raw, self.path, "switches.")
        temperature = float(sub.get("temperature", 1.0, float))
        if not (math.isfinite(temperature) and MIN_TEMPERATURE <= temperature <= MAX_TEMPERATURE):
            sub.fail("temperature", f"between {MIN_TEMPERATURE} and {MAX_TEMPERATURE:g}", temperature)
        knockout = set()
        for item in sub.get("knockout", [], list):
            if not _whole_numbers(item, 2):
                sub.fail("knockout", "a list of [block, head] pairs", item)
            knockout.add((item[0], item[1]))
        seed = sub.get("shuffle_seed", None, int, optional=True)
        if seed is not None and seed < 0:
            sub.fail("shuffle_seed", "0 or more (or null)", seed)
        sw = Switches(mask=sub.get("mask", True, bool), positional=sub.get("positional", True, bool),
                      temperature=temperature, knockout=frozenset(knockout), shuffle_seed=seed)
        for row in sub.get("pour", [], list):
            key = row.get("row") if isinstance(row, dict) else None
            shares = row.get("shares") if isinstance(row, dict) else None
            if not _whole_numbers(key, 3) or not isinstance(shares, list) or not all(
                    _number(s) and math.isfinite(s) and s >= 0 for s in shares):
                sub.fail("pour", 'a list of {"row": [block, head, word], "shares": [numbers]}', row)
            if tuple(key) in sw.poured():
                sub.fail("pour", "one entry per row", row)
            sw = sw.with_pour(tuple(key), shares)
        return sw


def _number(x) -> bool:
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def _whole_numbers(item, n: int) -> bool:
    return isinstance(item, list) and len(item) == n and all(
        isinstance(x, int) and not isinstance(x, bool) and x >= 0 for x in item)


# -- the model on this computer ---------------------------------------------------------------------------
def model_folder(scene: Scene, scene_path) -> tuple[str | None, str | None]:
    """(the folder to open, None) — None for the bundled model — or (None, the folder that is missing).

    A relative path is read from the scene's own folder; a folder that moved with the scene (shared side by side
    with it, e.g. in one zip) is found there by its name."""
    if scene.model is None:
        return None, None
    here = Path(scene_path).resolve().parent
    wanted = Path(scene.model).expanduser()
    for candidate in (wanted if wanted.is_absolute() else here / wanted, here / wanted.name):
        if candidate.is_dir():
            return str(candidate), None
    return None, scene.model
