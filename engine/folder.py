"""Model folders in Hugging Face's GPT-2 layout: config.json + model.safetensors + tokenizer files.

Only safetensors weights are read: nothing from a user's folder is ever unpickled.
"""
from __future__ import annotations

import json
import math
import os
from pathlib import Path

from safetensors import SafetensorError, safe_open
from safetensors.torch import save_file

from .errors import ModelFolderError
from .model import GPT, GPTConfig, parameter_shapes
from .paths import BUNDLED_MODEL
from .tokenizer import TextTokenizer


_GELU = {"gelu_new": False, "gelu_pytorch_tanh": False, "gelu_fast": False, "gelu": True}
# Buffers that some transformers versions save next to the weights; they hold no learned numbers.
_IGNORED_SUFFIXES = (".attn.bias", ".attn.masked_bias")
_FLOAT_TYPES = {"F16", "BF16", "F32", "F64"}
_MAX_HEADER = 100_000_000  # safetensors' own limit on the header's size


def read_config(folder: Path) -> GPTConfig:
    path = folder / "config.json"
    if not path.is_file():
        raise ModelFolderError(f"{folder} has no config.json — is this a GPT-2 model folder?")
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ModelFolderError(f"{path} is not valid JSON ({exc}).") from None
    if not isinstance(raw, dict):
        raise ModelFolderError(f"{path} does not hold a JSON object.")
    if raw.get("model_type", "gpt2") != "gpt2":
        raise ModelFolderError(f"{folder} holds a '{raw['model_type']}' model; only GPT-2-architecture models open here.")
    act = raw.get("activation_function", "gelu_new")
    if act not in _GELU:
        raise ModelFolderError(f"{path}: activation '{act}' is not supported (GPT-2 uses gelu_new).")
    if raw.get("scale_attn_by_inverse_layer_idx") or raw.get("reorder_and_upcast_attn"):
        raise ModelFolderError(f"{path}: attention-scaling variants of GPT-2 are not supported.")
    try:
        cfg = GPTConfig(
            vocab_size=int(raw["vocab_size"]), n_positions=int(raw["n_positions"]), n_embd=int(raw["n_embd"]),
            n_layer=int(raw["n_layer"]), n_head=int(raw["n_head"]),
            layer_norm_epsilon=float(raw.get("layer_norm_epsilon", 1e-5)),
            n_inner=int(raw["n_inner"]) if raw.get("n_inner") else None, exact_gelu=_GELU[act],
        )
    except KeyError as exc:
        raise ModelFolderError(f"{path} lacks the setting {exc.args[0]}.") from None
    except (TypeError, ValueError) as exc:
        raise ModelFolderError(f"{path} has a setting that is not a number ({exc}).") from None
    sizes = (cfg.vocab_size, cfg.n_positions, cfg.n_embd, cfg.n_layer, cfg.n_head)
    if min(sizes) < 1 or cfg.n_embd % cfg.n_head:
        raise ModelFolderError(f"{path}: sizes must be positive and n_embd must be a multiple of n_head.")
    return cfg


def _weight_name(name: str) -> str | None:
    """Our parameter name for a checkpoint name, or None for entries we do not use."""
    if name.startswith("transformer."):
        name = name[len("transformer."):]
    if name.startswith("lm_head.") or name.endswith(_IGNORED_SUFFIXES):
        return None  # the unembedding is tied to wte
    return name


def load_folder(folder, weights=None) -> tuple[GPT, TextTokenizer]:
    """The model and tokenizer of a folder; ``weights``: another safetensors file of the same shape (a checkpoint)
    instead of the folder's model.safetensors."""
    folder, cfg = open_folder(folder)
    gpt = load_weights(Path(weights) if weights is not None else folder / "model.safetensors", cfg)
    return gpt, read_tokenizer(folder, cfg)


def open_folder(folder) -> tuple[Path, GPTConfig]:
    """The folder, checked to be a GPT-2 folder with safetensors weights whose model fits in memory, and its
    config."""
    folder = Path(folder).expanduser()
    if not folder.is_dir():
        raise ModelFolderError(f"Model folder not found: {folder}")
    cfg = read_config(folder)
    check_memory(cfg, folder)
    weights = folder / "model.safetensors"
    if not weights.is_file():
        pickled = any((folder / n).exists() for n in ("pytorch_model.bin", "model.pt"))
        hint = " (only pickled weights are there, and those are never opened: save with safe_serialization)" if pickled else ""
        raise ModelFolderError(f"{folder} has no model.safetensors{hint}.")
    return folder, cfg


