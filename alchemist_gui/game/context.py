"""What every challenge is built from: the runs of one model on one sentence, and the model's description."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from engine import Switches

from .model_info import ModelInfo
from .runs import Runs


def default_budget(info: ModelInfo) -> int:
    """Most engine runs one search may make: a small model runs in milliseconds, a GPT-2 small in tens of them."""
    return 320 if info.n_heads_total <= 48 else 120


@dataclass
class Context:
    runs: Runs
    info: ModelInfo
    sentence: str
    presets: tuple = ()  # other sentences (the app's or the model's presets), for challenges that compare
    budget: int = 0  # 0: default_budget(info)
    shuffle_seed: int = 7  # the shuffle the order-blind challenge makes (any seed: the engine records the order)
    notes: list = field(default_factory=list)

    def __post_init__(self):
        if not self.budget:
            self.budget = default_budget(self.info)

    @cached_property
    def base(self):
        """The sentence run with every switch at its default: what most questions are about."""
        return self.runs(self.sentence, Switches())
