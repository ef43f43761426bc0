"""Loading that cannot be tricked: the weights' header is checked against config.json before anything is
allocated, a model larger than the memory is refused, and no random initialisation is made and thrown away."""
import json
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest
import torch
from safetensors.torch import load_file, save_file

from engine import GPT, GPTConfig, ModelFolderError, load_model
from engine.folder import available_memory, check_memory, model_bytes
from engine.model import parameter_shapes

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def folder(tmp_path, tiny_folder):
    copy = tmp_path / "model"
    shutil.copytree(tiny_folder, copy)
    return copy


def claim(folder, **sizes):
    config = json.loads((folder / "config.json").read_text())
    (folder / "config.json").write_text(json.dumps({**config, **sizes}))


@pytest.mark.parametrize("cfg", [GPTConfig(64, 16, 32, 2, 4), GPTConfig(50, 9, 24, 3, 2, n_inner=40)])
def test_the_shapes_a_config_implies_are_the_models_own(cfg):
    assert parameter_shapes(cfg) == {name: tuple(t.shape) for name, t in GPT(cfg).state_dict().items()}
    assert model_bytes(cfg) == 4 * sum(p.numel() for p in GPT(cfg).parameters())


def limited_memory(gigabytes):
    """For the child process: an address-space limit, so that a large allocation fails instead of happening."""
    def limit():
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (gigabytes << 30, gigabytes << 30))
    return limit if sys.platform.startswith("linux") else None


def predict_in_2_gb(folder):
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "predict", "w1", "--model", str(folder)],
                          capture_output=True, text=True, cwd=ROOT, timeout=120, preexec_fn=limited_memory(2))


def test_within_the_limit_a_real_folder_still_runs(folder):
    out = predict_in_2_gb(folder)
    assert out.returncode == 0, out.stderr


def test_a_config_claiming_hundreds_of_gigabytes_is_refused_before_allocating(folder):
    claim(folder, n_embd=65536, n_layer=2000)
    out = predict_in_2_gb(folder)
    assert out.returncode == 2 and "Traceback" not in out.stderr, out.stderr
    assert len(out.stderr.strip().splitlines()) == 1
    assert "more than the" in out.stderr and "of memory available" in out.stderr and "GB" in out.stderr


def test_a_config_that_fits_in_memory_but_lies_about_the_weights_is_refused_before_allocating(folder):
    claim(folder, n_embd=2048, n_layer=24)  # about 5 GB of weights that the file does not hold
    out = predict_in_2_gb(folder)
    assert out.returncode == 2 and "Traceback" not in out.stderr, out.stderr
    assert len(out.stderr.strip().splitlines()) == 1 and "config.json" in out.stderr


def test_check_memory_counts_every_checkpoint():
    free = available_memory()
    assert free is None or free > 0
    small = GPTConfig(64, 16, 32, 2, 4)
    check_memory(small, "here")  # a small model fits
    if free is not None:
        copies = free // model_bytes(small) + 1
        with pytest.raises(ModelFolderError, match=f"{copies} checkpoints of a model"):
            check_memory(small, "here", copies=copies)


def refused(folder, match):
    with pytest.raises(ModelFolderError, match=match) as info:
        load_model(folder)
    assert "\n" not in str(info.value)


def test_every_shape_is_compared_with_the_config(folder):
    tensors = load_file(str(folder / "model.safetensors"))
    tensors["transformer.h.1.mlp.c_fc.bias"] = torch.zeros(100)
    save_file(tensors, str(folder / "model.safetensors"))
    refused(folder, r"h\.1\.mlp\.c_fc\.bias is \(100,\), expected \(128,\)")
    claim(folder, n_embd=64)
    refused(folder, r"wte\.weight is \(64, 32\), expected \(64, 64\)")


def test_missing_extra_and_non_float_weights_are_refused(folder):
    original = load_file(str(folder / "model.safetensors"))
    tensors = dict(original)
    del tensors["transformer.ln_f.bias"]
    save_file(tensors, str(folder / "model.safetensors"))
    refused(folder, "missing ln_f.bias")
    save_file({**original, "transformer.h.9.ln_1.weight": torch.ones(32)}, str(folder / "model.safetensors"))
    refused(folder, "unexpected h.9.ln_1.weight")
    save_file({**original, "transformer.ln_f.bias": torch.zeros(32, dtype=torch.int32)}, str(folder / "model.safetensors"))
    refused(folder, "int32|I32")
    twice = {**original, "ln_f.bias": original["transformer.ln_f.bias"].clone()}
    save_file(twice, str(folder / "model.safetensors"))
    refused(folder, "twice")


@pytest.mark.parametrize("header", [
    struct.pack("<Q", 10**12) + b"{}",  # a header longer than the file
    struct.pack("<Q", 4) + b"[1]",  # not JSON (cut short)
    struct.pack("<Q", 3) + b"[1]",  # JSON, but not an object
    struct.pack("<Q", 40) + b'{"wte.weight": {"shape": "big"}}' + b" " * 8,
    b"\x01",  # shorter than the length field
])
def test_a_header_that_lies_is_refused(folder, header):
    (folder / "model.safetensors").write_bytes(header)
    refused(folder, "damaged")


def test_a_header_whose_data_is_missing_is_refused(folder):
    data = (folder / "model.safetensors").read_bytes()
    length = struct.unpack("<Q", data[:8])[0]
    (folder / "model.safetensors").write_bytes(data[: 8 + length + 100])  # header intact, data cut
    refused(folder, "damaged")


def test_loading_makes_no_random_initialisation_and_reads_the_weights_exactly(tiny_folder):
    torch.manual_seed(123)
    before = torch.random.get_rng_state()
    model = load_model(tiny_folder)
    assert torch.equal(torch.random.get_rng_state(), before)  # random init would have drawn numbers
    stored = load_file(str(tiny_folder / "model.safetensors"))
    for name, tensor in model.gpt.state_dict().items():
        assert tensor.device.type == "cpu" and tensor.dtype == torch.float32
        assert torch.equal(tensor, stored[f"transformer.{name}"]), name


def test_loading_leaves_torch_s_compiler_alone(tiny_folder):
    """Random numbers on the meta device would import torch's compiler, seconds of a first load, for nothing."""
    code = ("import sys; from engine import load_checkpoints, load_model; load_model(sys.argv[1]); "
            "load_checkpoints(sys.argv[1]); print('torch._dynamo' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code, str(tiny_folder)], capture_output=True, text=True, cwd=ROOT,
                         timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "False"
