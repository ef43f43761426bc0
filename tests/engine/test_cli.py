"""The command line: JSON that matches the engine, and one clear line with exit code 2 for bad input."""
import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[2]


def run(*args):
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *map(str, args)], capture_output=True,
                          text=True, cwd=ROOT, timeout=120)


def test_predict_json_matches_the_engine(tiny_folder, tiny):
    out = run("predict", "w3 w1 w4", "--model", tiny_folder, "--top", 3, "--json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["tokens"] == ["w3", "w1", "w4"]
    expected = tiny.trace("w3 w1 w4").predictions(3)
    assert [(p["token"], pytest.approx(p["prob"], abs=1e-6)) for p in data["predictions"]] == expected


def test_trace_json_has_config_and_attention(tiny_folder, tiny):
    out = run("trace", "w3 w1 w4 w2", "--model", tiny_folder, "--no-pe", "--knockout", "1.0", "0.3",
              "--temperature", "2", "--json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["config"] == {"n_layer": 2, "n_head": 4, "n_embd": 32, "n_positions": 16, "vocab_size": 64}
    t = tiny.trace("w3 w1 w4 w2", positional=False, knockout={(1, 0), (0, 3)}, temperature=2.0)
    assert np.allclose(np.array(data["attention"]), t.attention, atol=1e-6)
    assert np.array(data["attention"]).shape == (2, 4, 4, 4)


def test_no_mask_changes_the_cli_result(tiny_folder):
    masked = json.loads(run("trace", "w3 w1 w4", "--model", tiny_folder, "--json").stdout)
    open_ = json.loads(run("trace", "w3 w1 w4", "--model", tiny_folder, "--no-mask", "--json").stdout)
    assert masked["attention"][0][0][0][1] == 0.0 and open_["attention"][0][0][0][1] > 0.0


def test_unknown_words_run_with_a_notice(tiny_folder):
    out = run("predict", "w1 😀 你好 zebra", "--model", tiny_folder, "--json")
    assert out.returncode == 0
    assert json.loads(out.stdout)["tokens"] == ["w1", "<unk>", "<unk>", "<unk>"]
    assert "not in the model's vocabulary" in out.stderr and "😀" in out.stderr


def test_long_text_is_truncated_with_a_notice(tiny_folder):
    out = run("predict", " ".join(["w1"] * 40), "--model", tiny_folder, "--json")
    assert out.returncode == 0 and len(json.loads(out.stdout)["tokens"]) == 16
    assert "first 24 were dropped" in out.stderr


@pytest.mark.parametrize("args, message", [
    (["predict", ""], "empty"),
    (["predict", "w1", "--model", "/no/such/folder"], "not found"),
    (["predict", "w1", "--knockout", "9.0"], "does not exist"),
    (["predict", "w1", "--knockout", "zero"], "LAYER.HEAD"),
    (["predict", "w1", "--temperature", "0"], "Temperature"),
    (["predict", "w1", "--temperature", "nan"], "Temperature"),
    (["predict", "w1", "--top", "0"], "--top"),
    (["trace"], "required"),
    (["fly"], "invalid choice"),
    (["--verbose"], "unrecognized arguments"),
])
def test_bad_input_gets_one_line_and_exit_code_2(tiny_folder, args, message):
    if args[0] in ("predict", "trace") and len(args) > 1 and "--model" not in args:
        args = [*args, "--model", tiny_folder]
    out = run(*args)
    assert out.returncode == 2
    assert "Traceback" not in out.stderr and len(out.stderr.strip().splitlines()) == 1
    assert message in out.stderr


def test_a_corrupt_model_folder_on_the_command_line(tmp_path):
    (tmp_path / "config.json").write_text("[]")
    out = run("predict", "hello", "--model", tmp_path)
    assert out.returncode == 2 and "JSON object" in out.stderr and "Traceback" not in out.stderr
