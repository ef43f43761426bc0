"""The parts of the stage that belong to no single word, each a small group of items made once.

Every part has the same three methods: ``configure(story, first, last)`` gives its items what a new story changes
(positions, counts, words; ``first``/``last`` are the story's poses at its start and end), ``show(pose)`` poses
them at one moment, ``items()`` lists them.  A part keeps its items from story to story; only a different number
of heads, blocks or bars adds or removes some.
"""
from __future__ import annotations

from ..story import layout as L
from ..story.text import STAGE_LABELS
from . import palette as P
from .glass import Glass
from .props import (BarItem, BarsPanelItem, BlankItem, CauldronItem, DropWordItem, FloorsItem, LiftItem, NeuronItem,
                    RopeItem, SignItem, StreamItem, SurfaceItem, TeamMemberItem, TextItem, VesselLabelItem, neuron_x)
from .station import MatchFanItem, scroll_centre, tag_centre

CAULDRON_SCALE = 1.25


def _added(scene, item):
    scene.addItem(item)
    return item


def _resize(pool: list, count: int, make, scene) -> None:
    """Grow or shrink a pool of items (or of Glasses) to ``count``."""
    while len(pool) < count:
        pool.append(make())
    while len(pool) > count:
        gone = pool.pop()
        for item in gone.items() if isinstance(gone, Glass) else (gone,):
            scene.removeItem(item)


class MatchFan:
    """Match beat: lines from the followed recipe to every tag."""

    def __init__(self, scene):
        self.fan = _added(scene, MatchFanItem())
        self.strengths = ()

    def items(self) -> list:
        return [self.fan]

    def configure(self, story, first, last) -> None:
        lay = story.layout
        self.fan.configure(scroll_centre(lay.xs[lay.focus], lay.scales[lay.focus]),
                           [tag_centre(lay.xs[j], lay.scales[j]) for j in range(story.n)])
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
        _resize(self.streams, story.stream_slots, lambda: _added(self.scene, StreamItem()), self.scene)

    def show(self, pose) -> None:
        used = set()
        for stream in pose.streams:
            self.streams[stream.slot].show_state(stream, stream.alpha)
            used.add(stream.slot)
        for k, item in enumerate(self.streams):
            if k not in used and item.alpha > 0:
                item.show_state(None, 0.0)


class Rope:
    """The causal mask's rope, or the sign saying there is none."""

    def __init__(self, scene):
        self.rope = _added(scene, RopeItem())
        self.sign = _added(scene, SignItem())

    def items(self) -> list:
        return [self.rope, self.sign]

    def configure(self, story, first, last) -> None:
        rope, lay = first.rope, story.layout
        self.rope.configure(rope.x0, rope.x1, rope.y)
        # hung below the top edge, where a message strip may lie over the stage (banner.py)
        self.sign.configure((lay.station_left(0) + lay.blank_x) / 2, L.LABEL_Y - 80, STAGE_LABELS["no_rope"])

    def show(self, pose) -> None:
        self.rope.show_state(True, pose.rope.alpha)
        self.sign.show_state(True, 1.0 if pose.rope.sign else 0.0)


class Team:
    """The followed word's team (heads beat): an alchemist and a flask per head."""

    def __init__(self, scene, on_click, on_toggle):
        self.scene = scene
        self.on_click, self.on_toggle = on_click, on_toggle
        self.members: list[TeamMemberItem] = []
        self.flasks: list[Glass] = []

    def items(self) -> list:
        return [*self.members, *(item for flask in self.flasks for item in flask.items())]

    def configure(self, story, first, last) -> None:
        n_head, scene = story.n_head, self.scene
        _resize(self.members, n_head, lambda: _added(
            scene, TeamMemberItem(len(self.members), self.on_click, self.on_toggle)), scene)
        _resize(self.flasks, n_head, lambda: Glass(scene, "flask", z=9), scene)
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
                flask.show(h.flask_fill, (0.6, 0.58, 0.55) if h.silenced else h.flask_rgb, h.flask_alpha)


class Reaction:
    """Under the followed word: the vessel of the group reaction (W_o), then the cauldron and its neurons."""

    def __init__(self, scene):
        self.scene = scene
        self.vessel = Glass(scene, "beaker", z=9)
        self.label = _added(scene, VesselLabelItem())
        self.cauldron = _added(scene, CauldronItem())
        self.surface = _added(scene, SurfaceItem())
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
        _resize(self.neurons, len(labels), lambda: _added(self.scene, NeuronItem()), self.scene)
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
    """The tower of blocks on the left, its lift, and each floor's logit-lens guess."""

    def __init__(self, scene):
        self.scene = scene
        self.floors = _added(scene, FloorsItem())
        self.lift = _added(scene, LiftItem())
        self.guesses: list[TextItem] = []

    def items(self) -> list:
        return [self.floors, self.lift, *self.guesses]

    def configure(self, story, first, last) -> None:
        floors = self.floors
        floors.configure(story.n_layer)
        self.lift.configure(floors.floor_h)
        _resize(self.guesses, story.n_layer, lambda: _added(self.scene, TextItem(P.ACCENT_DARK, bold=True)),
                self.scene)
        size = int(floors.font.pixelSize() * 0.85)
        for k, guess in enumerate(self.guesses):
            guess.configure(floors.guess_rect(k), size)

    def show(self, pose) -> None:
        f = pose.floors
        self.floors.show_state(True, f.alpha)
        self.lift.move_to(0, FloorsItem.BOTTOM - f.current * self.floors.floor_h)
        self.lift.show_state(True, f.alpha)
        for guess, text, alpha in zip(self.guesses, f.guesses, f.guess_alpha):
            guess.show_state(text, alpha)


class Prediction:
    """The next-word bars over the shelf, the blank after the last word, and the winner dropping into it."""

    def __init__(self, scene):
        self.scene = scene
        self.panel = _added(scene, BarsPanelItem())
        self.bars: list[BarItem] = []
        self.blank = _added(scene, BlankItem())
        self.jar = Glass(scene, "jar", z=2, dashed=True)
        self.drop = _added(scene, DropWordItem())
        self.rows = ()

    def items(self) -> list:
        return [self.panel, *self.bars, self.blank, *self.jar.items(), self.drop]

    def configure(self, story, first, last) -> None:
        lay = story.layout
        self.rows = tuple((b.word, b.label) for b in last.bars)
        self.panel.configure(lay.blank_x + lay.blank_w / 2, len(self.rows))
        _resize(self.bars, len(last.bars), lambda: _added(self.scene, BarItem()), self.scene)
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
