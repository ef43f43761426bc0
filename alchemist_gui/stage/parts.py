"""The parts of the stage that belong to no single word, each a small group of items made once.

Every part has the same three methods: ``configure(story, first, last)`` gives its items what a new story changes
(positions, counts, words; ``first``/``last`` are the story's poses at its start and end), ``show(pose)`` poses
them at one moment, ``items()`` lists them.  A part keeps its items from story to story; only a different number
of heads, blocks or bars adds or removes some.  Items that belong to the workshop's row (they climb with it in
"Again!") go under the view's workshop group; the others straight into the scene.
"""
from __future__ import annotations

import math

from PySide6.QtCore import QRectF, Qt

from ..story import layout as L
from ..story.text import STAGE_LABELS
from . import palette as P
from .base import added, discard
from .glass import Glass
from .props import (BarItem, BarsPanelItem, BlankItem, CauldronItem, CrateItem, DropWordItem, FloorsItem, LiftItem,
                    MessageItem, NeuronItem, RopeItem, SignItem, SpotItem, StreamItem, SurfaceItem,
                    TagLabelItem, TeamMemberItem, TextItem, VesselLabelItem, neuron_x, tr)
from .station import MatchFanItem, NumberItem, scroll_centre, tag_centre

CAULDRON_SCALE = 1.25
REACH_LABEL_W = 520.0


def _resize(pool: list, count: int, make, scene) -> None:
    """Grow or shrink a pool of items (or of Glasses) to ``count``."""
    while len(pool) < count:
        pool.append(make())
    while len(pool) > count:
        gone = pool.pop()
        for item in gone.items() if isinstance(gone, Glass) else (gone,):
            discard(item)


class MatchFan:
    """Match beat: lines from the followed recipe to every tag (behind the alchemists, so no face is crossed)."""

    def __init__(self, scene):
        self.fan = added(scene, MatchFanItem())
        self.strengths = ()

    def items(self) -> list:
        return [self.fan]

    def configure(self, story, first, last) -> None:
        lay = story.layout
        fs = lay.focus_slot
        self.fan.configure(scroll_centre(lay.xs[fs], lay.scales[fs]),
                           [tag_centre(lay.xs[k], lay.scales[k]) for k in range(story.n_shown)])
        self.strengths = tuple(s.match for s in first.stations)  # they never change within a story

    def show(self, pose) -> None:
        self.fan.show_state(self.strengths, pose.match_alpha)


class Streams:
    """The pouring streams: one item per slot the story may use at once."""

    def __init__(self, scene):
        self.scene = scene
        self.streams: list[StreamItem] = []

    def items(self) -> list:
        return list(self.streams)

    def configure(self, story, first, last) -> None:
        _resize(self.streams, story.stream_slots, lambda: added(self.scene, StreamItem()), self.scene)

    def show(self, pose) -> None:
        used = set()
        for stream in pose.streams:
            self.streams[stream.slot].show_state(stream, stream.alpha)
            used.add(stream.slot)
        for k, item in enumerate(self.streams):
            if k not in used and item.alpha > 0:
                item.show_state(None, 0.0)


class Rope:
    """The causal mask's rope (labelled with whose reach it marks), the label of the staircase of reaches, or
    the sign saying there is no rope."""

    def __init__(self, scene):
        self.rope = added(scene, RopeItem())
        self.sign = added(scene, SignItem())
        self.reach = added(scene, TextItem(P.ROPE.darker(140), bold=True, align=Qt.AlignmentFlag.AlignRight, z=1.2))

    def items(self) -> list:
        return [self.rope, self.sign, self.reach]

    def configure(self, story, first, last) -> None:
        rope, lay = first.rope, story.layout
        self.rope.configure(rope.x0, rope.x1, rope.y, rope.word)
        # hung below the top edge, where a message strip may lie over the stage (banner.py)
        self.sign.configure((lay.left + lay.blank_x) / 2, L.LABEL_Y - 80, STAGE_LABELS["no_rope"])
        # the staircase's short rows are at its top: its label goes to their right, clear of them
        top = L.REACH_TOP - 6
        rows = [s for s in first.stations if s.reach_y <= top + 26]
        left = max([s.reach_x1 for s in rows], default=lay.left) + 16
        right = lay.right
        self.reach.configure(QRectF(max(left, right - REACH_LABEL_W), top, min(REACH_LABEL_W, right - left), 26), 20)

    def show(self, pose) -> None:
        self.rope.show_state(True, pose.rope.alpha)
        self.sign.show_state(True, 1.0 if pose.rope.sign else 0.0)
        self.reach.show_state(tr(STAGE_LABELS["reach"]), pose.rope.reach_alpha if self.reach._rect.width() > 120 else 0)


