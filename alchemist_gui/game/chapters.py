"""The chapter map, in the essay's order: each chapter replays a few story beats, then poses its challenges."""
from __future__ import annotations

from dataclasses import dataclass

from .texts import CHAPTER_TITLES


@dataclass(frozen=True)
class Chapter:
    id: str
    beats: tuple[str, ...]  # names from alchemist_gui.story.BEATS, replayed before the challenges
    kinds: tuple[str, ...]  # its challenges, in order

    @property
    def title(self) -> str:  # English source; translated in the "game" context
        return CHAPTER_TITLES[self.id]

    @property
    def challenge_ids(self) -> tuple[str, ...]:
        return tuple(f"{self.id}.{kind}" for kind in self.kinds)


CHAPTERS = (
    Chapter("setup", ("setup",), ("play_gpt",)),
    Chapter("recipe", ("recipe", "match"), ("best_match",)),
    Chapter("pouring", ("pour", "parallel"), ("call_pour", "pour_by_hand")),
    Chapter("picky", ("softmax",), ("pickiness",)),
    Chapter("rope", ("mask",), ("rope",)),
    Chapter("order", ("setup", "parallel"), ("order_blind",)),
    Chapter("heads", ("heads", "residual"), ("saboteur", "name_alchemist")),
    Chapter("again", ("ffn", "blocks"), ("when_knows",)),
    Chapter("next", ("prediction",), ("brew",)),
)

BY_ID = {c.id: c for c in CHAPTERS}


def chapter(chapter_id: str) -> Chapter:
    try:
        return BY_ID[chapter_id]
    except KeyError:
        raise KeyError(f"no chapter {chapter_id!r}; the chapters are {', '.join(BY_ID)}") from None


def split_id(challenge_id: str) -> tuple[Chapter, str]:
    """'pouring.call_pour' -> (the pouring chapter, 'call_pour'), checked."""
    chapter_id, _, kind = challenge_id.partition(".")
    ch = chapter(chapter_id)
    if kind not in ch.kinds:
        raise KeyError(f"chapter {chapter_id!r} has no challenge {kind!r}")
    return ch, kind


def all_challenge_ids() -> tuple[str, ...]:
    return tuple(i for c in CHAPTERS for i in c.challenge_ids)
