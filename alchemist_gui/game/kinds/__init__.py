"""One module per kind of challenge.  Each has:

    pose(ctx) -> Posed            build the question and its answer from real runs (raises CannotPose)
    request(challenge, guess)     the run a guess needs before it can be scored, or None
    score(challenge, guess, trace) -> Result   pure: the guess against the answer (and the run it asked for)
"""
from importlib import import_module

KINDS = ("play_gpt", "best_match", "call_pour", "pour_by_hand", "pickiness", "rope", "order_blind", "saboteur",
         "name_alchemist", "when_knows", "brew")


def kind_module(kind: str):
    if kind not in KINDS:
        raise KeyError(f"no challenge kind {kind!r}")
    return import_module(f".{kind}", __name__)
