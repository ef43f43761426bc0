"""``python main.py challenges``: every challenge of the chapter map with the answer the engine gives — the
teacher's answer key, and how tests and anyone else check the answers without a screen.

    challenges [--model DIR] [--checkpoint STEP|first|last] [--sentence TEXT] [--json]

``main.py`` lists this module in COMMAND_MODULES; ``register`` adds the command.  Parsing imports no torch.
"""
from __future__ import annotations

import json
import sys
import time


def add_options(p) -> None:
    from engine.cli import add_model_options

    add_model_options(p)  # --model (and whatever the engine adds for choosing a model, e.g. --checkpoint)
    p.add_argument("--sentence", help="the sentence to pose the challenges on (default: the story's, when the "
                                      "model reads it)")
    p.add_argument("--json", action="store_true", help="print JSON: {\"chapters\": [...]}")


def build(args):
    """The model, the game and its chapters, built from the command line's options."""
    from engine.cli import load_model_from
    from engine.errors import UsageError

    from .game import Game
    from .model_info import describe
    from .sentences import default_presets, default_sentence

    if args.sentence is not None and not args.sentence.strip():
        raise UsageError("--sentence is empty: give a few words")
    model = load_model_from(args)
    info = describe(model)
    presets = default_presets()
    sentence = args.sentence if args.sentence is not None else default_sentence(info, model.trace, presets)
    game = Game(model.trace, info, sentence, presets)
    start = time.perf_counter()
    chapters = game.build_all()
    return model, game, chapters, time.perf_counter() - start


def model_name(model) -> str:
    from engine.folder import BUNDLED_MODEL

    folder = getattr(model, "folder", None)
    return "the bundled model" if folder is not None and folder.resolve() == BUNDLED_MODEL.resolve() else model.name


def key_json(model, game, chapters, seconds: float, checkpoint=None) -> dict:
    base = game.context.base
    return {
        "model": model_name(model), "checkpoint": checkpoint, "sentence": game.sentence, "tokens": list(base.tokens),
        "config": dict(model.config), "runs": game.runs.count, "seconds": round(seconds, 3),
        "chapters": [{"id": c.id, "title": c.title, "beats": list(c.beats),
                      "challenges": [ch.to_json() for ch in challenges]} for c, challenges in chapters],
    }


def print_key(model, game, chapters, seconds: float) -> None:
    base = game.context.base
    print(f"Answer key — {model_name(model)} ({model.config['n_layer']} blocks × {model.config['n_head']} heads), "
          f"sentence: {game.sentence}")
    for n, (c, challenges) in enumerate(chapters, 1):
        print(f"\n{n}. {c.title}")
        for ch in challenges:
            if not ch.posed:
                print(f"   {ch.name}: skipped — {ch.skipped}")
                continue
            print(f"   {ch.name}: {ch.question}")
            print(f"      answer: {ch.answer_text}")
    print(f"\n({game.runs.count} engine runs, {seconds:.1f} s; {len(base.tokens)} words; add --json for "
          f"every number)")


def cmd_challenges(args) -> int:
    model, game, chapters, seconds = build(args)
    if args.json:
        print(json.dumps(key_json(model, game, chapters, seconds, getattr(args, "checkpoint", None)),
                         ensure_ascii=False))
    else:
        print_key(model, game, chapters, seconds)
    if game.context.base.unknown:
        print("note: some words of the sentence are not in the model's vocabulary and were read as "
              f"{game.context.base.tokens[game.context.base.unknown[0]]}.", file=sys.stderr)
    return 0


def register(sub) -> dict:
    p = sub.add_parser("challenges", help="every challenge of the game with the engine's answer (the answer key)")
    add_options(p)
    return {"challenges": cmd_challenges}
