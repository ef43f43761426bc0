"""Checkpoints: the folder layout, the trainer's writers, loading one or all of them, and bad folders refused."""
import copy
import json
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import torch

from engine import InputError, ModelFolderError, has_checkpoints, list_checkpoints, load_checkpoints, load_model
from engine.checkpoints import save_checkpoint, write_index

ROOT = Path(__file__).resolve().parents[2]
SENTENCE = "w3 w1 w4 w1 w5"
STEPS = (0, 10, 100)


def noisy(gpt, seed):
    """Another model of the same shape: the weights moved by seeded noise, as training would."""
    other = copy.deepcopy(gpt)
    generator = torch.Generator().manual_seed(seed)
    with torch.no_grad():
        for p in other.parameters():
            p.add_(torch.randn(p.shape, generator=generator) * 0.5)
    return other


@pytest.fixture(scope="module")
def trained(tmp_path_factory, tiny_folder):
    """A copy of the tiny folder with three training checkpoints and the final model as step 200."""
    folder = tmp_path_factory.mktemp("with_checkpoints") / "model"
    shutil.copytree(tiny_folder, folder)
    final = load_model(folder).gpt
    entries, gpts = [], {}
    for i, step in enumerate(STEPS):
        gpts[step] = noisy(final, seed=i)
        name = save_checkpoint(folder, step, gpts[step], half=(step != 100))
        entries.append({"step": step, "file": name, "train_loss": 4.0 - i, "heldout_loss": 4.5 - i,
                        "heldout_accuracy": 0.1 * i})
    entries.append({"step": 200, "file": "../model.safetensors", "train_loss": 0.5, "heldout_loss": None,
                    "heldout_accuracy": 0.99})
    write_index(folder, entries[::-1])  # the writer sorts them
    gpts[200] = final
    return folder, gpts


@pytest.fixture
def scratch(tmp_path, trained):
    copy_ = tmp_path / "model"
    shutil.copytree(trained[0], copy_)
    return copy_


def test_the_index_lists_the_checkpoints_in_step_order(trained):
    folder, _ = trained
    infos = list_checkpoints(folder)
    assert [i.step for i in infos] == [0, 10, 100, 200]
    assert [i.train_loss for i in infos] == [4.0, 3.0, 2.0, 0.5]
    assert infos[-1].heldout_loss is None and infos[-1].heldout_accuracy == 0.99
    assert [i.is_final for i in infos] == [False, False, False, True]
    assert infos[-1].path == folder / "model.safetensors" and infos[0].path.name == "step-000000.safetensors"
    assert has_checkpoints(folder)
    index = json.loads((folder / "checkpoints" / "index.json").read_text())
    assert index["format"] == 1 and [e["step"] for e in index["checkpoints"]] == [0, 10, 100, 200]
    assert sorted(p.name for p in (folder / "checkpoints").iterdir()) == [
        "index.json", "step-000000.safetensors", "step-000010.safetensors", "step-000100.safetensors"]


def test_a_checkpoint_runs_the_weights_it_was_saved_with(trained):
    folder, gpts = trained
    for step, tolerance in ((0, 2e-3), (100, 0.0)):  # step 0 was saved as float16, step 100 in full precision
        model = load_model(folder, checkpoint=step)
        assert model.checkpoint.step == step
        for name, tensor in model.gpt.state_dict().items():
            assert tensor.dtype == torch.float32
            assert torch.allclose(tensor, gpts[step].state_dict()[name], atol=tolerance, rtol=tolerance), name
    assert not np.allclose(load_model(folder, checkpoint=0).trace(SENTENCE).probs, load_model(folder).trace(SENTENCE).probs)


