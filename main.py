"""Alchemist's entry point. No arguments opens the app; subcommands work from the command line.

    python main.py                       open the app on the story's sentence
    python main.py predict TEXT          the next word, with probabilities
    python main.py trace TEXT --json     everything the stage shows, as JSON
    python main.py lesson.alchemist      open the app on a saved scene
    python main.py COMMAND --help        every command's options (the list: python main.py --help)

Each command lives with the code it drives: a module's ``register(subparsers)`` adds its commands and returns
{name: function(args) -> exit code}. Bad input is one line on stderr and exit code 2.
"""
from __future__ import annotations

import argparse
import sys
from importlib import import_module

# engine first (it runs the model), then the app's own commands
SCENE_SUFFIX = ".alchemist"
COMMAND_MODULES = ("engine.cli", "engine.train_cli", "alchemist_gui.commands", "alchemist_gui.story_cli",
                   "alchemist_gui.game.cli", "alchemist_gui.export.cli")


class Parser(argparse.ArgumentParser):
    def error(self, message):  # argparse would print the whole usage; one clear line is kinder
        from engine.errors import UsageError

        command = self.prog.split()[1:]  # "alchemist predict" -> ["predict"]
        raise UsageError(f"{message} (see: python main.py {' '.join(command + ['--help'])})")


def build_parser() -> tuple[argparse.ArgumentParser, dict]:
    parser = Parser(prog="alchemist", description="Watch a real GPT think, as a workshop of alchemists.")
    sub = parser.add_subparsers(dest="command", parser_class=Parser)
    commands = {}
    for name in COMMAND_MODULES:
        commands.update(import_module(name).register(sub))
    return parser, commands


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not argv or (len(argv) == 1 and argv[0].lower().endswith(SCENE_SUFFIX)):
        from alchemist_gui.app import main as open_app

        return open_app([sys.argv[0], *argv])  # a scene file opens in the app (a bad one: a message there)
    if argv[0] in ("--version", "-V"):
        from alchemist_gui.constants import VERSION

        print(f"alchemist {VERSION}")
        return 0
    from engine.errors import AlchemistError, UsageError

    try:
        parser, commands = build_parser()
        args = parser.parse_args(argv)
        if args.command is None:
            raise UsageError(f"choose a command: {', '.join(commands)} (or none, to open the app)")
        return commands[args.command](args)
    except AlchemistError as exc:
        print(f"alchemist: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("alchemist: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # the output went to a pipe that closed early (`… | head`): nothing more to say
        sys.stderr.close()
        return 0


if __name__ == "__main__":
    sys.exit(main())
