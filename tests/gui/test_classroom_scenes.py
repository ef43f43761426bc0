"""Scenes: the file format on its own (Qt-free), then through the real window — a scene round-trips exactly, a
missing model folder, a newer format and a damaged file each say so clearly and leave the app usable, locks hide
the controls, and ``python main.py`` opens a scene given on its command line."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from .translation_files import HAN

from alchemist_gui.classroom import scene as S
from engine import Switches

ROOT = S.Path(__file__).resolve().parents[2]

RICH = S.Scene(sentence="Sarah lies still on the bed, feeling", model="/somewhere/model", checkpoint="last",
               switches=Switches(mask=False, positional=False, temperature=0.37, knockout=frozenset({(1, 2), (0, 3)}),
                                 shuffle_seed=7).with_pour((0, 1, 2), (0.25, 0.5, 0.25)),
               layer=1, head=3, word=2, beat="softmax", time=23.456789, language="zh",
               locks=frozenset({"mask", "knockout"}))


# -- the file format (no Qt) -------------------------------------------------------------------------------
def test_a_scene_round_trips_through_its_file(tmp_path):
    path = S.write_scene(tmp_path / "lesson.alchemist", RICH)
    assert S.read_scene(path) == RICH
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == "alchemist-scene" and data["version"] == S.VERSION
    assert data["switches"]["knockout"] == [[0, 3], [1, 2]]
    assert data["switches"]["pour"] == [{"row": [0, 1, 2], "shares": [0.25, 0.5, 0.25]}]
    assert S.read_scene(S.write_scene(tmp_path / "plain.alchemist", S.Scene("a b c"))) == S.Scene("a b c")


def test_a_newer_format_is_refused_with_its_version(tmp_path):
    data = S.scene_dict(RICH) | {"version": S.VERSION + 1}
    path = tmp_path / "new.alchemist"
    path.write_text(json.dumps(data))
    with pytest.raises(S.SceneVersionError) as caught:
        S.read_scene(path)
    assert caught.value.version == S.VERSION + 1 and "newer" in str(caught.value)


@pytest.mark.parametrize("damage, kind, words", [
    (lambda text: text[: len(text) // 2], "corrupt", "line"),  # cut short
    (lambda text: "", "corrupt", "line 1"),
    (lambda text: "\x89PNG\r\n\x1a\n\0\0", "not_scene", "not a text file"),
    (lambda text: json.dumps({"sentence": "a"}), "not_scene", "format"),
    (lambda text: text.replace('"temperature": 0.37', '"temperature": "hot"'), "corrupt", "switches.temperature"),
    (lambda text: text.replace('"temperature": 0.37', '"temperature": 1000'), "corrupt", "switches.temperature"),
    (lambda text: text.replace('"word": 2', '"word": -1'), "corrupt", "selection.word"),
    (lambda text: text.replace('"language": "zh"', '"language": "fr"'), "corrupt", "language"),
    (lambda text: text.replace('"checkpoint": "last"', '"checkpoint": true'), "corrupt", "checkpoint"),
    (lambda text: text.replace('"version": 1', '"version": "1"'), "corrupt", "version"),
])
def test_damaged_files_are_refused_saying_what_is_wrong(tmp_path, damage, kind, words):
    text = json.dumps(S.scene_dict(RICH), indent=2)
    path = tmp_path / "bad.alchemist"
    path.write_text(damage(text), encoding="latin-1")
    with pytest.raises(S.SceneError) as caught:
        S.read_scene(path)
    assert caught.value.kind == kind and words in str(caught.value)


def test_missing_files_and_folders(tmp_path):
    with pytest.raises(S.SceneError, match="no such file"):
        S.read_scene(tmp_path / "nothing.alchemist")
    with pytest.raises(S.SceneError, match="folder"):
        S.read_scene(tmp_path)


def test_unknown_locks_from_a_newer_version_are_ignored(tmp_path):
    path = tmp_path / "s.alchemist"
    path.write_text(json.dumps(S.scene_dict(RICH) | {"locks": ["mask", "time-machine"]}))
    assert S.read_scene(path).locks == {"mask"}


def test_the_model_folder_is_found_where_it_can_be(tmp_path):
    lesson = tmp_path / "lesson"
    (lesson / "tiny").mkdir(parents=True)
    scene_path = lesson / "s.alchemist"
    assert S.model_folder(S.Scene("a", model=None), scene_path) == (None, None)
    assert S.model_folder(S.Scene("a", model=str(lesson / "tiny")), scene_path) == (str(lesson / "tiny"), None)
    assert S.model_folder(S.Scene("a", model="tiny"), scene_path) == (str(lesson / "tiny"), None)  # relative
    # saved on another computer, shared with the folder beside it
    assert S.model_folder(S.Scene("a", model="/home/teacher/models/tiny"), scene_path) == (str(lesson / "tiny"), None)
    assert S.model_folder(S.Scene("a", model="/home/teacher/gone"), scene_path) == (None, "/home/teacher/gone")


def test_the_locks_are_the_sessions_and_the_format_needs_no_qt():
    from alchemist_gui.session import LOCKABLE

    assert S.LOCKS == LOCKABLE
    code = ("import sys; from alchemist_gui.classroom import scene, zoom, open_scene_at_start; "
            "print('PySide6' in sys.modules, 'torch' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


# -- in the window ---------------------------------------------------------------------------------------
def scenes(window):
    return window.extensions["classroom"].scenes


def state(window):
    s = window.session
    return {"sentence": s.sentence, "switches": s.switches, "model": s.model, "checkpoint": s.checkpoint,
            "selection": s.selection, "time": window.clock.time, "beat": window.current_beat(),
            "language": window.translations.language, "locks": s.locks,
            "shown": (s.run.request.sentence, s.run.switches, s.story.layer, s.story.head, s.story.focus)}


def open_and_wait(qtbot, window, path):
    with qtbot.waitSignal(scenes(window).opened, timeout=60_000):
        assert scenes(window).open(path)
    qtbot.waitUntil(lambda: not window.busy, timeout=60_000)


def wait_idle(qtbot, window):
    qtbot.waitUntil(lambda: not window.busy and window.session.run is not None, timeout=60_000)


def test_a_scene_round_trips_through_the_window(make_window, qtbot, tmp_path):
    window = make_window()
    session = window.session
    session.set_sentence("the big red dog ran home")
    wait_idle(qtbot, window)
    session.set_switches(Switches(mask=False, temperature=2.5, knockout=frozenset({(1, 2)}), shuffle_seed=3))
    wait_idle(qtbot, window)
    session.select(layer=1, head=3, word=2)
    wait_idle(qtbot, window)
    window.show_beat("softmax", 0.5)
    window.set_language("zh")
    session.set_locks({"temperature"})
    before = state(window)
    path = scenes(window).save(tmp_path / "lesson", locks={"mask", "temperature"})
    assert path == tmp_path / "lesson.alchemist" and path.is_file()
    assert "scene" in window.banner.messages()
    saved = S.read_scene(path)
    assert saved.locks == {"mask", "temperature"} and saved.model == str(S.Path(session.model).resolve())

    # change everything
    window.set_language("en")
    session.set_locks(())
    session.load("a big red dog", Switches(), session.model, None)
    wait_idle(qtbot, window)
    window.show_beat("setup")
    assert state(window) != before

    open_and_wait(qtbot, window, path)
    after = state(window)
    assert after == before | {"locks": frozenset({"mask", "temperature"})}
    assert window.session.run.request.checkpoint is None


def test_a_missing_model_folder_opens_the_scene_on_the_bundled_model(make_window, qtbot, tmp_path):
    window = make_window()  # the tiny model: the scene's missing folder brings the bundled one
    window.session.select(layer=1)
    wait_idle(qtbot, window)
    path = S.write_scene(tmp_path / "away.alchemist", S.Scene("Sarah lies still on the bed, feeling",
                                                              model="/nowhere/models/gpt", beat="pour", time=35.0))
    open_and_wait(qtbot, window, path)
    kind, text = window.banner.messages()["scene"]
    assert kind == "notice" and "/nowhere/models/gpt" in text and "bundled" in text
    assert window.session.model is None and window.session.info.folder is None
    assert window.session.trace.tokens[-1] == "feeling" and window.current_beat() == "pour"
    assert window.session.selection.layer == 0  # the scene's selection, not what was shown before


def test_a_newer_or_damaged_scene_changes_nothing_and_says_why(make_window, qtbot, tmp_path):
    window = make_window()
    run = window.session.run
    newer = tmp_path / "newer.alchemist"
    newer.write_text(json.dumps(S.scene_dict(RICH) | {"version": 99}))
    assert not scenes(window).open(newer)
    kind, text = window.banner.messages()["scene"]
    assert kind == "error" and "newer version" in text and "99" in text
    broken = tmp_path / "broken.alchemist"
    broken.write_text(json.dumps(S.scene_dict(RICH))[:40])
    assert not scenes(window).open(broken)
    kind, text = window.banner.messages()["scene"]
    assert kind == "error" and "damaged or cut short" in text and "broken.alchemist" in text
    window.set_language("zh")  # the message is written again in the new language (from the kept error)
    kind, text = window.banner.messages()["scene"]
    assert kind == "error" and "broken.alchemist" in text and HAN.search(text)
    window.set_language("en")
    qtbot.wait(50)
    assert window.session.run is run and not window.session.busy  # what is on screen stays
    window.session.set_sentence("a big red dog")  # and the app is as usable as before
    wait_idle(qtbot, window)
    assert window.session.trace.tokens == ("a", "big", "red", "dog")


def test_a_scene_the_model_cannot_run_is_refused_and_changes_nothing(make_window, qtbot, tmp_path):
    window = make_window()
    run = window.session.run
    path = S.write_scene(tmp_path / "heads.alchemist", S.Scene("a big red dog", model=window.session.model,
                                                               switches=Switches(knockout=frozenset({(9, 9)})),
                                                               locks=frozenset({"mask"})))
    with qtbot.waitSignal(window.session.refused, timeout=60_000):
        scenes(window).open(path)
    wait_idle(qtbot, window)
    kind, text = window.banner.messages()["scene"]
    assert kind == "error" and "heads.alchemist" in text and "9.9" in text
    assert window.session.run is run and window.session.locks == frozenset()


def test_locks_hide_the_controls_until_they_are_shown_again(make_window, qtbot, tmp_path):
    window = make_window()
    path = S.write_scene(tmp_path / "guess.alchemist", S.Scene(
        "a big red dog", model=window.session.model,
        locks=frozenset({"mask", "positional", "shuffle", "temperature", "knockout", "model", "sentence"})))
    open_and_wait(qtbot, window, path)
    ex, bar, actions = window.experiments, window.sentence_bar, window.menus.actions
    assert ex.mask.isHidden() and ex.positional.isHidden() and ex.order_box.isHidden()
    assert ex.temperature_box.isHidden() and ex.knockout_box.isHidden()
    assert bar.open_model.isHidden() and not bar.sentence.isEnabled()
    assert not actions["open"].isVisible() and not actions["bundled"].isVisible()
    assert actions["unlock"].isVisible() and "hidden" in window.banner.messages()["scene"][1]
    actions["unlock"].trigger()
    assert not ex.mask.isHidden() and not ex.knockout_box.isHidden() and bar.sentence.isEnabled()
    assert actions["open"].isVisible() and not actions["unlock"].isVisible()


def test_the_lock_dialog_says_which_controls_to_hide(make_window, qtbot, tmp_path):
    from alchemist_gui.classroom.lock_dialog import LockDialog
    from alchemist_gui.session import LOCKABLE

    window = make_window()
    dialog = LockDialog({"mask"}, window, lockable=LOCKABLE)
    qtbot.addWidget(dialog)
    assert set(dialog.boxes) == set(LOCKABLE) and all(box.text() for box in dialog.boxes.values())
    assert dialog.boxes["mask"].isChecked() and not dialog.boxes["shuffle"].isChecked()
    dialog.boxes["shuffle"].click()
    dialog.boxes["mask"].click()
    assert dialog.locks() == {"shuffle"}
    path = scenes(window).save(tmp_path / "s.alchemist", dialog.locks())
    assert S.read_scene(path).locks == {"shuffle"}


def test_open_scene_at_start_makes_the_scene_the_first_run(make_window, qtbot, tmp_path):
    from alchemist_gui.classroom import open_scene_at_start

    path = S.write_scene(tmp_path / "first.alchemist", S.Scene("Sarah lies still on the bed, feeling", beat="match",
                                                               time=14.0))
    window = make_window(model=None, wait=False)  # (the scene names its model: None, the bundled one)
    open_scene_at_start(window, path)
    qtbot.waitUntil(lambda: window.session.trace is not None and not window.busy and window.current_beat() == "match",
                    timeout=90_000)
    assert window.session.trace.tokens[-1] == "feeling" and window.clock.time == 14.0


def test_main_py_reports_its_first_story_and_quits(tmp_path, model_dir):
    """ALCHEMIST_EXIT_AFTER_FIRST_STORY: the figure of `bench` (first_story_s), from a real start of the app."""
    env = {**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen", "ALCHEMIST_EXIT_AFTER_FIRST_STORY": "1",
           "ALCHEMIST_SETTINGS": str(tmp_path / "s.ini"), "ALCHEMIST_MODEL": model_dir}
    out = subprocess.run([sys.executable, str(ROOT / "main.py")], cwd=ROOT, env=env, capture_output=True, text=True,
                         timeout=300)
    assert out.returncode == 0, out.stderr[-500:]
    line = next(l for l in out.stdout.splitlines() if l.startswith("first_story_s="))
    seconds = float(line.split()[0].split("=")[1])
    assert 0 < seconds < 300 and "torch_loaded=True" in line
