"""`main.py shot` renders the real window; the worker drops stale answers and keeps one request waiting."""
import argparse
import os
import subprocess
import sys

import pytest
from PySide6.QtGui import QImage

from alchemist_gui.shot import ShotError, parse_size, shot_command
from alchemist_gui.worker import EngineClient, RunRequest

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
    model = build_random_model()
    client = EngineClient()
    try:
        shown = []
        client.result_ready.connect(shown.append)
        texts = [f"the cat found the soup {'and it ' * k}" for k in range(12)]
        for text in texts:  # asked faster than they can run
            client.request(RunRequest(text=text, model=lambda: model))
        qtbot.waitUntil(lambda: not client.busy, timeout=30_000)
        assert [r.trace.text for r in shown] == [texts[-1]]  # only the answer to the last request
        assert shown[0].seq == client.latest_seq
        client.request(RunRequest(text="", model=lambda: model))
        qtbot.waitUntil(lambda: not client.busy, timeout=30_000)
        assert shown[-1].error and shown[-1].trace is None  # errors come back as one line, the worker lives on
        client.request(RunRequest(text="the cat", model=lambda: model))
        qtbot.waitUntil(lambda: not client.busy, timeout=30_000)
        assert shown[-1].trace.tokens == ("the", "cat")
    finally:
        client.shutdown()
    assert not client.is_running()


def test_the_worker_makes_stories_and_only_the_latest_is_delivered(qtbot, engine_model):
    from tests.story.traces import trace

    tr = trace(8)
    client = EngineClient()
    try:
        stories = []
        client.story_ready.connect(stories.append)
        for head in range(4):  # asked quickly one after the other: only the last answer counts
            client.request_story(tr, (1, head, 2))
        qtbot.waitUntil(lambda: not client.making_story, timeout=30_000)
        assert len(stories) == 1
        story = stories[0].story
        assert story.trace is tr and (story.layer, story.head, story.focus) == (1, 3, 2)
        client.request_story(tr, (7, 9, 99))  # out of range: clamped to what exists, as for a run
        qtbot.waitUntil(lambda: len(stories) == 2, timeout=30_000)
        assert (stories[1].story.layer, stories[1].story.head, stories[1].story.focus) == (1, 3, 7)
    finally:
        client.shutdown()
