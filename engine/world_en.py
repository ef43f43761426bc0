"""The English words of the generated world, grouped by what they are, so the grammar can pick the right kind.

The words come from the commonest words of English (people, animals, everyday things, food, places, times,
common verbs and adjectives, feelings) — the simple English a learner types first. Nouns carry their plural and
verbs their three forms, because agreement ("one dog ... two dogs", "Tom eats" / "they eat") is part of what the
model must learn. Nothing here is a sentence: engine/patterns_en.py puts the words together.
"""
from __future__ import annotations


def _pairs(text: str) -> dict[str, str]:
    """"dog dogs, mouse mice" -> {"dog": "dogs", "mouse": "mice"}."""
    return dict(item.split() for item in text.split(","))


def _verbs(text: str) -> dict[str, tuple[str, str]]:
    """"eat eats ate, ..." -> {"eat": ("eats", "ate")}: base form -> (he/she form, past)."""
    out = {}
    for item in text.split(","):
        base, third, past = item.split()
        out[base] = (third, past)
    return out


FEMALE_NAMES = ("Sarah", "Emma", "Lily", "Anna", "Mia", "Grace", "Lucy", "Sophie", "Kate", "Amy", "Alice", "Mary")
MALE_NAMES = ("Tom", "Jack", "Ben", "Leo", "Max", "Noah", "Oliver", "Adam", "Sam", "John", "David", "Peter")
NAMES = FEMALE_NAMES + MALE_NAMES

# people: word -> gender ("f", "m" or "" when either); the story's ten first, in their old order
PEOPLE = {
    "mother": "f", "father": "m", "teacher": "", "friend": "", "brother": "m", "sister": "f", "coach": "",
    "boss": "", "neighbour": "", "doctor": "", "grandmother": "f", "grandfather": "m", "aunt": "f", "uncle": "m",
    "son": "m", "daughter": "f", "wife": "f", "husband": "m", "mom": "f", "dad": "m", "baby": "", "boy": "m",
    "girl": "f", "man": "m", "woman": "f", "child": "", "king": "m", "queen": "f", "nurse": "", "student": "",
    "farmer": "", "driver": "", "cook": "", "family": "",
}
JOBS = ("teacher", "doctor", "nurse", "farmer", "driver", "cook", "student", "singer", "writer", "police",
        "artist", "engineer")  # "Tom is a ___" (police: "a police officer")

ANIMALS_PLURAL = _pairs(
    "dog dogs, cat cats, duck ducks, cow cows, lion lions, snake snakes, horse horses, owl owls, bird birds, "
    "fish fish, mouse mice, rabbit rabbits, pig pigs, sheep sheep, chicken chickens, bear bears, monkey monkeys, "
    "tiger tigers, elephant elephants, frog frogs, bee bees, fox foxes, wolf wolves, goat goats, ant ants, "
    "puppy puppies, kitten kittens, deer deer, spider spiders, dolphin dolphins")
ANIMALS = tuple(ANIMALS_PLURAL)
# the sound "and it ___" after an animal: only those with a sound of their own
ANIMAL_SOUNDS = {"dog": "barked", "cat": "meowed", "duck": "quacked", "cow": "mooed", "lion": "roared",
                 "snake": "hissed", "horse": "neighed", "owl": "hooted", "bird": "sang", "wolf": "howled"}

