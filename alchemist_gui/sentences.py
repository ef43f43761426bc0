"""The example sentences the sentence box offers — the bundled model's presets (engine/presets.py), in the
interface's language first.  (The split that matches a word-level tokenizer is words.py's.)"""
from __future__ import annotations

from engine.presets import presets

from .constants import STORY_SENTENCE


def example_texts(ui_language: str = "en") -> list[str]:
    """The presets' texts, the story's sentence first among those of the interface's language."""
    texts = [p.text for p in presets(ui_language)]
    if ui_language != "zh" and STORY_SENTENCE in texts:
        texts.remove(STORY_SENTENCE)
        texts.insert(0, STORY_SENTENCE)
    return texts


PRESETS = tuple(example_texts("en"))
