"""Where things stand on the stage, in stage units (the view scales them; 1 unit ≈ 1 pixel at zoom 1).

The layout depends on the number of words, the followed word and (for long texts) the followed row of shares,
so it is computed once per story.  Three regimes:

* up to ALL_FULL words: every word has a full station;
* up to ALL_SHOWN words: a fisheye — the followed word and its neighbours get full stations, the others narrow
  ones (their bottles and numbers stay, the alchemist shrinks);
* longer texts (a GPT-2 folder reads 1,024 tokens): only the followed word's neighbourhood (NEAR words, full
  size) and the bottles he pours from most (at most BROUGHT, narrow, with their position badges) get stations;
  every other word goes into one crate on the left, which pours their summed share.  The stage then draws at
  most NEAR + BROUGHT stations whatever the length.

Stations are numbered by *slot* (their place on the stage, in text order); ``shown[k]`` is slot k's word.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

STAGE_W, STAGE_H = 1600.0, 1000.0
FLOORS_X, FLOORS_W = 20.0, 156.0  # the floor indicator (one floor per block) on the left
WORK_X0, WORK_X1 = 196.0, 1584.0  # the workshop: stations, then the blank for the next word
ALL_FULL = 16  # up to this many words every station has the same width
ALL_SHOWN = 32  # up to this many words every word has a station (a fisheye beyond ALL_FULL)
FULL_WINDOW = 9  # fisheye: stations shown at full size around the followed word
NARROW = 0.4  # width of the other stations relative to a full one
NEAR = 7  # long texts: the followed word's neighbourhood, at full size
BROUGHT = 8  # long texts: at most this many of the bottles he pours from most, brought forward
BROUGHT_MIN_SHARE = 0.005  # a bottle with less than half a percent is not worth a station of its own
BROUGHT_W = 0.5  # their width relative to a full station
CRATE_W = 0.9  # the crate of the words without a station
FULL_STATION_W = 120.0  # a station of this width draws its art at scale 1
MAX_STATION_W = 138.0  # short sentences get slightly larger art (scale 1.15)

# heights (y grows downwards)
STREAM_TOP = 40.0  # highest point of a pouring arc
CARD_TOP = 10.0  # the next-word card hangs on the wall, above the tallest bottles' corks
LABEL_Y = 212.0  # centre of the score / share chip above each bottle
BOTTLE_TOP, BOTTLE_BOTTOM = 246.0, 346.0
SHELF_Y = 348.0
REACH_TOP, REACH_BOTTOM = 382.0, 444.0  # the staircase of reaches drawn in the mask beat
ALCHEMIST_TOP, ALCHEMIST_BOTTOM = 468.0, 648.0
FLASK_TOP, FLASK_BOTTOM = 582.0, 646.0
FLOOR_Y = 652.0  # the workshop floor the alchemists stand on
WORD_Y = 686.0  # centre of the word's name plate
REACTION_Y = 784.0  # the vessel (group reaction) and the cauldron appear here, under the followed word
JAR_TOP, JAR_BOTTOM = 856.0, 942.0  # the word's own bottle: the residual stream
TEAM_ROWS = (548.0, 648.0)  # feet of the heads' alchemists (heads beat)
BARS_TOP, BAR_H = 50.0, 33.0  # the prediction bars, on the card
CLIMB_DROP = 140.0  # "Again!": how far the workshop sinks while it climbs a floor


@dataclass(frozen=True)
class Layout:
    n: int  # words in the text
    focus: int  # the followed word
    shown: tuple[int, ...]  # the word of each station (slot), in text order
    xs: tuple[float, ...]  # centre of each station
    widths: tuple[float, ...]
    scales: tuple[float, ...]  # art scale of each station (1 = full size)
    full: tuple[bool, ...]  # a full-size station (the neighbourhood of the followed word)
    focus_slot: int
    blank_x: float  # the station of the word still to come
    blank_w: float
    crate_x: float = 0.0  # the crate of the words without a station (crate_w 0: there is none)
    crate_w: float = 0.0

    @property
    def gathered(self) -> bool:
        """Some words have no station of their own: they are in the crate."""
        return self.crate_w > 0

    @property
    def left(self) -> float:
        return (self.crate_x - self.crate_w / 2) if self.gathered else self.station_left(0)

    @property
    def right(self) -> float:
        """The right edge of the last station."""
        return self.xs[-1] + self.widths[-1] / 2

    def station_left(self, k: int) -> float:
        return self.xs[k] - self.widths[k] / 2

    def station_right(self, k: int) -> float:
        return self.xs[k] + self.widths[k] / 2

    def slot_of(self, word: int) -> int | None:
        """The station of ``word``, or None when it is in the crate."""
        k = int(np.searchsorted(self.shown, word))
        return k if k < len(self.shown) and self.shown[k] == word else None


def make_layout(n: int, focus: int, shares=None) -> Layout:
    """``shares``: the followed word's row of attention (needed for long texts, to bring his main bottles forward)."""
    if n <= ALL_SHOWN:
        window = n if n <= ALL_FULL else FULL_WINDOW
        start = max(0, min(focus - (window - 2), n - window))
        shown = tuple(range(n))
        full = tuple(start <= j < start + window for j in shown)
        weights = [1.0 if f else NARROW for f in full]
        crate = 0.0
    else:
        start = max(0, min(focus - (NEAR - 2), n - NEAR))
        near = set(range(start, start + NEAR))
        shown = tuple(sorted(near | set(brought_forward(shares, near))))
        full = tuple(j in near for j in shown)
        weights = [1.0 if f else BROUGHT_W for f in full]
        crate = CRATE_W
    every = [crate] + weights + [1.0]  # the crate (if any), the stations, the blank
    unit = min(MAX_STATION_W, (WORK_X1 - WORK_X0) / sum(every))
    widths = [w * unit for w in every]
    x = WORK_X0 + ((WORK_X1 - WORK_X0) - sum(widths)) / 2  # centre the row when it is short
    xs = []
    for w in widths:
        xs.append(x + w / 2)
        x += w
    stations = slice(1, len(every) - 1)
    return Layout(n=n, focus=focus, shown=shown, xs=tuple(xs[stations]), widths=tuple(widths[stations]),
                  scales=tuple(w / FULL_STATION_W for w in widths[stations]), full=full,
                  focus_slot=shown.index(focus), blank_x=xs[-1], blank_w=widths[-1],
                  crate_x=xs[0] if crate else 0.0, crate_w=widths[0] if crate else 0.0)


