"""The trainer: reproducible, checkpoints along the way, live progress, a folder that is never left half-written,
and one-line errors. Runs are tiny (a few steps on a few patterns) to keep the suite quick."""
import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest
import torch
from safetensors import safe_open
from safetensors.torch import load_file

import main
from engine import load_model
from engine.checkpoints import list_checkpoints
from engine.corpus import PATTERNS
from engine.train import CUSTOM_STEPS, STEPS, checkpoint_steps, train, train_command

ROOT = Path(__file__).resolve().parents[2]
FEW = ["rest", "lies_to", "zh_rest"]  # three patterns: a small held-out set, so measuring is quick


@pytest.fixture(scope="module")
def twice(tmp_path_factory):
    """The same tiny training twice (seed 1), and once with another seed."""
    base = tmp_path_factory.mktemp("train")
    runs = {name: train(base / name, seed=seed, progress=None, steps=6, patterns=FEW)
            for name, seed in (("a", 1), ("b", 1), ("c", 2))}
    return base, runs


def test_checkpoints_double_then_end_at_the_last_step():
    assert checkpoint_steps(20) == [0, 1, 2, 4, 8, 16, 20]
    assert checkpoint_steps(16) == [0, 1, 2, 4, 8, 16]
    assert len(checkpoint_steps(STEPS)) >= 10 and len(checkpoint_steps(CUSTOM_STEPS)) >= 10


def test_the_same_seed_gives_bit_identical_weights(twice):
    base, runs = twice
    assert (base / "a" / "model.safetensors").read_bytes() == (base / "b" / "model.safetensors").read_bytes()
    # a checkpoint file's header lists its metadata in no fixed order, so compare its tensors bit for bit
    a, b = (load_file(str(base / run / "checkpoints" / "step-000004.safetensors")) for run in ("a", "b"))
    assert a.keys() == b.keys() and all(torch.equal(a[k], b[k]) for k in a)
    assert (base / "a" / "model.safetensors").read_bytes() != (base / "c" / "model.safetensors").read_bytes()
    assert runs["a"]["final_loss"] == runs["b"]["final_loss"]
    assert runs["a"]["checkpoints"] == runs["b"]["checkpoints"]


def test_the_folder_has_its_checkpoints_and_opens(twice):
    base, _ = twice
    folder = base / "a"
    infos = list_checkpoints(folder)
    assert [i.step for i in infos] == [0, 1, 2, 4, 6]
    assert infos[-1].is_final and infos[-1].path == folder / "model.safetensors"
    for info in infos:
        assert info.train_loss > 0 and info.heldout_loss > 0 and 0 <= info.heldout_accuracy <= 1
    assert infos[-1].train_loss < infos[0].train_loss  # six steps already lower the loss
    with safe_open(str(infos[1].path), "pt") as f:  # intermediate checkpoints are half precision
        assert f.get_tensor("transformer.wte.weight").dtype.is_floating_point
        assert str(f.get_tensor("transformer.wte.weight").dtype) == "torch.float16"
    first, last = load_model(folder, checkpoint="first"), load_model(folder)
    assert first.trace("Sarah lies still on the bed, feeling").tokens[0] == "Sarah"
    assert last.trace("Sarah静静地躺在床上，感觉").tokens[:3] == ("Sarah", "静", "静")
    saved = json.loads((folder / "loss_history.json").read_text(encoding="utf-8"))
    assert saved["training"] == {"seed": 1, "steps": 6, "patterns": FEW, "mask": True, "batch_size": 64,
                                 "threads": saved["training"]["threads"]}
    assert [h["step"] for h in saved["history"]][-1] == 6
    assert set(saved["eval"]["by_pattern"]) == set(PATTERNS)  # eval reports every pattern, trained or not
    assert not [p for p in base.iterdir() if p.name.startswith(".")]  # no staging folder left behind


