"""The story of one forward pass: beats, their text, and the pose of the stage at any moment.

Everything the pose needs is taken from the trace once, in the constructor; ``pose(t)`` then only mixes
those numbers with the clock.  It depends on nothing but t, so scrubbing backwards is exact.  What several stories
of one trace share (colours of every block, glyphs of a head, the logit lens) is worked out once per trace by a
TraceFacts (facts.py) that the caller owns and passes in, so a story for another head or word is quick to make.

Stations are numbered by slot (layout.py): every word for short texts, the followed word's neighbourhood and his
main bottles for long ones, the rest in one crate.  Everything per station below is per slot.
"""
from __future__ import annotations

import bisect

import numpy as np

from . import layout as L
from .beats import BEATS, DURATIONS, Beat, blocks_duration
from .facts import TraceFacts, rows
from .narrate import Situation, beat_texts
from .numbers import fmt_number, fmt_percent, fmt_tenths, fmt_whole_percent, percent_tenths, share_labels
from .pose import (BarPose, BlankPose, CauldronPose, CratePose, FloorsPose, HeadPose, RopePose, SpotPose, StagePose,
                   StationPose, StreamPose, VesselPose)
from .spread import spread_of
from .text import STAGE_LABELS
from .values import beat_values, shown_scores

N_BARS = 5  # prediction bars
N_NEURONS = 8  # neurons that light up in the cauldron
GREY = (0.5, 0.5, 0.5)
SILENCED_RGB = (0.62, 0.6, 0.58)  # what a silenced head's flask holds on the stage: nothing that counts
CRATE = -1  # the crate, where a station's slot is expected


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

    def __init__(self, u: dict, pour, example: bool):
        self.heads_on = ramp(u["heads"], 0.0, 0.12) * (1.0 - ramp(u["ffn"], 0.0, 0.12))
        self.numbers = u["match"] > 0
        self.roped = u["mask"] >= 0.5
        self.shares = u["softmax"] >= 0.4
        self.number_fade = min(1.0, abs(u["softmax"] - 0.4) / 0.1) * (1.0 - ramp(u["parallel"], 0.0, 0.15))
        # the mask beat shows an earlier word's reach: the followed word's scores step aside meanwhile
        self.others_hide = ramp(u["mask"], 0.45, 0.15) if example and u["softmax"] < 0.4 else 0.0
        self.reach_fade = 1.0 - ramp(u["softmax"], 0.0, 0.2)
        # the followed word's own rope stays while he pours; an earlier word's goes when the mask beat ends
        self.rope_end = ramp(u["softmax"], 0.0, 0.15) if example else ramp(u["parallel"], 0.0, 0.2)
        self.dim = ramp(u["mask"], 0.45, 0.2) * (1.0 - self.rope_end)
        self.pour = pour
        self.flask_alpha = ramp(u["recipe"], 0.0, 0.2) * (1.0 - self.heads_on)
        self.others_fill = ramp(2.0 * ramp(u["parallel"], 0.1, 0.6) - 1.0, 0.0, 1.0)
        self.flasks_kept = 1.0 - ramp(u["residual"], 0.1, 0.3)  # the flasks went into the group reaction
        self.recipe_focus = ramp(u["recipe"], 0.05, 0.2)
        self.heads_alpha = ramp(u["heads"], 0.3, 0.2) * (1.0 - ramp(u["residual"], 0.8, 0.2))


