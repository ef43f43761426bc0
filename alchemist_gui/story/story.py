"""The story of one forward pass: beats, their text, and the pose of the stage at any moment.

Everything the pose needs is taken from the trace once, in the constructor; ``pose(t)`` then only mixes
those numbers with the clock.  It depends on nothing but t, so scrubbing backwards is exact.  What several stories
of one trace share (colours of every block, glyphs of a head, the logit lens) is worked out once per trace
(facts.py), so a story for another head or word is quick to make.
"""
from __future__ import annotations

import bisect
import math

import numpy as np

from . import layout as L
from .beats import BEATS, DURATIONS, Beat, blocks_duration
from .facts import facts_of
from .numbers import fmt_number, fmt_percent, fmt_whole_percent, percent_tenths, percent_units
from .pose import (BarPose, BlankPose, CauldronPose, FloorsPose, HeadPose, RopePose, StagePose, StationPose,
                   StreamPose, VesselPose)
from .text import LINES, NOTES, STAGE_LABELS, TITLES, VARIANTS
from .values import beat_values, shown_scores

N_BARS = 5  # prediction bars
N_NEURONS = 8  # neurons that light up in the cauldron
GREY = (0.5, 0.5, 0.5)


def ramp(u: float, start: float, length: float) -> float:
    """0 before start, 1 after start+length, linear between."""
    if u <= start:
        return 0.0
    if u >= start + length:
        return 1.0
    return (u - start) / length


def ease(x: float) -> float:
    return x * x * (3.0 - 2.0 * x)


def mix(a, b, w: float) -> tuple[float, float, float]:
    return (a[0] + (b[0] - a[0]) * w, a[1] + (b[1] - a[1]) * w, a[2] + (b[2] - a[2]) * w)


class _Frame:
    """What every station shares at one moment (computed once per pose, not once per word)."""

    def __init__(self, u: dict, pour):
        self.heads_on = ramp(u["heads"], 0.0, 0.12) * (1.0 - ramp(u["ffn"], 0.0, 0.12))
        self.numbers = u["match"] > 0
        self.roped = u["mask"] >= 0.5
        self.shares = u["softmax"] >= 0.4
        self.number_fade = min(1.0, abs(u["softmax"] - 0.4) / 0.1) * (1.0 - ramp(u["parallel"], 0.0, 0.15))
        self.reach_fade = 1.0 - ramp(u["softmax"], 0.0, 0.2)
        self.dim = ramp(u["mask"], 0.45, 0.2) * (1.0 - ramp(u["parallel"], 0.0, 0.2))
        self.pour = pour
        self.flask_alpha = ramp(u["recipe"], 0.0, 0.2) * (1.0 - self.heads_on)
        self.others_fill = ramp(2.0 * ramp(u["parallel"], 0.1, 0.6) - 1.0, 0.0, 1.0)
        self.flasks_kept = 1.0 - ramp(u["residual"], 0.1, 0.3)  # the flasks went into the group reaction
        self.recipe_focus = ramp(u["recipe"], 0.05, 0.2)
        self.heads_alpha = ramp(u["heads"], 0.3, 0.2) * (1.0 - ramp(u["residual"], 0.8, 0.2))


