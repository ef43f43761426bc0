"""One input widget per kind of challenge (``make_input``); each returns its guess in the game's form."""
from __future__ import annotations

from .base import GuessInput
from .bottles import BestMatchInput, CallPourInput, PourByHandInput, RopeInput
from .reading import NameAlchemistInput, WhenKnowsInput
from .switches import OrderBlindInput, PickinessInput, SaboteurInput
from .words import BrewInput, PlayGptInput

INPUTS = {
    "play_gpt": PlayGptInput, "best_match": BestMatchInput, "call_pour": CallPourInput,
    "pour_by_hand": PourByHandInput, "pickiness": PickinessInput, "rope": RopeInput,
    "order_blind": OrderBlindInput, "saboteur": SaboteurInput, "name_alchemist": NameAlchemistInput,
    "when_knows": WhenKnowsInput, "brew": BrewInput,
}


def make_input(challenge) -> GuessInput:
    return INPUTS[challenge.kind](challenge)


__all__ = ["GuessInput", "INPUTS", "make_input"]
