"""Alchemist's entry point. No arguments opens the app; subcommands work from the command line.

    python main.py                       open the app on the story's sentence
    python main.py predict TEXT          the next word, with probabilities
    python main.py trace TEXT --json     everything the stage shows, as JSON
    python main.py train | eval | bench | shot OUT.png
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

STORY_SENTENCE = "Sarah lies still on the bed, feeling"


class UsageError(Exception):
    """A bad command line: one line on stderr and exit code 2."""


class Parser(argparse.ArgumentParser):
    def error(self, message):  # argparse would print the whole usage; one clear line is kinder
        command = self.prog.split()[1:]  # "alchemist predict" -> ["predict"]
        raise UsageError(f"{message} (see: python main.py {' '.join(command + ['--help'])})")


def knockout_head(text: str) -> tuple[int, int]:
    try:
        layer, head = text.split(".")
        return int(layer), int(head)
    except ValueError:
        raise argparse.ArgumentTypeError(f"a head is written LAYER.HEAD, e.g. 0.2 — not {text!r}") from None


def add_run_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("text", help="the words to continue")
    p.add_argument("--model", type=Path, help="a GPT-2 model folder (default: the bundled model)")
    p.add_argument("--no-mask", action="store_true", help="let every word see later words too")
    p.add_argument("--no-pe", action="store_true", help="leave out the positional encoding")
    p.add_argument("--temperature", type=float, default=1.0, help="divide attention scores by T (default 1)")
    p.add_argument("--knockout", type=knockout_head, nargs="+", default=[], metavar="L.H",
                   help="silence these heads, e.g. --knockout 0.1 1.3")
    p.add_argument("--json", action="store_true", help="print JSON")


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(prog="alchemist", description="Watch a real GPT think, as a workshop of alchemists.")
    sub = parser.add_subparsers(dest="command", parser_class=Parser)

    p = sub.add_parser("predict", help="the likeliest next words")
    add_run_options(p)
    p.add_argument("--top", type=int, default=5, help="how many words (default 5)")

    p = sub.add_parser("trace", help="everything the stage shows, for one run")
    add_run_options(p)
    p.add_argument("--top", type=int, default=5, help="how many predictions (default 5)")

    p = sub.add_parser("train", help="regenerate the corpus and retrain the bundled model")
    p.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / "assets" / "model")
    p.add_argument("--seed", type=int, default=0)

    p = sub.add_parser("eval", help="held-out accuracy and the story's checks")
    p.add_argument("--model", type=Path)

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
    p.add_argument("--model", type=Path)
    return parser


def run_trace(args):
    from engine import load_model

    model = load_model(args.model)
    trace = model.trace(args.text, mask=not args.no_mask, positional=not args.no_pe,
                        temperature=args.temperature, knockout=args.knockout)
    if trace.truncated:
        print(f"note: the text is longer than the model's context of {model.config['n_positions']} tokens; "
              f"the first {trace.truncated} were dropped.", file=sys.stderr)
    if trace.unknown:
        words = ", ".join(repr(w) for w in dict.fromkeys(model.tokenizer.unknown_words(args.text)))
        print(f"note: {len(trace.unknown)} word(s) are not in the model's vocabulary and were read as "
              f"{trace.tokens[trace.unknown[0]]}: {words}", file=sys.stderr)
    return model, trace


def cmd_predict(args) -> int:
    if args.top < 1:
        raise UsageError("--top must be at least 1")
    _, trace = run_trace(args)
    preds = trace.predictions(args.top)
    if args.json:
        print(json.dumps({"tokens": list(trace.tokens),
                          "predictions": [{"token": t, "prob": p} for t, p in preds]}, ensure_ascii=False))
    else:
        print(" ".join(trace.tokens) + " ___")
        for token, prob in preds:
            print(f"  {token:<16} {prob:7.2%}  {'█' * round(prob * 30)}")
    return 0


def cmd_trace(args) -> int:
    if args.top < 1:
        raise UsageError("--top must be at least 1")
    model, trace = run_trace(args)
    preds = trace.predictions(args.top)
    out = {
        "tokens": list(trace.tokens), "config": model.config,
        "switches": {"mask": trace.mask, "positional": trace.positional, "temperature": trace.temperature,
                     "knockout": sorted(f"{l}.{h}" for l, h in trace.knockout)},
        "predictions": [{"token": t, "prob": p} for t, p in preds],
        "attention": trace.attention.tolist(),
        "logit_lens": [trace.lens_predictions(layer, 1)[0][0] for layer in range(model.config["n_layer"])],
    }
    if args.json:
        print(json.dumps(out, ensure_ascii=False))
    else:
        print(f"{' '.join(trace.tokens)} ___   ({model.name}: {model.config['n_layer']} layers × "
              f"{model.config['n_head']} heads)")
        for layer in range(model.config["n_layer"]):
            print(f"  after block {layer}: the stream already guesses {out['logit_lens'][layer]!r}")
        print("  prediction: " + ", ".join(f"{t} {p:.1%}" for t, p in preds))
        print("  (add --json for every attention weight)")
    return 0


def cmd_train(args) -> int:
    from engine.train import train_command

    return train_command(args.out, args.seed)


def cmd_eval(args) -> int:
    from engine.train import eval_command

    return eval_command(args.model)


def cmd_bench(args) -> int:
    from engine.bench import engine_figures, print_figures

    figures = engine_figures()
    if not args.no_gui:
        from alchemist_gui.bench import gui_bench

        figures.update(gui_bench())
    print_figures(figures, json_out=args.json)
    return 0


def cmd_shot(args) -> int:
    from alchemist_gui.shot import shot_command

    return shot_command(args)


COMMANDS = {"predict": cmd_predict, "trace": cmd_trace, "train": cmd_train, "eval": cmd_eval,
            "bench": cmd_bench, "shot": cmd_shot}


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not argv:
        from alchemist_gui.app import main as open_app

        return open_app([sys.argv[0]])
    from engine.errors import AlchemistError

    try:
        args = build_parser().parse_args(argv)
        if args.command is None:
            raise UsageError("choose a command: predict, trace, train, eval, bench or shot (or none, to open the app)")
        return COMMANDS[args.command](args)
    except (UsageError, AlchemistError) as exc:
        print(f"alchemist: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("alchemist: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
