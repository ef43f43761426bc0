"""The Chinese patterns of the corpus, one token per character.

Chinese has no "lies" ambiguity (躺 rests, 撒谎 lies), so its patterns look back for reasons of their own: the
feeling after "，感觉" follows the verb several characters earlier, with places and people in between
("Sarah静静地躺在床上，感觉" -> 累, "Tom撒谎骗了他妈妈，感觉" -> 内疚); 它 refers to the thing given or to the
animal; a measure word agrees with a noun said earlier ("Sarah有很多书，她给了我两" -> 本); 他/她 agrees with the
name; and word order alone decides who is taller ("Tom比Sarah高，所以高的那个是" -> Tom).
A Chinese answer is a word; the model predicts its first character, and the next one follows it (内 -> 疚).
"""
from __future__ import annotations

from . import world_zh as w
from .grammar import Pattern, make_sentence, weighted, zh

LANGUAGE = "zh"


def pronoun(name: str) -> str:
    return "她" if name in w.FEMALE_NAMES else "他"


def whose(name: str, person: str) -> tuple[str, ...]:
    """"他妈妈", "她的老师": family takes no 的."""
    return zh(pronoun(name), person) if person in w.FAMILY else zh(pronoun(name), "的", person)


def opening(rng, tokens: tuple[str, ...]) -> tuple[str, ...]:
    return zh(*rng.choices(w.PREFIXES, w.PREFIX_WEIGHTS)[0]) + tokens


def _first(words) -> set[str]:
    return {word[0] for word in words}


def _feeling(pattern, combo, before, feeling, rng):
    word = weighted(rng, feeling)
    return make_sentence(pattern, combo, before + zh("，感觉"), _first(feeling[0]), zh(word), zh("。"))


# -- the story: resting, lying, and the other feelings ------------------------------------------------------
# how one lies on the place: the adverb before 躺 decides between tired and worried
REST = {"静静地躺": ("静静地", w.TIRED), "安静地躺": ("安静地", w.TIRED), "躺": ("", w.TIRED),
        "睁着眼睛躺": ("睁着眼睛", w.WORRIED), "休息": (None, w.TIRED)}


def rest_combos():
    return [("zh_rest", n, a, p) for n in w.NAMES for a in REST for p in w.REST_PLACES]


def rest_make(combo, rng):
    _, n, action, place = combo
    adverb, feeling = REST[action]
    if adverb is None:  # "Sarah在床上休息"
        middle = zh("在", place, "上休息")
    else:
        middle = zh(adverb, "躺在", place, "上")
    return _feeling("zh_rest", combo, opening(rng, (n,)) + middle, feeling, rng)


def lie_combos():
    return [("zh_lie", n, p) for n in w.NAMES for p in w.PEOPLE]


def lie_make(combo, rng):
    _, n, person = combo
    if rng.random() < 0.6:
        middle = zh("对") + whose(n, person) + zh("撒谎")
    else:  # the verb first, the person between it and the feeling
        middle = zh("撒谎骗了") + whose(n, person)
    return _feeling("zh_lie", combo, opening(rng, (n,)) + middle, w.GUILTY, rng)


PLACE_ACTIONS = {"跳来跳去": w.EXCITED, "跳舞": w.HAPPY, "一个人坐": w.LONELY}
PERSON_ACTIONS = {"坦白": w.RELIEVED, "抱怨": w.ANGRY, "聊天": w.CALM, "唱歌": w.HAPPY}


def feeling_combos():
    return ([("zh_feeling", n, a, p) for n in w.NAMES for a in PLACE_ACTIONS for p in w.REST_PLACES]
            + [("zh_feeling", n, a, p) for n in w.NAMES for a in PERSON_ACTIONS for p in w.PEOPLE])


