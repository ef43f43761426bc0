"""``python main.py export …`` through main.py's own parser and error handling (with the export commands added
to its modules, as the report asks main.py to do)."""
from __future__ import annotations

import json

import pytest
from PIL import Image

import main
from tests.story import traces

from .conftest import listing

SENTENCE = traces.sentence(5)


@pytest.fixture
def run(monkeypatch, capsys, model_dir):
    if "alchemist_gui.export.cli" not in main.COMMAND_MODULES:
        monkeypatch.setattr(main, "COMMAND_MODULES", (*main.COMMAND_MODULES, "alchemist_gui.export.cli"))

    def run(*argv, model=True):
        argv = [*argv, "--sentence", SENTENCE, "--model", model_dir] if model else list(argv)
        code = main.main([str(a) for a in argv])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def test_png_on_the_command_line(run, tmp_path, app):
    code, out, err = run("export", tmp_path / "stage.png", "--beat", "pour", "--size", "300x200", "--caption")
    assert code == 0, err
    assert out.count("\n") == 1 and out.startswith(f"wrote {tmp_path / 'stage.png'}") and "300x200" in out
    with Image.open(tmp_path / "stage.png") as image:
        assert image.size == (300, 200)


def test_mp4_prints_progress_on_stderr_and_one_line(run, tmp_path, app):
    code, out, err = run("export", tmp_path / "film.mp4", "--from", "setup", "--to", "recipe", "--size", "128x80",
                         "--fps", "2", "--layer", "1", "--head", "2", "--word", "2")
    assert code == 0, err
    frames = round((5 + 6) * 2)  # setup and recipe last 5 and 6 s at speed 1
    assert f"{frames} frames at 2 fps" in out and out.count("\n") == 1
    assert f"frame {frames}/{frames}" in err


def test_json_on_the_command_line_equals_trace_json(run, tmp_path, model_dir):
    code, out, err = run("export", tmp_path / "run.json", "--no-mask", "--knockout", "0.1")
    assert code == 0, err
    code, printed, _ = run("trace", SENTENCE, "--model", model_dir, "--no-mask", "--knockout", "0.1", "--json",
                           model=False)
    assert code == 0
    assert json.loads((tmp_path / "run.json").read_text(encoding="utf-8")) == json.loads(printed)


@pytest.mark.parametrize("argv, words", [
    (["out.bmp"], "must end in one of"),
    (["out.png", "--size", "0x0"], "out of range"),
    (["out.png", "--size", "big"], "--size must look like"),
    (["out.mp4", "--fps", "500"], "1 to 60"),
    (["out.mp4", "--beat", "brewing"], "not a beat"),
    (["out.mp4", "--from", "prediction", "--to", "setup"], "comes after"),
    (["out.png", "--fps", "10"], "does not apply"),
    (["out.png", "--layer", "7"], "--layer 7 does not exist"),
    (["out.csv", "--head", "9"], "--head 9 does not exist"),
    (["out.png", "--word", "40"], "--word 40 does not exist"),
    (["missing/out.png"], "does not exist"),
])
def test_bad_input_is_one_line_exit_2_and_no_file(run, tmp_path, argv, words):
    code, out, err = run("export", tmp_path / argv[0], *argv[1:])
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("alchemist: ") and words in err, err
    assert listing(tmp_path) == []