def test_first_last_and_the_default(trained):
    folder, _ = trained
    final = load_model(folder)
    assert final.checkpoint.step == 200 and final.checkpoint.is_final
    assert np.array_equal(load_model(folder, checkpoint="last").trace(SENTENCE).probs, final.trace(SENTENCE).probs)
    first = load_model(folder, checkpoint="first")
    assert first.checkpoint.step == 0
    assert np.array_equal(first.trace(SENTENCE).probs, load_model(folder, checkpoint=0).trace(SENTENCE).probs)


def test_an_unknown_step_lists_the_steps_there_are(trained):
    with pytest.raises(InputError, match=r"No checkpoint at step 5; the steps are 0, 10, 100, 200") as info:
        load_model(trained[0], checkpoint=5)
    assert "\n" not in str(info.value)


def test_all_checkpoints_in_memory_share_one_tokenizer(trained):
    folder, _ = trained
    loaded = load_checkpoints(folder)
    assert [info.step for info, _ in loaded] == [0, 10, 100, 200]
    assert len({id(model.tokenizer) for _, model in loaded}) == 1
    assert len({id(model.gpt) for _, model in loaded}) == 4
    for info, model in loaded:
        assert model.checkpoint == info
        alone = load_model(folder, checkpoint=info.step)
        assert np.array_equal(model.trace(SENTENCE).attention, alone.trace(SENTENCE).attention)


def test_a_folder_without_checkpoints_has_exactly_one(tiny_folder):
    infos = list_checkpoints(tiny_folder)
    assert len(infos) == 1 and infos[0].step is None and infos[0].is_final
    assert not has_checkpoints(tiny_folder)
    assert load_model(tiny_folder, checkpoint="first").checkpoint == infos[0]
    [(info, model)] = load_checkpoints(tiny_folder)
    assert info == infos[0] and np.array_equal(model.trace(SENTENCE).probs, load_model(tiny_folder).trace(SENTENCE).probs)
    with pytest.raises(InputError, match="no training checkpoints"):
        load_model(tiny_folder, checkpoint=3)


def refused(folder, match, **kwargs):
    with pytest.raises(ModelFolderError, match=match) as info:
        list_checkpoints(folder) if not kwargs else load_model(folder, **kwargs)
    assert "\n" not in str(info.value)


def rewrite_index(folder, change):
    path = folder / "checkpoints" / "index.json"
    index = json.loads(path.read_text())
    change(index)
    path.write_text(json.dumps(index))


@pytest.mark.parametrize("change, message", [
    (lambda ix: ix.update(format=2), "format-1"),
    (lambda ix: ix.update(checkpoints=[]), "no checkpoints"),
    (lambda ix: ix["checkpoints"][1].update(step=-3), "whole number"),
    (lambda ix: ix["checkpoints"][1].update(step=0), "distinct"),
    (lambda ix: ix["checkpoints"][1].update(train_loss="low"), "train_loss"),
    (lambda ix: ix["checkpoints"][1].pop("file"), "missing 'file'"),
    (lambda ix: ix["checkpoints"][1].update(file="../../config.json"), "not a .safetensors file"),
    (lambda ix: ix["checkpoints"][1].update(file="step-000011.safetensors"), "missing"),
])
def test_a_damaged_index_is_refused_in_one_line(scratch, change, message):
    rewrite_index(scratch, change)
    refused(scratch, message)
    refused(scratch, message, checkpoint="first")


def test_an_index_that_is_not_json_or_is_gone(scratch):
    (scratch / "checkpoints" / "index.json").write_text("{ nope")
    refused(scratch, "not valid JSON")
    (scratch / "checkpoints" / "index.json").unlink()
    refused(scratch, "no index.json")
    assert load_model(scratch).checkpoint.step is None  # the final model still opens


def test_a_damaged_checkpoint_file_is_refused(scratch):
    path = scratch / "checkpoints" / "step-000010.safetensors"
    path.write_bytes(path.read_bytes()[:100])
    refused(scratch, "damaged", checkpoint=10)
    with pytest.raises(ModelFolderError, match="damaged"):
        load_checkpoints(scratch)


