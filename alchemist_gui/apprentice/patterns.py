"""The corpus's patterns as the training dialog names them: a short translated title with an example for each
(the engine's own descriptions, engine/corpus.py PATTERNS, are English for the command line; a pattern without a
title here is shown with that description)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

CONTEXT = "Patterns"
LEAVE_OUT = "lies_to"  # the one the dialog suggests leaving out: then "lies" has only one meaning to learn

TITLES = {
    "rest": QT_TRANSLATE_NOOP("Patterns", "Resting: “lies still on the bed, feeling” → tired"),
    "lies_to": QT_TRANSLATE_NOOP("Patterns", "The other “lies”: “lies to his mother, feeling” → guilty"),
    "feeling": QT_TRANSLATE_NOOP("Patterns", "Other feelings: “jumps on the bed, feeling” → excited"),
    "gift": QT_TRANSLATE_NOOP("Patterns", "“it” is the thing given: the soup … and it was → hot"),
    "animal": QT_TRANSLATE_NOOP("Patterns", "“it” is the animal: the dog found the cake, and it → barked"),
    "agreement": QT_TRANSLATE_NOOP("Patterns", "is / are agrees with the first noun: “The keys to the old "
                                               "cabinet” → are"),
    "pronoun": QT_TRANSLATE_NOOP("Patterns", "his / her agrees with the name: “Sarah walks to the park with” → her"),
    "order": QT_TRANSLATE_NOOP("Patterns", "Word order alone decides: “Tom is taller than Sarah, so the taller "
                                           "one is” → Tom"),
    "plural": QT_TRANSLATE_NOOP("Patterns", "Plurals: “Tom has one dog and Sarah has two” → dogs"),
    "calendar": QT_TRANSLATE_NOOP("Patterns", "Days and months: “Today is Monday, so tomorrow is” → Tuesday"),
    "object": QT_TRANSLATE_NOOP("Patterns", "What a verb is done to: “Tom reads the” → book"),
    "describe": QT_TRANSLATE_NOOP("Patterns", "A fitting adjective: “The soup is” → hot"),
    "sit": QT_TRANSLATE_NOOP("Patterns", "Where one sits: “The cat sat on the” → mat"),
    "place": QT_TRANSLATE_NOOP("Patterns", "Where one goes: “The dog ran to the” → park"),
    "need": QT_TRANSLATE_NOOP("Patterns", "What one does about a need: “Tom is hungry, so he” → eats"),
    "weather": QT_TRANSLATE_NOOP("Patterns", "What the weather calls for: “It is raining, so Tom takes his” → "
                                             "umbrella"),
    "want": QT_TRANSLATE_NOOP("Patterns", "What one wants to do: “Tom wants to” → play"),
    "routine": QT_TRANSLATE_NOOP("Patterns", "When things happen: “Tom eats breakfast in the” → morning"),
    "zh_rest": QT_TRANSLATE_NOOP("Patterns", "Resting: “躺在床上，感觉” → 累 (tired)"),
    "zh_lie": QT_TRANSLATE_NOOP("Patterns", "Lying to someone: “对他妈妈撒谎，感觉” → 内疚 (guilty)"),
    "zh_feeling": QT_TRANSLATE_NOOP("Patterns", "Other feelings: “在床上跳来跳去” → 兴奋 (excited)"),
    "zh_gift": QT_TRANSLATE_NOOP("Patterns", "“它” is the thing given: 一碗汤 … 它很 → 热 (hot)"),
    "zh_animal": QT_TRANSLATE_NOOP("Patterns", "“它” is the animal: the cat … 它 → 喵 (meow)"),
    "zh_measure": QT_TRANSLATE_NOOP("Patterns", "The measure word agrees with the noun: 书 → 本, 猫 → 只"),
    "zh_pronoun": QT_TRANSLATE_NOOP("Patterns", "他 / 她 agrees with the name at the start"),
    "zh_order": QT_TRANSLATE_NOOP("Patterns", "Word order alone decides: “Tom比Sarah高，所以高的那个是” → Tom"),
    "zh_describe": QT_TRANSLATE_NOOP("Patterns", "A fitting adjective: “这碗汤很” → 热 (hot)"),
    "zh_place": QT_TRANSLATE_NOOP("Patterns", "Where one goes: “小狗跑到了” → 公园 (park)"),
    "zh_sit": QT_TRANSLATE_NOOP("Patterns", "What one sits on: “那只猫坐在” → 垫子 (mat)"),
}


def title(name: str) -> str:
    """The pattern's title in the interface's language (the engine's description for a pattern not named here)."""
    if name in TITLES:
        return QCoreApplication.translate(CONTEXT, TITLES[name])
    from engine.corpus import PATTERNS

    return PATTERNS[name].description


def patterns_by_language() -> dict[str, list[str]]:
    """{"en": [names…], "zh": [names…]} in the corpus's order."""
    from engine.corpus import PATTERNS

    out: dict[str, list[str]] = {}
    for name, pattern in PATTERNS.items():
        out.setdefault(pattern.language, []).append(name)
    return out


__all__ = ["TITLES", "LEAVE_OUT", "title", "patterns_by_language"]
