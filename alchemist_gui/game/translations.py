"""The game's Chinese: assets/i18n/game_zh_CN.ts (Qt's TS XML, context "game") checked against the templates.

    python -m alchemist_gui.game.translations            # report missing or mismatched translations
    python -m alchemist_gui.game.translations --update   # add new templates (unfinished), drop stale ones
    pyside6-lrelease assets/i18n/game_zh_CN.ts -qm assets/i18n/game_zh_CN.qm

The templates are plain strings, not tr() calls, so lupdate cannot find them; this module does its job.
"""
from __future__ import annotations

import sys
from pathlib import Path

from alchemist_gui.story.ts_file import TemplateFile, placeholders
from .texts import all_templates

TS_FILE = Path(__file__).resolve().parents[2] / "assets" / "i18n" / "game_zh_CN.ts"
QM_FILE = TS_FILE.with_suffix(".qm")
CONTEXT = "game"
FILE = TemplateFile(TS_FILE, CONTEXT, all_templates)


def read_ts(path: Path = TS_FILE) -> dict[str, tuple[str, bool]]:
    return FILE.read(path)


def problems(path: Path = TS_FILE) -> list[str]:
    return FILE.problems(path)


def write_ts(translations: dict[str, str], path: Path = TS_FILE) -> None:
    FILE.write(translations, path)


__all__ = ["TS_FILE", "CONTEXT", "placeholders", "read_ts", "problems", "write_ts"]

if __name__ == "__main__":
    sys.exit(FILE.main(sys.argv[1:], "game"))
