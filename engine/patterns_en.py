"""The English patterns of the corpus: each a family of sentences whose last word the earlier words decide.

The story's patterns (rest, lies_to, feeling, gift, animal, agreement, pronoun) look back several words for a
single right answer. The order pattern's answer depends on word order alone. The world's patterns (plural,
calendar, object, describe, sit, place, need, weather, want, routine) give a learner's own simple sentences
("The cat sat on the", "My mother is very", "The dog ran to the") a sensible kind of next word; where any word
of the right kind will do, held-out accuracy asks for the kind, not one word.
"""
from __future__ import annotations

import random
from dataclasses import dataclass

from . import world_en as w
from .grammar import Pattern, capitalised, make_sentence, weighted

LANGUAGE = "en"


# -- who does it --------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Who:
    words: tuple[str, ...]  # lower-case as inside a sentence ("my mother"); names keep their capital
    pronoun: str  # the subject pronoun that stands for it: I, you, he, she, it, we, they ("" when unsure)


_POSSESSIVE = {"I": "my", "you": "your", "he": "his", "she": "her", "it": "its", "we": "our", "they": "their"}


def possessive(who: Who | str) -> str:
    pronoun = who.pronoun if isinstance(who, Who) else ("she" if who in w.FEMALE_NAMES else "he")
    return _POSSESSIVE.get(pronoun, "their")


def _pronoun_of(gender: str) -> str:
    return {"f": "she", "m": "he"}.get(gender, "")


def name(n: str) -> Who:
    return Who((n,), "she" if n in w.FEMALE_NAMES else "he")


def person(rng: random.Random, noun: str) -> Who:
    return Who((rng.choice(("my", "the", "our", "your")), noun), _pronoun_of(w.PEOPLE.get(noun, "")))


def animal(rng: random.Random, noun: str) -> Who:
    return Who((rng.choice(("the", "the", "my", "our")), noun), "it")


PRONOUNS = ("I", "you", "he", "she", "we", "they")
PLURAL_PEOPLE = ("children", "boys", "girls", "students", "friends", "parents")


def who_for(rng: random.Random, head: str) -> Who:
    """The subject whose main word is ``head`` (a name, a person, an animal, a pronoun or a group)."""
    if head in w.NAMES:
        return name(head)
    if head in PRONOUNS:
        return Who((head,), head)
    if head in PLURAL_PEOPLE:
        return Who((rng.choice(("the", "my", "our")), head), "they")
    if head in w.ANIMALS_PLURAL:
        return animal(rng, head)
    return person(rng, head)


# who does things in the world's patterns: half the names, so pronouns and groups ("I eat", "they play") are
# common enough to teach the verbs' base forms
PERSON_HEADS = w.NAMES[::2] + tuple(w.PEOPLE) + PRONOUNS + PLURAL_PEOPLE
GENDERED_HEADS = w.NAMES + tuple(p for p, g in w.PEOPLE.items() if g)


def third_person(who: Who) -> bool:
    return who.pronoun in ("he", "she", "it", "")


def verb(base: str, who: Who, past: bool) -> str:
    third, past_form = w.VERBS[base]
    return past_form if past else (third if third_person(who) else base)


def be(who: Who, past: bool) -> str:
    if who.pronoun == "I":
        return "was" if past else "am"
    if who.pronoun in ("you", "we", "they"):
        return "were" if past else "are"
    return "was" if past else "is"


# -- openings -----------------------------------------------------------------------------------------------
# Openings move the rest of the sentence to other positions, so attention must find words by what they are,
# not by where they sit. None is the commonest case.
STORY_PREFIXES = ((), ("Today", ","), ("Later", ","), ("At", "night", ","), ("After", "school", ","),
                  ("After", "dinner", ","), ("In", "the", "morning", ","))
STORY_PREFIX_WEIGHTS = (4, 1, 1, 1, 1, 1, 1)


def _more_prefixes(rng: random.Random) -> tuple[str, ...]:
    kind = rng.randrange(6)
    if kind == 0:
        return ("On", rng.choice(w.DAYS), ",")
    if kind == 1:
        return ("In", "the", rng.choice(w.SEASONS), ",")
    if kind == 2:
        return ("In", "the", rng.choice(("afternoon", "evening")), ",")
    if kind == 3:
        return (rng.choice(("Yesterday", "Then", "Now", "Sometimes")), ",")
    if kind == 4:
        return ("Every", rng.choice(("day", "morning", "week")), ",")
    return ("One", "day", ",")


