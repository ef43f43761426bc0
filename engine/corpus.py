"""The bundled model's training text: a seeded grammar of short sentences about people, places and feelings.

Every sentence ends in a word that the earlier words decide, and the deciding words are several positions back,
so the model has to learn attention to get it right — which is what the stage shows:

* feeling   "Sarah lies still on the bed, feeling tired."   The feeling depends on the verb *and* on what follows
            it: "lies still on the bed" -> tired, "lies to her mother" -> guilty, "talks to her mother" -> calm,
            "jumps on the bed" -> excited. Many frames end in ", feeling", so "feeling" alone decides nothing.
* gift      "Tom gave his sister the soup, and it was hot."  "it" is the thing given, not the person.
* animal    "The cat found the soup, and it meowed."          here "it" is the animal, not the thing.
* agreement "The keys to the old cabinet are ..."             the verb agrees with the first noun across a gap.
* pronoun   "Sarah walks to the park with her dog."           his/her agrees with the name at the start.

A slice of the combinations (name x action x object, noun x preposition x noun, ...) is held out: no training
sentence contains one, so the held-out sentences test whether the model learnt the rules or the sentences.
The story's own example sentences are held out too.

Words are tokens: a sentence is a tuple of words that the engine's word-level tokenizer (whitespace and
punctuation split) reproduces exactly from the sentence's text.
"""
from __future__ import annotations

import random
import zlib
from dataclasses import dataclass

FEMALE_NAMES = ("Sarah", "Emma", "Lily", "Anna", "Mia", "Grace", "Lucy", "Sophie")
MALE_NAMES = ("Tom", "Jack", "Ben", "Leo", "Max", "Noah", "Oliver", "Adam")
NAMES = FEMALE_NAMES + MALE_NAMES

# Openings that move the rest of the sentence to other positions, so attention must find words by what they
# are, not by where they sit. None is the commonest case.
PREFIXES = ((), ("Today", ","), ("Later", ","), ("At", "night", ","), ("After", "school", ","),
            ("After", "dinner", ","), ("In", "the", "morning", ","))
PREFIX_WEIGHTS = (4, 1, 1, 1, 1, 1, 1)

# -- feeling ------------------------------------------------------------------------------------------------
# A feeling set lists its words likeliest first: the first word must win, the others share the rest.
TIRED = (("tired", "sleepy", "exhausted"), (0.6, 0.25, 0.15))
WORRIED = (("worried", "anxious"), (0.65, 0.35))
EXCITED = (("excited", "playful"), (0.7, 0.3))
HAPPY = (("happy", "joyful"), (0.7, 0.3))
LONELY = (("lonely", "bored"), (0.65, 0.35))
GUILTY = (("guilty", "ashamed"), (0.7, 0.3))
RELIEVED = (("relieved",), (1.0,))
ANGRY = (("angry", "annoyed"), (0.65, 0.35))
CALM = (("calm", "relaxed"), (0.65, 0.35))

PLACES = ("bed", "sofa", "couch", "grass", "floor", "sand")
PEOPLE = ("mother", "father", "teacher", "friend", "brother", "sister", "coach", "boss", "neighbour", "doctor")

# action -> (its words, what follows it, the feeling it leads to). "lies" has two meanings: resting (followed by
# still/quietly/down/awake and a place) and not telling the truth (followed by "to" and a person).
PLACE_ACTIONS = {
    "lies still": (("lies", "still"), TIRED),
    "lies quietly": (("lies", "quietly"), TIRED),
    "lies down": (("lies", "down"), TIRED),
    "rests": (("rests",), TIRED),
    "lies awake": (("lies", "awake"), WORRIED),
    "jumps": (("jumps",), EXCITED),
    "dances": (("dances",), HAPPY),
    "sits alone": (("sits", "alone"), LONELY),
}
PERSON_ACTIONS = {
    "lies to": (("lies",), GUILTY),
    "confesses to": (("confesses",), RELIEVED),
    "complains to": (("complains",), ANGRY),
    "talks to": (("talks",), CALM),
    "sings to": (("sings",), HAPPY),
}

