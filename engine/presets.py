"""Sentences to offer in the app's sentence box, per language, each with the next words the bundled model gives
it (a test checks them against the model). Qt-free and torch-free.

``presets("zh")`` puts the Chinese ones first, as the app does when its interface speaks Chinese.
"""
from __future__ import annotations

from dataclasses import dataclass

from . import world_en as en, world_zh as zh


@dataclass(frozen=True)
class Preset:
    text: str
    language: str  # "en" or "zh"
    shows: str  # what the sentence is there to show (a pattern name of engine/corpus.py)
    expect: frozenset  # the bundled model's top next token is one of these


def _firsts(words) -> frozenset:
    return frozenset(w[0] for w in words)


ENGLISH = (
    Preset("Sarah lies still on the bed, feeling", "en", "rest", frozenset(en.TIRED[0])),
    Preset("Tom lies to his mother, feeling", "en", "lies_to", frozenset(en.GUILTY[0])),
    Preset("Tom is taller than Sarah, so the taller one is", "en", "order", frozenset({"Tom"})),
    Preset("Sarah is taller than Tom, so the taller one is", "en", "order", frozenset({"Sarah"})),
    Preset("Tom gave his sister the soup, and it was", "en", "gift", frozenset({"hot"})),
    Preset("The cat found the soup, and it", "en", "animal", frozenset({"meowed"})),
    Preset("The keys to the old cabinet", "en", "agreement", frozenset({"are"})),
    Preset("Sarah walks to the park with", "en", "pronoun", frozenset({"her"})),
    Preset("Tom has one dog and Sarah has two", "en", "plural", frozenset({"dogs"})),
    Preset("Today is Monday, so tomorrow is", "en", "calendar", frozenset({"Tuesday"})),
    Preset("The cat sat on the", "en", "sit", frozenset(en.SURFACES)),
    Preset("My mother is very", "en", "describe", frozenset(en.ADJ_PERSON)),
    Preset("The dog ran to the", "en", "place", frozenset(en.PLACES)),
    Preset("Tom is hungry, so he", "en", "need", frozenset({"eats"})),
    Preset("It is raining, so Tom takes his", "en", "weather", frozenset(en.WEATHER["raining"])),
    Preset("Sarah eats an", "en", "object", frozenset(en.FOOD_AN)),
)

CHINESE = (
    Preset("Sarah静静地躺在床上，感觉", "zh", "zh_rest", _firsts(zh.TIRED[0])),
    Preset("Tom对他妈妈撒谎，感觉", "zh", "zh_lie", _firsts(zh.GUILTY[0])),
    Preset("Tom比Sarah高，所以高的那个是", "zh", "zh_order", frozenset({"Tom"})),
    Preset("Sarah比Tom高，所以高的那个是", "zh", "zh_order", frozenset({"Sarah"})),
    Preset("Tom给了他妹妹一碗汤，它很", "zh", "zh_gift", frozenset({"热"})),
    Preset("那只猫找到了汤，它", "zh", "zh_animal", frozenset({"喵"})),
    Preset("Sarah有很多书，她给了我两", "zh", "zh_measure", frozenset({"本"})),
    Preset("Sarah在床上跳来跳去，感觉", "zh", "zh_feeling", _firsts(zh.EXCITED[0])),
    Preset("那只猫坐在", "zh", "zh_sit", _firsts(zh.SURFACES)),
    Preset("我妈妈很", "zh", "zh_describe", _firsts(zh.ADJ_PERSON)),
    Preset("小狗跑到了", "zh", "zh_place", _firsts(zh.PLACES)),
)


def presets(ui_language: str = "en") -> tuple[Preset, ...]:
    """Every preset, those of the interface's language first."""
    return CHINESE + ENGLISH if ui_language == "zh" else ENGLISH + CHINESE


__all__ = ["Preset", "ENGLISH", "CHINESE", "presets"]