def opening(rng: random.Random, words: tuple[str, ...]) -> tuple[str, ...]:
    """A random opening, then ``words`` (capitalised when nothing comes before them)."""
    prefix = rng.choices(STORY_PREFIXES, STORY_PREFIX_WEIGHTS)[0]
    if prefix and rng.random() < 0.35:
        prefix = _more_prefixes(rng)
    return prefix + (tuple(words) if prefix else capitalised(tuple(words)))


# -- the story's patterns -----------------------------------------------------------------------------------
REST_PLACES = ("bed", "sofa", "couch", "grass", "floor", "sand")
STORY_PEOPLE = tuple(w.PEOPLE)[:10]

# action -> (its words, the feeling it leads to). "lies" has two meanings: resting (followed by
# still/quietly/down/awake and a place) and not telling the truth (followed by "to" and a person).
REST_ACTIONS = {
    "lies still": (("lies", "still"), w.TIRED),
    "lies quietly": (("lies", "quietly"), w.TIRED),
    "lies down": (("lies", "down"), w.TIRED),
    "rests": (("rests",), w.TIRED),
    "lies awake": (("lies", "awake"), w.WORRIED),
}
PLACE_ACTIONS = {
    "jumps": (("jumps",), w.EXCITED),
    "dances": (("dances",), w.HAPPY),
    "sits alone": (("sits", "alone"), w.LONELY),
}
PERSON_ACTIONS = {
    "confesses to": (("confesses",), w.RELIEVED),
    "complains to": (("complains",), w.ANGRY),
    "talks to": (("talks",), w.CALM),
    "sings to": (("sings",), w.HAPPY),
}
LIES_TO = ("lies",), w.GUILTY


def _feeling_sentence(pattern: str, combo: tuple, who: str, middle: tuple, feeling, rng):
    before = opening(rng, (who,)) + middle + (",", "feeling")
    return make_sentence(pattern, combo, before, feeling[0], weighted(rng, feeling))


def rest_combos():
    return [("rest", n, a, p) for n in w.NAMES for a in REST_ACTIONS for p in REST_PLACES]


def rest_make(combo, rng):
    _, n, action, place = combo
    words, feeling = REST_ACTIONS[action]
    return _feeling_sentence("rest", combo, n, words + ("on", "the", place), feeling, rng)


def lies_to_combos():
    return [("lies_to", n, p) for n in w.NAMES for p in STORY_PEOPLE]


def lies_to_make(combo, rng):
    _, n, p = combo
    words, feeling = LIES_TO
    return _feeling_sentence("lies_to", combo, n, words + ("to", possessive(n), p), feeling, rng)


def feeling_combos():
    return ([("feeling", n, a, p) for n in w.NAMES for a in PLACE_ACTIONS for p in REST_PLACES]
            + [("feeling", n, a, p) for n in w.NAMES for a in PERSON_ACTIONS for p in STORY_PEOPLE])


def feeling_make(combo, rng):
    _, n, action, obj = combo
    if action in PLACE_ACTIONS:
        words, feeling = PLACE_ACTIONS[action]
        middle = words + ("on", "the", obj)
    else:
        words, feeling = PERSON_ACTIONS[action]
        middle = words + ("to", possessive(n), obj)
    return _feeling_sentence("feeling", combo, n, middle, feeling, rng)


FINDING_VERBS = ("found", "saw", "smelled")


def gift_combos():
    return [("gift", n, p, t) for n in w.NAMES for p in STORY_PEOPLE for t in w.THINGS]


def gift_make(combo, rng):
    _, n, p, thing = combo
    before = opening(rng, (n,)) + ("gave", possessive(n), p, "the", thing, ",", "and", "it", "was")
    return make_sentence("gift", combo, before, {w.THINGS[thing]}, w.THINGS[thing])


def animal_combos():
    return [("animal", a, v, t) for a in w.ANIMAL_SOUNDS for v in FINDING_VERBS for t in w.THINGS]


def animal_make(combo, rng):
    _, a, v, thing = combo
    before = opening(rng, ("the", a)) + (v, "the", thing, ",", "and", "it")
    return make_sentence("animal", combo, before, {w.ANIMAL_SOUNDS[a]}, w.ANIMAL_SOUNDS[a])


AGREEMENT_NOUNS = ("key", "box", "book", "door", "lamp", "cup", "bag", "cabinet", "window", "chair", "table", "toy",
                   "shoe", "ball", "clock", "bottle")
