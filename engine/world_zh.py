"""The Chinese words of the generated world: the story's verbs, places, people and feelings, things with their
measure words, animals with their sounds, and everyday adjectives. Words are strings here; the tokenizer reads
them one character at a time. Names are the English ones ("Sarah静静地躺在床上"), one token in both languages.
"""
from __future__ import annotations

from .world_en import FEMALE_NAMES, MALE_NAMES, NAMES  # noqa: F401  (the same people in both languages)

# The story's feelings, likeliest first. The model predicts a word's first character: 疲惫 is 疲 then 惫.
TIRED = (("累", "困", "疲惫"), (0.6, 0.25, 0.15))
WORRIED = (("担心", "焦虑"), (0.65, 0.35))
EXCITED = (("兴奋", "激动"), (0.7, 0.3))
HAPPY = (("开心", "快乐"), (0.7, 0.3))
LONELY = (("孤独", "无聊"), (0.65, 0.35))
GUILTY = (("内疚", "羞愧"), (0.7, 0.3))
RELIEVED = (("轻松",), (1.0,))
ANGRY = (("生气", "烦躁"), (0.65, 0.35))
CALM = (("平静", "放松"), (0.65, 0.35))

REST_PLACES = ("床", "沙发", "草地", "地板", "沙滩", "长椅")  # each followed by 上 ("on")
# family words take no 的 after 他/她 ("他妈妈"); the others do ("他的老师")
FAMILY = ("妈妈", "爸爸", "哥哥", "姐姐", "弟弟", "妹妹", "奶奶", "爷爷")
OTHERS = ("朋友", "老师", "教练", "老板", "邻居", "医生")
PEOPLE = FAMILY + OTHERS

# food and drink with its measure word and what it is like ("它很___")
THINGS = {"茶": ("杯", "热"), "咖啡": ("杯", "热"), "汤": ("碗", "热"), "粥": ("碗", "热"),
          "牛奶": ("杯", "凉"), "果汁": ("杯", "凉"), "柠檬水": ("杯", "凉"), "冰水": ("杯", "凉"),
          "蛋糕": ("块", "甜"), "糖": ("块", "甜"), "蜂蜜": ("瓶", "甜"), "巧克力": ("块", "甜"),
          "柠檬": ("个", "酸"), "醋": ("瓶", "酸")}

# animals with their measure word and the sound they make; each sound starts with a character of its own
ANIMALS = {"猫": ("只", "喵喵叫"), "狗": ("只", "汪汪叫"), "鸭子": ("只", "嘎嘎叫"), "牛": ("头", "哞哞叫"),
           "狮子": ("头", "吼叫"), "小鸟": ("只", "叽叽喳喳地叫"), "羊": ("只", "咩咩叫"), "青蛙": ("只", "呱呱叫")}

# nouns and the measure word that counts them ("两本书", "三只猫")
MEASURED = {"书": "本", "本子": "本", "猫": "只", "狗": "只", "鸟": "只", "鸭子": "只", "鱼": "条", "裙子": "条",
            "裤子": "条", "苹果": "个", "杯子": "个", "鸡蛋": "个", "椅子": "把", "伞": "把", "钥匙": "把",
            "刀": "把", "桌子": "张", "纸": "张", "照片": "张", "床": "张", "车": "辆", "自行车": "辆",
            "衣服": "件", "毛衣": "件", "鞋": "双", "袜子": "双", "筷子": "双", "花": "朵", "树": "棵",
            "铅笔": "支", "笔": "支", "帽子": "顶", "蛋糕": "块", "手表": "块", "牛": "头", "马": "匹"}
NUMBERS = ("一", "两", "三", "四", "五")

# "高的那个是___": comparisons and their opposites
COMPARISONS = {"高": "矮", "快": "慢", "大": "小", "重": "轻"}

# places one goes to, rooms one goes into, and what one sits on (followed by 上)
PLACES = ("公园", "学校", "商店", "河边", "海边", "图书馆", "市场", "医院", "动物园", "超市", "花园", "操场",
          "饭店", "银行", "车站", "博物馆")
ROOMS = ("房间", "教室", "厨房", "客厅", "卧室", "办公室")
SURFACES = ("垫子", "床", "椅子", "沙发", "桌子", "地板", "草地", "地毯", "长椅", "石头", "屋顶", "箱子")
COMPANIONS = ("狗", "猫", "朋友", "哥哥", "姐姐", "妹妹", "弟弟", "妈妈", "爸爸")

# adjectives that suit each kind of noun ("我妈妈很___", "这碗汤很___")
ADJ_PERSON = ("好", "忙", "高", "漂亮", "聪明", "善良", "友好", "年轻", "严格", "温柔", "开心", "认真", "累", "瘦")
ADJ_FOOD = ("热", "烫", "好吃", "甜", "香", "咸", "凉", "新鲜", "贵", "便宜")
ADJ_PLACE = ("大", "美", "安静", "漂亮", "干净", "热闹", "远", "小", "旧", "新", "有名")
ADJ_ANIMAL = ("可爱", "小", "大", "乖", "聪明", "胖", "快", "安静", "凶", "饿")
ADJ_WEATHER = ("冷", "热", "好", "暖和", "晴朗", "闷")
ADJ_THING = ("新", "旧", "重", "轻", "贵", "便宜", "干净", "漂亮", "大", "小")
INTENSIFIERS = ("很", "非常", "真", "特别")

# the nouns the describe pattern talks about, with the measure word in "这___" and their kind
DESCRIBED = {
    "汤": ("碗", ADJ_FOOD), "茶": ("杯", ADJ_FOOD), "蛋糕": ("块", ADJ_FOOD), "苹果": ("个", ADJ_FOOD),
    "面包": ("个", ADJ_FOOD), "咖啡": ("杯", ADJ_FOOD),
    "公园": ("个", ADJ_PLACE), "学校": ("个", ADJ_PLACE), "城市": ("个", ADJ_PLACE), "商店": ("家", ADJ_PLACE),
    "房间": ("个", ADJ_PLACE), "图书馆": ("个", ADJ_PLACE),
    "小狗": ("只", ADJ_ANIMAL), "猫": ("只", ADJ_ANIMAL), "兔子": ("只", ADJ_ANIMAL), "马": ("匹", ADJ_ANIMAL),
    "书": ("本", ADJ_THING), "桌子": ("张", ADJ_THING), "椅子": ("把", ADJ_THING), "车": ("辆", ADJ_THING),
    "衣服": ("件", ADJ_THING), "手机": ("部", ADJ_THING),
}

GOING = ("去了", "跑到了", "走到了", "来到了")  # "Tom去了___"
SITTING = ("坐在", "睡在", "站在", "跳到")  # "那只猫坐在___上"
PREFIXES = ((), ("今天", "，"), ("后来", "，"), ("晚上", "，"), ("放学后", "，"), ("晚饭后", "，"), ("早上", "，"))
PREFIX_WEIGHTS = (4, 1, 1, 1, 1, 1, 1)
