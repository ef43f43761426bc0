"""The experiment switches of one run: one immutable value, from the window's controls through the worker into
the engine, and back out in the Trace that the run produced.

Torch-free, so the window can hold and compare switches before torch is loaded.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field, replace

MIN_TEMPERATURE = 0.01
MAX_TEMPERATURE = 100.0
POUR_TOLERANCE = 1e-6  # how far from 1 the shares poured by hand may add up (then they are renormalised)

Head = tuple[int, int]  # (layer, head)
PourKey = tuple[int, int, int]  # (layer, head, position of the pouring word)


@dataclass(frozen=True)
class Switches:
    """Experiments that change the real computation of one run."""

    mask: bool = True  # causal mask: a word sees only itself and earlier words (the rope)
    positional: bool = True  # add the learned position embedding (the badges)
    temperature: float = 1.0  # attention scores are divided by this before the softmax
    knockout: frozenset = field(default_factory=frozenset)  # {(layer, head)} that contribute nothing
    shuffle_seed: int | None = None  # None: the tokens in the order typed; else a seeded reordering of them
    # attention rows poured by hand: ((layer, head, position), (share per key position, ...)), sorted by key
    pour: tuple = ()

    def replace(self, **changes) -> "Switches":
        return replace(self, **changes)

    def is_default(self) -> bool:
        return self == Switches()

    def poured(self) -> dict[PourKey, tuple[float, ...]]:
        return dict(self.pour)

    def with_pour(self, key: PourKey, shares) -> "Switches":
        """These switches with one more row poured by hand (or ``shares=None`` to give it back to the model)."""
        rows = {k: v for k, v in self.pour if k != tuple(key)}
        if shares is not None:
            rows[tuple(int(x) for x in key)] = tuple(float(s) for s in shares)
        return replace(self, pour=tuple(sorted(rows.items())))

    def changes(self) -> list[str]:
        """What differs from the default run, in a few plain words (for notices and logs)."""
        out = []
        if not self.mask:
            out.append("rope off")
        if not self.positional:
            out.append("badges off")
        if self.temperature != 1.0:
            out.append(f"T = {self.temperature:g}")
        if self.knockout:
            out.append("silenced " + ", ".join(f"{l}.{h}" for l, h in sorted(self.knockout)))
        if self.shuffle_seed is not None:
            out.append("words shuffled")
        if self.pour:
            out.append("poured by hand " + ", ".join(f"{l}.{h}.{p}" for (l, h, p), _ in self.pour))
        return out


def make_switches(mask=True, positional=True, temperature=1.0, knockout=(), shuffle_seed=None, pour=None) -> Switches:
    """Switches from loose values (the CLI, keyword arguments): the types normalised, nothing checked yet.
    ``pour``: {(layer, head, position): shares} or pairs of them."""
    from .errors import InputError

    sw = Switches(mask=bool(mask), positional=bool(positional), temperature=temperature,
                  knockout=frozenset(tuple(k) if not isinstance(k, tuple) else k for k in knockout),
                  shuffle_seed=shuffle_seed)
    try:
        rows = list(pour.items() if isinstance(pour, dict) else (pour or ()))
        for key, shares in rows:
            key = _pour_key(key)
            if key in sw.poured():
                raise InputError(f"The row {pour_name(key)} is poured by hand twice; give it once.")
            if isinstance(shares, (str, bytes)):
                raise ValueError(shares)
            sw = sw.with_pour(key, shares)
    except (TypeError, ValueError):
        raise InputError("A pour by hand is written {(layer, head, position): [share, share, ...]}, with numbers "
                         f"for shares — not {pour!r}.") from None
    return sw


def _pour_key(key) -> PourKey:
    layer, head, position = key  # ValueError/TypeError when it is not three whole numbers
    if any(isinstance(x, bool) or int(x) != x for x in key):
        raise ValueError(key)
    return int(layer), int(head), int(position)


def pour_name(key: PourKey) -> str:
    return ".".join(str(x) for x in key)


def check_switches(sw: Switches, n_layer: int, n_head: int) -> Switches:
    """The same switches, validated against a model's shape; InputError with one clear line otherwise.
    (Pours by hand are checked against the sentence when the model runs: they need its length.)"""
    from .errors import InputError

    try:
        temperature = float(sw.temperature)
    except (TypeError, ValueError):
        raise InputError(f"Temperature must be a number, not {sw.temperature!r}.") from None
    if not (math.isfinite(temperature) and MIN_TEMPERATURE <= temperature <= MAX_TEMPERATURE):
        raise InputError(f"Temperature must be between {MIN_TEMPERATURE} and {MAX_TEMPERATURE:g}, not {temperature:g}.")
    heads = set()
    for item in sw.knockout:
        layer, head = _head(item)
        if not (0 <= layer < n_layer and 0 <= head < n_head):
            raise InputError(f"Head {layer}.{head} does not exist: this model has layers 0–{n_layer - 1} "
                             f"and heads 0–{n_head - 1}.")
        heads.add((layer, head))
    seed = sw.shuffle_seed
    if seed is not None and (isinstance(seed, bool) or not isinstance(seed, int) or seed < 0):
        raise InputError(f"A shuffle seed is a whole number of 0 or more, not {seed!r}.")
    pours = []
    for item in sw.pour:
        try:
            key, shares = item
            key, shares = _pour_key(key), tuple(float(s) for s in shares)
        except (TypeError, ValueError):
            raise InputError(f"A pour by hand is ((layer, head, position), (share, ...)), not {item!r}.") from None
        layer, head, _ = key
        if not (0 <= layer < n_layer and 0 <= head < n_head):
            raise InputError(f"Cannot pour by hand for head {layer}.{head}: this model has layers 0–{n_layer - 1} "
                             f"and heads 0–{n_head - 1}.")
        pours.append((key, shares))
    return replace(sw, temperature=temperature, knockout=frozenset(heads), pour=tuple(sorted(pours)))


def pour_rows(sw: Switches, n_tokens: int) -> tuple:
    """The rows poured by hand, checked against a sentence of ``n_tokens`` and ready to run: each one T shares
    long (zeros behind the rope) and renormalised to sum to exactly 1. InputError with one clear line otherwise."""
    from .errors import InputError

    rows = []
    for key, shares in sw.pour:
        name, position = pour_name(key), key[2]
        if not 0 <= position < n_tokens:
            raise InputError(f"Cannot pour by hand at position {position} ({name}): the sentence has {n_tokens} "
                             f"words, at positions 0–{n_tokens - 1}.")
        reach = position + 1 if sw.mask else n_tokens
        lengths = sorted({reach, n_tokens})
        if len(shares) not in lengths:
            allowed = " or ".join(str(n) for n in lengths)
            raise InputError(f"Pouring {name} takes {allowed} shares (one per word it can reach"
                             f"{', or one per word' if len(lengths) > 1 else ''}), not {len(shares)}.")
        for j, share in enumerate(shares):
            if not (math.isfinite(share) and share >= 0):
                raise InputError(f"A share poured by hand must be a number of 0 or more; {name} has {share:g} "
                                 f"for word {j}.")
            if j >= reach and share != 0:
                raise InputError(f"Pouring {name} puts {share:g} on word {j}, which is behind the rope (a later "
                                 f"word); only words 0–{position} can be poured from while the mask is on.")
        total = math.fsum(shares)
        if abs(total - 1.0) > POUR_TOLERANCE:
            raise InputError(f"The shares poured by hand for {name} add up to {total:.7g}, not 1 (100 %).")
        padded = [s / total for s in shares] + [0.0] * (n_tokens - len(shares))
        rows.append((tuple(key), tuple(padded)))
    return tuple(rows)


def _head(item) -> Head:
    from .errors import InputError

    try:
        layer, head = (int(x) for x in item)
    except (TypeError, ValueError):
        raise InputError(f"A knocked-out head is written layer.head, e.g. 0.1 — not {item!r}.") from None
    return layer, head


__all__ = ["Switches", "make_switches", "check_switches", "pour_rows", "pour_name", "MIN_TEMPERATURE",
           "MAX_TEMPERATURE", "POUR_TOLERANCE"]