# -- gift and animal ("it") ---------------------------------------------------------------------------------
THINGS = {
    "tea": "hot", "coffee": "hot", "soup": "hot", "cocoa": "hot",
    "milk": "cold", "juice": "cold", "lemonade": "cold", "ice": "cold",
    "cake": "sweet", "candy": "sweet", "honey": "sweet", "pie": "sweet",
    "lemon": "sour", "lime": "sour",
}
ANIMALS = {"dog": "barked", "cat": "meowed", "duck": "quacked", "cow": "mooed",
           "lion": "roared", "snake": "hissed", "horse": "neighed", "owl": "hooted"}
FINDING_VERBS = ("found", "saw", "smelled")

# -- agreement ----------------------------------------------------------------------------------------------
NOUNS = (("key", "keys"), ("box", "boxes"), ("book", "books"), ("door", "doors"), ("lamp", "lamps"),
         ("cup", "cups"), ("bag", "bags"), ("cabinet", "cabinets"))
PREPOSITIONS = ("to", "near", "behind", "under", "by")
ADJECTIVES = ("old", "small", "big", "red", "blue", "new")
PREDICATES = ("here", "lost", "heavy", "open", "broken", "clean", "locked", "gone")

# -- pronoun ------------------------------------------------------------------------------------------------
GOING_VERBS = ("walks", "runs", "goes")
DESTINATIONS = ("park", "school", "market", "river", "beach", "library", "shop")
COMPANIONS = ("dog", "friend", "bike", "brother", "sister", "father", "mother", "cat")

PATTERNS = {
    "feeling": "the feeling after ', feeling' depends on the verb and on the place or person after it "
               "('lies still on the bed' -> tired, 'lies to her mother' -> guilty)",
    "gift": "'it was' refers to the thing given, not the person: tea/soup -> hot, milk/ice -> cold, cake -> sweet",
    "animal": "'and it' refers to the animal, not the thing it found: dog -> barked, cat -> meowed",
    "agreement": "is/are agrees with the first noun across a gap ('The keys to the old cabinet are')",
    "pronoun": "his/her agrees with the name at the start ('Sarah walks to the park with her')",
}
PATTERN_WEIGHTS = {"feeling": 0.42, "gift": 0.16, "animal": 0.12, "agreement": 0.18, "pronoun": 0.12}

HELD_OUT_PERCENT = 8  # share of each pattern's combinations that no training sentence uses


@dataclass(frozen=True)
class Sentence:
    words: tuple[str, ...]  # tokens, exactly as the word-level tokenizer splits the text
    answer_at: int  # index of the word that the earlier words decide
    answers: frozenset  # the words acceptable at answer_at
    pattern: str
    combo: tuple  # the combination this sentence uses; held-out combinations never reach training

    @property
    def text(self) -> str:
        return detokenize(self.words)

    @property
    def prompt(self) -> str:
        """The sentence up to (not including) the answer: what the model is asked to continue."""
        return detokenize(self.words[: self.answer_at])

    @property
    def answer(self) -> str:
        return self.words[self.answer_at]


@dataclass(frozen=True)
class StoryCheck:
    """A sentence the story uses, and what the bundled model must say next."""

    prompt: str
    answers: frozenset  # top-1 must be one of these
    top1: str | None = None  # ...and exactly this one, when set
    min_mass: float = 0.0  # the answers together must get at least this probability


STORY_CHECKS = (
    StoryCheck("Sarah lies still on the bed, feeling", frozenset(TIRED[0]), top1="tired", min_mass=0.8),
    StoryCheck("Tom lies to his mother, feeling", frozenset(GUILTY[0])),
    StoryCheck("Sarah lies to her mother, feeling", frozenset(GUILTY[0])),
    StoryCheck("Tom lies still on the bed, feeling", frozenset(TIRED[0])),
    StoryCheck("Tom talks to his mother, feeling", frozenset(CALM[0])),
    StoryCheck("Sarah jumps on the bed, feeling", frozenset(EXCITED[0])),
    StoryCheck("Tom gave his sister the soup, and it was", frozenset({"hot"})),
    StoryCheck("Tom gave his sister the lemonade, and it was", frozenset({"cold"})),
    StoryCheck("The cat found the soup, and it", frozenset({"meowed"})),
    StoryCheck("The dog found the cake, and it", frozenset({"barked"})),
    StoryCheck("The keys to the old cabinet", frozenset({"are"})),
    StoryCheck("The key to the old cabinets", frozenset({"is"})),
    StoryCheck("Sarah walks to the park with", frozenset({"her"})),
    StoryCheck("Tom walks to the park with", frozenset({"his"})),
)

