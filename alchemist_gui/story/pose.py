"""The pose of every element on the stage at one moment: frozen plain data, no Qt.

Positions are in stage units (see layout.py).  Colours are unclamped RGB floats (the stage clamps them
when it paints), so tests can compare them with the trace exactly.  Alphas are 0..1.
"""
from __future__ import annotations

from dataclasses import dataclass

RGB = tuple[float, float, float]
Point = tuple[float, float]


@dataclass(frozen=True)
class StationPose:
    """One word: its bottle on the shelf (the head's potion v, tagged with k), its alchemist holding the
    recipe q and a flask, and the word's own bottle below (the residual stream)."""

    index: int  # the word's position in the text
    word: str
    x: float
    width: float
    scale: float  # art scale: 1 inside the fisheye window, smaller outside
    alpha: float  # the whole station (fades in during setup)
    focused: bool  # the word whose alchemist the story follows
    badge: str  # the position number on the bottle ("" when positions are switched off)
    place: str  # long texts with the badges off: the word's place in the text, for the reader only ("" otherwise)
    bottle_rgb: RGB
    bottle_fill: float
    tag: tuple[float, ...]  # the key glyph, cells in [-1, 1]
    tag_alpha: float
    in_reach: bool  # False when the causal mask puts this bottle out of the followed alchemist's reach
    dim: float  # 0 = normal, 1 = fully greyed (out of reach)
    number: str  # score or share shown above the bottle
    number_alpha: float
    share: float  # attention the followed word gives this bottle (0 when not yet shown)
    match: float  # 0..1 strength of the line from the followed recipe to this tag (drawn at StagePose.match_alpha)
    reach: float  # alpha of this alchemist's reach line (mask beat): bottles 0..reach_end are his to use
    reach_y: float
    reach_x0: float
    reach_x1: float
    alchemist_alpha: float
    recipe: tuple[float, ...]  # the query glyph
    recipe_alpha: float
    flask_rgb: RGB
    flask_fill: float
    flask_alpha: float
    jar_rgb: RGB
    jar_alpha: float
    heads_rgb: tuple[RGB, ...]  # tiny flasks, one per head (heads beat), for stations not followed
    heads_alpha: float
    silenced: bool  # this alchemist's head (the followed head) is knocked out in this run


@dataclass(frozen=True)
class HeadPose:
    """One alchemist of the followed word's team (one per head)."""

    head: int
    x: float
    y: float  # feet
    scale: float
    hue: float  # 0..1, the head's badge colour
    silenced: bool  # knocked out: still computes, contributes nothing
    chosen: bool  # the head the story follows
    flask_rgb: RGB
    flask_fill: float
    alpha: float
    flask_x: float  # the flask leaves the alchemist's hand for the group reaction
    flask_y: float
    flask_alpha: float


@dataclass(frozen=True)
class StreamPose:
    """A stream of liquid along a curve src -> dst that rises to peak_y.  The liquid occupies the part of
    the curve between tail and head (0..1); volume is how much it carries (for a pour: a_ij)."""

    slot: int  # which of the stage's stream items draws it (0 .. Story.stream_slots - 1)
    src: Point
    dst: Point
    peak_y: float
    width: float
    rgb: RGB
    head: float
    tail: float
    volume: float
    alpha: float


@dataclass(frozen=True)
class RopePose:
    x0: float
    x1: float
    y: float
    alpha: float
    sign: str  # English source text, translated by the stage ("" for none)
    word: str  # whose reach the rope marks (its label: STAGE_LABELS["rope_for"])
    reach_alpha: float  # the label of the staircase of reaches under the shelf


@dataclass(frozen=True)
class CratePose:
    """Long texts: the words without a station of their own, gathered in one crate that pours their summed share."""

    x: float
    width: float
    count: int  # words in the crate (0: no crate)
    share: float  # their summed share of the followed flask (0 before the shares are shown)
    number: str  # that share as the stage shows it, or ""
    number_alpha: float
    rgb: RGB  # their share-weighted mix: what the crate pours
    alpha: float


@dataclass(frozen=True)
class SpotPose:
    """A light on an alchemist the story points at that is not the followed one (the mask beat's example)."""

    x: float
    alpha: float


@dataclass(frozen=True)
class VesselPose:
    """The group reaction: all heads' flasks go into one vessel (concatenate, project with W_o)."""

    x: float
    y: float
    rgb: RGB
    fill: float
    alpha: float


@dataclass(frozen=True)
class CauldronPose:
    """Chemistry: the feed-forward layer of the followed word; its most active neurons light up."""

    x: float
    y: float
    rgb: RGB
    alpha: float
    bubble: float  # 0..1 phase of the bubbling (a function of t only)
    neurons: tuple[float, ...]  # glow 0..1 of each shown neuron
    neuron_labels: tuple[str, ...]


@dataclass(frozen=True)
class FloorsPose:
    """The tower of blocks on the left: which floor the workshop is on and what it would guess there."""

    count: int
    current: float  # the floor the workshop is on: fractional while it climbs ("Again!")
    guesses: tuple[str, ...]  # logit-lens guess after each block ("word 42%")
    guess_alpha: tuple[float, ...]
    alpha: float
    picked: int  # the block the story follows: highlighted at every beat
    climb_alpha: float  # the marker of the climbing workshop


@dataclass(frozen=True)
class BarPose:
    word: str
    prob: float  # the engine's probability
    label: str
    length: float  # 0..1 of the panel width (grows in during the beat)
    winner: bool
    alpha: float


@dataclass(frozen=True)
class BlankPose:
    """The gap after the last word, and the winning word dropping into it."""

    x: float
    y: float
    text: str
    word: str  # the winner
    word_y: float  # where the falling winner is
    word_alpha: float
    alpha: float


@dataclass(frozen=True)
class StagePose:
    t: float
    beat: str
    progress: float  # 0..1 within the beat
    layer: int
    head: int
    focus: int
    stations: tuple[StationPose, ...]
    heads: tuple[HeadPose, ...]
    streams: tuple[StreamPose, ...]
    rope: RopePose
    vessel: VesselPose
    cauldron: CauldronPose
    floors: FloorsPose
    match_alpha: float  # the lines from the followed recipe to every tag (match beat)
    shelf_alpha: float  # the bottles step back for the prediction
    bars: tuple[BarPose, ...]
    bars_alpha: float
    blank: BlankPose
    crate: CratePose
    spot: SpotPose
    silenced_alpha: float  # the "silenced" label over the followed alchemist
    poured_alpha: float  # the "poured by hand" label over him, while his hand-poured shares are shown
    climb_dy: float  # "Again!": the workshop sinks away and the next floor's arrives from above
    climb_alpha: float
