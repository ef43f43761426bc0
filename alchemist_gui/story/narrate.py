"""Which words each beat says, chosen by what this run really did (its switches and its measured numbers).

``Situation`` gathers the facts about the run that change a sentence; ``beat_texts`` picks, for every beat, the
title, line and note templates (text.py) and the further sentences the run calls for.  A sentence is chosen only
when it is true: "He is picky" only for a row that is measurably picky (spread.py), the rope only where there is
one, "silenced" whenever the followed head is.
"""
from __future__ import annotations

from dataclasses import dataclass

from .beats import BEATS
from .spread import Spread
from .text import LINES, MORE, NOTES, TITLES, VARIANTS


@dataclass(frozen=True)
class Situation:
    spread: Spread  # of the followed row
    rope: str  # "off" (no mask), "focus" (the followed word has later words), "first" (…and is word 0),
    #            "example" (he is the last word: an earlier word shows the rope), "single" (one word)
    poured: bool  # the followed row was poured by hand
    silenced: bool  # the followed head is knocked out
    knocked_here: bool  # some head of the followed block is knocked out
    knocked_elsewhere: bool  # some head of another block is
    shuffled: bool
    positional: bool
    temperature: float
    gathered: bool  # long text: some words wait in the crate
    floors: str  # "climb" (floors above the followed one), "top", "single" (a one-block model)


def beat_texts(s: Situation) -> dict[str, tuple[str, str, str, tuple, tuple]]:
    """beat -> (title, line, note, more_line, more_note), all English templates."""
    out = {}
    for name in BEATS:
        title, line, note = TITLES[name], LINES[name], NOTES[name]
        more_line, more_note = [], []

        def variant(part, key):
            return VARIANTS[(name, part, key)]

        if name == "setup":
            if not s.positional:
                line, note = variant("line", "no_positions"), variant("note", "no_positions")
            if s.shuffled:
                more_line.append(MORE[(name, "line", "shuffled")])
                more_note.append(MORE[(name, "note", "shuffled")])
            if s.gathered:
                more_line.append(MORE[(name, "line", "gathered")])
                more_note.append(MORE[(name, "note", "gathered")])
            if s.silenced:
                more_line.append(MORE[(name, "line", "silenced")])
        elif name == "mask":
            if s.rope == "off":
                title, line, note = variant("title", "off"), variant("line", "off"), variant("note", "off")
            elif s.rope in ("first", "example"):
                line = variant("line", s.rope)
            elif s.rope == "single":
                line, note = variant("line", "single"), variant("note", "single")
        elif name == "softmax":
            kind = "poured" if s.poured else s.spread.kind
            if kind != "picky":
                title, line = variant("title", kind), variant("line", kind)
            if kind in ("single", "poured"):
                note = variant("note", kind)
            if not s.poured and s.temperature != 1.0 and s.spread.kind != "single":
                more_line.append(MORE[(name, "line", "colder" if s.temperature < 1.0 else "warmer")])
        elif name == "pour":
            if s.silenced:
                line = variant("line", "silenced")
                if s.poured:
                    more_line.append(MORE[(name, "line", "poured")])
                more_note.append(MORE[(name, "note", "silenced")])
            elif s.poured:
                line = variant("line", "poured")
            if s.gathered:
                more_line.append(MORE[(name, "line", "gathered")])
                more_note.append(MORE[(name, "note", "gathered")])
        elif name == "parallel":
            if s.silenced:
                more_line.append(MORE[(name, "line", "silenced")])
        elif name == "heads":
            if s.knocked_here:
                more_line.append(MORE[(name, "line", "knocked_here")])
            if s.knocked_elsewhere:
                more_line.append(MORE[(name, "line", "knocked_elsewhere")])
            if s.knocked_here or s.knocked_elsewhere:
                note = variant("note", "knocked")
        elif name == "residual":
            if s.knocked_here:
                line = variant("line", "knocked")
        elif name == "blocks":
            if s.floors != "climb":
                title, line = variant("title", s.floors), variant("line", s.floors)
        out[name] = (title, line, note, tuple(more_line), tuple(more_note))
    return out