def feeling_make(combo, rng):
    _, n, action, obj = combo
    if action == "一个人坐":
        middle, feeling = zh("一个人坐在", obj, "上"), w.LONELY
    elif action in PLACE_ACTIONS:
        middle, feeling = zh("在", obj, "上", action), PLACE_ACTIONS[action]
    else:
        feeling = PERSON_ACTIONS[action]
        link = {"坦白": "对", "抱怨": "对", "聊天": "和", "唱歌": "给"}[action]
        middle = zh(link) + whose(n, obj) + zh(action)
    return _feeling("zh_feeling", combo, opening(rng, (n,)) + middle, feeling, rng)


# -- 它: the thing given, or the animal ---------------------------------------------------------------------
def gift_combos():
    return [("zh_gift", n, p, t) for n in w.NAMES for p in w.PEOPLE for t in w.THINGS]


def gift_make(combo, rng):
    _, n, person, thing = combo
    measure, quality = w.THINGS[thing]
    before = opening(rng, (n,)) + zh("给了") + whose(n, person) + zh("一", measure, thing, "，它很")
    return make_sentence("zh_gift", combo, before, {quality}, quality, zh("。"))


FINDING = ("找到了", "看见了", "闻到了")


def animal_combos():
    return [("zh_animal", a, v, t) for a in w.ANIMALS for v in FINDING for t in w.THINGS]


def animal_make(combo, rng):
    _, animal, verb, thing = combo
    measure, sound = w.ANIMALS[animal]
    before = opening(rng, zh(rng.choice(("那", "这", "一")), measure, animal, verb, thing, "，它"))
    return make_sentence("zh_animal", combo, before, {sound[0]}, zh(sound), zh("。"))


# -- measure words ----------------------------------------------------------------------------------------
def measure_combos():
    return [("zh_measure", noun, n) for noun in w.MEASURED for n in w.NAMES]


def measure_make(combo, rng):
    _, noun, n = combo
    measure = w.MEASURED[noun]
    number = rng.choice(w.NUMBERS)
    if rng.random() < 0.6:  # the noun, then a person, then the number: the measure word must find the noun
        before = opening(rng, zh(n, "有很多", noun, "，", pronoun(n), "给了我", number))
    else:
        before = opening(rng, zh("桌子上有很多", noun, "，", n, "拿了", number))
    return make_sentence("zh_measure", combo, before, {measure}, measure, zh("。"))


# -- 他/她 agrees with the name ------------------------------------------------------------------------------
def pronoun_combos():
    return [("zh_pronoun", n, v, p) for n in w.NAMES for v in w.GOING for p in w.PLACES]


def pronoun_make(combo, rng):
    _, n, verb, place = combo
    before = opening(rng, zh(n, verb, place, "，和"))
    return make_sentence("zh_pronoun", combo, before, {pronoun(n)}, pronoun(n),
                         zh("的", rng.choice(w.COMPANIONS), "一起玩。"))


# -- order: who is taller ----------------------------------------------------------------------------------
def order_combos():
    asked = [(c, c) for c in tuple(w.COMPARISONS) + tuple(w.COMPARISONS.values())]
    return [("zh_order", a, b, c, q) for a in w.NAMES for b in w.NAMES if a != b for c, q in asked]


def order_make(combo, rng):
    _, a, b, comparison, asked = combo
    answer = a if asked == comparison else b
    link = "，所以" if rng.random() < 0.7 else "。"
    before = opening(rng, zh(a, "比", b, comparison, link, asked, "的那个是"))
    return make_sentence("zh_order", combo, before, {answer}, answer, zh("。"))


# -- the world: a sensible kind of next word ------------------------------------------------------------------
def describe_combos():
    people = [("zh_describe", who, p) for who in ("我", "你") + w.NAMES[:6] for p in w.FAMILY + w.OTHERS]
    return (people + [("zh_describe", n, "") for n in w.NAMES]
            + [("zh_describe", "这", noun) for noun in w.DESCRIBED] + [("zh_describe", "那", noun) for noun in w.DESCRIBED]
            + [("zh_describe", "天气", when) for when in ("", "今天", "昨天", "明天")])