class Story:
    def __init__(self, trace, layer: int = 0, head: int = 0, focus: int | None = None):
        n, n_layer, n_head = trace.n_tokens, trace.config["n_layer"], trace.config["n_head"]
        if not 0 <= layer < n_layer:
            raise ValueError(f"layer {layer} does not exist (0–{n_layer - 1})")
        if not 0 <= head < n_head:
            raise ValueError(f"head {head} does not exist (0–{n_head - 1})")
        focus = n - 1 if focus is None else int(focus)
        if focus < 0:
            focus += n
        if not 0 <= focus < n:
            raise ValueError(f"word {focus} does not exist (0–{n - 1})")
        self.trace, self.layer, self.head, self.focus = trace, int(layer), int(head), focus
        self.n, self.n_layer, self.n_head = n, n_layer, n_head
        self.layout = L.make_layout(n, focus)
        self.stream_slots = max(n, 2)  # the stage keeps this many stream items
        self._prepare()
        self.beats = self._make_beats()
        self._starts = [b.start for b in self.beats]
        self.duration = self.beats[-1].end

    # -- the timeline ---------------------------------------------------------------------------------
    def _make_beats(self) -> tuple[Beat, ...]:
        values = beat_values(self.trace, self.layer, self.head, self.focus, self._tenths, facts_of(self.trace))
        out, t = [], 0.0
        for name in BEATS:
            length = blocks_duration(self.n_layer) if name == "blocks" else DURATIONS[name]
            title, line, note = TITLES[name], LINES[name], NOTES[name]
            if name == "mask" and not self.trace.mask:
                title, line, note = (VARIANTS[(name, part, "off")] for part in ("title", "line", "note"))
            if name == "heads" and self.trace.knockout:
                note = VARIANTS[(name, "note", "knocked")]
            if name == "setup" and not self.trace.positional:
                note = VARIANTS[(name, "note", "no_positions")]
            out.append(Beat(name, t, t + length, title, line, note, values[name]))
            t += length
        return tuple(out)

    def beat_at(self, t: float) -> Beat:
        k = bisect.bisect_right(self._starts, t) - 1
        return self.beats[min(max(k, 0), len(self.beats) - 1)]

    def start_of(self, name: str) -> float:
        return self.beats[BEATS.index(name)].start

    # -- numbers taken from the trace once ------------------------------------------------------------
    def _prepare(self):
        tr, l, h, i, n = self.trace, self.layer, self.head, self.focus, self.n
        lay = self.layout
        facts = facts_of(tr)
        self._words = tuple(tr.tokens)
        self._bottle_rgb = facts.bottle_rgb(l, h)
        self._flask_rgb = facts.flask_rgb(l, h)
        self._heads_rgb = facts.heads_rgb(l)
        self._knocked = frozenset(hd for (ly, hd) in tr.knockout if ly == l)

        att = np.asarray(tr.attention[l, h], dtype=np.float64)  # [T, T]
        self._att = att
        self._share = tuple(float(a) for a in att[i])
        self._tenths = percent_tenths(att[i])
        self._share_label = tuple(f"{p}%" for p in percent_units(att[i], 1))  # whole percents: legible, sum 100
        self._masked = tuple(bool(tr.mask and j > i) for j in range(n))
        scores = shown_scores(tr, l, h, i)
        self._score_label = tuple(fmt_number(s, 1) for s in scores)
        lo, hi = float(scores.min()), float(scores.max())
        self._match = tuple(float((s - lo) / (hi - lo)) if hi > lo else 1.0 for s in scores)
        self._recipe, self._tag = facts.glyphs(l, h)
        self._top_source = tuple(int(np.argmax(att[w])) for w in range(n))
        reach_rank = [j for j in range(n) if not self._masked[j] and att[i, j] > 0]
        self._pour_order = {j: r for r, j in enumerate(reach_rank)}

        colour = facts.colour
        self._jar_pre = facts.jar_pre(l)
        self._jar_mid = facts.jar_mid(l)
        self._jar_post = facts.jar_post()
        self._attn_out_rgb = tuple(colour(tr.attn_out[l, i], l).tolist())
        self._mlp_out_rgb = tuple(colour(tr.mlp_out[l, i], l).tolist())

        acts = np.asarray(tr.mlp_hidden[l, i], dtype=np.float64)
        top = np.argsort(-acts, kind="stable")[:N_NEURONS]
        peak = max(float(acts[top[0]]), 1e-9)
        self._neurons = tuple(max(0.0, float(acts[k]) / peak) for k in top)
        self._neuron_labels = tuple(f"#{int(k)}" for k in top)

        self._guesses = tuple(f"{w} {fmt_whole_percent(p)}" for w, p in facts.lens_top())  # short: fits the sign
        self._predictions = facts.predictions(N_BARS)
        self._badges = tuple(str(j) if tr.positional else "" for j in range(n))

        # geometry that does not move
        self._flask_x = tuple(L.flask_x(lay, j) for j in range(n))
        self._team = L.team_slots(lay, self.n_head)
        self._hue = tuple(L.head_hue(hd) for hd in range(self.n_head))
        fx = lay.xs[i]
        self._vessel_xy = (fx, L.REACTION_Y)
        self._reach_y = tuple(L.REACH_TOP + (L.REACH_BOTTOM - L.REACH_TOP) * j / max(1, n - 1) for j in range(n))
        self._left = lay.station_left(0)
        self._right = lay.xs[-1] + lay.widths[-1] / 2
        self._order = tuple(j / max(1, n - 1) for j in range(n))
        self._reach_x1 = tuple((lay.xs[j] + lay.widths[j] / 2) if tr.mask else self._right for j in range(n))

    # -- the pose ---------------------------------------------------------------------------------------
    def pose(self, t: float) -> StagePose:
        t = min(max(float(t), 0.0), self.duration)
        u = {b.name: b.progress(t) for b in self.beats}
        beat = self.beat_at(t)
        floor = self._floor(u)
        frame = _Frame(u, self._pour_fill(u))
        stations = tuple(self._station(j, u, frame, floor) for j in range(self.n))
        return StagePose(
            t=t, beat=beat.name, progress=u[beat.name], layer=self.layer, head=self.head, focus=self.focus,
            stations=stations, heads=self._heads(u), streams=self._streams(u), rope=self._rope(u),
            vessel=self._vessel(u), cauldron=self._cauldron(u, t),
            floors=FloorsPose(count=self.n_layer, current=floor, guesses=self._guesses,
                              guess_alpha=self._guess_alpha(u, floor), alpha=ramp(u["setup"], 0.0, 0.2)),
            match_alpha=ramp(u["match"], 0.35, 0.3) * (1.0 - ramp(u["mask"], 0.0, 0.25)),
            shelf_alpha=1.0 - 0.85 * ramp(u["prediction"], 0.0, 0.15),
            bars=self._bars(u), bars_alpha=ramp(u["prediction"], 0.05, 0.1), blank=self._blank(u),
        )

    def _station(self, j: int, u: dict, f: "_Frame", floor: float) -> StationPose:
        lay = self.layout
        focused = j == self.focus
        order = self._order[j]
        alpha = ramp(u["setup"], 0.05 + 0.45 * order, 0.2)
        masked = self._masked[j]

        # the number over the bottle: score (match), −∞ once roped off (mask), share (softmax, pour)
        number, number_alpha, share = "", 0.0, 0.0
        if f.numbers:
            number = self._score_label[j]
            number_alpha = ramp(u["match"], 0.2 + 0.3 * order, 0.15) * f.number_fade
            if masked and f.roped:
                number = "−∞"
            if f.shares:
                number, share = self._share_label[j], self._share[j]

        if focused:
            fill, rgb = f.pour
            flask_alpha = f.flask_alpha
            alchemist_alpha = alpha * (1.0 - f.heads_on)
        else:
            fill, rgb = f.others_fill, self._flask_rgb[j]
            flask_alpha = 0.85 * f.flask_alpha
            alchemist_alpha = alpha * (1.0 - 0.8 * f.heads_on)

        return StationPose(
            index=j, word=self._words[j], x=lay.xs[j], width=lay.widths[j], scale=lay.scales[j], alpha=alpha,
            focused=focused, badge=self._badges[j], bottle_rgb=self._bottle_rgb[j],
            bottle_fill=0.8 * ramp(u["setup"], 0.15 + 0.45 * order, 0.25), tag=self._tag[j],
            tag_alpha=ramp(u["recipe"], 0.2 + 0.3 * order, 0.2), in_reach=not masked,
            dim=f.dim if masked else 0.0,
            number=number, number_alpha=number_alpha, share=share, match=self._match[j],
            reach=ramp(u["mask"], 0.25 + 0.35 * order, 0.12) * f.reach_fade, reach_y=self._reach_y[j],
            reach_x0=self._left, reach_x1=self._reach_x1[j],
            alchemist_alpha=alchemist_alpha, recipe=self._recipe[j],
            recipe_alpha=f.recipe_focus if focused else 0.6 * ramp(u["recipe"], 0.45 + 0.3 * order, 0.2),
            flask_rgb=rgb, flask_fill=fill * f.flasks_kept, flask_alpha=flask_alpha,
            jar_rgb=self._jar_rgb(j, u, floor), jar_alpha=alpha,
            heads_rgb=self._heads_rgb[j], heads_alpha=0.0 if focused else f.heads_alpha,
        )

    # pouring: bottle j starts a little after bottle j-1; its liquid reaches the flask halfway through
    def _pour_progress(self, j: int, u: dict) -> float:
        rank = self._pour_order[j]
        count = len(self._pour_order)
        return ramp(u["pour"], 0.08 + 0.42 * rank / max(1, count - 1), 0.4)

    def _pour_fill(self, u: dict):
        """How full the followed flask is and its colour: the mix of what has arrived so far."""
        fill, acc = 0.0, [0.0, 0.0, 0.0]
        for j in self._pour_order:
            arrived = self._share[j] * ramp(2.0 * self._pour_progress(j, u) - 1.0, 0.0, 1.0)
            if arrived > 0:
                fill += arrived
                c = self._bottle_rgb[j]
                acc[0] += arrived * c[0]
                acc[1] += arrived * c[1]
                acc[2] += arrived * c[2]
        if fill <= 0:
            return 0.0, self._flask_rgb[self.focus]
        return fill, (acc[0] / fill, acc[1] / fill, acc[2] / fill)

    def _streams(self, u: dict) -> tuple[StreamPose, ...]:
        lay, i = self.layout, self.focus
        out = []
        if 0 < u["pour"] < 1:
            for j in self._pour_order:
                p = self._pour_progress(j, u)
                if 0 < p < 1:
                    out.append(self._pour_stream(j, j, i, p, self._share[j]))
        elif 0 < u["parallel"] < 1:
            p = ramp(u["parallel"], 0.1, 0.6)
            if 0 < p < 1:
                for w in range(self.n):
                    src = self._top_source[w]
                    out.append(self._pour_stream(w, src, w, p, float(self._att[w, src])))
        elif 0 < u["residual"] < 1:
            p = ramp(u["residual"], 0.5, 0.3)
            if 0 < p < 1:
                vx, vy = self._vessel_xy
                out.append(self._flow(0, (vx + 52, vy - 44), (lay.xs[i] + 8, L.JAR_TOP + 8), vy - 80, 12.0,
                                      self._attn_out_rgb, p, 1.0))
        elif 0 < u["ffn"] < 1:
            vx, vy = self._vessel_xy
            down = ramp(u["ffn"], 0.1, 0.2)
            if 0 < down < 1:
                out.append(self._flow(0, (lay.xs[i] - 12, L.JAR_TOP + 6), (vx - 24, vy - 40), vy - 90, 11.0,
                                      self._jar_mid[i], down, 1.0))
            back = ramp(u["ffn"], 0.6, 0.25)
            if 0 < back < 1:
                out.append(self._flow(1, (vx + 30, vy - 40), (lay.xs[i] + 12, L.JAR_TOP + 8), vy - 90, 11.0,
                                      self._mlp_out_rgb, back, 1.0))
        return tuple(out)

    def _pour_stream(self, slot: int, src: int, dst: int, p: float, volume: float) -> StreamPose:
        lay = self.layout
        sx, dx = lay.xs[src], self._flask_x[dst]
        lift = 30.0 + 120.0 * min(1.0, abs(dx - sx) / (L.WORK_X1 - L.WORK_X0) * 2.0)  # far bottles throw higher
        width = 1.5 + 16.0 * volume
        top = L.BOTTLE_TOP - 4 * self.layout.scales[src]
        return self._flow(slot, (sx, top), (dx, L.FLASK_TOP + 6), max(L.STREAM_TOP, top - lift),
                          width, self._bottle_rgb[src], p, volume)

    @staticmethod
    def _flow(slot, src, dst, peak_y, width, rgb, p, volume) -> StreamPose:
        """The liquid's front runs the whole way in the first half of p, its back end in the second half."""
        return StreamPose(slot=slot, src=src, dst=dst, peak_y=peak_y, width=width, rgb=tuple(rgb),
                          head=min(1.0, 2.0 * p), tail=max(0.0, 2.0 * p - 1.0), volume=volume,
                          alpha=min(1.0, 8.0 * p, 8.0 * (1.0 - p)))

    def _rope(self, u: dict) -> RopePose:
        lay, i = self.layout, self.focus
        shown = ramp(u["mask"], 0.45, 0.2) * (1.0 - ramp(u["parallel"], 0.0, 0.2))
        y = (L.BOTTLE_TOP + L.BOTTLE_BOTTOM) / 2
        if not self.trace.mask:  # no rope to draw: a sign says so, from the rope's beat until everyone pours
            sign = u["mask"] > 0 and u["parallel"] <= 0
            return RopePose(self._left, self._right, y, 0.0, STAGE_LABELS["no_rope"] if sign else "")
        if i == self.n - 1:  # nothing comes after the last word
            return RopePose(self._right, self._right, y, 0.0, "")
        return RopePose(lay.station_left(i + 1), self._right, y, shown, "")

    def _heads(self, u: dict) -> tuple[HeadPose, ...]:
        shown = ramp(u["heads"], 0.0, 0.1) * (1.0 - ramp(u["ffn"], 0.0, 0.12))
        if shown <= 0:
            return ()
        out, H = [], self.n_head
        vx, vy = self._vessel_xy
        for hd in range(H):
            x, y = self._team[hd]
            fill = ramp(u["heads"], 0.35 + 0.3 * hd / H, 0.2)
            silenced = hd in self._knocked
            sc = L.team_scale(H)
            fx, fy = x + 30.0 * sc, y - 40.0 * sc
            move = 0.0 if silenced else ease(ramp(u["residual"], 0.05 + 0.2 * hd / H, 0.15))
            fx, fy = fx + (vx - fx) * move, fy + (vy - 20.0 - fy) * move
            poured = ramp(u["residual"], 0.2 + 0.2 * hd / H, 0.08)
            fill *= 1.0 - poured
            out.append(HeadPose(
                head=hd, x=x, y=y, scale=L.team_scale(H), hue=self._hue[hd], silenced=silenced, chosen=hd == self.head,
                flask_rgb=self._heads_rgb[self.focus][hd], flask_fill=fill, alpha=shown * ramp(u["heads"], 0.05 + 0.3 * hd / H, 0.12),
                flask_x=fx, flask_y=fy, flask_alpha=shown * (1.0 - (poured if not silenced else 0.6 * poured)),
            ))
        return tuple(out)

    def _vessel(self, u: dict) -> VesselPose:
        vx, vy = self._vessel_xy
        alpha = ramp(u["residual"], 0.0, 0.1) * (1.0 - ramp(u["residual"], 0.9, 0.1))
        contributing = [hd for hd in range(self.n_head) if hd not in self._knocked]
        poured = sum(ramp(u["residual"], 0.2 + 0.2 * hd / self.n_head, 0.08) for hd in contributing)
        fill = 0.85 * poured / max(1, len(contributing))
        fill *= 1.0 - ramp(u["residual"], 0.5, 0.3)  # it empties into the word's own bottle
        rgb = mix(GREY, self._attn_out_rgb, ease(ramp(u["residual"], 0.38, 0.12)))
        return VesselPose(x=vx, y=vy, rgb=rgb, fill=fill, alpha=alpha)

    def _cauldron(self, u: dict, t: float) -> CauldronPose:
        vx, vy = self._vessel_xy
        alpha = ramp(u["ffn"], 0.0, 0.1) * (1.0 - ramp(u["ffn"], 0.9, 0.1))
        glow = tuple(g * ramp(u["ffn"], 0.3 + 0.04 * k, 0.1) * (1.0 - ramp(u["ffn"], 0.85, 0.1))
                     for k, g in enumerate(self._neurons))
        rgb = mix(self._jar_mid[self.focus], self._mlp_out_rgb, ease(ramp(u["ffn"], 0.35, 0.25)))
        return CauldronPose(x=vx, y=vy, rgb=rgb, alpha=alpha, bubble=(t * 0.8) % 1.0, neurons=glow,
                            neuron_labels=self._neuron_labels)

    def _floor(self, u: dict) -> float:
        return self.layer + (self.n_layer - 1 - self.layer) * ease(ramp(u["blocks"], 0.1, 0.75))

    def _guess_alpha(self, u: dict, floor: float) -> tuple[float, ...]:
        if u["blocks"] <= 0:
            return (0.0,) * self.n_layer
        on = ramp(u["blocks"], 0.0, 0.1)
        return tuple(on * min(1.0, max(0.0, floor - k + 1.0)) for k in range(self.n_layer))

    def _jar_rgb(self, j: int, u: dict, floor: float):
        """The word's own bottle: the residual stream, updated by the group reaction, the chemistry, the floors."""
        if u["blocks"] > 0:
            k0 = min(int(math.floor(floor)), self.n_layer - 1)
            k1 = min(k0 + 1, self.n_layer - 1)
            return mix(self._jar_post[k0][j], self._jar_post[k1][j], floor - k0)
        first = j == self.focus
        res = ramp(2.0 * ramp(u["residual"], 0.5, 0.3) - 1.0, 0.0, 1.0) if first else ramp(u["residual"], 0.85, 0.15)
        rgb = mix(self._jar_pre[j], self._jar_mid[j], res)
        chem = ramp(2.0 * ramp(u["ffn"], 0.6, 0.25) - 1.0, 0.0, 1.0) if first else ramp(u["ffn"], 0.88, 0.12)
        return mix(rgb, self._jar_post[self.layer][j], chem)

    def _bars(self, u: dict) -> tuple[BarPose, ...]:
        if u["prediction"] <= 0:
            return ()
        top = self._predictions[0][1]
        return tuple(BarPose(word=w, prob=p, label=fmt_percent(p),
                             length=(p / top if top > 0 else 0.0) * ease(ramp(u["prediction"], 0.12 + 0.05 * k, 0.25)),
                             winner=k == 0, alpha=ramp(u["prediction"], 0.08 + 0.05 * k, 0.1))
                     for k, (w, p) in enumerate(self._predictions))

    def _blank(self, u: dict) -> BlankPose:
        drop = ease(ramp(u["prediction"], 0.6, 0.2))
        start_y = L.BARS_TOP + L.BAR_H / 2
        return BlankPose(x=self.layout.blank_x, y=L.WORD_Y, text=STAGE_LABELS["blank"],
                         word=self._predictions[0][0],
                         word_y=start_y + (L.WORD_Y - start_y) * drop,
                         word_alpha=ramp(u["prediction"], 0.55, 0.05), alpha=ramp(u["setup"], 0.8, 0.2))
