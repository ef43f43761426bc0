"""The shipped model in assets/model really has learned what the story says it has, in English and Chinese."""
import json

import numpy as np
import pytest

from engine import BUNDLED_MODEL, load_model
from engine import world_en, world_zh
from engine.checkpoints import list_checkpoints
from engine.corpus import PATTERNS
from engine.evaluation import eval_command, evaluate
from engine.presets import presets
from engine.train import train_command

TIRED = {"tired", "sleepy", "exhausted"}
GUILTY = {"guilty", "ashamed"}
SEED = "Sarah lies still on the bed, feeling"
SEED_ZH = "Sarah静静地躺在床上，感觉"
LIES_ZH = "Tom对他妈妈撒谎，感觉"


@pytest.fixture(scope="module")
def model():
    return load_model()


@pytest.fixture(scope="module")
def report(model):
    return evaluate(model)


def next_words(model, text: str, **switches) -> dict[str, float]:
    probs = model.trace(text, **switches).probs
    return {model.vocab[i]: float(probs[i]) for i in np.argsort(-probs)[:10]}


def top1(model, text: str, **switches) -> str:
    return max(next_words(model, text, **switches).items(), key=lambda item: item[1])[0]


def test_the_seed_sentence_ends_tired(model):
    words = next_words(model, SEED)
    assert top1(model, SEED) == "tired"
    assert sum(words.get(w, 0.0) for w in TIRED) >= 0.8


@pytest.mark.parametrize("text", ["Tom lies to his mother, feeling", "Sarah lies to her mother, feeling"])
def test_lying_to_mother_feels_guilty(model, text):
    assert top1(model, text) in GUILTY
    assert top1(model, "Tom lies to his mother, feeling") == "guilty"


@pytest.mark.parametrize("name, pronoun", [("Sarah", "her"), ("Tom", "his"), ("Oliver", "his"), ("Grace", "her")])
def test_the_earlier_words_decide_the_meaning_of_lies(model, name, pronoun):
    """Same name, same 'lies', same ', feeling': only the words in between change, and so does the feeling."""
    assert top1(model, f"{name} lies still on the bed, feeling") in TIRED
    assert top1(model, f"{name} lies to {pronoun} mother, feeling") in GUILTY
    assert top1(model, f"{name} lies awake on the bed, feeling") in {"worried", "anxious"}
    assert top1(model, f"{name} talks to {pronoun} mother, feeling") in {"calm", "relaxed"}


def test_the_chinese_seed_sentence_ends_tired(model):
    assert model.trace(SEED_ZH).tokens == ("Sarah", *"静静地躺在床上，感觉")  # one token per character
    words = next_words(model, SEED_ZH)
    assert top1(model, SEED_ZH) == "累"
    assert sum(words.get(c, 0.0) for c in ("累", "困", "疲")) >= 0.8  # 累, 困 and 疲惫 (its first character)
    assert top1(model, SEED_ZH + "疲") == "惫"


def test_lying_in_chinese_feels_guilty(model):
    words = next_words(model, LIES_ZH)
    assert top1(model, LIES_ZH) == "内"
    assert words.get("内", 0.0) + words.get("羞", 0.0) >= 0.8  # 内疚 and 羞愧
    assert top1(model, LIES_ZH + "内") == "疚"


def test_in_chinese_the_verb_several_characters_back_decides(model):
    assert top1(model, "Tom撒谎骗了他妈妈，感觉") in {"内", "羞"}
    assert top1(model, "Tom静静地躺在沙发上，感觉") in {"累", "困", "疲"}
    assert top1(model, "Tom在沙发上跳来跳去，感觉") in {"兴", "激"}
    assert top1(model, "Tom睁着眼睛躺在床上，感觉") in {"担", "焦"}


@pytest.mark.parametrize("thing, quality", [("soup", "hot"), ("lemonade", "cold"), ("cake", "sweet"), ("lemon", "sour")])
def test_it_was_refers_to_the_thing_given(model, thing, quality):
    assert top1(model, f"Tom gave his sister the {thing}, and it was") == quality