def test_progress_as_json_lines(tmp_path, capsys):
    assert train_command(tmp_path / "m", 0, steps=4, patterns=["rest"], progress="json") == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    steps = [r for r in rows if "step" in r]
    assert [r["step"] for r in steps] == [0, 1, 2, 3, 4]
    assert all({"steps", "loss", "tokens_per_s", "eta_s"} <= set(r) for r in steps)
    assert all("heldout_loss" in r for r in steps if r["step"] in (0, 1, 2))  # measured at the checkpoints
    assert rows[-1]["done"] is True and rows[-1]["out"] == str(tmp_path / "m")


def test_training_without_the_mask_is_recorded(tmp_path, capsys):
    assert train_command(tmp_path / "rope-off", 0, steps=3, patterns=["rest"], mask=False) == 0
    assert "without the causal mask" in capsys.readouterr().out
    saved = json.loads((tmp_path / "rope-off" / "loss_history.json").read_text(encoding="utf-8"))
    assert saved["training"]["mask"] is False
    assert main.main(["eval", "--model", str(tmp_path / "rope-off")]) == 0
    assert "trained without the causal mask" in capsys.readouterr().out


@pytest.mark.parametrize("argv, says", [
    (["train", "--steps", "0"], "steps"),
    (["train", "--steps", "5000000"], "at most 1,000,000"),
    (["train", "--seed", "-1"], "seed"),
    (["train", "--patterns", "rest,nope"], "unknown pattern 'nope'"),
    (["train", "--patterns", ","], "no pattern"),
    (["train", "--progress", "xml"], "invalid choice"),
])
def test_bad_options_are_one_line_and_exit_2(tmp_path, capsys, argv, says):
    assert main.main(argv + ["--out", str(tmp_path / "m")]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and says in err and "Traceback" not in err
    assert not (tmp_path / "m").exists()


def test_an_existing_file_at_out_is_refused(tmp_path, capsys):
    a_file = tmp_path / "model.txt"
    a_file.write_text("not a folder")
    assert main.main(["train", "--out", str(a_file), "--steps", "1"]) == 2
    assert "is a file" in capsys.readouterr().err
    assert a_file.read_text() == "not a folder"


def test_the_pattern_list(capsys):
    assert main.main(["train", "--list-patterns"]) == 0
    out = capsys.readouterr().out
    assert "lies_to" in out and "zh_rest" in out and "order" in out


def _start_training(out: Path) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.Popen([sys.executable, str(ROOT / "main.py"), "train", "--out", str(out), "--steps", "300",
                             "--patterns", "rest", "--progress", "json"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)


def _wait_for_step(proc: subprocess.Popen, step: int) -> None:
    for line in proc.stdout:
        if json.loads(line).get("step", -1) >= step:
            return
    pytest.fail(f"training ended early: {proc.stderr.read()}")


@pytest.mark.parametrize("how", [signal.SIGKILL, signal.SIGTERM])
def test_a_killed_training_leaves_the_old_folder_untouched(tiny_folder, tmp_path, how):
    out = tmp_path / "model"
    shutil.copytree(tiny_folder, out)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    proc = _start_training(out)
    try:
        _wait_for_step(proc, 3)
        proc.send_signal(how)
        code = proc.wait(timeout=60)
    finally:
        proc.kill()
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    if how == signal.SIGTERM:  # a polite kill unwinds: nothing is left beside it either
        assert code == 130
        assert [p.name for p in tmp_path.iterdir()] == ["model"]
    load_model(out)  # still opens


def test_a_killed_first_training_leaves_no_folder_and_the_next_run_tidies_up(tmp_path):
    out = tmp_path / "fresh"
    proc = _start_training(out)
    try:
        _wait_for_step(proc, 2)
        proc.kill()
        proc.wait(timeout=60)
    finally:
        proc.kill()
    assert not out.exists()
    leftovers = [p for p in tmp_path.iterdir() if p.name.startswith(".fresh.training-")]
    assert leftovers  # the killed run could not clean up...
    train(out, seed=0, progress=None, steps=1, patterns=["rest"])
    assert [p.name for p in tmp_path.iterdir()] == ["fresh"]  # ...the next one did
    load_model(out)