THINGS_PLURAL = _pairs(
    "mat mats, table tables, chair chairs, bed beds, sofa sofas, couch couches, book books, cup cups, box boxes, "
    "bag bags, door doors, window windows, lamp lamps, key keys, phone phones, ball balls, toy toys, car cars, "
    "bike bikes, bus buses, train trains, boat boats, plane planes, hat hats, shoe shoes, coat coats, "
    "shirt shirts, dress dresses, sock socks, clock clocks, watch watches, picture pictures, letter letters, "
    "pen pens, pencil pencils, computer computers, bottle bottles, plate plates, bowl bowls, spoon spoons, "
    "fork forks, knife knives, basket baskets, blanket blankets, pillow pillows, umbrella umbrellas, "
    "cabinet cabinets, desk desks, bench benches, rug rugs, tree trees, flower flowers, rock rocks, "
    "stone stones, card cards, gift gifts, ticket tickets, map maps, camera cameras, candle candles, "
    "mirror mirrors, towel towels, glass glasses, doll dolls, kite kites, drum drums, guitar guitars, "
    "piano pianos, ring rings, boot boots, glove gloves, scarf scarves, jacket jackets, truck trucks, "
    "ladder ladders, newspaper newspapers, story stories, song songs, game games, movie movies, "
    "photo photos, stick sticks, leaf leaves, egg eggs, apple apples, banana bananas, orange oranges, "
    "cookie cookies, sandwich sandwiches, potato potatoes, tomato tomatoes, carrot carrots, onion onions, "
    "pear pears, peach peaches, burger burgers, pizza pizzas, cake cakes, pie pies, lemon lemons, "
    "lime limes, candy candies, note notes, poem poems, wall walls, fence fences, roof roofs")

# food and drink: what it tastes or feels like ("and it was ___"); the story's fourteen first
THINGS = {
    "tea": "hot", "coffee": "hot", "soup": "hot", "cocoa": "hot",
    "milk": "cold", "juice": "cold", "lemonade": "cold", "ice": "cold",
    "cake": "sweet", "candy": "sweet", "honey": "sweet", "pie": "sweet",
    "lemon": "sour", "lime": "sour",
}
DRINKS = ("tea", "coffee", "milk", "juice", "water", "lemonade", "cocoa", "soup")
# what one eats, by the article in front of it
FOOD_A = ("banana", "sandwich", "cookie", "cake", "pie", "potato", "tomato", "carrot", "pear", "peach", "burger",
          "pizza", "lemon")
FOOD_AN = ("apple", "egg", "orange", "onion")
FOOD_SOME = ("bread", "rice", "meat", "cheese", "soup", "salad", "pasta", "chocolate", "fruit", "cake", "pie",
             "candy", "honey", "butter", "sugar", "cream", "chicken", "fish", "corn", "apples", "cookies",
             "eggs", "grapes", "beans", "potatoes")
MEALS = ("breakfast", "lunch", "dinner")

PLACES = ("park", "school", "market", "river", "beach", "library", "shop", "house", "garden", "kitchen", "city",
          "town", "village", "farm", "forest", "mountain", "lake", "sea", "hospital", "church", "office",
          "station", "bank", "zoo", "restaurant", "hotel", "store", "playground", "field", "hill", "bridge",
          "airport", "cinema", "museum", "pool", "supermarket", "cafe", "castle", "island", "street")
ROOMS = ("kitchen", "garden", "bedroom", "bathroom", "room", "classroom", "house", "yard", "car", "box", "basket")
WORKPLACES = ("office", "bank", "hospital", "school", "shop", "farm", "restaurant", "library", "station", "store",
              "hotel", "museum", "supermarket", "cafe", "factory")
TRANSPORT = ("bus", "car", "bike", "train", "boat", "plane", "taxi")
# what a body can sit, stand or sleep on
SURFACES = ("mat", "bed", "chair", "sofa", "couch", "floor", "table", "grass", "rug", "bench", "roof", "box", "wall",
            "sand", "desk", "carpet", "ground", "rock", "blanket", "pillow", "step", "fence")

DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
SEASONS = ("spring", "summer", "autumn", "winter")
NUMBERS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")

COLOURS = ("red", "blue", "green", "yellow", "black", "white", "brown", "pink", "orange", "purple", "grey")  # of things