@pytest.mark.parametrize("animal, sound", [("cat", "meowed"), ("dog", "barked"), ("owl", "hooted")])
def test_and_it_refers_to_the_animal(model, animal, sound):
    assert top1(model, f"The {animal} found the soup, and it") == sound


def test_chinese_it_and_measure_words(model):
    assert top1(model, "Tom给了他妹妹一碗汤，它很") == "热"
    assert top1(model, "Tom给了他妹妹一杯牛奶，它很") == "凉"
    assert top1(model, "那只猫找到了汤，它") == "喵"
    assert top1(model, "那只狗找到了蛋糕，它") == "汪"
    assert top1(model, "Sarah有很多书，她给了我两") == "本"
    assert top1(model, "Tom有很多猫，他给了我两") == "只"


def test_the_verb_agrees_with_the_first_noun_across_a_gap(model):
    assert top1(model, "The keys to the old cabinet") == "are"
    assert top1(model, "The key to the old cabinets") == "is"
    assert top1(model, "The books near the small box") == "are"


def test_his_or_her_agrees_with_the_name(model):
    assert top1(model, "Sarah walks to the park with") == "her"
    assert top1(model, "Tom walks to the park with") == "his"
    assert top1(model, "After school, Lucy runs to the river with") == "her"
    assert top1(model, "Sarah去了公园，和") == "她"


ORDER = [("Tom is taller than Sarah, so the taller one is", "Tom"),
         ("Sarah is taller than Tom, so the taller one is", "Sarah"),
         ("Sarah is older than Tom, so the older one is", "Sarah"),
         ("Tom is slower than Sarah, so the slower one is", "Tom"),
         ("Tom比Sarah高，所以高的那个是", "Tom"), ("Sarah比Tom高，所以高的那个是", "Sarah")]


@pytest.mark.parametrize("text, who", ORDER)
def test_word_order_decides_who_is_taller(model, text, who):
    assert top1(model, text) == who


@pytest.mark.parametrize("first, second", [(ORDER[0][0], ORDER[1][0]), (ORDER[4][0], ORDER[5][0])])
def test_without_badges_and_rope_both_orders_are_one_bag_of_words(model, first, second):
    """Same words, other order: with no positions and no mask the model cannot tell them apart at all."""
    a = model.trace(first, mask=False, positional=False).probs
    b = model.trace(second, mask=False, positional=False).probs
    np.testing.assert_allclose(a, b, atol=1e-5)
    assert a.argmax() == b.argmax()
    assert sorted(model.trace(first).tokens) == sorted(model.trace(second).tokens)


def test_a_learners_simple_sentences_are_known_and_get_a_sensible_next_word(model):
    for text in ("The cat sat on the mat.", "My mother is very kind.", "The dog ran to the park.",
                 "I like to play with my friends.", "It is raining, so Tom takes his umbrella."):
        assert not model.trace(text).unknown, text
    assert top1(model, "The cat sat on the") in world_en.SURFACES
    assert top1(model, "My mother is very") in world_en.ADJ_PERSON
    assert top1(model, "The dog ran to the") in world_en.PLACES
    assert top1(model, "Today is Monday, so tomorrow is") == "Tuesday"
    assert top1(model, "Tom has one dog and Sarah has two") == "dogs"
    assert top1(model, "那只猫坐在") in {w[0] for w in world_zh.SURFACES}


def test_every_preset_gets_what_it_is_there_to_show(model):
    for preset in presets("en"):
        assert top1(model, preset.text) in preset.expect, preset.text
    assert presets("zh")[0].language == "zh" and presets("en")[0].language == "en"


def test_the_vocabulary_is_big(model):
    english = [w for w in model.tokenizer.known_words() if w.isascii() and w.isalpha()]
    assert len(english) >= 800
    assert "Sarah" in model.tokenizer.known_words() and "累" in model.tokenizer.known_words()


def test_held_out_accuracy_per_pattern_and_language(report):
    assert report["held_out_accuracy"] >= 0.95
    assert report["held_out_count"] > 3000
    assert set(report["by_language"]) == {"en", "zh"}
    assert all(r["accuracy"] >= 0.95 for r in report["by_language"].values()), report["by_language"]
    assert set(report["by_pattern"]) == set(PATTERNS)
    low = {p: r["accuracy"] for p, r in report["by_pattern"].items() if r["accuracy"] < 0.95}
    assert not low
    assert report["story_passed"], [r["prompt"] for r in report["story"] if not r["passed"]]