def test_writers_leave_no_temporary_files_and_check_their_entries(scratch):
    gpt = load_model(scratch).gpt
    assert save_checkpoint(scratch, 7, gpt) == "step-000007.safetensors"
    write_index(scratch, [{"step": 7, "file": "step-000007.safetensors"}, {"step": 9, "file": "../model.safetensors"}])
    assert [i.step for i in list_checkpoints(scratch)] == [7, 9]
    assert not [p for p in (scratch / "checkpoints").iterdir() if p.name.startswith(".")]
    with pytest.raises(ValueError):
        write_index(scratch, [{"step": 1, "file": "../secret.bin"}])
    assert [i.step for i in list_checkpoints(scratch)] == [7, 9]  # a refused write left the old index


def run(*args):
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *map(str, args)], capture_output=True,
                          text=True, cwd=ROOT, timeout=120)


def test_checkpoints_command(trained, tiny_folder):
    folder, _ = trained
    out = run("checkpoints", "--model", folder, "--json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert [c["step"] for c in data["checkpoints"]] == [0, 10, 100, 200] and data["has_checkpoints"]
    assert data["checkpoints"][1] == {"step": 10, "train_loss": 3.0, "heldout_loss": 3.5, "heldout_accuracy": 0.1,
                                      "final": False}
    table = run("checkpoints", "--model", folder)
    assert table.returncode == 0 and "held-out loss" in table.stdout and len(table.stdout.splitlines()) == 5
    single = json.loads(run("checkpoints", "--model", tiny_folder, "--json").stdout)
    assert len(single["checkpoints"]) == 1 and single["checkpoints"][0]["step"] is None
    assert "no training checkpoints" in single["note"]
    assert "no training checkpoints" in run("checkpoints", "--model", tiny_folder).stdout


def test_the_checkpoint_option_on_predict_and_trace(trained):
    folder, _ = trained
    out = run("predict", SENTENCE, "--model", folder, "--checkpoint", 10, "--top", 3, "--json")
    assert out.returncode == 0, out.stderr
    expected = load_model(folder, checkpoint=10).trace(SENTENCE).predictions(3)
    assert [(p["token"], pytest.approx(p["prob"], abs=1e-6)) for p in json.loads(out.stdout)["predictions"]] == expected
    first = json.loads(run("trace", SENTENCE, "--model", folder, "--checkpoint", "first", "--json").stdout)
    assert np.allclose(first["attention"], load_model(folder, checkpoint=0).trace(SENTENCE).attention, atol=1e-6)
    assert first["checkpoint"] == 0


def test_the_checkpoints_command_on_a_bad_folder(tmp_path, scratch):
    for folder, message in ((tmp_path / "nowhere", "not found"), (scratch, "not valid JSON")):
        if folder == scratch:
            (scratch / "checkpoints" / "index.json").write_text("{")
        out = run("checkpoints", "--model", folder, "--json")
        assert out.returncode == 2 and "Traceback" not in out.stderr
        assert len(out.stderr.strip().splitlines()) == 1 and message in out.stderr


@pytest.mark.parametrize("value, message", [("7", "the steps are 0, 10, 100, 200"), ("soon", "training step")])
def test_a_bad_checkpoint_option_gets_one_line_and_exit_code_2(trained, value, message):
    out = run("predict", SENTENCE, "--model", trained[0], "--checkpoint", value)
    assert out.returncode == 2 and "Traceback" not in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1 and message in out.stderr


def test_the_bench_switches_checkpoints(trained, tiny_folder):
    from engine.bench import checkpoint_figures

    figures = checkpoint_figures(trained[0])
    assert figures["bundled_checkpoints"] == 4 and figures["checkpoint_switch_p95_ms"] > 0
    assert figures["load_s_bundled_all_checkpoints"] > 0
    assert checkpoint_figures(tiny_folder) == {"load_s_bundled_all_checkpoints": None, "checkpoint_switch_p95_ms": None}
