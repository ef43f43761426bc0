"""The engine's commands (``predict``, ``trace``, ``checkpoints``) and the options every command that runs a model shares.

``main.py`` builds one argparse parser from the ``register`` functions of a few modules like this one; each
returns {command name: function(args) -> exit code}. Parsing imports no torch: the functions import it when run.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .errors import UsageError
from .switches import pour_name


def knockout_head(text: str) -> tuple[int, int]:
    try:
        layer, head = text.split(".")
        return int(layer), int(head)
    except ValueError:
        raise argparse.ArgumentTypeError(f"a head is written LAYER.HEAD, e.g. 0.2 — not {text!r}") from None


def pour_row(text: str):
    """``L.H.POS=w0,w1,...`` -> ((L, H, POS), (w0, w1, ...))."""
    try:
        where, shares = text.split("=")
        layer, head, position = (int(x) for x in where.split("."))
        return (layer, head, position), tuple(float(w) for w in shares.split(","))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"a pour by hand is written LAYER.HEAD.POSITION=SHARE,SHARE,..., e.g. 0.1.2=0.5,0.25,0.25 — not {text!r}") from None


def checkpoint_choice(text: str):
    if text in ("first", "last"):
        return text
    if text.isdigit():
        return int(text)
    raise argparse.ArgumentTypeError(f"a checkpoint is a training step, first or last — not {text!r}")


def add_model_folder_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--model", type=Path, help="a GPT-2 model folder (default: the bundled model)")


def add_model_options(p: argparse.ArgumentParser) -> None:
    add_model_folder_option(p)
    p.add_argument("--checkpoint", type=checkpoint_choice, metavar="STEP|first|last",
                   help="run the model as it was at this step of its training (default: the final model)")


def add_switch_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--no-mask", action="store_true", help="let every word see later words too")
    p.add_argument("--no-pe", action="store_true", help="leave out the positional encoding")
    p.add_argument("--temperature", type=float, default=1.0, help="divide attention scores by T (default 1)")
    p.add_argument("--knockout", type=knockout_head, nargs="+", action="extend", default=[], metavar="L.H",
                   help="silence these heads, e.g. --knockout 0.1 1.3")
    p.add_argument("--pour", type=pour_row, nargs="+", action="extend", default=[], metavar="L.H.POS=W,W,…",
                   help="pour by hand: head L.H of the word at POS takes these shares of the words' potions "
                        "(one per word up to POS, summing to 1), e.g. --pour 1.0.3=0,0,0.5,0.5")


def add_run_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("text", help="the words to continue")
    add_model_options(p)
    add_switch_options(p)
    p.add_argument("--json", action="store_true", help="print JSON")


def switches_from(args):
    """The one Switches value the command-line options describe (checked by the model when it runs)."""
    from .switches import make_switches

    return make_switches(mask=not args.no_mask, positional=not args.no_pe, temperature=args.temperature,
                         knockout=args.knockout, pour=args.pour)


def load_model_from(args):
    from .runner import load_model

    return load_model(args.model, checkpoint=getattr(args, "checkpoint", None))


def run_trace(args):
    model = load_model_from(args)
    trace = model.trace(args.text, switches_from(args))
    if trace.truncated:
        print(f"note: the text is longer than the model's context of {model.config['n_positions']} tokens; "
              f"the first {trace.truncated} were dropped.", file=sys.stderr)
    if trace.unknown:
        words = ", ".join(repr(w) for w in dict.fromkeys(model.tokenizer.unknown_words(args.text)))
        print(f"note: {len(trace.unknown)} word(s) are not in the model's vocabulary and were read as "
              f"{trace.tokens[trace.unknown[0]]}: {words}", file=sys.stderr)
    return model, trace


def switches_json(sw) -> dict:
    return {"mask": sw.mask, "positional": sw.positional, "temperature": sw.temperature,
            "knockout": sorted(f"{l}.{h}" for l, h in sw.knockout),
            "pour": {pour_name(key): list(shares) for key, shares in sw.pour}}


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


def trace_json(model, trace, top: int) -> dict:
    """What ``trace --json`` prints (export to .json writes the same)."""
    return {
        "tokens": list(trace.tokens), "config": model.config if model is not None else trace.config,
        "checkpoint": model.checkpoint.step if model is not None and model.checkpoint is not None else None,
        "switches": switches_json(trace.switches),
        "predictions": [{"token": t, "prob": p} for t, p in trace.predictions(top)],
        "attention": trace.attention.tolist(),
        "logit_lens": [trace.lens_predictions(layer, 1)[0][0] for layer in range(trace.config["n_layer"])],
    }


def cmd_trace(args) -> int:
    if args.top < 1:
        raise UsageError("--top must be at least 1")
    model, trace = run_trace(args)
    out = trace_json(model, trace, args.top)
    if args.json:
        print(json.dumps(out, ensure_ascii=False))
    else:
        print(f"{' '.join(trace.tokens)} ___   ({model.name}: {model.config['n_layer']} layers × "
              f"{model.config['n_head']} heads)")
        for layer in range(model.config["n_layer"]):
            print(f"  after block {layer}: the stream already guesses {out['logit_lens'][layer]!r}")
        print("  prediction: " + ", ".join(f"{p['token']} {p['prob']:.1%}" for p in out["predictions"]))
        print("  (add --json for every attention weight)")
    return 0


def checkpoints_json(infos) -> dict:
    out = {"checkpoints": [{"step": i.step, "train_loss": i.train_loss, "heldout_loss": i.heldout_loss,
                            "heldout_accuracy": i.heldout_accuracy, "final": i.is_final} for i in infos],
           "has_checkpoints": infos[0].step is not None}
    if not out["has_checkpoints"]:
        out["note"] = "this folder has no training checkpoints: its one checkpoint is the final model"
    return out


def cmd_checkpoints(args) -> int:
    from .checkpoints import list_checkpoints
    from .paths import BUNDLED_MODEL

    folder = args.model if args.model is not None else BUNDLED_MODEL
    out = checkpoints_json(list_checkpoints(folder))
    if args.json:
        print(json.dumps(out))
        return 0
    show = lambda x, fmt: "—" if x is None else format(x, fmt)  # noqa: E731
    print(f"{'step':>8}  {'train loss':>10}  {'held-out loss':>13}  {'held-out accuracy':>17}")
    for row in out["checkpoints"]:
        print(f"{show(row['step'], 'd'):>8}  {show(row['train_loss'], '.4f'):>10}  "
              f"{show(row['heldout_loss'], '.4f'):>13}  {show(row['heldout_accuracy'], '.1%'):>17}"
              f"{'  (final model)' if row['final'] else ''}")
    if "note" in out:
        print(f"note: {out['note']}.")
    return 0


def register(sub) -> dict:
    p = sub.add_parser("predict", help="the likeliest next words")
    add_run_options(p)
    p.add_argument("--top", type=int, default=5, help="how many words (default 5)")

    p = sub.add_parser("trace", help="everything the stage shows, for one run")
    add_run_options(p)
    p.add_argument("--top", type=int, default=5, help="how many predictions (default 5)")

    p = sub.add_parser("checkpoints", help="the model's checkpoints along its training, with their losses")
    add_model_folder_option(p)
    p.add_argument("--json", action="store_true", help="print JSON")
    return {"predict": cmd_predict, "trace": cmd_trace, "checkpoints": cmd_checkpoints}
