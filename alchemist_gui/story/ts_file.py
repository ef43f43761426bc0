"""A translation file (Qt's TS XML) for templates that are plain strings, not tr() calls — the story's and the
game's — so that lupdate cannot find them: read it, check it against the templates, write it. Qt-free."""
from __future__ import annotations

import string
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Callable, Iterable


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


class TemplateFile:
    def __init__(self, path: Path, context: str, templates: Callable[[], Iterable[str]]):
        self.path, self.context, self.templates = path, context, templates

    def read(self, path: Path | None = None) -> dict[str, tuple[str, bool]]:
        """source -> (translation, finished) in this file's context."""
        out = {}
        for context in ET.parse(path or self.path).getroot().iter("context"):
            if context.findtext("name") != self.context:
                continue
            for message in context.iter("message"):
                node = message.find("translation")
                finished = node is not None and node.get("type") is None
                out[message.findtext("source")] = ((node.text or "") if node is not None else "", finished)
        return out

    def problems(self, path: Path | None = None) -> list[str]:
        """Every template needs a finished translation with exactly the same {placeholders}."""
        found = self.read(path)
        out = []
        for source in self.templates():
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

    def write(self, translations: dict[str, str], path: Path | None = None) -> None:
        """Write every current template, in order, with its translation ('' = unfinished)."""
        path = path or self.path
        root = ET.Element("TS", version="2.1", language="zh_CN", sourcelanguage="en")
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = self.context
        for source in self.templates():
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

    def main(self, argv: list[str], name: str) -> int:
        """``--update`` adds new templates (unfinished) and drops stale ones; then the problems are listed."""
        if "--update" in argv:
            old = self.read() if self.path.is_file() else {}
            self.write({source: text for source, (text, finished) in old.items() if finished})
        found = self.problems()
        for line in found:
            print(line)
        print(f"{name} translations: " + ("complete" if not found else f"{len(found)} problem(s)"))
        return 1 if found else 0