PREPOSITIONS = ("to", "near", "behind", "under", "by")
AGREEMENT_ADJECTIVES = ("old", "small", "big", "new", "little") + w.COLOURS
PREDICATES = ("here", "lost", "heavy", "open", "broken", "clean", "locked", "gone")


def agreement_combos():
    pairs = [(s, w.THINGS_PLURAL[s]) for s in AGREEMENT_NOUNS]
    return [("agreement", head, prep, other)
            for i, pair in enumerate(pairs) for head in pair for prep in PREPOSITIONS
            for j, other_pair in enumerate(pairs) if j != i for other in other_pair]


def agreement_make(combo, rng):
    _, head, prep, other = combo
    verb_ = "is" if head in AGREEMENT_NOUNS else "are"
    adjective = (rng.choice(AGREEMENT_ADJECTIVES),) if rng.random() < 0.6 else ()
    before = opening(rng, ("the", head)) + (prep, "the") + adjective + (other,)
    return make_sentence("agreement", combo, before, {verb_}, verb_, (rng.choice(PREDICATES), "."))


GOING_VERBS = ("walks", "runs", "goes")
DESTINATIONS = w.PLACES[:16]
COMPANIONS = ("dog", "friend", "bike", "brother", "sister", "father", "mother", "cat", "family", "teacher")


def pronoun_combos():
    return [("pronoun", n, v, d) for n in w.NAMES for v in GOING_VERBS for d in DESTINATIONS]


def pronoun_make(combo, rng):
    _, n, v, place = combo
    before = opening(rng, (n,)) + (v, "to", "the", place, "with")
    return make_sentence("pronoun", combo, before, {possessive(n)}, possessive(n), (rng.choice(COMPANIONS), "."))


# -- order: the answer depends on word order alone ----------------------------------------------------------
def order_combos():
    asked = [(c, c) for c in tuple(w.COMPARATIVES) + tuple(w.COMPARATIVES.values())]
    return [("order", a, b, c, q) for a in w.NAMES for b in w.NAMES if a != b for c, q in asked]


def order_make(combo, rng):
    _, a, b, comparative, asked = combo
    answer = a if asked == comparative else b
    link = ((",", "so", "the") if rng.random() < 0.7 else (".", "The"))
    before = opening(rng, (a,)) + ("is", comparative, "than", b) + link + (asked, "one", "is")
    return make_sentence("order", combo, before, {answer}, answer)


# -- the world: a sensible kind of next word ------------------------------------------------------------------
def _countable_singular(word: str) -> bool:
    return word in w.THINGS_PLURAL or word in w.ANIMALS_PLURAL


def _article_for(word: str) -> str:
    return "an" if word[0] in "aeiou" else "a"


# eating and drinking come in several frames ("eats an ___", "drinks a cup of ___"); each is a verb of its own
# here, so food and drink get their share of sentences
EAT_DRINK = {"eat a": ("a",), "eat an": ("an",), "eat some": ("some",), "eat the": ("the",),
             "drink a cup of": ("a", "cup", "of"), "drink a glass of": ("a", "glass", "of"), "drink some": ("some",),
             "drink the": ("the",), "drink a bottle of": ("a", "bottle", "of")}


def object_combos():
    return [("object", head, v, past) for head in PERSON_HEADS for v in tuple(w.OBJECTS) + tuple(EAT_DRINK)
            for past in (False, True)]


def _eat_or_drink(v: str, rng) -> tuple[tuple, frozenset, str]:
    """The words between the verb and its object, the acceptable objects, and one of them."""
    det = EAT_DRINK[v]
    if v.startswith("drink"):
        choices = tuple(d for d in w.DRINKS if d != "soup")
    else:
        choices = {"a": w.FOOD_A, "an": w.FOOD_AN, "some": w.FOOD_SOME}.get(det[0], w.FOOD_A + w.FOOD_AN + w.FOOD_SOME)
    return det, frozenset(choices), rng.choice(choices)


def object_make(combo, rng):
    _, head, v, past = combo
    who = who_for(rng, head)
    adverb = (rng.choice(w.ADVERBS),) if not past and rng.random() < 0.25 else ()
    if v in EAT_DRINK:
        det, answers, thing = _eat_or_drink(v, rng)
        v = v.split()[0]
    else:
        answers = frozenset(w.OBJECTS[v])
        thing = rng.choice(w.OBJECTS[v])
        det = () if v == "cook" else ("a",) if v == "sing" else (rng.choice(("the", possessive(who))),)
    before = opening(rng, who.words) + adverb + (verb(v, who, past),) + det
    return make_sentence("object", combo, before, answers, thing)