class Team:
    """The followed word's team (heads beat): an alchemist and a flask per head."""

    def __init__(self, scene, on_click, on_menu):
        self.scene = scene
        self.on_click, self.on_menu = on_click, on_menu
        self.members: list[TeamMemberItem] = []
        self.flasks: list[Glass] = []

    def items(self) -> list:
        return [*self.members, *(item for flask in self.flasks for item in flask.items())]

    def configure(self, story, first, last, knocked: frozenset | None = None) -> None:
        n_head, scene = story.n_head, self.scene
        _resize(self.members, n_head, lambda: added(
            scene, TeamMemberItem(len(self.members), self.on_click, self.on_menu)), scene)
        _resize(self.flasks, n_head, lambda: Glass(scene, "flask", z=9), scene)
        if knocked is None:
            knocked = frozenset(h for (ly, h) in story.trace.knockout if ly == story.layer)
        scale = L.team_scale(n_head)
        for h, (x, y) in enumerate(L.team_slots(story.layout, n_head)):
            self.members[h].configure_member(L.head_hue(h), h in knocked, h == story.head)
            self.members[h].place(x, y, scale)
            self.flasks[h].place(x, y, scale * 1.15)

    def show(self, pose) -> None:
        heads = {h.head: h for h in pose.heads}
        for k, (member, flask) in enumerate(zip(self.members, self.flasks)):
            h = heads.get(k)
            if h is None:
                member.show_state(True, 0.0)
                flask.show(0.0, (0.5, 0.5, 0.5), 0.0)
            else:
                member.show_state(True, h.alpha)
                flask.move_to(h.flask_x, h.flask_y + 20)
                flask.show(h.flask_fill, (0.6, 0.58, 0.55) if member.silenced else h.flask_rgb, h.flask_alpha)


class Reaction:
    """Under the followed word: the vessel of the group reaction (W_o), then the cauldron and its neurons."""

    def __init__(self, scene):
        self.scene = scene
        self.vessel = Glass(scene, "beaker", z=9)
        self.label = added(scene, VesselLabelItem())
        self.cauldron = added(scene, CauldronItem())
        self.surface = added(scene, SurfaceItem())
        self.neurons: list[NeuronItem] = []

    def items(self) -> list:
        return [*self.vessel.items(), self.label, self.cauldron, self.surface, *self.neurons]

    def configure(self, story, first, last) -> None:
        vx, vy = first.vessel.x, first.vessel.y
        self.vessel.place(vx, vy + 48, 1.35)
        self.label.place(vx, vy + 48 - 50)
        c = first.cauldron
        self.cauldron.place(c.x, c.y, CAULDRON_SCALE)
        self.surface.place(c.x, c.y, CAULDRON_SCALE)
        labels = c.neuron_labels
        _resize(self.neurons, len(labels), lambda: added(self.scene, NeuronItem()), self.scene)
        for k, (neuron, label) in enumerate(zip(self.neurons, labels)):
            neuron.configure(label)
            neuron.place(neuron_x(c.x, k, len(labels)), c.y - 10)

    def show(self, pose) -> None:
        v = pose.vessel
        self.vessel.show(v.fill, v.rgb, v.alpha)
        self.label.show_state(True, v.alpha)
        c = pose.cauldron
        self.cauldron.show_state(True, c.alpha)
        self.surface.show_state(((round(c.rgb[0], 3), round(c.rgb[1], 3), round(c.rgb[2], 3)), round(c.bubble, 3)),
                                c.alpha)
        for neuron, glow in zip(self.neurons, c.neurons):
            neuron.show_state(round(glow * 20) / 20, c.alpha)


