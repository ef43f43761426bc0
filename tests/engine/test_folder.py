"""A missing, corrupt or mismatched model folder gets one clear message — and nothing is unpickled."""
import json
import pickle
import shutil

import pytest

from engine import ModelFolderError, load_model


@pytest.fixture
def folder(tmp_path, tiny_folder):
    copy = tmp_path / "model"
    shutil.copytree(tiny_folder, copy)
    return copy


def refused(folder, match):
    with pytest.raises(ModelFolderError, match=match) as info:
        load_model(folder)
    assert "\n" not in str(info.value)


def test_missing_folder(tmp_path):
    refused(tmp_path / "nowhere", "not found")


def test_folder_without_config(folder):
    (folder / "config.json").unlink()
    refused(folder, "no config.json")


def test_config_that_is_not_json(folder):
    (folder / "config.json").write_text("{ not json")
    refused(folder, "not valid JSON")


def test_config_of_another_architecture(folder):
    config = json.loads((folder / "config.json").read_text())
    (folder / "config.json").write_text(json.dumps({**config, "model_type": "llama"}))
    refused(folder, "llama")


def test_config_with_bad_sizes(folder):
    config = json.loads((folder / "config.json").read_text())
    (folder / "config.json").write_text(json.dumps({**config, "n_head": 5}))
    refused(folder, "multiple of n_head")


def test_config_that_does_not_match_the_weights(folder):
    config = json.loads((folder / "config.json").read_text())
    (folder / "config.json").write_text(json.dumps({**config, "n_layer": 3}))
    refused(folder, "does not match config.json")
    (folder / "config.json").write_text(json.dumps({**config, "n_positions": 99}))
    refused(folder, "wpe.weight is")


def test_weights_that_are_damaged(folder):
    data = (folder / "model.safetensors").read_bytes()
    (folder / "model.safetensors").write_bytes(data[: len(data) // 2])
    refused(folder, "damaged")
    (folder / "model.safetensors").write_bytes(b"\x00garbage" * 10)
    refused(folder, "damaged")


def test_pickled_weights_are_never_opened(folder):
    class Bomb:
        def __reduce__(self):
            return (exec, ("raise SystemExit('unpickled!')",))

    (folder / "model.safetensors").unlink()
    (folder / "pytorch_model.bin").write_bytes(pickle.dumps(Bomb()))
    refused(folder, "never opened")


def test_missing_or_damaged_tokenizer(folder):
    (folder / "tokenizer.json").write_text("{ broken")
    refused(folder, "tokenizer")
    (folder / "tokenizer.json").unlink()
    refused(folder, "no tokenizer")


def test_tokenizer_larger_than_the_model(folder):
    from engine.tokenizer import word_level_tokenizer

    word_level_tokenizer([f"w{i}" for i in range(500)]).save(str(folder / "tokenizer.json"))
    refused(folder, "tokenizer has 501 tokens")