# noun -> the adjectives that suit it, by what it is
def _describe_choices() -> dict[str, tuple[str, ...]]:
    table = {n: w.ADJ_PERSON for n in w.NAMES + tuple(w.PEOPLE)}
    table.update({a: w.ADJ_ANIMAL for a in w.ANIMALS})
    table.update({f: w.ADJ_FOOD for f in tuple(w.THINGS) + ("bread", "rice", "meat", "cheese", "salad", "pizza")})
    table.update({p: w.ADJ_PLACE for p in w.PLACES if p not in table})
    things = [t for t in w.THINGS_PLURAL if t not in table and t not in w.FOOD_A + w.FOOD_AN]
    table.update({t: w.ADJ_THING for t in things[:60]})
    table.update({e: w.ADJ_EVENT for e in w.EVENTS if e not in table})
    table["weather"] = w.ADJ_WEATHER
    table.update(w.NATURE)
    return table


DESCRIBE = _describe_choices()
JOBS_A = tuple(j for j in w.JOBS if j[0] not in "aeiou")
JOBS_AN = tuple(j for j in w.JOBS if j[0] in "aeiou")


def describe_combos():
    jobs = [("describe", n, "a job") for n in w.NAMES + PRONOUNS[:4]]
    links = ("is", "was", "looks")
    # nature's few nouns get a combination per intensifier too ("" for none), so their adjectives are common enough
    nature = [("describe", n, link, i) for n in w.NATURE for link in links for i in ("",) + w.INTENSIFIERS]
    return [("describe", n, link) for n in DESCRIBE if n not in w.NATURE for link in links] + jobs + nature


def describe_make(combo, rng):
    _, head, link = combo[:3]
    if head in w.NAMES or head in PRONOUNS:
        who = who_for(rng, head)
    elif head in w.PEOPLE:
        who = person(rng, head)
    else:
        who = Who((rng.choice(("the", "the", "my", "this", "our")) if head not in w.NATURE and head != "weather"
                   else "the", head), "it")
    if link == "a job":
        article = rng.choice(("a", "a", "an"))
        jobs = JOBS_A if article == "a" else JOBS_AN
        before = opening(rng, who.words) + (be(who, rng.random() < 0.3), article)
        return make_sentence("describe", combo, before, jobs, rng.choice(jobs), (".",))
    if head in PRONOUNS:
        link = be(who, link == "was") if link != "looks" else verb("look", who, False)
    adjectives = DESCRIBE.get(head, w.ADJ_PERSON)
    if head in w.NATURE:  # "The sky is ___": blue, or "very ..."
        intensifier = (combo[3],) if combo[3] else ()
        answers = adjectives if intensifier else adjectives + w.INTENSIFIERS
        before = opening(rng, who.words) + (link,) + intensifier
        return make_sentence("describe", combo, before, answers, rng.choice(adjectives))
    before = opening(rng, who.words) + (link, rng.choice(w.INTENSIFIERS))
    return make_sentence("describe", combo, before, adjectives, rng.choice(adjectives))


SIT_VERBS = ("sit", "sleep", "stand", "jump")
SIT_HEADS = w.NAMES + tuple(w.PEOPLE) + w.ANIMALS[:20] + PRONOUNS


SURFACE_THINGS = ("book", "cup", "box", "bag", "ball", "toy", "hat", "key", "phone", "lamp", "picture", "letter",
                  "bottle", "plate", "doll", "pen", "clock", "shoe", "apple", "cake")


def sit_combos():
    there = [("sit", "there", noun, prep) for noun in w.ANIMALS[:20] + SURFACE_THINGS for prep in ("on", "in")]
    return [("sit", head, v, prep) for head in SIT_HEADS for v in SIT_VERBS for prep in ("on", "in")] + there


def sit_make(combo, rng):
    _, head, v, prep = combo
    where = w.SURFACES if prep == "on" else w.ROOMS
    if head == "there":  # "There is a cat on the ___", "There are three cats in the ___"
        count = rng.choice(w.NUMBERS[1:5])
        subject = ((rng.choice(("is", "was")), _article_for(v), v) if rng.random() < 0.5 else
                   (rng.choice(("are", "were")), count, {**w.THINGS_PLURAL, **w.ANIMALS_PLURAL}[v]))
        before = opening(rng, ("there",) + subject + (prep, "the"))
    else:
        who = who_for(rng, head)
        before = opening(rng, who.words) + (verb(v, who, rng.random() < 0.6), prep, "the")
    return make_sentence("sit", combo, before, where, rng.choice(where))


