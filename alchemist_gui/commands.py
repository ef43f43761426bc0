"""The app's own commands (``bench``, ``shot``): options here, the work where it belongs."""
from __future__ import annotations

from pathlib import Path

from engine.cli import add_model_options


def cmd_bench(args) -> int:
    from engine.bench import engine_figures, print_figures

    figures = engine_figures()
    if not args.no_gui:
        from .bench import gui_bench

        figures.update(gui_bench())
    print_figures(figures, json_out=args.json)
    return 0


def cmd_shot(args) -> int:
    from .shot import shot_command

    return shot_command(args)


def register(sub) -> dict:
    p = sub.add_parser("bench", help="speed and memory figures")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--no-gui", action="store_true", help="engine figures only")

    p = sub.add_parser("shot", help="render the app window to a PNG, offscreen")
    p.add_argument("out", type=Path)
    p.add_argument("--sentence")
    p.add_argument("--beat")
    p.add_argument("--layer", type=int)
    p.add_argument("--head", type=int)
    p.add_argument("--no-mask", action="store_true")
    p.add_argument("--no-pe", action="store_true")
    p.add_argument("--lang", choices=["en", "zh"])
    p.add_argument("--size", help="window size WxH, e.g. 1440x900")
    add_model_options(p)
    return {"bench": cmd_bench, "shot": cmd_shot}
