"""``python main.py story TEXT …``: the narration without a screen — every beat's title, line and technical note,
exactly as the stage shows them for that run (the same templates, translations and numbers).

A transcript for teachers and screen readers, and the way tests check that the words follow the switches.
Chinese (``--lang zh``) is read from the same compiled translations the app uses; it needs Qt's core library only,
no screen.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from engine.errors import InputError, UsageError

STORY_QM = Path(__file__).resolve().parent.parent / "assets" / "i18n" / "story_zh_CN.qm"


def register(sub) -> dict:
    from engine.cli import add_model_options, add_switch_options

    p = sub.add_parser("story", help="every beat's title, line and technical note for one run, as the stage says them")
    p.add_argument("text", help="the words to continue")
    add_model_options(p)
    add_switch_options(p)
    p.add_argument("--layer", type=int, default=0, help="the block the story follows (default 0)")
    p.add_argument("--head", type=int, default=0, help="the head the story follows (default 0)")
    p.add_argument("--word", type=int, default=None, help="the followed word's position (default: the last word)")
    p.add_argument("--lang", choices=("en", "zh"), default="en", help="the language of the narration")
    p.add_argument("--json", action="store_true", help='print {"beats": [{"name", "title", "line", "note"}, …]}')
    return {"story": cmd_story}


def cmd_story(args) -> int:
    translate = translator(args.lang)  # before the model loads: a missing translation fails fast
    from engine.cli import run_trace

    from .story import Story

    _, trace = run_trace(args)
    try:
        story = Story(trace, args.layer, args.head, args.word)
    except ValueError as exc:
        raise InputError(f"--layer/--head/--word: {exc}") from None
    beats = narration(story, translate)
    if args.json:
        print(json.dumps({"beats": beats}, ensure_ascii=False))
    else:
        for k, beat in enumerate(beats):
            print(f"{k + 1}. {beat['title']}\n{beat['line']}\n  {beat['note']}\n")
    return 0


def narration(story, translate=None) -> list[dict]:
    """Every beat's texts as the stage's narration shows them."""
    return [{"name": b.name, "title": b.text("title", translate), "line": b.text("line", translate),
             "note": b.text("note", translate)} for b in story.beats]


def translator(lang: str):
    """A function template -> translated template for ``lang`` (None for English, the source language)."""
    if lang == "en":
        return None
    if lang != "zh":
        raise UsageError(f"--lang must be en or zh, not {lang!r}")
    from PySide6.QtCore import QCoreApplication, QTranslator

    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1] or ["alchemist"])
    qt_translator = QTranslator(app)
    if not qt_translator.load(str(STORY_QM)):
        raise InputError(f"the Chinese story texts are missing: {STORY_QM}")
    # the translator is asked directly: nothing is installed into an application the caller may own
    return lambda template: qt_translator.translate("story", template) or template