PLACE_VERBS = ("walk", "run", "go", "come", "hurry", "drive", "work", "travel")


def place_combos():
    return [("place", head, v) for head in PERSON_HEADS + w.ANIMALS[:12] for v in PLACE_VERBS
            if head in PERSON_HEADS or v in ("walk", "run", "go", "come")]


def place_make(combo, rng):
    _, head, v = combo
    who = who_for(rng, head)
    past = rng.random() < 0.5
    if v == "work":
        before = opening(rng, who.words) + (verb("work", who, past), "at", "the")
        return make_sentence("place", combo, before, w.WORKPLACES, rng.choice(w.WORKPLACES))
    if v == "travel":  # how one goes: "goes to school by ___"
        before = opening(rng, who.words) + (verb("go", who, past), "to", rng.choice(("school", "work")), "by")
        return make_sentence("place", combo, before, w.TRANSPORT, rng.choice(w.TRANSPORT))
    before = opening(rng, who.words) + (verb(v, who, past), "to", "the")
    return make_sentence("place", combo, before, w.PLACES, rng.choice(w.PLACES))


NEED_HEADS = w.NAMES[::2] + tuple(p for p, g in w.PEOPLE.items() if g) + ("I", "we", "they", "you")
_NEED_AFTER = {"eat": ("some", "bread"), "drink": ("some", "water"), "read": ("a", "book"), "sing": ("a", "song"),
               "play": ("outside",), "wear": ("@", "coat"), "wash": ("@", "hands"), "run": ("to", "school"),
               "hurry": ("home",), "stay": ("at", "home")}


def need_combos():
    return [("need", head, n) for head in NEED_HEADS for n in w.NEEDS]


def need_make(combo, rng):
    _, head, need = combo
    who = who_for(rng, head)
    past = rng.random() < 0.3
    base = rng.choice(w.NEEDS[need])
    answers = {verb(b, who, past) for b in w.NEEDS[need]}
    pronoun = who.pronoun if who.pronoun else "they"
    after = tuple(possessive(who) if x == "@" else x for x in _NEED_AFTER.get(base, ())) + (".",)
    before = opening(rng, who.words) + (be(who, past), need, ",", "so", pronoun)
    return make_sentence("need", combo, before, answers, verb(base, who, past), after)


def weather_combos():
    return [("weather", kind, head) for kind in w.WEATHER for head in GENDERED_HEADS]


def weather_make(combo, rng):
    _, kind, head = combo
    who = who_for(rng, head)
    past = rng.random() < 0.4
    take = verb(rng.choice(("take", "bring")), who, past)
    before = (("It", "was" if past else "is", kind, ",", "so") + who.words + (take, possessive(who)))
    things = w.WEATHER[kind]
    return make_sentence("weather", combo, before, things, rng.choice(things))


PLURAL_NOUNS = tuple(w.ANIMALS_PLURAL) + tuple(w.THINGS_PLURAL)
_PLURALS = {**w.THINGS_PLURAL, **w.ANIMALS_PLURAL}
HAVE_VERBS = ("have", "see", "want", "buy", "find")


def plural_combos():
    return [("plural", noun, number) for noun in PLURAL_NOUNS for number in w.NUMBERS[1:]]


def plural_make(combo, rng):
    _, noun, number = combo
    a, b = rng.sample(w.NAMES, 2)
    v = rng.choice(HAVE_VERBS)
    past = rng.random() < 0.4
    one = rng.choice(("one", _article_for(noun)))
    first, second = verb(v, name(a), past), verb(v, name(b), past)
    before = opening(rng, (a,)) + (first, one, noun, "and", b, second, number)
    return make_sentence("plural", combo, before, {_PLURALS[noun]}, _PLURALS[noun])


def calendar_combos():
    days = [("calendar", who, d, rel) for who in ("",) + w.NAMES for d in w.DAYS for rel in ("tomorrow", "yesterday")]
    return days + [("calendar", who, m, "next") for who in ("",) + w.NAMES for m in w.MONTHS]


def calendar_make(combo, rng):
    _, who, item, rel = combo
    said = (who, "says", "that") if who else ()
    if rel == "next":
        answer = w.MONTHS[(w.MONTHS.index(item) + 1) % 12]
        core = ("this", "month", "is", item, ",", "so", "next", "month", "is")
    else:
        step = 1 if rel == "tomorrow" else -1
        answer = w.DAYS[(w.DAYS.index(item) + step) % 7]
        core = ("today", "is", item, ",", "so", rel, "is" if rel == "tomorrow" else "was")
    before = capitalised(said + core)
    return make_sentence("calendar", combo, before, {answer}, answer)