class Story:
    def __init__(self, trace, layer: int = 0, head: int = 0, focus: int | None = None,
                 facts: TraceFacts | None = None):
        """``facts``: the TraceFacts of ``trace`` that its owner keeps for every story of it (None: a private one)."""
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
        if facts is None:
            facts = TraceFacts(trace)
        elif facts.trace is not trace:
            raise ValueError("these TraceFacts belong to another trace")
        self.trace, self.layer, self.head, self.focus, self.facts = trace, int(layer), int(head), focus, facts
        self.n, self.n_layer, self.n_head = n, n_layer, n_head
        self._row = np.asarray(trace.attention[layer, head, focus], dtype=np.float64)  # the followed row
        self.layout = L.make_layout(n, focus, self._row)
        self.n_shown = len(self.layout.shown)  # stations on the stage
        self.stream_slots = max(self.n_shown + 1, 2)  # the stage keeps this many stream items
        self._prepare()
        self.beats = self._make_beats()
        self._starts = [b.start for b in self.beats]
        self.duration = self.beats[-1].end

    # -- the timeline ---------------------------------------------------------------------------------
    def _make_beats(self) -> tuple[Beat, ...]:
        values = beat_values(self.trace, self.layer, self.head, self.focus, self._tenths, self.facts, self._shared)
        texts = beat_texts(self.situation)
        out, t = [], 0.0
        for name in BEATS:
            length = blocks_duration(self.n_layer) if name == "blocks" else DURATIONS[name]
            title, line, note, more_line, more_note = texts[name]
            out.append(Beat(name, t, t + length, title, line, note, values[name], more_line, more_note))
            t += length
        return tuple(out)

    def beat_index_at(self, t: float) -> int:
        """The index of the beat showing at ``t`` (beats are [start, end); before 0 the first, after the end the
        last)."""
        k = bisect.bisect_right(self._starts, t) - 1
        return min(max(k, 0), len(self.beats) - 1)

    def beat_at(self, t: float) -> Beat:
        return self.beats[self.beat_index_at(t)]

    def start_of(self, name: str) -> float:
        return self.beats[BEATS.index(name)].start

    # -- numbers taken from the trace once ------------------------------------------------------------
    def _prepare(self):
        tr, l, h, i, n = self.trace, self.layer, self.head, self.focus, self.n
        lay, facts, row = self.layout, self.facts, self._row
        shown = lay.shown
        S = len(shown)
        self._words = tuple(tr.tokens[j] for j in shown)
        picked = list(shown)
        bottles = facts.bottle_rgb(l, h)
        self._bottle_rgb = rows(bottles[picked])
        self.silenced = (l, h) in tr.knockout  # the followed head: every alchemist on the stage is his
        self._flask_rgb = (SILENCED_RGB,) * S if self.silenced else rows(facts.flask_rgb(l, h)[picked])
        self._heads_rgb = tuple(rows(per_head) for per_head in facts.heads_rgb(l)[picked])
        self._knocked = frozenset(hd for (ly, hd) in tr.knockout if ly == l)

        # the crate: every word without a station, pouring their summed share in their share-weighted colour
        in_crate = np.ones(n, dtype=bool)
        in_crate[list(shown)] = False
        self._crate_words = int(in_crate.sum())
        self._crate_share = float(row[in_crate].sum())
        if self._crate_share > 0:
            mixed = (row[in_crate, None] * bottles[in_crate]).sum(0) / self._crate_share
            self._crate_rgb = tuple(float(c) for c in mixed)
        else:
            self._crate_rgb = GREY

        self._share = tuple(float(row[j]) for j in shown)
        labels = share_labels([*self._share, self._crate_share] if lay.gathered else self._share)
        self._share_label = tuple(labels[:S])
        self._crate_label = labels[S] if lay.gathered else ""
        self._tenths = percent_tenths(row)
        self._masked = tuple(bool(tr.mask and j > i) for j in shown)
        scores = shown_scores(tr, l, h, i)[list(shown)]
        self._score_label = tuple(fmt_number(s, 1) for s in scores)
        lo, hi = float(scores.min()), float(scores.max())
        self._match = tuple(float((s - lo) / (hi - lo)) if hi > lo else 1.0 for s in scores)
        recipes, tags = facts.glyphs(l, h)
        self._recipe, self._tag = rows(recipes[picked]), rows(tags[picked])
        att = tr.attention[l, h]
        self._top_source = []  # (slot or CRATE, share) of the bottle each word pours most from
        for j in shown:
            src = int(np.argmax(att[j]))
            slot = lay.slot_of(src)
            self._top_source.append((CRATE if slot is None else slot, float(att[j, src])))
        reach = ([CRATE] if self._crate_share > 0 else []) + [k for k in range(S)
                                                               if not self._masked[k] and self._share[k] > 0]
        self._pour_order = {key: r for r, key in enumerate(reach)}

        # the rope: the followed word's, or an earlier word's when nothing comes after the followed one
        self._rope_kind, rope_word = self._rope_of(lay)
        self._rope_word = rope_word
        self._rope_slot = None if rope_word is None else lay.slot_of(rope_word)
        self._roped = tuple(rope_word is not None and j > rope_word for j in shown)

        self._jar_pre = rows(facts.jar_pre(l, shown))
        self._jar_mid = rows(facts.jar_mid(l, shown))
        self._jar_post = tuple(rows(floor) for floor in facts.jar_post(shown))
        colour = facts.colour
        self._attn_out_rgb = tuple(colour(tr.attn_out[l, i], l).tolist())
        self._mlp_out_rgb = tuple(colour(tr.mlp_out[l, i], l).tolist())

        acts = np.asarray(tr.mlp_hidden[l, i], dtype=np.float64)
        top = np.argsort(-acts, kind="stable")[:N_NEURONS]
        peak = max(float(acts[top[0]]), 1e-9)
        self._neurons = tuple(max(0.0, float(acts[k]) / peak) for k in top)
        self._neuron_labels = tuple(f"#{int(k)}" for k in top)

        self._guesses = tuple(f"{w} {fmt_whole_percent(p)}" for w, p in facts.lens_top())  # short: fits the card
        self._predictions = facts.predictions(N_BARS)
        self._badges = tuple(str(j) if tr.positional else "" for j in shown)
        # a long text's stations jump through the text: with the badges off, their places are still written down
        self._places = tuple(str(j) if lay.gathered and not tr.positional else "" for j in shown)

        # geometry that does not move
        fs = lay.focus_slot
        self._flask_x = tuple(L.flask_x(lay, k) for k in range(S))
        self._team = L.team_slots(lay, self.n_head)
        self._hue = tuple(L.head_hue(hd) for hd in range(self.n_head))
        self._vessel_xy = (lay.xs[fs], L.REACTION_Y)
        self._reach_y = tuple(L.REACH_TOP + (L.REACH_BOTTOM - L.REACH_TOP) * k / max(1, S - 1) for k in range(S))
        self._left, self._right = lay.left, lay.right
        self._order = tuple(k / max(1, S - 1) for k in range(S))
        self._reach_x1 = tuple(lay.station_right(k) if tr.mask else self._right for k in range(S))
        self._steps = self.n_layer - 1 - self.layer  # floors still to climb in "Again!"
        self._situation_and_values()

    def _rope_of(self, lay) -> tuple[str, int | None]:
        n, i = self.n, self.focus
        if not self.trace.mask:
            return "off", None
        if n == 1:
            return "single", None
        if i < n - 1:
            return ("first" if i == 0 else "focus"), i
        earlier = [k for k in range(lay.focus_slot) if lay.full[k]] or list(range(lay.focus_slot))
        return "example", lay.shown[earlier[(len(earlier) - 1) // 2]]

    def _situation_and_values(self) -> None:
        tr, l, h, i = self.trace, self.layer, self.head, self.focus
        lay = self.layout
        poured = (l, h, i) in tr.switches.poured()
        reach = i + 1 if tr.mask else self.n
        spread = spread_of(self._row, reach)
        others = sorted(k for k in tr.knockout if k[0] != l)
        order = tuple(tr.order) if tr.order is not None else tuple(range(self.n))
        shuffled = tr.switches.shuffle_seed is not None and order != tuple(range(self.n))
        self.situation = Situation(
            spread=spread, rope=self._rope_kind, poured=poured, silenced=self.silenced,
            knocked_here=bool(self._knocked), knocked_elsewhere=bool(others), shuffled=shuffled,
            positional=tr.positional, temperature=float(tr.temperature), gathered=lay.gathered,
            floors="single" if self.n_layer == 1 else "climb" if self._steps > 0 else "top")
        best = int(np.argmax(self._row))
        best_slot = lay.slot_of(best)
        r = self._rope_word if self._rope_word is not None else i
        self._shared = {
            "best_word": tr.tokens[best],
            "best_share": self._share_label[best_slot] if best_slot is not None else fmt_tenths(self._tenths[best]),
            "evenness": f"{spread.evenness:.2f}", "reach": str(spread.reach),
            "temperature": f"{tr.temperature:g}",
            "seed": "" if tr.switches.shuffle_seed is None else str(tr.switches.shuffle_seed),
            "rope_word": tr.tokens[r], "rope_pos": str(r),
            "hidden": str(self.n - 1 - r if self._rope_word is not None else 0),
            "knocked_here": ", ".join(f"{l}.{hd}" for hd in sorted(self._knocked)),
            "knocked_other": ", ".join(f"{a}.{b}" for a, b in others),
            "crate_words": str(self._crate_words), "crate_share": self._crate_label,
            "shown_words": str(self.n_shown), "near": str(sum(lay.full)), "brought": str(self.n_shown - sum(lay.full)),
            "below": str(self.layer),
        }

    # -- the pose ---------------------------------------------------------------------------------------
    def pose(self, t: float) -> StagePose:
        t = min(max(float(t), 0.0), self.duration)
        u = {b.name: b.progress(t) for b in self.beats}
        beat = self.beat_at(t)
        lift, jar_floor, climb_dy, climb_alpha = self._climb(u)
        frame = _Frame(u, self._pour_fill(u), self._rope_kind == "example")
        stations = tuple(self._station(k, u, frame, jar_floor) for k in range(self.n_shown))
        focused = stations[self.layout.focus_slot]
        return StagePose(
            t=t, beat=beat.name, progress=u[beat.name], layer=self.layer, head=self.head, focus=self.focus,
            stations=stations, heads=self._heads(u), streams=self._streams(u), rope=self._rope(u, frame),
            vessel=self._vessel(u), cauldron=self._cauldron(u, t),
            floors=FloorsPose(count=self.n_layer, current=lift, guesses=self._guesses,
                              guess_alpha=self._guess_alpha(u, lift), alpha=ramp(u["setup"], 0.0, 0.2),
                              picked=self.layer, climb_alpha=ramp(u["blocks"], 0.0, 0.1) if self._steps else 0.0),
            match_alpha=ramp(u["match"], 0.35, 0.3) * (1.0 - ramp(u["mask"], 0.0, 0.25)),
            shelf_alpha=1.0 - 0.45 * ramp(u["prediction"], 0.0, 0.15),
            bars=self._bars(u), bars_alpha=ramp(u["prediction"], 0.05, 0.1), blank=self._blank(u),
            crate=self._crate(u, frame), spot=self._spot(u),
            silenced_alpha=focused.alchemist_alpha if self.silenced else 0.0,
            poured_alpha=focused.alchemist_alpha * ramp(u["softmax"], 0.0, 0.1) * (1.0 - ramp(u["parallel"], 0.0, 0.2))
            if self.situation.poured else 0.0,
            climb_dy=climb_dy, climb_alpha=climb_alpha,
        )

    def _station(self, k: int, u: dict, f: "_Frame", jar_floor: int | None) -> StationPose:
        lay = self.layout
        focused = k == lay.focus_slot
        order = self._order[k]
        alpha = ramp(u["setup"], 0.05 + 0.45 * order, 0.2)

        # the number over the bottle: score (match), −∞ once roped off (mask), share (softmax, pour)
        number, number_alpha, share = "", 0.0, 0.0
        if f.numbers:
            number = self._score_label[k]
            number_alpha = ramp(u["match"], 0.2 + 0.3 * order, 0.15) * f.number_fade
            if f.roped and self._roped[k]:
                number = "−∞"
            else:
                number_alpha *= 1.0 - f.others_hide
            if f.shares:
                number, share = self._share_label[k], self._share[k]

        if focused:
            fill, rgb = f.pour
            flask_alpha = f.flask_alpha
            alchemist_alpha = alpha * (1.0 - f.heads_on)
        else:
            fill, rgb = f.others_fill, self._flask_rgb[k]
            flask_alpha = 0.85 * f.flask_alpha
            alchemist_alpha = alpha * (1.0 - 0.8 * f.heads_on)

        return StationPose(
            index=lay.shown[k], word=self._words[k], x=lay.xs[k], width=lay.widths[k], scale=lay.scales[k],
            alpha=alpha, focused=focused, badge=self._badges[k], place=self._places[k], bottle_rgb=self._bottle_rgb[k],
            bottle_fill=0.8 * ramp(u["setup"], 0.15 + 0.45 * order, 0.25), tag=self._tag[k],
            tag_alpha=ramp(u["recipe"], 0.2 + 0.3 * order, 0.2), in_reach=not self._masked[k],
            dim=f.dim if self._roped[k] else 0.0,
            number=number, number_alpha=number_alpha, share=share, match=self._match[k],
            reach=ramp(u["mask"], 0.25 + 0.35 * order, 0.12) * f.reach_fade, reach_y=self._reach_y[k],
            reach_x0=self._left, reach_x1=self._reach_x1[k],
            alchemist_alpha=alchemist_alpha, recipe=self._recipe[k],
            recipe_alpha=f.recipe_focus if focused else 0.6 * ramp(u["recipe"], 0.45 + 0.3 * order, 0.2),
            flask_rgb=rgb, flask_fill=fill * f.flasks_kept, flask_alpha=flask_alpha,
            jar_rgb=self._jar_rgb(k, u, jar_floor), jar_alpha=alpha,
            heads_rgb=self._heads_rgb[k], heads_alpha=0.0 if focused else f.heads_alpha,
            silenced=self.silenced,
        )

    def _crate(self, u: dict, f: "_Frame") -> CratePose:
        lay = self.layout
        if not lay.gathered:
            return CratePose(0.0, 0.0, 0, 0.0, "", 0.0, GREY, 0.0)
        shares = f.shares and f.numbers
        return CratePose(x=lay.crate_x, width=lay.crate_w, count=self._crate_words,
                         share=self._crate_share if shares else 0.0, number=self._crate_label if shares else "",
                         number_alpha=f.number_fade if shares else 0.0, rgb=self._crate_rgb,
                         alpha=ramp(u["setup"], 0.05, 0.2))

    # pouring: bottle k starts a little after the one before; its liquid reaches the flask halfway through
    def _pour_progress(self, key: int, u: dict) -> float:
        rank = self._pour_order[key]
        count = len(self._pour_order)
        return ramp(u["pour"], 0.08 + 0.42 * rank / max(1, count - 1), 0.4)

    def _source(self, key: int) -> tuple[float, float, float, tuple]:
        """Where a stream leaves (x, top of the bottle, scale) and its colour: a station's bottle or the crate."""
        lay = self.layout
        if key == CRATE:
            return lay.crate_x, L.BOTTLE_TOP - 4, 1.0, self._crate_rgb
        return lay.xs[key], L.BOTTLE_TOP - 4 * lay.scales[key], lay.scales[key], self._bottle_rgb[key]

    def _pour_fill(self, u: dict):
        """How full the followed flask is and its colour: the mix of what has arrived so far."""
        fill, acc = 0.0, [0.0, 0.0, 0.0]
        for key in self._pour_order:
            share = self._crate_share if key == CRATE else self._share[key]
            arrived = share * ramp(2.0 * self._pour_progress(key, u) - 1.0, 0.0, 1.0)
            if arrived > 0:
                fill += arrived
                c = self._source(key)[3]
                acc[0] += arrived * c[0]
                acc[1] += arrived * c[1]
                acc[2] += arrived * c[2]
        if self.silenced:
            return fill, SILENCED_RGB
        if fill <= 0:
            return 0.0, self._flask_rgb[self.layout.focus_slot]
        return fill, (acc[0] / fill, acc[1] / fill, acc[2] / fill)

    def _streams(self, u: dict) -> tuple[StreamPose, ...]:
        lay, fs = self.layout, self.layout.focus_slot
        out = []
        if 0 < u["pour"] < 1:
            for key in self._pour_order:
                p = self._pour_progress(key, u)
                if 0 < p < 1:
                    share = self._crate_share if key == CRATE else self._share[key]
                    out.append(self._pour_stream(self.n_shown if key == CRATE else key, key, fs, p, share))
        elif 0 < u["parallel"] < 1:
            p = ramp(u["parallel"], 0.1, 0.6)
            if 0 < p < 1:
                for w in range(self.n_shown):
                    src, volume = self._top_source[w]
                    out.append(self._pour_stream(w, src, w, p, volume))
        elif 0 < u["residual"] < 1:
            p = ramp(u["residual"], 0.5, 0.3)
            if 0 < p < 1:
                vx, vy = self._vessel_xy
                out.append(self._flow(0, (vx + 52, vy - 44), (lay.xs[fs] + 8, L.JAR_TOP + 8), vy - 80, 12.0,
                                      self._attn_out_rgb, p, 1.0))
        elif 0 < u["ffn"] < 1:
            vx, vy = self._vessel_xy
            down = ramp(u["ffn"], 0.1, 0.2)
            if 0 < down < 1:
                out.append(self._flow(0, (lay.xs[fs] - 12, L.JAR_TOP + 6), (vx - 24, vy - 40), vy - 90, 11.0,
                                      self._jar_mid[fs], down, 1.0))
            back = ramp(u["ffn"], 0.6, 0.25)
            if 0 < back < 1:
                out.append(self._flow(1, (vx + 30, vy - 40), (lay.xs[fs] + 12, L.JAR_TOP + 8), vy - 90, 11.0,
                                      self._mlp_out_rgb, back, 1.0))
        return tuple(out)

    def _pour_stream(self, slot: int, src: int, dst: int, p: float, volume: float) -> StreamPose:
        sx, top, _, rgb = self._source(src)
        dx = self._flask_x[dst]
        lift = 30.0 + 120.0 * min(1.0, abs(dx - sx) / (L.WORK_X1 - L.WORK_X0) * 2.0)  # far bottles throw higher
        width = 1.5 + 16.0 * volume
        return self._flow(slot, (sx, top), (dx, L.FLASK_TOP + 6), max(L.STREAM_TOP, top - lift),
                          width, rgb, p, volume)

    @staticmethod
    def _flow(slot, src, dst, peak_y, width, rgb, p, volume) -> StreamPose:
        """The liquid's front runs the whole way in the first half of p, its back end in the second half."""
        return StreamPose(slot=slot, src=src, dst=dst, peak_y=peak_y, width=width, rgb=tuple(rgb),
                          head=min(1.0, 2.0 * p), tail=max(0.0, 2.0 * p - 1.0), volume=volume,
                          alpha=min(1.0, 8.0 * p, 8.0 * (1.0 - p)))

    def _rope(self, u: dict, f: "_Frame") -> RopePose:
        lay = self.layout
        shown = ramp(u["mask"], 0.45, 0.2) * (1.0 - f.rope_end)
        reach_label = ramp(u["mask"], 0.3, 0.15) * (1.0 - ramp(u["softmax"], 0.0, 0.2)) \
            if self.trace.mask and self.n_shown >= 3 else 0.0
        y = (L.BOTTLE_TOP + L.BOTTLE_BOTTOM) / 2
        if self._rope_kind == "off":  # no rope to draw: a sign says so, from the rope's beat until everyone pours
            sign = u["mask"] > 0 and u["parallel"] <= 0
            return RopePose(self._left, self._right, y, 0.0, STAGE_LABELS["no_rope"] if sign else "", "", 0.0)
        if self._rope_slot is None:  # a single word: nothing comes later
            return RopePose(self._right, self._right, y, 0.0, "", "", reach_label)
        word = self.trace.tokens[self._rope_word]
        return RopePose(lay.station_left(self._rope_slot + 1), self._right, y, shown, "", word, reach_label)

    def _spot(self, u: dict) -> SpotPose:
        if self._rope_kind != "example":
            return SpotPose(0.0, 0.0)
        alpha = ramp(u["mask"], 0.3, 0.15) * (1.0 - ramp(u["softmax"], 0.0, 0.15))
        return SpotPose(self.layout.xs[self._rope_slot], alpha)

    def _heads(self, u: dict) -> tuple[HeadPose, ...]:
        shown = ramp(u["heads"], 0.0, 0.1) * (1.0 - ramp(u["ffn"], 0.0, 0.12))
        if shown <= 0:
            return ()
        out, H = [], self.n_head
        vx, vy = self._vessel_xy
        flasks = self._heads_rgb[self.layout.focus_slot]
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
                head=hd, x=x, y=y, scale=sc, hue=self._hue[hd], silenced=silenced, chosen=hd == self.head,
                flask_rgb=flasks[hd], flask_fill=fill, alpha=shown * ramp(u["heads"], 0.05 + 0.3 * hd / H, 0.12),
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
        rgb = mix(self._jar_mid[self.layout.focus_slot], self._mlp_out_rgb, ease(ramp(u["ffn"], 0.35, 0.25)))
        return CauldronPose(x=vx, y=vy, rgb=rgb, alpha=alpha, bubble=(t * 0.8) % 1.0, neurons=glow,
                            neuron_labels=self._neuron_labels)

    def _climb(self, u: dict) -> tuple[float, int | None, float, float]:
        """"Again!": (the floor the workshop is on, the floor whose bottles the jars show (None before the
        climb), how far the workshop has sunk, its opacity).  Each floor climbed, the workshop sinks away and
        the next floor's arrives from above, its bottles as that block left them."""
        if u["blocks"] <= 0:
            return float(self.layer), None, 0.0, 1.0
        if self._steps <= 0:
            return float(self.layer), self.layer, 0.0, 1.0
        x = ramp(u["blocks"], 0.1, 0.75) * self._steps
        step = min(int(x), self._steps - 1)
        p = x - step
        if p < 0.5:
            q = ease(p / 0.5)
            return self.layer + step + ease(p), self.layer + step, L.CLIMB_DROP * q, 1.0 - 0.85 * q
        q = ease((p - 0.5) / 0.5)
        return self.layer + step + ease(p), self.layer + step + 1, -L.CLIMB_DROP * (1.0 - q), 0.15 + 0.85 * q

    def _guess_alpha(self, u: dict, floor: float) -> tuple[float, ...]:
        if u["blocks"] <= 0:
            return (0.0,) * self.n_layer
        on = ramp(u["blocks"], 0.0, 0.1)
        return tuple(on * min(1.0, max(0.0, floor - k + 1.0)) for k in range(self.n_layer))

    def _jar_rgb(self, k: int, u: dict, jar_floor: int | None):
        """The word's own bottle: the residual stream, updated by the group reaction, the chemistry, the floors."""
        if jar_floor is not None:
            return self._jar_post[jar_floor][k]
        first = k == self.layout.focus_slot
        res = ramp(2.0 * ramp(u["residual"], 0.5, 0.3) - 1.0, 0.0, 1.0) if first else ramp(u["residual"], 0.85, 0.15)
        rgb = mix(self._jar_pre[k], self._jar_mid[k], res)
        chem = ramp(2.0 * ramp(u["ffn"], 0.6, 0.25) - 1.0, 0.0, 1.0) if first else ramp(u["ffn"], 0.88, 0.12)
        return mix(rgb, self._jar_post[self.layer][k], chem)

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