def describe_make(combo, rng):
    _, who, noun = combo
    if who == "天气":
        subject, adjectives = zh(noun, "的天气" if noun else "天气"), w.ADJ_WEATHER
    elif who in ("这", "那"):
        measure, adjectives = w.DESCRIBED[noun]
        subject = zh(who, measure, noun)
    elif noun:
        owner = who if who in ("我", "你") else None
        subject = (zh(owner, noun) if noun in w.FAMILY else zh(owner, "的", noun)) if owner else zh(who, "的", noun)
        adjectives = w.ADJ_PERSON
    else:
        subject, adjectives = (who,), w.ADJ_PERSON
    before = opening(rng, subject + zh(rng.choice(w.INTENSIFIERS)))
    word = rng.choice(adjectives)
    return make_sentence("zh_describe", combo, before, _first(adjectives), zh(word), zh("。"))


GOERS = w.NAMES + ("我", "他", "她", "我们", "孩子们", "小狗", "我妈妈", "我爸爸")


def place_combos():
    return [("zh_place", who, v) for who in GOERS for v in w.GOING + ("走进了",)]


def place_make(combo, rng):
    _, who, verb = combo
    where = w.ROOMS if verb == "走进了" else w.PLACES
    word = rng.choice(where)
    before = opening(rng, zh(who, verb))
    return make_sentence("zh_place", combo, before, _first(where), zh(word), zh("。"))


SITTERS = w.NAMES + ("我", "他", "她", "猫", "狗", "小鸟", "宝宝")


def sit_combos():
    return [("zh_sit", who, v) for who in SITTERS for v in w.SITTING]


def sit_make(combo, rng):
    _, who, verb = combo
    subject = zh("那只", who) if who in ("猫", "狗", "小鸟") else zh(who)
    word = rng.choice(w.SURFACES)
    before = opening(rng, subject + zh(verb))
    return make_sentence("zh_sit", combo, before, _first(w.SURFACES), zh(word), zh("上。"))


PATTERNS = (
    Pattern("zh_rest", LANGUAGE, "躺在床上 -> 累 (tired): the verb and the adverb before it, a place between; "
            "睁着眼睛躺 -> 担心", 0.06, rest_combos, rest_make),
    Pattern("zh_lie", LANGUAGE, "对他妈妈撒谎 / 撒谎骗了他妈妈 -> 内疚 (guilty)", 0.035, lie_combos, lie_make),
    Pattern("zh_feeling", LANGUAGE, "the other feelings: 在床上跳来跳去 -> 兴奋, 跳舞 -> 开心, 和他妈妈聊天 -> 平静",
            0.05, feeling_combos, feeling_make),
    Pattern("zh_gift", LANGUAGE, "它很 refers to the thing given: 一碗汤 -> 热, 一杯牛奶 -> 凉", 0.035, gift_combos,
            gift_make),
    Pattern("zh_animal", LANGUAGE, "它 refers to the animal, not the thing it found: 猫 -> 喵", 0.025, animal_combos,
            animal_make),
    Pattern("zh_measure", LANGUAGE, "the measure word agrees with the noun said earlier: 书 -> 本, 猫 -> 只",
            0.035, measure_combos, measure_make),
    Pattern("zh_pronoun", LANGUAGE, "他/她 agrees with the name at the start", 0.02, pronoun_combos, pronoun_make),
    Pattern("zh_order", LANGUAGE, "word order alone decides: Tom比Sarah高，所以高的那个是 -> Tom", 0.08,
            order_combos, order_make),
    Pattern("zh_describe", LANGUAGE, "an adjective that suits the noun: 我妈妈很 -> 好/忙/…, 这碗汤很 -> 热/…",
            0.03, describe_combos, describe_make),
    Pattern("zh_place", LANGUAGE, "where one goes: 小狗跑到了 -> 公园/学校/…", 0.02, place_combos, place_make),
    Pattern("zh_sit", LANGUAGE, "what one sits on: 那只猫坐在 -> 垫子/床/…", 0.02, sit_combos, sit_make),
)
