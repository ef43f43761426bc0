"""Where presentation mode looks during each beat: the part of the stage the beat acts on, to fill the screen
with, or None for the whole workshop.  Qt-free: a pure function of the story (its layout, in stage units, and
the followed row of attention), so it is made once per story and tested without a screen.

The beats of attention happen in one band of the stage — the bottles on the shelf, the alchemists and their
name plates — so the wall above, the floor cards on the left and the jars below can go: on a wide screen the
band then fills the height and everything in it grows by half or more.  Beats that use the whole workshop
(the setup, the group reaction and the jars, the cauldron, the floors, the prediction) show all of it.
"""
from __future__ import annotations

import numpy as np

from ..story import layout as L

SIDE = 26.0  # stage units kept left and right of the outermost station (room for a badge or a label)
MIN_WIDTH = 560.0  # never closer than about four full stations: the eye needs neighbours to compare with
MIN_SHARE = 0.005  # a bottle that pours less than half a percent draws no stream worth following
WHOLE_ROW = 0.85  # a part this much of its row shows the whole row
GAIN = 1.15  # zoom only when the band gets at least this much bigger than the whole workshop would be

TOP_OF_LABELS = L.LABEL_Y - 95.0  # the score chips, and the mask beat's sign hanging above them
TOP_OF_STREAMS = L.STREAM_TOP - 14.0  # the arcs of the pours
UNDER_PLATES = L.WORD_Y + 42.0  # the word plates and their badges
UNDER_HEADS = L.REACTION_Y + 26.0  # the heads' small flasks under each word
# the tower of floors on the left (stage/props.FloorsItem; a test keeps these equal): a band ends where a floor
# card ends, so the screen never shows half a card
FLOORS_TOP, FLOORS_BOTTOM, FLOOR_MAX_H = 116.0, 942.0, 100.0
FLOORS_LEFT, FLOORS_RIGHT = L.FLOORS_X - 8.0, L.FLOORS_X + L.FLOORS_W + 8.0  # the tower with its frame
SIDE_KEPT = 0.6 * SIDE  # of the side margin left of the first station, what may go for that
TRIM = 0.08  # of a band's height, its margins: what may go to keep the floor cards out of the picture
CARD_EDGE = 1.0  # below the line: the gap between two cards (each card stops 2 units short of it)

# beat -> (which stations, top, bottom); beats not named here show the whole workshop
BANDS = {
    "recipe": ("all", TOP_OF_LABELS, UNDER_PLATES),
    "match": ("reach", TOP_OF_LABELS, UNDER_PLATES),
    "mask": ("all", TOP_OF_LABELS, UNDER_PLATES),
    "softmax": ("reach", TOP_OF_LABELS, UNDER_PLATES),
    "pour": ("poured", TOP_OF_STREAMS, UNDER_PLATES),
    "parallel": ("all", TOP_OF_STREAMS, UNDER_PLATES),
    "heads": ("all", TOP_OF_LABELS, UNDER_HEADS),
}

Rect = tuple  # (x, y, width, height) in stage units


def reading_rect(story, beat: str) -> tuple[Rect, Rect] | None:
    """What ``beat`` acts on: (the part that must be seen, the row of stations it belongs to — worth showing too
    when the screen is wider than the part), or None for the whole workshop."""
    band = BANDS.get(beat)
    if band is None:
        return None
    which, top, bottom = band
    lay = story.layout
    bottom = _floor_line_under(bottom, story.n_layer) + CARD_EDGE
    # the crate of a long text, the blank (on the stage: nothing is drawn beyond it)
    row_left, row_right = max(0.0, lay.left - SIDE), min(L.STAGE_W, lay.blank_x + lay.blank_w / 2 + SIDE)
    row = (row_left, top, row_right - row_left, bottom - top)
    if which == "all":
        return row, row
    slots = {lay.slot_of(j) for j in _words(story, which)} | {lay.focus_slot}
    stations = sorted(k for k in slots if k is not None)
    left, right = lay.station_left(stations[0]) - SIDE, lay.station_right(stations[-1]) + SIDE
    if lay.gathered and None in slots:
        left = row_left  # the crate pours too
    if right - left < MIN_WIDTH:
        middle = (left + right) / 2
        left, right = middle - MIN_WIDTH / 2, middle + MIN_WIDTH / 2
    left, right = max(row_left, left), min(row_right, right)
    if right - left >= WHOLE_ROW * (row_right - row_left):
        return row, row  # nearly all of it: the whole row reads better than a station cut at the edge
    return (left, top, right - left, bottom - top), row


