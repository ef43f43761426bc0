"""The trace's numbers as files: .json (what ``trace --json`` prints), .npz (every array at full precision) and
.csv (one head's attention matrix with token labels).  Qt-free and torch-free: numpy, json and csv only.

The .npz holds one entry per field of the Trace, under the field's name, so that it follows the Trace when fields
are added: arrays as they are (same dtype and shape); ``tokens`` and ``vocab`` as string arrays; ``token_ids``,
``unknown`` and ``order`` as integer arrays; ``text`` and ``truncated`` as 0-d arrays; ``config`` and
``switches`` as 0-d strings of JSON.  It loads with ``np.load(path)`` (no pickles: allow_pickle stays off).
"""
from __future__ import annotations

import csv
import dataclasses
import json

import numpy as np

from engine.cli import trace_json


def write_json(path, trace, model=None, top: int = 5) -> None:
    with open(path, "w", encoding="utf-8") as f:
        json.dump(trace_json(model, trace, top), f, ensure_ascii=False)


def _plain(value):
    """A value made of JSON's own types (frozensets and tuples become sorted or ordered lists)."""
    if isinstance(value, (frozenset, set)):
        return sorted(_plain(v) for v in value)
    if isinstance(value, (tuple, list)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return value


def switches_record(sw) -> dict:
    """Every field of the Switches value (knockout as sorted [layer, head] pairs, pour as [[l, h, pos], shares])."""
    return {f.name: _plain(getattr(sw, f.name)) for f in dataclasses.fields(sw)}


def npz_arrays(trace) -> dict[str, np.ndarray]:
    out = {}
    for field in dataclasses.fields(trace):
        value = getattr(trace, field.name)
        if isinstance(value, np.ndarray):
            out[field.name] = value
        elif field.name in ("config", "switches") or dataclasses.is_dataclass(value) or isinstance(value, dict):
            record = switches_record(value) if dataclasses.is_dataclass(value) else _plain(value)
            out[field.name] = np.array(json.dumps(record, ensure_ascii=False))
        elif isinstance(value, tuple) and value and all(isinstance(v, str) for v in value):
            out[field.name] = np.array(value, dtype=np.str_)
        elif isinstance(value, tuple):  # positions (possibly none)
            out[field.name] = np.array(value, dtype=np.int64).reshape(len(value))
        else:  # str, int, float
            out[field.name] = np.array(value)
    return out


def write_npz(path, trace) -> None:
    with open(path, "wb") as f:  # a file object: np.savez would add ".npz" to a name that lacks it
        np.savez(f, **npz_arrays(trace))


def attention_rows(trace, layer: int, head: int) -> list[list]:
    """The header row (a corner label, then the keys' tokens) and one row per query: its token, then its shares."""
    matrix = trace.attention[layer, head]
    corner = f"layer {layer} head {head}: query \\ key"
    rows = [[corner, *trace.tokens]]
    # float() of a float32 is exact, and Python writes the shortest text that reads back to the same number
    rows += [[token, *(float(x) for x in row)] for token, row in zip(trace.tokens, matrix)]
    return rows


def write_csv(path, trace, layer: int, head: int) -> None:
    # utf-8-sig: spreadsheet programs then read the words of any language correctly
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f).writerows(attention_rows(trace, layer, head))
