"""Writing a file so that it appears complete or not at all.

Everything is written to a hidden temporary file in the target's own folder (so that the final rename stays on
one file system and is atomic), which replaces the target only when the writing finished.  A failure, a cancel,
Ctrl+C or a closed generator removes the temporary file and leaves any older file of that name untouched.
"""
from __future__ import annotations

import os
import secrets
from contextlib import contextmanager
from pathlib import Path

from engine.errors import InputError

PART_SUFFIX = ".part"


def temporary_name(target: Path) -> Path:
    return target.with_name(f".{target.name}.{secrets.token_hex(4)}{PART_SUFFIX}")


@contextmanager
def atomic_output(target):
    """Yield the path of a fresh temporary file next to ``target``; on a clean exit it becomes ``target``."""
    target = Path(target)
    try:
        part = temporary_name(target)
        with open(part, "xb"):  # created with the user's usual permissions (umask), unlike mkstemp's 0600
            pass
    except OSError as exc:
        raise InputError(f"cannot write in {target.parent}: {exc.strerror or exc}") from None
    try:
        yield part
        os.replace(part, target)
    except OSError as exc:
        _remove(part)
        raise InputError(f"could not write {target}: {exc.strerror or exc}") from None
    except BaseException:
        _remove(part)
        raise


def _remove(path: Path) -> None:
    try:
        path.unlink()
    except FileNotFoundError:
        pass
