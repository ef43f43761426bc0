"""`main.py shot` renders the real window; the worker drops stale answers and keeps one request waiting."""
import argparse
import os
import subprocess
import sys

import pytest
from PySide6.QtGui import QImage

from alchemist_gui.shot import ShotError, parse_size, shot_command
from alchemist_gui.worker import EngineClient

from .conftest import ROOT, build_random_model
from .test_real_window import image_variety


def shot_args(out, **kw):
    base = dict(out=out, sentence=None, beat=None, layer=None, head=None, no_mask=False, no_pe=False, lang=None,
                size=None, model=None)
    return argparse.Namespace(**{**base, **kw})


def test_shot_renders_the_window_at_a_beat(qtbot, tmp_path, model_dir, capsys):
    out = tmp_path / "pour.png"
    code = shot_command(shot_args(out, beat="pour", layer=1, head=2, size="1000x700", model=model_dir,
                                  sentence="Tom lies to his mother, feeling", lang="zh", no_mask=True))
    assert code == 0, capsys.readouterr().err
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1000, 700)
    colours, spread = image_variety(out)
    assert colours > 50 and spread > 10


@pytest.mark.parametrize("kw, says", [
    (dict(beat="dance"), "--beat"),
    (dict(size="big"), "--size"),
    (dict(size="10x10"), "out of range"),
    (dict(layer=-1), "--layer"),
    (dict(layer=9), "does not exist"),
    (dict(sentence="  "), "empty"),
    (dict(sentence="xyzzy plugh"), "vocabulary"),
    (dict(model="/no/such/folder"), "not found"),
])
def test_shot_refuses_bad_input_with_one_line_and_code_2(qtbot, tmp_path, model_dir, capsys, kw, says):
    kw.setdefault("model", model_dir)
    code = shot_command(shot_args(tmp_path / "x.png", **kw))
    err = capsys.readouterr().err.strip()
    assert code == 2
    assert len(err.splitlines()) == 1 and says in err
    assert not (tmp_path / "x.png").exists()


def test_parse_size():
    assert parse_size("1440x900") == (1440, 900)
    assert parse_size(" 800 × 600 ") == (800, 600)
    with pytest.raises(ShotError):
        parse_size("1440")


def test_shot_through_main_py(tmp_path, model_dir):
    out = tmp_path / "cli.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run([sys.executable, "main.py", "shot", str(out), "--beat", "prediction", "--model", model_dir,
                          "--size", "900x600"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=180)
    assert run.returncode == 0, run.stderr[-2000:]
    assert QImage(str(out)).width() == 900
    bad = subprocess.run([sys.executable, "main.py", "shot", str(out), "--beat", "nope", "--model", model_dir],
                         cwd=ROOT, env=env, capture_output=True, text=True, timeout=180)
    assert bad.returncode == 2 and len(bad.stderr.strip().splitlines()) == 1


def test_the_worker_drops_stale_answers_and_keeps_one_waiting(qtbot):
    from engine import Switches

    model = build_random_model()
    client = EngineClient()
    try:
        shown = []
        client.finished.connect(shown.append)
        texts = [f"the cat found the soup {'and it ' * k}" for k in range(12)]
        for text in texts:  # asked faster than they can run
            client.submit("run", lambda engine, text=text: engine.model(lambda: model)[0].trace(text, Switches()))
        qtbot.waitUntil(lambda: not client.busy(), timeout=30_000)
        assert [r.value.text for r in shown] == [texts[-1]]  # only the answer to the last request
        client.submit("run", lambda engine: engine.model(lambda: model)[0].trace("", Switches()))
        qtbot.waitUntil(lambda: not client.busy(), timeout=30_000)
        assert shown[-1].error and "empty" in shown[-1].error and shown[-1].value is None  # one line; it lives on
        client.submit("run", lambda engine: engine.model(lambda: model)[0].trace("the cat", Switches()))
        qtbot.waitUntil(lambda: not client.busy(), timeout=30_000)
        assert shown[-1].value.tokens == ("the", "cat")
    finally:
        client.shutdown()
    assert not client.is_running()


def test_lanes_do_not_cancel_each_other(qtbot):
    client = EngineClient()
    try:
        done = []
        client.finished.connect(lambda r: done.append((r.lane, r.value)))
        for k in range(5):
            client.submit("story", lambda engine, k=k: ("story", k))
        client.submit("run", lambda engine: ("run", 0))
        qtbot.waitUntil(lambda: not client.busy(), timeout=30_000)
        assert sorted(done) == [("run", ("run", 0)), ("story", ("story", 4))]
    finally:
        client.shutdown()


def test_an_unexpected_error_is_logged_with_its_traceback_and_the_user_sees_one_line(qtbot, tmp_path, monkeypatch):
    log = tmp_path / "alchemist.log"
    monkeypatch.setenv("ALCHEMIST_LOG", str(log))
    client = EngineClient()
    try:
        done = []
        client.finished.connect(done.append)

        def broken(engine):
            return {}["no such key"]
        client.submit("run", broken)
        qtbot.waitUntil(lambda: bool(done), timeout=30_000)
    finally:
        client.shutdown()
    message = done[0].error
    assert "KeyError" in message and "Show log" in message and "\n" not in message
    text = log.read_text(encoding="utf-8")
    assert "Traceback" in text and "def broken" not in message and "broken" in text