def read_tokenizer(folder: Path, cfg: GPTConfig) -> TextTokenizer:
    tokenizer = TextTokenizer.from_folder(folder)
    if tokenizer.vocab_size > cfg.vocab_size:
        raise ModelFolderError(
            f"{folder}: the tokenizer has {tokenizer.vocab_size} tokens but the model only {cfg.vocab_size}.")
    return tokenizer


def load_weights(weights: Path, cfg: GPTConfig) -> GPT:
    """A GPT of shape ``cfg`` holding the weights of one safetensors file (float16 or float32), in eval mode.

    The file's header is checked against the config before anything is allocated; the model is built on the meta
    device (no random initialisation to throw away) and each weight is read once, straight into its place."""
    names = check_weights(weights, cfg)
    state = {}
    try:
        with safe_open(str(weights), framework="pt") as f:
            for stored, ours in names.items():
                state[ours] = f.get_tensor(stored).float()  # a no-op for float32 files
    except (SafetensorError, OSError, ValueError, RuntimeError) as exc:
        raise ModelFolderError(f"{weights} is damaged or not a safetensors file ({_first_line(exc)}).") from None
    model = GPT(cfg, device="meta")
    model.load_state_dict(state, assign=True)
    return model.eval()


def read_header(weights: Path) -> dict[str, dict]:
    """The safetensors header {name: {"dtype", "shape", "data_offsets"}}, read without touching the data: an
    8-byte little-endian length, then that much JSON."""
    if not weights.is_file():
        raise ModelFolderError(f"{weights} is missing.")
    damaged = f"{weights} is damaged or not a safetensors file"
    try:
        size = weights.stat().st_size
        with open(weights, "rb") as f:
            length = int.from_bytes(f.read(8), "little")
            if size < 8 or not 2 <= length <= min(size - 8, _MAX_HEADER):
                raise ModelFolderError(f"{damaged} (its header length does not fit the file).")
            header = json.loads(f.read(length))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ModelFolderError(f"{damaged} ({_first_line(exc)}).") from None
    if not isinstance(header, dict):
        raise ModelFolderError(f"{damaged} (its header is not a JSON object).")
    header.pop("__metadata__", None)
    for name, entry in header.items():
        ok = isinstance(entry, dict) and isinstance(entry.get("shape"), list) and all(
            isinstance(n, int) and not isinstance(n, bool) and n >= 0 for n in entry["shape"])
        if not ok:
            raise ModelFolderError(f"{damaged} (the entry {name!r} has no proper shape).")
    return header


def check_weights(weights: Path, cfg: GPTConfig) -> dict[str, str]:
    """Every tensor in the file's header against the shapes the config implies; ModelFolderError on any
    difference. Returns {name in the file: our parameter name}."""
    header = read_header(weights)
    expected = parameter_shapes(cfg)
    names = {stored: ours for stored in header if (ours := _weight_name(stored)) is not None}
    if len(names) != len(set(names.values())):
        raise ModelFolderError(f"{weights} holds some weights twice (with and without the transformer. prefix).")
    shapes = {ours: tuple(header[stored]["shape"]) for stored, ours in names.items()}
    missing = [name for name in expected if name not in shapes]
    unexpected = sorted(set(shapes) - set(expected), key=_natural)
    if missing or unexpected:
        what = f"missing {missing[0]}" if missing else f"unexpected {unexpected[0]}"
        raise ModelFolderError(f"{weights} does not match config.json ({what}; {len(missing)} missing, "
                               f"{len(unexpected)} unexpected).")
    for name, shape in expected.items():  # in the model's order, so the first difference named is the first one
        if shapes[name] != shape:
            raise ModelFolderError(f"{weights} does not match config.json: {name} is {shapes[name]}, expected {shape}.")
    for stored in names:
        if header[stored].get("dtype") not in _FLOAT_TYPES:
            raise ModelFolderError(f"{weights}: {stored} holds {header[stored].get('dtype')} numbers; weights must "
                                   f"be floats.")
    return names


