"""The bundled model's training text: seeded grammars of short English and Chinese sentences.

Every sentence ends in a token that the earlier tokens decide, usually several positions back, so the model has
to learn attention to get it right — which is what the stage shows. The patterns live in patterns_en.py and
patterns_zh.py (their words in world_en.py and world_zh.py); this module picks from them:

* A slice of each pattern's combinations (name x action x place, noun x number, ...) is held out: no training
  sentence contains one, so the held-out sentences test whether the model learnt the rules or the sentences.
  The story's own sentences are held out too.
* ``build_corpus(seed, patterns=...)`` draws the training sentences from the chosen patterns only — leave out
  "lies_to" and the model never reads the other meaning of "lies".
* ``vocabulary()`` is every token the grammars can write, in a fixed order, whatever the patterns chosen, so all
  models trained here share one tokenizer.
"""
from __future__ import annotations

import random
import zlib
from dataclasses import dataclass
from functools import lru_cache

from . import patterns_en, patterns_zh, world_en, world_zh
from .grammar import Pattern, Sentence, detokenize, is_cjk  # noqa: F401  (Sentence, detokenize: re-exported)

PATTERNS: dict[str, Pattern] = {p.name: p for p in patterns_en.PATTERNS + patterns_zh.PATTERNS}
LANGUAGES = ("en", "zh")

HELD_OUT_PERCENT = 8  # share of each pattern's combinations that no training sentence uses
HELD_OUT_PER_PATTERN = 160  # held-out sentences kept per pattern (a fixed choice among its held-out combinations)


@dataclass(frozen=True)
class StoryCheck:
    """A sentence the story uses, and what the bundled model must say next."""

    prompt: str
    answers: frozenset  # top-1 must be one of these
    top1: str | None = None  # ...and exactly this one, when set
    min_mass: float = 0.0  # the answers together must get at least this probability

    @property
    def language(self) -> str:
        return "zh" if any(is_cjk(c) for c in self.prompt) else "en"


def _firsts(feeling) -> frozenset:
    return frozenset(word[0] for word in feeling[0])


STORY_CHECKS = (
    StoryCheck("Sarah lies still on the bed, feeling", frozenset(world_en.TIRED[0]), top1="tired", min_mass=0.8),
    StoryCheck("Tom lies to his mother, feeling", frozenset(world_en.GUILTY[0]), top1="guilty"),
    StoryCheck("Sarah lies to her mother, feeling", frozenset(world_en.GUILTY[0])),
    StoryCheck("Tom lies still on the bed, feeling", frozenset(world_en.TIRED[0])),
    StoryCheck("Tom talks to his mother, feeling", frozenset(world_en.CALM[0])),
    StoryCheck("Sarah jumps on the bed, feeling", frozenset(world_en.EXCITED[0])),
    StoryCheck("Tom gave his sister the soup, and it was", frozenset({"hot"})),
    StoryCheck("Tom gave his sister the lemonade, and it was", frozenset({"cold"})),
    StoryCheck("The cat found the soup, and it", frozenset({"meowed"})),
    StoryCheck("The dog found the cake, and it", frozenset({"barked"})),
    StoryCheck("The keys to the old cabinet", frozenset({"are"})),
    StoryCheck("The key to the old cabinets", frozenset({"is"})),
    StoryCheck("Sarah walks to the park with", frozenset({"her"})),
    StoryCheck("Tom walks to the park with", frozenset({"his"})),
    StoryCheck("Tom is taller than Sarah, so the taller one is", frozenset({"Tom"})),
    StoryCheck("Sarah is taller than Tom, so the taller one is", frozenset({"Sarah"})),
    StoryCheck("Sarah is older than Tom, so the older one is", frozenset({"Sarah"})),
    StoryCheck("Sarah静静地躺在床上，感觉", _firsts(world_zh.TIRED), top1="累", min_mass=0.8),
    StoryCheck("Tom对他妈妈撒谎，感觉", _firsts(world_zh.GUILTY), top1="内", min_mass=0.8),
    StoryCheck("Tom给了他妹妹一碗汤，它很", frozenset({"热"})),
    StoryCheck("那只猫找到了汤，它", frozenset({"喵"})),
    StoryCheck("Sarah有很多书，她给了我两", frozenset({"本"})),
    StoryCheck("Tom比Sarah高，所以高的那个是", frozenset({"Tom"})),
    StoryCheck("Sarah比Tom高，所以高的那个是", frozenset({"Sarah"})),
)

# A Chinese word is several tokens: after its first character the model must go on with the rest of it.
WORD_CHECKS = (
    StoryCheck("Sarah静静地躺在床上，感觉疲", frozenset({"惫"})),
    StoryCheck("Tom对他妈妈撒谎，感觉内", frozenset({"疚"})),
)

# The combinations behind the story sentences: held out, so the story shows sentences the model never read.
STORY_COMBOS = frozenset({
    ("rest", "Sarah", "lies still", "bed"), ("lies_to", "Tom", "mother"), ("lies_to", "Sarah", "mother"),
    ("rest", "Tom", "lies still", "bed"), ("feeling", "Tom", "talks to", "mother"),
    ("feeling", "Sarah", "jumps", "bed"), ("gift", "Tom", "sister", "soup"), ("gift", "Tom", "sister", "lemonade"),
    ("animal", "cat", "found", "soup"), ("animal", "dog", "found", "cake"),
    ("agreement", "keys", "to", "cabinet"), ("agreement", "key", "to", "cabinets"),
    ("pronoun", "Sarah", "walks", "park"), ("pronoun", "Tom", "walks", "park"),
    ("order", "Tom", "Sarah", "taller", "taller"), ("order", "Sarah", "Tom", "taller", "taller"),
    ("order", "Sarah", "Tom", "older", "older"),
    ("zh_rest", "Sarah", "静静地躺", "床"), ("zh_lie", "Tom", "妈妈"), ("zh_gift", "Tom", "妹妹", "汤"),
    ("zh_animal", "猫", "找到了", "汤"), ("zh_measure", "书", "Sarah"),
    ("zh_order", "Tom", "Sarah", "高", "高"), ("zh_order", "Sarah", "Tom", "高", "高"),
})