class Floors:
    """The tower of blocks on the left: the followed block's highlight (every beat), the marker of the climbing
    workshop ("Again!"), each floor's logit-lens guess and the caption that says what those are."""

    def __init__(self, scene, on_floor):
        self.scene = scene
        self.floors = added(scene, FloorsItem(on_floor))
        self.picked = added(scene, LiftItem())
        self.climb = added(scene, LiftItem(dashed=True))
        self.caption = added(scene, TextItem(P.ACCENT_DARK, bold=True, align=Qt.AlignmentFlag.AlignCenter, wrap=True))
        self.guesses: list[TextItem] = []

    def items(self) -> list:
        return [self.floors, self.picked, self.climb, self.caption, *self.guesses]

    def configure(self, story, first, last) -> None:
        floors = self.floors
        floors.configure(story.n_layer)
        self.picked.configure(floors.floor_h)
        self.climb.configure(floors.floor_h)
        self.picked.move_to(0, FloorsItem.BOTTOM - story.layer * floors.floor_h)
        self.caption.configure(floors.caption_rect(), 18)
        _resize(self.guesses, story.n_layer, lambda: added(self.scene, TextItem(P.ACCENT_DARK, bold=True)),
                self.scene)
        size = int(floors.font.pixelSize() * 0.85)
        for k, guess in enumerate(self.guesses):
            guess.configure(floors.guess_rect(k), size)

    def show(self, pose) -> None:
        f = pose.floors
        self.floors.show_state(True, f.alpha)
        self.picked.move_to(0, FloorsItem.BOTTOM - f.picked * self.floors.floor_h)
        self.picked.show_state(True, f.alpha)
        self.climb.move_to(0, FloorsItem.BOTTOM - f.current * self.floors.floor_h)
        self.climb.show_state(True, f.climb_alpha * f.alpha)
        self.caption.show_state(tr(STAGE_LABELS["floor_caption"]), max(f.guess_alpha, default=0.0))
        for guess, text, alpha in zip(self.guesses, f.guesses, f.guess_alpha):
            guess.show_state(text, alpha)


class Prediction:
    """The next-word card on the wall, the blank after the last word, and the winner dropping into it."""

    def __init__(self, scene, workshop):
        self.scene = scene
        self.panel = added(scene, BarsPanelItem())
        self.bars: list[BarItem] = []
        self.blank = added(workshop, BlankItem())
        self.jar = Glass(workshop, "jar", z=2, dashed=True)
        self.drop = added(scene, DropWordItem())
        self.rows = ()

    def items(self) -> list:
        return [self.panel, *self.bars, self.blank, *self.jar.items(), self.drop]

    def configure(self, story, first, last) -> None:
        lay = story.layout
        self.rows = tuple((b.word, b.label) for b in last.bars)
        self.panel.configure(lay.blank_x + lay.blank_w / 2, len(self.rows))
        _resize(self.bars, len(last.bars), lambda: added(self.scene, BarItem()), self.scene)
        for k, (bar, b) in enumerate(zip(self.bars, last.bars)):
            bar.configure(self.panel.bar_rect(k), b.winner)
        self.blank.configure(lay.blank_w)
        self.blank.place(lay.blank_x, L.WORD_Y)
        self.jar.place(lay.blank_x, L.JAR_BOTTOM, 1.0)
        self.drop.configure(last.blank.word, lay.blank_w)

    def show(self, pose) -> None:
        self.panel.show_state(self.rows, pose.bars_alpha)
        for bar, b in zip(self.bars, pose.bars or ()):
            bar.show_state(round(b.length, 3), b.alpha * pose.bars_alpha)
        if not pose.bars:
            for bar in self.bars:
                bar.show_state(bar.state, 0.0)
        b = pose.blank
        self.blank.show_state(True, b.alpha if b.word_y < L.WORD_Y - 0.5 or b.word_alpha <= 0 else 0.0)
        self.jar.show(0.0, (0.5, 0.5, 0.5), b.alpha)
        self.drop.move_to(b.x, b.word_y)
        self.drop.show_state(True, b.word_alpha)