def _floor_line_under(y: float, n_layer: int) -> float:
    """The first line between two floor cards at or below ``y`` (the tower is drawn from FLOORS_BOTTOM up)."""
    floor_h = min(FLOOR_MAX_H, (FLOORS_BOTTOM - FLOORS_TOP) / max(1, n_layer))
    line = FLOORS_BOTTOM - np.floor((FLOORS_BOTTOM - y) / floor_h) * floor_h
    return float(min(line, FLOORS_BOTTOM))


def _words(story, which: str) -> list[int]:
    focus, n = story.layout.focus, story.layout.n
    if which == "reach":  # the words the followed alchemist can see: up to himself behind the rope
        return list(range(focus + 1)) if story.trace.mask else list(range(n))
    if which == "poured":
        row = np.asarray(story.trace.attention[story.layer, story.head, focus], dtype=np.float64)
        return [int(j) for j in np.flatnonzero(row >= MIN_SHARE)]
    return list(range(n))


def framed(need: Rect, row: Rect, view_w: float, view_h: float) -> Rect:
    """``need`` widened (or heightened) to the view's shape: a wider view shows the row around it — centred on the
    row when all of it fits, else kept inside it — so no station is cut in half needlessly."""
    aspect = view_w / view_h
    x, y, w, h = need
    if w / h < aspect:
        wide = h * aspect
        row_x, _, row_w, _ = row
        middle = row_x + row_w / 2 if wide >= row_w else min(max(x + w / 2, row_x + wide / 2), row_x + row_w - wide / 2)
        return _clear_of_floors((middle - wide / 2, y, wide, h), aspect, x)
    tall = w / aspect
    middle = L.STAGE_H / 2 if tall >= L.STAGE_H else min(max(y + h / 2, tall / 2), L.STAGE_H - tall / 2)
    return (x, middle - tall / 2, w, tall)


def _clear_of_floors(rect: Rect, aspect: float, need_left: float) -> Rect:
    """A rect whose left edge would cut through the tower of floor cards starts just right of it instead, a little
    closer (losing at most TRIM of its height and part of the side margin, never a station) — a sliver of card
    at the screen's edge looks like a mistake."""
    x, y, w, h = rect
    if not (FLOORS_LEFT < x < FLOORS_RIGHT) or FLOORS_RIGHT > need_left + SIDE_KEPT:
        return rect
    wide = min(w, L.STAGE_W - FLOORS_RIGHT)
    tall = wide / aspect
    if tall < (1.0 - TRIM) * h:
        return rect
    return (FLOORS_RIGHT, y + (h - tall) / 2, wide, tall)


def frame_for(rects, view_w: float, view_h: float) -> Rect | None:
    """The rect to fit in a view of this size — ``rects`` as reading_rect gives them — or None (the whole
    workshop) when zooming would not make the stage noticeably bigger."""
    if rects is None or view_w <= 0 or view_h <= 0:
        return None
    rect = framed(*rects, view_w, view_h)
    whole = min(view_w / L.STAGE_W, view_h / L.STAGE_H)
    return rect if min(view_w / rect[2], view_h / rect[3]) >= GAIN * whole else None


def story_rects(story) -> dict:
    """Every beat's (need, row), made once per story."""
    return {beat.name: reading_rect(story, beat.name) for beat in story.beats}