def language_of(pattern: str) -> str:
    return PATTERNS[pattern].language


def check_patterns(names) -> tuple[str, ...]:
    """The chosen pattern names in registry order; ValueError naming an unknown one."""
    if names is None:
        return tuple(PATTERNS)
    chosen = set(names)
    unknown = sorted(chosen - set(PATTERNS))
    if unknown:
        raise ValueError(f"unknown pattern {unknown[0]!r}")
    if not chosen:
        raise ValueError("no pattern chosen")
    return tuple(p for p in PATTERNS if p in chosen)


def combos(pattern: str) -> list[tuple]:
    """Every combination of a pattern's key words, each a tuple that starts with the pattern's name."""
    if pattern not in PATTERNS:
        raise ValueError(f"unknown pattern {pattern!r}")
    return PATTERNS[pattern].combos()


def is_held_out(combo: tuple) -> bool:
    """A fixed, seed-independent choice: the same combinations are held out in every corpus."""
    if combo in STORY_COMBOS:
        return True
    return zlib.crc32("|".join(map(str, combo)).encode()) % 100 < HELD_OUT_PERCENT


def make_sentence(combo: tuple, rng: random.Random) -> Sentence:
    """One sentence using ``combo``; the words the combination leaves open are drawn from ``rng``."""
    return PATTERNS[combo[0]].make(combo, rng)


# -- the corpus ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Corpus:
    seed: int
    patterns: tuple[str, ...]  # the patterns the training sentences come from
    train: tuple[Sentence, ...]
    held_out: tuple[Sentence, ...]  # sentences of held-out combinations of those patterns
    vocabulary: tuple[str, ...]  # every token the grammars can write, in a fixed order


def _chinese_characters() -> list[str]:
    """Every character of the Chinese lexicon (a Chinese answer is a word, but only its first character is an
    answer token, so the others are collected here)."""
    out: dict[str, None] = {}
    for value in vars(world_zh).values():
        items = value.items() if isinstance(value, dict) else value if isinstance(value, tuple) else ()
        for item in items:
            for text in (item if isinstance(item, tuple) else (item,)):
                if isinstance(text, str) and not text.isascii():
                    out.update(dict.fromkeys(text))
                elif isinstance(text, tuple):
                    out.update(dict.fromkeys(c for t in text if isinstance(t, str) and not t.isascii() for c in t))
    return list(out)


@lru_cache(maxsize=1)
def vocabulary() -> tuple[str, ...]:
    """All tokens of the grammars, in a fixed order: those of three sentences of every combination (their free
    words are drawn from short lists, so each turns up many times over), every answer they accept, and every
    character of the Chinese lexicon."""
    words: dict[str, None] = {}
    rng = random.Random("vocabulary")
    for pattern in PATTERNS.values():
        for combo in pattern.combos():
            for _ in range(3):
                sentence = pattern.make(combo, rng)
                words.update(dict.fromkeys(sentence.words))
                words.update(dict.fromkeys(sorted(sentence.answers)))
    words.update(dict.fromkeys(_chinese_characters()))
    return tuple(words)


def _held_out_combos(pattern: str) -> list[tuple]:
    held = [c for c in combos(pattern) if is_held_out(c)]
    story = [c for c in held if c in STORY_COMBOS]
    rest = [c for c in held if c not in STORY_COMBOS]
    random.Random(f"held-out-choice-{pattern}").shuffle(rest)
    return story + rest[: max(0, HELD_OUT_PER_PATTERN // 2 - len(story))]


@lru_cache(maxsize=4)
def held_out_sentences(seed: int = 0) -> tuple[Sentence, ...]:
    """Sentences of the held-out combinations kept, of every pattern (independent of training): two for each
    combination, or up to six when a pattern has few of them."""
    rng = random.Random(f"held-out-{seed}")
    out = []
    for p in PATTERNS:
        chosen = _held_out_combos(p)
        each = max(2, min(6, HELD_OUT_PER_PATTERN // max(1, len(chosen))))
        out.extend(make_sentence(c, rng) for c in chosen for _ in range(each))
    return tuple(out)


def build_corpus(seed: int = 0, n_train: int = 120_000, patterns=None) -> Corpus:
    """A deterministic corpus for ``seed``: training sentences from ``patterns`` (default: all), and the held-out
    sentences of those patterns."""
    chosen = check_patterns(patterns)
    rng = random.Random(seed)
    allowed = {p: [c for c in combos(p) if not is_held_out(c)] for p in chosen}
    weights = [PATTERNS[p].weight for p in chosen]
    picks = rng.choices(chosen, weights, k=n_train)
    train = tuple(make_sentence(rng.choice(allowed[p]), rng) for p in picks)
    held_out = tuple(s for s in held_out_sentences(seed) if s.pattern in chosen)
    return Corpus(seed, chosen, train, held_out, vocabulary())


__all__ = ["PATTERNS", "LANGUAGES", "STORY_CHECKS", "WORD_CHECKS", "STORY_COMBOS", "Corpus", "Sentence", "StoryCheck",
           "build_corpus", "check_patterns", "combos", "detokenize", "held_out_sentences", "is_held_out",
           "language_of", "make_sentence", "vocabulary"]