class ClimbSign:
    """ "Again!": while the workshop climbs, a sign names the floor it climbs to."""

    def __init__(self, scene):
        self.sign = added(scene, MessageItem(44, z=12))

    def items(self) -> list:
        return [self.sign]

    def configure(self, story, first, last) -> None:
        self.sign.place((story.layout.left + story.layout.blank_x) / 2, (L.ALCHEMIST_TOP + L.FLOOR_Y) / 2)

    def show(self, pose) -> None:
        moving = 1.0 - pose.climb_alpha
        if moving <= 0.0:
            self.sign.show_state(self.sign.state, 0.0)
            return
        floor = math.ceil(pose.floors.current - 1e-9)
        self.sign.configure(tr(STAGE_LABELS["floor"]).format(layer=floor))
        self.sign.show_state(True, min(1.0, moving / 0.6))


class Crate:
    """Long texts: the crate of the words without a station, with its share of the flask over it."""

    def __init__(self, workshop):
        self.crate = added(workshop, CrateItem())
        self.number = added(workshop, NumberItem())
        self.ready = False  # configured for a story that has a crate (until then it is never shown)

    def items(self) -> list:
        return [self.crate, self.number]

    def configure(self, story, first, last) -> None:
        c = first.crate
        self.ready = bool(c.count)
        if not c.count:
            return
        self.crate.configure(c.width, c.count)
        self.crate.place(c.x, L.BOTTLE_BOTTOM)
        self.number.configure(c.width)
        self.number.place(c.x, L.LABEL_Y)

    def show(self, pose) -> None:
        c = pose.crate
        shown = self.ready and c.count
        self.crate.show_state(tuple(round(x, 3) for x in c.rgb), c.alpha * pose.shelf_alpha if shown else 0.0)
        self.number.show_state((c.number, c.share >= 0.3, True), c.number_alpha * pose.shelf_alpha if shown else 0.0)


class Spot:
    """The light on the alchemist the mask beat points at when it is not the followed one."""

    def __init__(self, workshop):
        self.spot = added(workshop, SpotItem())

    def items(self) -> list:
        return [self.spot]

    def configure(self, story, first, last) -> None:
        pass

    def show(self, pose) -> None:
        self.spot.move_to(pose.spot.x, L.ALCHEMIST_BOTTOM)
        self.spot.show_state(True, pose.spot.alpha)


class Tags:
    """Across the followed alchemist: the red "silenced" tag while his head is knocked out, the amber "poured by
    hand" one while the shares he pours are the learner's."""

    def __init__(self, workshop):
        self.tag = added(workshop, TagLabelItem("silenced", P.ERROR))
        self.poured = added(workshop, TagLabelItem("poured", P.ACCENT_DARK))
        self.override = None  # True/False: the learner has just silenced/restored the head, before the re-run

    def items(self) -> list:
        return [self.tag, self.poured]

    def configure(self, story, first, last) -> None:
        lay = story.layout
        fs = lay.focus_slot
        for k, item in enumerate((self.tag, self.poured)):
            item.configure()
            item.place(lay.xs[fs], L.ALCHEMIST_BOTTOM - (62 + 34 * k) * lay.scales[fs])

    def show(self, pose) -> None:
        focused = pose.stations[next(k for k, s in enumerate(pose.stations) if s.focused)]
        alpha = pose.silenced_alpha if self.override is None else focused.alchemist_alpha if self.override else 0.0
        self.tag.show_state(True, alpha)
        self.poured.show_state(True, pose.poured_alpha)
