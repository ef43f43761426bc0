"""The game's words on screen: its Texts rendered in the language shown, and numbers formatted alike.

The game package writes English templates (context "game", assets/i18n/game_zh_CN.ts); the Play screens'
own words are in assets/i18n/play_zh_CN.ts (each widget's class is its context, "Play" for module code)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..story.numbers import fmt_number, fmt_percent, quoted

percent = fmt_percent
number = fmt_number
word = quoted


def game(source: str) -> str:
    """A template of the game package (a chapter title, a challenge's name, a choice) in the language shown."""
    return QCoreApplication.translate("game", source)


def render(text) -> str:
    """A game Text (question, hint, narration, note, skip reason) in the language shown; "" for None."""
    return "" if text is None else text.render(game)


def play(source: str) -> str:
    """A text of the Play screens' module code (pyside6-lupdate files these calls under the "Play" context)."""
    return QCoreApplication.translate("Play", source)


def fill(template: str, *values) -> str:
    """Qt's %1, %2 … placeholders, filled in order (the translated template keeps them)."""
    for k, value in enumerate(values, start=1):
        template = template.replace(f"%{k}", str(value))
    return template
