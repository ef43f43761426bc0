"""What the translation tests share: the messages of a Qt .ts file, the strings pyside6-lupdate finds in the code
today, and the check that each of them has a finished Chinese translation."""
from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

HAN = re.compile(r"[\u4e00-\u9fff]")
PLACEHOLDER = re.compile(r"%\d")


def messages(path) -> dict:
    """{(context, source): the <translation> element} of a .ts file."""
    out = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.find("name").text or ""
        for m in context.iter("message"):
            out[(name, m.find("source").text)] = m.find("translation")
    return out


def fresh_messages(sources, tmp_path: Path) -> dict:
    """The messages pyside6-lupdate extracts from ``sources`` now (skips the test where it is not installed)."""
    if shutil.which("pyside6-lupdate") is None:
        pytest.skip("pyside6-lupdate is not installed")
    fresh = tmp_path / "fresh.ts"
    subprocess.run(["pyside6-lupdate", *map(str, sources), "-no-obsolete", "-ts", str(fresh)], check=True,
                   capture_output=True)
    return messages(fresh)


def assert_translated(needed, ts: Path) -> dict:
    """Every needed message is in ``ts``, finished, in Chinese wherever the source has words, with the same %N
    placeholders; the compiled .qm is not older than the .ts.  Returns the .ts's messages."""
    have = messages(ts)
    missing = sorted(set(needed) - set(have))
    assert not missing, f"not in {ts.name} (run pyside6-lupdate and translate): {missing[:5]}"
    for key in needed:
        source, translation = key[1], have[key]
        assert translation is not None and translation.text and translation.get("type") != "unfinished", key
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(translation.text)), key
        if re.search(r"[A-Za-z]", source):
            assert HAN.search(translation.text), key
    assert ts.with_suffix(".qm").stat().st_mtime >= ts.stat().st_mtime - 1, f"{ts.stem}.qm is older: run lrelease"
    return have