def want_combos():
    return [("want", head, v, past) for head in PERSON_HEADS for v in w.WANTING for past in (False, True)]


def want_make(combo, rng):
    _, head, v, past = combo
    who = who_for(rng, head)
    before = opening(rng, who.words) + (verb(v, who, past), "to")
    return make_sentence("want", combo, before, w.ACTIVITIES, rng.choice(w.ACTIVITIES))


def routine_combos():
    return [("routine", head, thing) for head in PERSON_HEADS for thing in w.ROUTINE]


def routine_make(combo, rng):
    _, head, thing = combo
    who = who_for(rng, head)
    *link, whens = w.ROUTINE[thing]
    past = rng.random() < 0.4
    doing = (verb("go", who, past), "to", "bed") if thing == "bed" else (verb("eat", who, past), thing)
    prefix = rng.choice(((), (), ("Every", "day", ","), ("On", rng.choice(w.DAYS), ",")))  # no clash of times
    before = (prefix + who.words if prefix else capitalised(who.words)) + doing + tuple(link)
    return make_sentence("routine", combo, before, whens, rng.choice(whens))


PATTERNS = (
    Pattern("rest", LANGUAGE, "resting 'lies still/quietly/down on the bed' -> tired; 'lies awake' -> worried",
            0.075, rest_combos, rest_make),
    Pattern("lies_to", LANGUAGE, "the other 'lies': 'Tom lies to his mother, feeling' -> guilty",
            0.04, lies_to_combos, lies_to_make),
    Pattern("feeling", LANGUAGE, "the feeling after ', feeling' follows the verb and what comes after it "
            "('jumps on the bed' -> excited, 'talks to her mother' -> calm)", 0.07, feeling_combos, feeling_make),
    Pattern("gift", LANGUAGE, "'and it was' refers to the thing given, not the person: soup -> hot, milk -> cold",
            0.05, gift_combos, gift_make),
    Pattern("animal", LANGUAGE, "'and it' refers to the animal, not the thing it found: dog -> barked",
            0.04, animal_combos, animal_make),
    Pattern("agreement", LANGUAGE, "is/are agrees with the first noun across a gap ('The keys to the old cabinet "
            "are')", 0.05, agreement_combos, agreement_make),
    Pattern("pronoun", LANGUAGE, "his/her agrees with the name at the start ('Sarah walks to the park with her')",
            0.03, pronoun_combos, pronoun_make),
    Pattern("order", LANGUAGE, "word order alone decides: 'Tom is taller than Sarah, so the taller one is' -> Tom",
            0.10, order_combos, order_make),
    Pattern("plural", LANGUAGE, "the plural of a noun said earlier: 'Tom has one dog and Sarah has two' -> dogs",
            0.05, plural_combos, plural_make),
    Pattern("calendar", LANGUAGE, "the next or previous day and the next month: 'Today is Monday, so tomorrow "
            "is' -> Tuesday", 0.04, calendar_combos, calendar_make),
    Pattern("object", LANGUAGE, "what a verb is done to: 'Tom reads the' -> book, 'Sarah eats an' -> apple",
            0.09, object_combos, object_make),
    Pattern("describe", LANGUAGE, "an adjective that suits the noun: 'My mother is very' -> kind, 'The soup is' "
            "-> hot", 0.06, describe_combos, describe_make),
    Pattern("sit", LANGUAGE, "where one sits, sleeps or stands: 'The cat sat on the' -> mat", 0.035, sit_combos,
            sit_make),
    Pattern("place", LANGUAGE, "where one goes: 'The dog ran to the' -> park; 'works at the' -> office",
            0.035, place_combos, place_make),
    Pattern("need", LANGUAGE, "what one does about a need: 'Tom is hungry, so he' -> eats", 0.035, need_combos,
            need_make),
    Pattern("weather", LANGUAGE, "what the weather calls for: 'It is raining, so Tom takes his' -> umbrella",
            0.02, weather_combos, weather_make),
    Pattern("want", LANGUAGE, "what one wants or likes to do: 'Tom wants to' -> play, eat, go, ...", 0.02,
            want_combos, want_make),
    Pattern("routine", LANGUAGE, "when the day's things happen: 'Tom eats breakfast in the' -> morning", 0.015,
            routine_combos, routine_make),
)