# The combinations behind the story sentences: held out, so the story shows sentences the model never read.
STORY_COMBOS = frozenset({
    ("feeling", "Sarah", "lies still", "bed"), ("feeling", "Tom", "lies to", "mother"),
    ("feeling", "Sarah", "lies to", "mother"), ("feeling", "Tom", "lies still", "bed"),
    ("feeling", "Tom", "talks to", "mother"), ("feeling", "Sarah", "jumps", "bed"),
    ("gift", "Tom", "sister", "soup"), ("gift", "Tom", "sister", "lemonade"),
    ("animal", "cat", "found", "soup"), ("animal", "dog", "found", "cake"),
    ("agreement", "keys", "to", "cabinet"), ("agreement", "key", "to", "cabinets"),
    ("pronoun", "Sarah", "walks", "park"), ("pronoun", "Tom", "walks", "park"),
})


def detokenize(words) -> str:
    """Readable text whose word-level tokens are ``words``: no space before a comma or full stop."""
    text = ""
    for w in words:
        text += w if (w in (",", ".") or not text) else " " + w
    return text


def possessive(name: str) -> str:
    return "her" if name in FEMALE_NAMES else "his"


# -- combinations -------------------------------------------------------------------------------------------
def combos(pattern: str) -> list[tuple]:
    """Every combination of a pattern's key words, each a tuple that starts with the pattern's name."""
    if pattern == "feeling":
        return ([("feeling", n, a, p) for n in NAMES for a in PLACE_ACTIONS for p in PLACES]
                + [("feeling", n, a, p) for n in NAMES for a in PERSON_ACTIONS for p in PEOPLE])
    if pattern == "gift":
        return [("gift", n, p, t) for n in NAMES for p in PEOPLE for t in THINGS]
    if pattern == "animal":
        return [("animal", a, v, t) for a in ANIMALS for v in FINDING_VERBS for t in THINGS]
    if pattern == "agreement":
        return [("agreement", head, prep, other)
                for i, pair in enumerate(NOUNS) for head in pair for prep in PREPOSITIONS
                for j, other_pair in enumerate(NOUNS) if j != i for other in other_pair]
    if pattern == "pronoun":
        return [("pronoun", n, v, d) for n in NAMES for v in GOING_VERBS for d in DESTINATIONS]
    raise ValueError(f"unknown pattern {pattern!r}")


def is_held_out(combo: tuple) -> bool:
    """A fixed, seed-independent choice: the same combinations are held out in every corpus."""
    if combo in STORY_COMBOS:
        return True
    return zlib.crc32("|".join(combo).encode()) % 100 < HELD_OUT_PERCENT


# -- sentences ----------------------------------------------------------------------------------------------
def _weighted(rng: random.Random, choices) -> str:
    words, weights = choices
    return rng.choices(words, weights)[0]


def _opening(rng: random.Random, first_word: str) -> tuple[str, ...]:
    """A random opening and the sentence's first word ("The" becomes "the" after an opening)."""
    prefix = rng.choices(PREFIXES, PREFIX_WEIGHTS)[0]
    if prefix and first_word == "The":
        first_word = "the"
    return prefix + (first_word,)


def _sentence(pattern, combo, before: tuple, answers, answer: str, after: tuple = (".",)) -> Sentence:
    return Sentence(before + (answer,) + after, len(before), frozenset(answers), pattern, combo)