def brought_forward(shares, near: set) -> list[int]:
    """The words outside ``near`` with the largest shares (at least BROUGHT_MIN_SHARE), at most BROUGHT."""
    if shares is None:
        return []
    row = np.asarray(shares, dtype=np.float64)
    order = np.argsort(-row, kind="stable")
    out = []
    for j in order[: BROUGHT + len(near)]:
        if len(out) == BROUGHT or row[j] < BROUGHT_MIN_SHARE:
            break
        if int(j) not in near:
            out.append(int(j))
    return out


FLASK_DX = 0.32  # the flask stands at the alchemist's right, this fraction of the station width from its centre
TEAM_CELL = 62.0  # width of one head's alchemist in the team at scale 0.5 (heads beat)


def flask_x(layout: Layout, k: int) -> float:
    return layout.xs[k] + FLASK_DX * layout.widths[k]


def team_scale(n_head: int) -> float:
    """Few heads get big alchemists; twelve fit in two rows at half size."""
    return 0.8 if n_head <= 4 else 0.65 if n_head <= 6 else 0.5


def team_slots(layout: Layout, n_head: int) -> list[tuple[float, float]]:
    """Feet of each head's alchemist around the followed word: one row up to 6 heads, two rows above."""
    cols = n_head if n_head <= 6 else -(-n_head // 2)
    rows = 1 if n_head <= 6 else 2
    cell = min(TEAM_CELL * team_scale(n_head) / 0.5, (WORK_X1 - WORK_X0) / cols)
    span = cols * cell
    x0 = min(max(layout.xs[layout.focus_slot] - span / 2, WORK_X0), WORK_X1 - span)
    ys = TEAM_ROWS[-rows:]
    return [(x0 + (h % cols + 0.5) * cell, ys[h // cols]) for h in range(n_head)]


def head_hue(head: int) -> float:
    """Each head's robe and badge hue — the one source for the stage and the panels beside it: golden-ratio steps
    keep neighbouring heads far apart on the wheel."""
    return (0.6 + head * 0.381966) % 1.0
