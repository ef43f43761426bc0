"""Where things stand on the stage, in stage units (the view scales them; 1 unit ≈ 1 pixel at zoom 1).

The layout depends only on the number of words and the followed word, so it is computed once per story.
Long sentences use a fisheye: the followed word and its neighbours get full-width stations, the others
narrow ones (their bottles and numbers stay, the alchemist shrinks), so 32+ words still fit one screen.
"""
from __future__ import annotations

from dataclasses import dataclass

STAGE_W, STAGE_H = 1600.0, 1000.0
FLOORS_X, FLOORS_W = 20.0, 156.0  # the floor indicator (one floor per block) on the left
WORK_X0, WORK_X1 = 196.0, 1584.0  # the workshop: stations, then the blank for the next word
ALL_FULL = 16  # up to this many words every station has the same width
FULL_WINDOW = 9  # beyond, stations shown at full size around the followed word
NARROW = 0.4  # width of the other stations relative to a full one
FULL_STATION_W = 120.0  # a station of this width draws its art at scale 1
MAX_STATION_W = 138.0  # short sentences get slightly larger art (scale 1.15)

# heights (y grows downwards)
STREAM_TOP = 40.0  # highest point of a pouring arc
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
BARS_TOP, BAR_H = 92.0, 52.0  # the prediction bars (over the shelf, which fades)


@dataclass(frozen=True)
class Layout:
    n: int
    focus: int
    xs: tuple[float, ...]  # centre of each station
    widths: tuple[float, ...]
    scales: tuple[float, ...]  # art scale of each station (1 = full size)
    full: tuple[bool, ...]  # inside the fisheye window
    blank_x: float  # the station of the word still to come
    blank_w: float

    def station_left(self, i: int) -> float:
        return self.xs[i] - self.widths[i] / 2


def make_layout(n: int, focus: int) -> Layout:
    window = n if n <= ALL_FULL else FULL_WINDOW
    start = max(0, min(focus - (window - 2), n - window))
    full = tuple(start <= i < start + window for i in range(n))
    weights = [1.0 if f else NARROW for f in full] + [1.0]  # + the blank
    unit = min(MAX_STATION_W, (WORK_X1 - WORK_X0) / sum(weights))
    widths = [w * unit for w in weights]
    total = sum(widths)
    x = WORK_X0 + ((WORK_X1 - WORK_X0) - total) / 2  # centre the row when it is short
    xs = []
    for w in widths:
        xs.append(x + w / 2)
        x += w
    scales = tuple(w / FULL_STATION_W for w in widths[:-1])
    return Layout(n=n, focus=focus, xs=tuple(xs[:-1]), widths=tuple(widths[:-1]), scales=scales, full=full,
                  blank_x=xs[-1], blank_w=widths[-1])


FLASK_DX = 0.32  # the flask stands at the alchemist's right, this fraction of the station width from its centre
TEAM_CELL = 62.0  # width of one head's alchemist in the team at scale 0.5 (heads beat)


def flask_x(layout: Layout, i: int) -> float:
    return layout.xs[i] + FLASK_DX * layout.widths[i]


def team_scale(n_head: int) -> float:
    """Few heads get big alchemists; twelve fit in two rows at half size."""
    return 0.8 if n_head <= 4 else 0.65 if n_head <= 6 else 0.5


def team_slots(layout: Layout, n_head: int) -> list[tuple[float, float]]:
    """Feet of each head's alchemist around the followed word: one row up to 6 heads, two rows above."""
    cols = n_head if n_head <= 6 else -(-n_head // 2)
    rows = 1 if n_head <= 6 else 2
    cell = min(TEAM_CELL * team_scale(n_head) / 0.5, (WORK_X1 - WORK_X0) / cols)
    span = cols * cell
    x0 = min(max(layout.xs[layout.focus] - span / 2, WORK_X0), WORK_X1 - span)
    ys = TEAM_ROWS[-rows:]
    return [(x0 + (h % cols + 0.5) * cell, ys[h // cols]) for h in range(n_head)]


def head_hue(head: int) -> float:
    """Each head's robe and badge hue: golden-ratio steps keep neighbouring heads far apart on the wheel."""
    return (0.6 + head * 0.381966) % 1.0