def test_attention_carries_the_choice(model):
    """Silence the heads that read 'lies' and 'still' from the last word, and "tired" is no longer sure: the
    choice travels through attention, not through the word "feeling" alone."""
    t = model.trace(SEED)
    where = [i for i, tok in enumerate(t.tokens) if tok in ("lies", "still")]
    weight = t.attention[:, :, -1, where].sum(-1)  # [layer, head]: share poured from those words
    heads = [tuple(int(x) for x in divmod(int(i), weight.shape[1])) for i in np.argsort(-weight, axis=None)[:4]]
    before = next_words(model, SEED)
    after = next_words(model, SEED, knockout=set(heads))
    assert sum(after.get(w, 0.0) for w in TIRED) < 0.5 * sum(before.get(w, 0.0) for w in TIRED)


def test_checkpoints_show_the_workshop_as_it_learned(model):
    infos = list_checkpoints(BUNDLED_MODEL)
    assert len(infos) >= 10 and infos[0].step == 0 and infos[-1].is_final
    first, last = load_model(checkpoint="first"), load_model(checkpoint="last")
    assert top1(first, SEED) != "tired"
    assert top1(last, SEED) == "tired"
    assert all(i.train_loss is not None and i.heldout_loss is not None and i.heldout_accuracy is not None
               for i in infos)
    assert infos[-1].heldout_loss < 0.3 * infos[0].heldout_loss
    assert infos[0].heldout_accuracy < 0.1 < 0.95 <= infos[-1].heldout_accuracy


def test_the_folder_is_small_and_complete():
    names = {p.name for p in BUNDLED_MODEL.iterdir()}
    assert {"config.json", "model.safetensors", "tokenizer.json", "loss_history.json", "checkpoints"} <= names
    size = sum(p.stat().st_size for p in BUNDLED_MODEL.rglob("*") if p.is_file())
    assert size <= 40 * 1024 * 1024


def test_the_loss_went_down_and_the_history_says_how_it_was_trained():
    saved = json.loads((BUNDLED_MODEL / "loss_history.json").read_text(encoding="utf-8"))
    losses = [h["loss"] for h in saved["history"]]
    assert losses[-1] < 0.3 * losses[0]
    assert 0 < saved["train_seconds"] <= 1800
    assert saved["training"]["mask"] is True and saved["training"]["patterns"] == list(PATTERNS)
    assert saved["eval"]["held_out_accuracy"] >= 0.95


def test_transformers_reads_the_same_model(model):
    torch = pytest.importorskip("torch")
    transformers = pytest.importorskip("transformers")
    hf = transformers.GPT2LMHeadModel.from_pretrained(BUNDLED_MODEL).eval()
    for text in (SEED, SEED_ZH):
        ids, _ = model.encode(text)
        with torch.no_grad():
            theirs = hf(torch.tensor([ids])).logits[0].numpy()
        np.testing.assert_allclose(theirs, model.logits(text), atol=1e-4)


def test_eval_command_prints_a_report(capsys):
    assert eval_command(None) == 0
    out = capsys.readouterr().out
    assert "held-out accuracy" in out and SEED in out and SEED_ZH in out and "zh:" in out
    assert eval_command(None, as_json=True) == 0
    saved = json.loads(capsys.readouterr().out)
    assert saved["by_language"]["zh"]["accuracy"] >= 0.95 and "order" in saved


def test_commands_explain_bad_input_in_one_line(tmp_path, capsys):
    assert eval_command(tmp_path / "no-such-folder") == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "Traceback" not in err
    a_file = tmp_path / "model.txt"
    a_file.write_text("not a folder")
    assert train_command(a_file, 0) == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1
    assert train_command(tmp_path / "m", -1) == 2


def test_eval_command_reads_any_gpt2_folder(tiny_folder, capsys):
    """Another model gets the same report (and fails the checks) instead of a crash."""
    assert eval_command(tiny_folder) == 0
    assert "FAIL" in capsys.readouterr().out
