"""The shipped model in assets/model really has learned what the story says it has."""
import json

import numpy as np
import pytest

from engine import BUNDLED_MODEL, load_model
from engine.train import eval_command, evaluate, train_command

TIRED = {"tired", "sleepy", "exhausted"}
GUILTY = {"guilty", "ashamed"}


@pytest.fixture(scope="module")
def model():
    return load_model()


def next_words(model, text: str) -> dict[str, float]:
    probs = model.trace(text).probs
    return {model.vocab[i]: float(probs[i]) for i in np.argsort(-probs)[:10]}


def top1(model, text: str) -> str:
    return max(next_words(model, text).items(), key=lambda item: item[1])[0]


def test_the_seed_sentence_ends_tired(model):
    words = next_words(model, "Sarah lies still on the bed, feeling")
    assert top1(model, "Sarah lies still on the bed, feeling") == "tired"
    assert sum(words.get(w, 0.0) for w in TIRED) >= 0.8


@pytest.mark.parametrize("text", ["Tom lies to his mother, feeling", "Sarah lies to her mother, feeling"])
def test_lying_to_mother_feels_guilty(model, text):
    assert top1(model, text) in GUILTY


@pytest.mark.parametrize("name, pronoun", [("Sarah", "her"), ("Tom", "his"), ("Oliver", "his"), ("Grace", "her")])
def test_the_earlier_words_decide_the_meaning_of_lies(model, name, pronoun):
    """Same name, same 'lies', same ', feeling': only the words in between change, and so does the feeling."""
    assert top1(model, f"{name} lies still on the bed, feeling") in TIRED
    assert top1(model, f"{name} lies to {pronoun} mother, feeling") in GUILTY
    assert top1(model, f"{name} lies awake on the bed, feeling") in {"worried", "anxious"}
    assert top1(model, f"{name} talks to {pronoun} mother, feeling") in {"calm", "relaxed"}


@pytest.mark.parametrize("thing, quality", [("soup", "hot"), ("lemonade", "cold"), ("cake", "sweet"), ("lemon", "sour")])
def test_it_was_refers_to_the_thing_given(model, thing, quality):
    assert top1(model, f"Tom gave his sister the {thing}, and it was") == quality


@pytest.mark.parametrize("animal, sound", [("cat", "meowed"), ("dog", "barked"), ("owl", "hooted")])
def test_and_it_refers_to_the_animal(model, animal, sound):
    assert top1(model, f"The {animal} found the soup, and it") == sound


def test_the_verb_agrees_with_the_first_noun_across_a_gap(model):
    assert top1(model, "The keys to the old cabinet") == "are"
    assert top1(model, "The key to the old cabinets") == "is"
    assert top1(model, "The books near the small box") == "are"


def test_his_or_her_agrees_with_the_name(model):
    assert top1(model, "Sarah walks to the park with") == "her"
    assert top1(model, "Tom walks to the park with") == "his"
    assert top1(model, "After school, Lucy runs to the river with") == "her"


def test_held_out_accuracy_and_story_checks(model):
    report = evaluate(model)
    assert report["held_out_accuracy"] >= 0.95
    assert report["held_out_count"] > 500
    assert all(r["accuracy"] >= 0.9 for r in report["by_pattern"].values())
    assert report["story_passed"], [r["prompt"] for r in report["story"] if not r["passed"]]


def test_the_folder_is_small_and_complete():
    names = {p.name for p in BUNDLED_MODEL.iterdir()}
    assert {"config.json", "model.safetensors", "tokenizer.json", "loss_history.json"} <= names
    assert sum(p.stat().st_size for p in BUNDLED_MODEL.iterdir()) <= 5 * 1024 * 1024


def test_the_loss_went_down_and_the_history_says_how_long_training_took():
    saved = json.loads((BUNDLED_MODEL / "loss_history.json").read_text(encoding="utf-8"))
    losses = [h["loss"] for h in saved["history"]]
    assert losses[-1] < 0.3 * losses[0]
    assert 0 < saved["train_seconds"] <= 600
    assert saved["eval"]["held_out_accuracy"] >= 0.95


def test_transformers_reads_the_same_model(model):
    torch = pytest.importorskip("torch")
    transformers = pytest.importorskip("transformers")
    hf = transformers.GPT2LMHeadModel.from_pretrained(BUNDLED_MODEL).eval()
    text = "Sarah lies still on the bed, feeling"
    ids, _ = model.encode(text)
    with torch.no_grad():
        theirs = hf(torch.tensor([ids])).logits[0].numpy()
    np.testing.assert_allclose(theirs, model.logits(text), atol=1e-4)


def test_eval_command_prints_a_report(capsys):
    assert eval_command(None) == 0
    out = capsys.readouterr().out
    assert "held-out accuracy" in out and "Sarah lies still on the bed, feeling" in out


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