# adjectives that suit each kind of noun ("My mother is very ___", "The soup is very ___")
ADJ_PERSON = ("kind", "happy", "tall", "busy", "nice", "funny", "smart", "clever", "beautiful", "pretty", "young",
              "old", "strong", "brave", "friendly", "sad", "tired", "angry", "quiet", "polite", "lazy", "careful",
              "famous", "rich", "poor", "short", "good", "gentle", "sick", "hungry")
ADJ_ANIMAL = ("big", "small", "cute", "fast", "hungry", "friendly", "old", "young", "quiet", "loud", "strong",
              "lazy", "wild", "soft", "dangerous", "happy", "little", "fat", "clever", "gentle")
ADJ_FOOD = ("hot", "cold", "sweet", "good", "fresh", "delicious", "sour", "warm", "salty", "nice", "bad", "dry",
            "soft", "expensive", "cheap")
ADJ_PLACE = ("big", "small", "quiet", "busy", "beautiful", "clean", "old", "new", "nice", "far", "dark", "cold",
             "warm", "dirty", "empty", "full", "safe", "dangerous", "famous", "close", "noisy", "large")
ADJ_THING = ("big", "small", "old", "new", "heavy", "light", "clean", "dirty", "nice", "expensive", "cheap",
             "long", "short", "soft", "hard", "beautiful", "broken", "wet", "dry", "full", "empty", "strange",
             "useful", "special", "large")
ADJ_WEATHER = ("cold", "hot", "nice", "warm", "bad", "good", "wet", "dry", "windy", "sunny", "cool", "strange")
# a few nouns with their own colours and adjectives ("The sky is ___")
NATURE = {"sky": ("blue", "clear", "dark", "grey", "beautiful"),
          "grass": ("green", "wet", "soft", "long", "dry"),
          "snow": ("white", "cold", "soft", "deep", "wet"),
          "sun": ("bright", "hot", "warm", "yellow", "low"),
          "night": ("dark", "cold", "quiet", "long", "warm"),
          "water": ("cold", "warm", "clean", "deep", "blue", "clear")}

# -- verbs: base -> (he/she form, past) ---------------------------------------------------------------------
VERBS = _verbs(
    "eat eats ate, drink drinks drank, read reads read, write writes wrote, play plays played, "
    "watch watches watched, open opens opened, clean cleans cleaned, wash washes washed, ride rides rode, "
    "drive drives drove, wear wears wore, climb climbs climbed, cook cooks cooked, buy buys bought, "
    "feed feeds fed, throw throws threw, kick kicks kicked, paint paints painted, draw draws drew, "
    "carry carries carried, fix fixes fixed, visit visits visited, hug hugs hugged, sing sings sang, "
    "lose loses lost, find finds found, see sees saw, want wants wanted, like likes liked, love loves loved, "
    "need needs needed, make makes made, bring brings brought, take takes took, get gets got, have has had, "
    "walk walks walked, run runs ran, go goes went, come comes came, swim swims swam, fly flies flew, "
    "sit sits sat, sleep sleeps slept, stand stands stood, jump jumps jumped, hurry hurries hurried, "
    "sell sells sold, send sends sent, show shows showed, call calls called, help helps helped, "
    "meet meets met, close closes closed, break breaks broke, hold holds held, brush brushes brushed, "
    "cry cries cried, smile smiles smiled, laugh laughs laughed, work works worked, study studies studied, "
    "live lives lived, stay stays stayed, put puts put, keep keeps kept, look looks looked, wait waits waited, "
    "rest rests rested, dance dances danced, talk talks talked, learn learns learned, teach teaches taught, "
    "hear hears heard, tell tells told, answer answers answered, leave leaves left, win wins won, "
    "enjoy enjoys enjoyed, forget forgets forgot, know knows knew, do does did, travel travels travelled, "
    "try tries tried, hope hopes hoped, wake wakes woke, start starts started")

