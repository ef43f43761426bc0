"""The game's Chinese: assets/i18n/game_zh_CN.ts (Qt's TS XML, context "game") checked against the templates.

    python -m alchemist_gui.game.translations            # report missing or mismatched translations
    python -m alchemist_gui.game.translations --update   # add new templates (unfinished), drop stale ones
    pyside6-lrelease assets/i18n/game_zh_CN.ts -qm assets/i18n/game_zh_CN.qm

The templates are plain strings, not tr() calls, so lupdate cannot find them; this module does its job.
"""
from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from alchemist_gui.story.translations import placeholders

from .texts import all_templates

TS_FILE = Path(__file__).resolve().parents[2] / "assets" / "i18n" / "game_zh_CN.ts"
QM_FILE = TS_FILE.with_suffix(".qm")
CONTEXT = "game"


def read_ts(path: Path = TS_FILE) -> dict[str, tuple[str, bool]]:
    """source -> (translation, finished) in the game context."""
    out = {}
    for context in ET.parse(path).getroot().iter("context"):
        if context.findtext("name") != CONTEXT:
            continue
        for message in context.iter("message"):
            node = message.find("translation")
            finished = node is not None and node.get("type") is None
            out[message.findtext("source")] = ((node.text or "") if node is not None else "", finished)
    return out


def problems(path: Path = TS_FILE) -> list[str]:
    """Every template needs a finished translation with exactly the same {placeholders}."""
    found = read_ts(path)
    out = []
    for source in all_templates():
        if source not in found:
            out.append(f"missing: {source!r}")
            continue
        text, finished = found[source]
        if not finished or not text.strip():
            out.append(f"unfinished: {source!r}")
        elif placeholders(text) != placeholders(source):
            out.append(f"placeholders differ: {source!r} has {sorted(placeholders(source))}, "
                       f"the translation has {sorted(placeholders(text))}")
    return out


def write_ts(translations: dict[str, str], path: Path = TS_FILE) -> None:
    """Write every current template, in order, with its translation ('' = unfinished)."""
    root = ET.Element("TS", version="2.1", language="zh_CN", sourcelanguage="en")
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    for source in all_templates():
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = source
        node = ET.SubElement(message, "translation")
        node.text = translations.get(source, "")
        if not node.text:
            node.set("type", "unfinished")
    ET.indent(root)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        f.write(ET.tostring(root, encoding="unicode"))
        f.write("\n")


def main(argv: list[str]) -> int:
    if "--update" in argv:
        old = read_ts() if TS_FILE.is_file() else {}
        write_ts({source: text for source, (text, finished) in old.items() if finished})
    found = problems()
    for line in found:
        print(line)
    print("game translations: " + ("complete" if not found else f"{len(found)} problem(s)"))
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
