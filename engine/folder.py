"""Model folders in Hugging Face's GPT-2 layout: config.json + model.safetensors + tokenizer files.

Only safetensors weights are read: nothing from a user's folder is ever unpickled.
"""
from __future__ import annotations

import json
from pathlib import Path

from safetensors import SafetensorError
from safetensors.torch import load_file, save_file

from .errors import ModelFolderError
from .model import GPT, GPTConfig
from .paths import BUNDLED_MODEL
from .tokenizer import TextTokenizer


_GELU = {"gelu_new": False, "gelu_pytorch_tanh": False, "gelu_fast": False, "gelu": True}
# Buffers that some transformers versions save next to the weights; they hold no learned numbers.
_IGNORED_SUFFIXES = (".attn.bias", ".attn.masked_bias")


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
    """The folder, checked to be a GPT-2 folder with safetensors weights, and its config."""
    folder = Path(folder).expanduser()
    if not folder.is_dir():
        raise ModelFolderError(f"Model folder not found: {folder}")
    cfg = read_config(folder)
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
    """A GPT of shape ``cfg`` holding the weights of one safetensors file (float16 or float32), in eval mode."""
    if not weights.is_file():
        raise ModelFolderError(f"{weights} is missing.")
    try:
        tensors = load_file(str(weights))
    except (SafetensorError, OSError, ValueError, RuntimeError) as exc:
        raise ModelFolderError(f"{weights} is damaged or not a safetensors file ({exc}).") from None
    state = {}
    for name, tensor in tensors.items():
        ours = _weight_name(name)
        if ours is not None:
            state[ours] = tensor.float()
    model = GPT(cfg)
    expected = model.state_dict()
    missing = sorted(set(expected) - set(state))
    unexpected = sorted(set(state) - set(expected))
    if missing or unexpected:
        what = f"missing {missing[0]}" if missing else f"unexpected {unexpected[0]}"
        raise ModelFolderError(f"{weights} does not match config.json ({what}; {len(missing)} missing, {len(unexpected)} unexpected).")
    for name, tensor in state.items():
        if tensor.shape != expected[name].shape:
            raise ModelFolderError(
                f"{weights} does not match config.json: {name} is {tuple(tensor.shape)}, expected {tuple(expected[name].shape)}.")
    model.load_state_dict(state)
    return model.eval()


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


__all__ = ["BUNDLED_MODEL", "load_folder", "load_weights", "open_folder", "read_config", "read_tokenizer", "save_folder",
           "weights_for_saving"]