# verb -> what it is done to: "reads a ___". The article (a/an/the/some/his…) is chosen by the grammar.
OBJECTS = {
    "read": ("book", "letter", "story", "newspaper", "map", "card", "poem", "note"),
    "write": ("letter", "story", "card", "poem", "note", "book", "song"),
    "watch": ("movie", "game", "birds", "sky", "rain", "children", "television"),
    "open": ("door", "window", "box", "bag", "book", "letter", "gift", "bottle"),
    "clean": ("room", "kitchen", "floor", "table", "car", "house", "window", "bathroom"),
    "wash": ("car", "dishes", "cup", "plate", "clothes", "dog", "hands", "face"),
    "ride": ("bike", "horse", "bus", "train"),
    "drive": ("car", "bus", "truck", "taxi"),
    "wear": ("hat", "coat", "dress", "shirt", "scarf", "jacket", "shoes", "boots", "gloves", "socks"),
    "climb": ("tree", "hill", "mountain", "wall", "ladder", "stairs", "fence"),
    "cook": ("dinner", "lunch", "breakfast", "soup", "rice", "eggs", "meat", "pasta", "fish"),
    "feed": ("dog", "cat", "fish", "birds", "baby", "horse", "chickens", "cows", "ducks"),
    "throw": ("ball", "stone", "rock", "stick"),
    "kick": ("ball", "door", "stone", "box"),
    "paint": ("wall", "door", "house", "picture", "fence", "room", "chair"),
    "draw": ("picture", "cat", "dog", "house", "tree", "flower", "map", "bird"),
    "carry": ("bag", "box", "baby", "basket", "books", "chair"),
    "fix": ("car", "bike", "door", "chair", "lamp", "clock", "computer", "phone", "roof"),
    "brush": ("hair", "teeth", "dog", "horse"),
    "sing": ("song",),
    "lose": ("key", "keys", "phone", "bag", "hat", "ball", "ticket", "watch", "money"),
    "visit": ("grandmother", "grandfather", "aunt", "uncle", "friend", "friends", "family", "teacher", "parents"),
    "hug": ("mother", "father", "sister", "brother", "friend", "dog", "cat", "baby", "grandmother"),
    "play": ("football", "tennis", "games", "music", "piano", "guitar", "cards", "drum"),
    "hear": ("music", "birds", "rain", "song", "noise", "news", "story", "voice"),
    "tell": ("story", "truth", "joke", "news", "teacher", "secret"),
    "answer": ("question", "phone", "door", "letter"),
    "leave": ("house", "room", "office", "school", "party", "city", "table"),
    "win": ("game", "race", "prize", "match", "cup"),
    "enjoy": ("party", "movie", "game", "music", "dinner", "trip", "holiday", "weekend", "food", "day"),
    "forget": ("key", "name", "bag", "phone", "homework", "book", "song", "word"),
    "know": ("answer", "way", "name", "story", "truth", "song", "word", "city"),
    "do": ("homework", "dishes", "work", "job", "test", "lesson"),
    "make": ("cake", "dinner", "tea", "picture", "card", "toy", "sandwich", "kite"),
    "bring": ("book", "cake", "gift", "ball", "bag", "umbrella", "flower", "camera"),
    "take": ("bus", "train", "bag", "photo", "taxi", "ticket", "umbrella"),
    "find": ("key", "ball", "cat", "dog", "phone", "book", "ring", "watch"),
    "get": ("gift", "letter", "ticket", "card", "present", "job", "phone"),
    "send": ("letter", "card", "gift", "photo", "message", "note"),
    "show": ("picture", "photo", "map", "book", "ticket", "card"),
    "call": ("mother", "friend", "doctor", "teacher", "father", "police", "sister"),
    "help": ("mother", "teacher", "friend", "baby", "farmer", "children", "grandfather"),
    "meet": ("friend", "teacher", "family", "doctor", "king", "queen", "neighbour"),
    "close": ("door", "window", "box", "book", "bag", "shop", "eyes"),
    "break": ("cup", "window", "plate", "glass", "toy", "chair", "egg"),
    "hold": ("baby", "cup", "ball", "book", "bag", "hand", "kitten", "puppy"),
    "keep": ("key", "money", "book", "ticket", "secret", "letter"),
    "sell": ("car", "house", "bike", "book", "cake", "flowers", "apples", "eggs"),
    "teach": ("class", "children", "students", "lesson", "song"),
    "learn": ("song", "word", "game", "story", "lesson", "poem"),
}