def model_bytes(cfg: GPTConfig) -> int:
    """Memory the weights of a model of this config take once loaded (float32)."""
    return 4 * sum(math.prod(shape) for shape in parameter_shapes(cfg).values())


def check_memory(cfg: GPTConfig, where, copies: int = 1) -> None:
    """Refuse, before allocating, a model (or ``copies`` of it: every checkpoint) that would not fit in memory."""
    need, free = model_bytes(cfg) * copies, available_memory()
    if free is not None and need > free:
        what = f"{copies} checkpoints of a model, {_gb(need)} in all" if copies > 1 else f"a model of {_gb(need)}"
        raise ModelFolderError(
            f"{where}: config.json describes {what} ({cfg.n_layer} blocks, {cfg.n_embd} wide), "
            f"more than the {_gb(free)} of memory available.")


def available_memory() -> int | None:
    """Bytes of memory available now, or None when this system does not say (then nothing is refused)."""
    try:
        with open("/proc/meminfo", encoding="ascii") as f:  # Linux: what can be had without swapping
            for line in f:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    for pages in ("SC_AVPHYS_PAGES", "SC_PHYS_PAGES"):  # other Unix: free pages, else (macOS) all of them
        try:
            return os.sysconf(pages) * os.sysconf("SC_PAGE_SIZE")
        except (ValueError, OSError, AttributeError):
            continue
    return _windows_available_memory()


def _windows_available_memory() -> int | None:
    try:
        import ctypes

        class MemoryStatus(ctypes.Structure):
            _fields_ = [("dwLength", ctypes.c_ulong), ("dwMemoryLoad", ctypes.c_ulong),
                        ("ullTotalPhys", ctypes.c_ulonglong), ("ullAvailPhys", ctypes.c_ulonglong),
                        ("ullTotalPageFile", ctypes.c_ulonglong), ("ullAvailPageFile", ctypes.c_ulonglong),
                        ("ullTotalVirtual", ctypes.c_ulonglong), ("ullAvailVirtual", ctypes.c_ulonglong),
                        ("ullAvailExtendedVirtual", ctypes.c_ulonglong)]

        status = MemoryStatus()
        status.dwLength = ctypes.sizeof(MemoryStatus)
        if ctypes.windll.kernel32.GlobalMemoryStatusEx(ctypes.byref(status)):
            return int(status.ullAvailPhys)
    except (AttributeError, OSError, ImportError):
        pass
    return None


def _gb(n: int) -> str:
    return f"{n / 1e9:,.1f} GB" if n >= 1e8 else f"{n / 1e6:,.0f} MB"


def _natural(name: str):
    return [int(part) if part.isdigit() else part for part in name.split(".")]


def _first_line(exc: Exception) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def weights_for_saving(model: GPT) -> dict:
    """The tensors of model.safetensors (and of every checkpoint): GPT-2's names, as transformers saves them."""
    return {f"transformer.{k}": v.detach().contiguous() for k, v in model.state_dict().items()}


def save_folder(folder, model: GPT, tokenizer_json: str) -> None:
    """Write a folder that both this engine and transformers' GPT2LMHeadModel can open."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    cfg = model.config
    config = {
        "model_type": "gpt2", "architectures": ["GPT2LMHeadModel"], "vocab_size": cfg.vocab_size,
        "n_positions": cfg.n_positions, "n_embd": cfg.n_embd, "n_layer": cfg.n_layer, "n_head": cfg.n_head,
        "n_inner": cfg.n_inner, "activation_function": "gelu" if cfg.exact_gelu else "gelu_new",
        "layer_norm_epsilon": cfg.layer_norm_epsilon, "tie_word_embeddings": True,
        "bos_token_id": None, "eos_token_id": None,  # a word-level vocabulary has no GPT-2 end-of-text token
    }
    (folder / "config.json").write_text(json.dumps(config, indent=2) + "\n", encoding="utf-8")
    save_file(weights_for_saving(model), str(folder / "model.safetensors"), metadata={"format": "pt"})
    (folder / "model.safetensors").chmod(0o644)  # safetensors writes owner-only files
    (folder / "tokenizer.json").write_text(tokenizer_json, encoding="utf-8")


__all__ = ["BUNDLED_MODEL", "available_memory", "check_memory", "check_weights", "load_folder", "load_weights",
           "open_folder", "read_config", "read_header", "read_tokenizer", "save_folder", "weights_for_saving"]