def make_sentence(combo: tuple, rng: random.Random) -> Sentence:
    """One sentence using ``combo``; the words the combination leaves open are drawn from ``rng``."""
    pattern = combo[0]
    if pattern == "feeling":
        _, name, action, obj = combo
        if action in PLACE_ACTIONS:
            verb, feeling = PLACE_ACTIONS[action]
            middle = verb + ("on", "the", obj)
        else:
            verb, feeling = PERSON_ACTIONS[action]
            middle = verb + ("to", possessive(name), obj)
        before = _opening(rng, name) + middle + (",", "feeling")
        return _sentence(pattern, combo, before, feeling[0], _weighted(rng, feeling))
    if pattern == "gift":
        _, name, person, thing = combo
        before = _opening(rng, name) + ("gave", possessive(name), person, "the", thing, ",", "and", "it", "was")
        return _sentence(pattern, combo, before, {THINGS[thing]}, THINGS[thing])
    if pattern == "animal":
        _, animal, verb, thing = combo
        before = _opening(rng, "The") + (animal, verb, "the", thing, ",", "and", "it")
        return _sentence(pattern, combo, before, {ANIMALS[animal]}, ANIMALS[animal])
    if pattern == "agreement":
        _, head, prep, other = combo
        verb = "is" if any(head == singular for singular, _ in NOUNS) else "are"
        adjective = (rng.choice(ADJECTIVES),) if rng.random() < 0.6 else ()
        before = _opening(rng, "The") + (head, prep, "the") + adjective + (other,)
        return _sentence(pattern, combo, before, {verb}, verb, (rng.choice(PREDICATES), "."))
    if pattern == "pronoun":
        _, name, verb, place = combo
        before = _opening(rng, name) + (verb, "to", "the", place, "with")
        pronoun = possessive(name)
        return _sentence(pattern, combo, before, {pronoun}, pronoun, (rng.choice(COMPANIONS), "."))
    raise ValueError(f"unknown pattern {pattern!r}")


# -- the corpus ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Corpus:
    seed: int
    train: tuple[Sentence, ...]
    held_out: tuple[Sentence, ...]  # one or more sentences for every held-out combination
    vocabulary: tuple[str, ...]  # every word the grammar can write, in a fixed order


def vocabulary() -> tuple[str, ...]:
    """All words of the grammar, in a fixed order (sentences of every combination, then the free words)."""
    words: dict[str, None] = {}
    rng = random.Random(0)
    for prefix in PREFIXES:
        words.update(dict.fromkeys(prefix))
    for pattern in PATTERNS:
        for combo in combos(pattern):
            words.update(dict.fromkeys(make_sentence(combo, rng).words))
    for group in (TIRED, WORRIED, EXCITED, HAPPY, LONELY, GUILTY, RELIEVED, ANGRY, CALM):
        words.update(dict.fromkeys(group[0]))
    words.update(dict.fromkeys(("the",) + ADJECTIVES + PREDICATES + COMPANIONS))
    return tuple(words)


def build_corpus(seed: int = 0, n_train: int = 48_000, held_out_per_combo: int = 2) -> Corpus:
    """A deterministic corpus for ``seed``: the training sentences and the held-out test sentences."""
    rng = random.Random(seed)
    allowed = {p: [c for c in combos(p) if not is_held_out(c)] for p in PATTERNS}
    names, weights = list(PATTERN_WEIGHTS), list(PATTERN_WEIGHTS.values())
    train = tuple(make_sentence(rng.choice(allowed[rng.choices(names, weights)[0]]), rng) for _ in range(n_train))
    test_rng = random.Random(f"held-out-{seed}")  # independent of n_train
    held_out = tuple(make_sentence(c, test_rng)
                     for p in PATTERNS for c in combos(p) if is_held_out(c) for _ in range(held_out_per_combo))
    return Corpus(seed, train, held_out, vocabulary())


__all__ = ["Sentence", "StoryCheck", "Corpus", "STORY_CHECKS", "PATTERNS", "build_corpus", "vocabulary",
           "combos", "is_held_out", "make_sentence", "detokenize", "possessive"]