# the story's feelings: a set lists its words likeliest first
TIRED = (("tired", "sleepy", "exhausted"), (0.6, 0.25, 0.15))
WORRIED = (("worried", "anxious"), (0.65, 0.35))
EXCITED = (("excited", "playful"), (0.7, 0.3))
HAPPY = (("happy", "joyful"), (0.7, 0.3))
LONELY = (("lonely", "bored"), (0.65, 0.35))
GUILTY = (("guilty", "ashamed"), (0.7, 0.3))
RELIEVED = (("relieved",), (1.0,))
ANGRY = (("angry", "annoyed"), (0.65, 0.35))
CALM = (("calm", "relaxed"), (0.65, 0.35))

# "Tom is hungry, so he ___": a need and what one does about it (base form; the grammar adds -s)
NEEDS = {"hungry": ("eat",), "thirsty": ("drink",), "tired": ("sleep", "rest"), "sad": ("cry",),
         "happy": ("smile", "laugh", "sing", "dance"), "bored": ("play", "read"), "dirty": ("wash",),
         "late": ("run", "hurry"), "cold": ("wear",), "sick": ("stay", "rest")}
# "It is raining, so Tom takes his ___"
WEATHER = {"raining": ("umbrella", "raincoat", "boots"), "snowing": ("boots", "gloves", "coat", "scarf"),
           "cold": ("coat", "jacket", "scarf", "gloves", "hat"), "hot": ("hat", "sunglasses", "shorts"),
           "sunny": ("hat", "sunglasses"), "windy": ("jacket", "coat", "kite")}

# "Tom is taller than Sarah, so the taller one is ___": comparatives and their opposites
COMPARATIVES = {"taller": "shorter", "older": "younger", "faster": "slower", "stronger": "weaker",
                "bigger": "smaller"}

# small words that make the templates and the free slots English
ADVERBS = ("always", "often", "sometimes", "never", "usually", "quickly", "slowly", "happily", "carefully",
           "really", "also", "still", "again", "now", "soon", "together")
INTENSIFIERS = ("very", "really", "quite", "too")  # not "so": ", so he eats" is another pattern

# events and times: "The party was ___"
EVENTS = ("party", "movie", "game", "music", "story", "test", "lesson", "class", "holiday", "trip", "weekend",
          "day", "job", "idea", "question", "news", "song", "film", "show", "dinner", "life", "work")
ADJ_EVENT = ("fun", "great", "boring", "long", "short", "interesting", "good", "bad", "amazing", "easy",
             "difficult", "important", "nice", "exciting", "perfect", "special", "wonderful", "terrible",
             "different", "funny", "sad", "strange", "new", "real", "true", "right", "wrong", "free")
# "Tom wants to ___": what one likes or wants to do (base forms)
ACTIVITIES = ("play", "go", "eat", "sleep", "read", "swim", "dance", "sing", "cook", "draw", "travel", "help",
              "learn", "win", "stay", "rest", "run", "talk", "see", "visit", "buy", "drink", "watch", "write", "fly",
              "walk", "work", "study", "paint", "climb", "ride", "meet", "call", "live", "start", "try")
WANTING = ("want", "like", "love", "need", "try", "hope", "start")
# when one does the day's things: "Tom eats breakfast in the ___"
ROUTINE = {"breakfast": ("in", "the", ("morning",)), "lunch": ("at", ("noon", "school", "work", "home")),
           "dinner": ("in", "the", ("evening",)), "bed": ("at", ("night", "nine", "ten", "eight"))}
