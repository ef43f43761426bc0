"""``python main.py export OUT …``: the story, a beat or a moment of it, or the trace's numbers, to a file.

The format comes from OUT's suffix (.png .svg .gif .mp4 .json .npz .csv).  The options are checked before the
model is loaded, progress goes to stderr, and one line on stdout says what was written.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from engine.cli import add_model_options, add_switch_options, load_model_from, switches_from
from engine.errors import InputError

from . import formats as F
from .job import ExportJob, ExportOptions


def register(sub) -> dict:
    p = sub.add_parser("export", help="the stage as a picture, GIF or MP4, or the trace's numbers, to a file",
                       description="Export the story of one run. The format comes from OUT's suffix: "
                                   + "; ".join(f"{s} {f.what}" for s, f in F.FORMATS.items()) + ".")
    p.add_argument("out", type=Path, help="the file to write: .png .svg .gif .mp4 .json .npz or .csv")
    p.add_argument("--sentence", help="the words to run (default: the story's sentence)")
    p.add_argument("--beat", help="one beat: an animation of it, or a picture of it")
    p.add_argument("--from", dest="first", metavar="BEAT", help="an animation from this beat …")
    p.add_argument("--to", dest="last", metavar="BEAT", help="… to this one (inclusive)")
    p.add_argument("--t", type=float, metavar="SECONDS",
                   help="a picture's moment: seconds into --beat, or into the story (default: the beat nearly "
                        "played out, or the story's end)")
    p.add_argument("--size", type=F.parse_size, metavar="WxH",
                   help="pixels, caption included (default 1280x720; GIF 640x360)")
    p.add_argument("--fps", type=int, help="frames a second (default 30; GIF 15)")
    p.add_argument("--lang", choices=["en", "zh"], help="the language of the stage and the caption")
    p.add_argument("--caption", action=argparse.BooleanOptionalAction,
                   help="the narration under the stage (default: on for .gif/.mp4, off for .png/.svg)")
    p.add_argument("--layer", type=int, help="the block shown (default 0)")
    p.add_argument("--head", type=int, help="the head shown (default 0)")
    p.add_argument("--word", type=int, metavar="I", help="the followed word's position (default: the last word)")
    p.add_argument("--top", type=int, help=".json: how many predictions (default 5)")
    add_model_options(p)
    add_switch_options(p)
    return {"export": cmd_export}


def options_from(args) -> ExportOptions:
    return ExportOptions(size=args.size, fps=args.fps, beat=args.beat, first=args.first, last=args.last, t=args.t,
                         caption=args.caption, lang=args.lang, top=args.top)


def cmd_export(args) -> int:
    out = Path(args.out)
    fmt = F.format_of(out)
    options = options_from(args)
    # everything that needs no model is checked before torch is loaded
    F.check_applies(fmt, {"layer": args.layer, "head": args.head, "word": args.word, **vars(options)})
    F.check_target(out)
    if options.size is not None:
        F.check_size(fmt, options.size)
    if options.fps is not None:
        F.check_fps(fmt, options.fps)
    for name, flag in ((options.beat, "--beat"), (options.first, "--from"), (options.last, "--to")):
        _check_beat_name(name, flag)
    story, model = make_story(args)
    job = ExportJob(out, story, options, model=model)
    printer = ProgressPrinter(sys.stderr, job.total)
    try:
        result = job.run(progress=printer if job.total > 1 else None)
    finally:
        printer.finish()
    print(result.summary())
    return 0


def _check_beat_name(name, flag) -> None:
    from ..story import BEATS

    if name is not None and name not in BEATS:
        raise InputError(f"{flag} {name!r} is not a beat of the story; the beats are: {', '.join(BEATS)}")


def make_story(args):
    """Run the model on the sentence and make the story of the asked block, head and word."""
    from ..settings import STORY_SENTENCE
    from ..story import Story

    sentence = STORY_SENTENCE if args.sentence is None else args.sentence
    model = load_model_from(args)
    trace = model.trace(sentence, switches_from(args))
    for note in notes(model, trace, sentence):
        print(f"note: {note}", file=sys.stderr)
    n_layer, n_head, n = trace.config["n_layer"], trace.config["n_head"], trace.n_tokens
    layer, head = args.layer or 0, args.head or 0
    if not 0 <= layer < n_layer:
        raise InputError(f"--layer {layer} does not exist: this model has blocks 0–{n_layer - 1}")
    if not 0 <= head < n_head:
        raise InputError(f"--head {head} does not exist: this model has heads 0–{n_head - 1}")
    if args.word is not None and not -n <= args.word < n:
        raise InputError(f"--word {args.word} does not exist: the sentence has words 0–{n - 1}")
    return Story(trace, layer, head, args.word), model


def notes(model, trace, sentence: str) -> list[str]:
    out = []
    if trace.truncated:
        out.append(f"the text is longer than the model's context of {model.config['n_positions']} tokens; "
                   f"the first {trace.truncated} were dropped")
    if trace.unknown:
        out.append(f"{len(trace.unknown)} word(s) are not in the model's vocabulary and were read as "
                   f"{trace.tokens[trace.unknown[0]]}")
    return out


class ProgressPrinter:
    """Progress on stderr: one line redrawn in place on a terminal, a line every tenth otherwise (logs, CI)."""

    def __init__(self, stream, total: int):
        self.stream, self.total = stream, total
        self.live = hasattr(stream, "isatty") and stream.isatty()
        self._last_draw = 0.0
        self._last_tenth = -1
        self._drawn = False

    def __call__(self, done: int, total: int, eta_s: float | None) -> None:
        line = f"export: frame {done}/{total} ({done / total:.0%})"
        if eta_s is not None and done < total:
            line += f", about {eta_s:.0f} s left" if eta_s >= 1 else ", less than a second left"
        if self.live:
            now = time.monotonic()
            if now - self._last_draw >= 0.1 or done == total:
                self._last_draw = now
                self.stream.write("\r" + line.ljust(60))
                self.stream.flush()
                self._drawn = True
        elif done * 10 // total > self._last_tenth:
            self._last_tenth = done * 10 // total
            print(line, file=self.stream, flush=True)

    def finish(self) -> None:
        if self._drawn:
            self.stream.write("\n")
            self.stream.flush()
