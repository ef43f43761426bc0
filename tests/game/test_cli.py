"""`challenges`: the answer key as JSON on the bundled model and on GPT-2 folders; bad input is one line, exit 2.

The command is run through main.py's own parser and error handling, with this module's register added to the
command modules (main.py lists it; until then the test adds it)."""
import io
import json
from contextlib import redirect_stderr, redirect_stdout

import pytest

import main
from alchemist_gui.game import CHAPTERS, all_challenge_ids
from alchemist_gui.game.kinds import KINDS

MODULE = "alchemist_gui.game.cli"


def call(*args):
    """main.main(["challenges", ...]) -> (exit code, stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    with pytest.MonkeyPatch.context() as mp, redirect_stdout(out), redirect_stderr(err):
        if MODULE not in main.COMMAND_MODULES:
            mp.setattr(main, "COMMAND_MODULES", (*main.COMMAND_MODULES, MODULE))
        code = main.main(["challenges", *map(str, args)])
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def bundled_key():
    return call("--json")


@pytest.fixture
def run_cli():
    return call


def test_json_key_on_the_bundled_model_matches_the_engine(bundled_key, bundled):
    code, out, err = bundled_key
    assert code == 0, err
    data = json.loads(out)
    assert [c["id"] for c in data["chapters"]] == [c.id for c in CHAPTERS]
    ids = [ch["id"] for c in data["chapters"] for ch in c["challenges"]]
    assert ids == list(all_challenge_ids()) and {i.split(".")[1] for i in ids} == set(KINDS)
    for c in data["chapters"]:
        assert c["title"] and c["beats"]
        for ch in c["challenges"]:
            assert {"id", "kind", "question", "answer"} <= set(ch)
            assert ch["question"] and ch["answer"], ch  # the bundled model poses every challenge
    play = data["chapters"][0]["challenges"][0]
    top = bundled.trace(data["sentence"]).predictions(1)[0]
    assert play["answer"]["winner"] == top[0] and play["answer"]["prob"] == pytest.approx(top[1], abs=1e-6)


def test_sentence_option_changes_the_key(run_cli, gpt2_folder):
    from engine import load_model

    m = load_model(gpt2_folder)
    winners = set()
    for sentence in ("w1 w2 w3 w4 w5", "w9 w8 w7 w6 w5 w4"):
        code, out, _ = run_cli("--model", gpt2_folder, "--sentence", sentence, "--json")
        assert code == 0
        data = json.loads(out)
        assert data["sentence"] == sentence and data["tokens"] == sentence.split()
        lens = data["chapters"][7]["challenges"][0]["answer"]["lens"]
        t = m.trace(sentence)
        assert [r["word"] for r in lens] == [t.lens_predictions(k, 1)[0][0] for k in range(t.config["n_layer"])]
        winners.add(json.dumps(lens))
    assert len(winners) == 2


def test_readable_key(run_cli, gpt2_folder):
    code, out, _ = run_cli("--model", gpt2_folder, "--sentence", "w3 w1 w4 w1 w5 w9")
    assert code == 0
    assert out.startswith("Answer key") and "1. The workshop" in out and "answer:" in out
    assert out.count("answer:") + out.count("skipped") == len(all_challenge_ids())


def test_json_key_on_gpt2_folders(run_cli, gpt2_folder, bpe_folder):
    from engine import load_model

    code, out, err = run_cli("--model", gpt2_folder, "--json")
    assert code == 0, err
    data = json.loads(out)
    m = load_model(gpt2_folder)
    assert data["config"]["n_layer"] == m.config["n_layer"]
    # the model cannot read the story's words, so it writes its own sentence
    assert "<unk>" not in data["tokens"]
    assert data["chapters"][0]["challenges"][0]["answer"]["winner"] == m.trace(data["sentence"]).predictions(1)[0][0]

    code, out, err = run_cli("--model", bpe_folder, "--sentence", "the cat sat on the mat", "--json")
    assert code == 0, err
    brew = json.loads(out)["chapters"][-1]["challenges"][0]
    assert brew["kind"] == "brew" and brew["answer"] is None and "pieces of words" in brew["skipped"]


@pytest.mark.parametrize("args, words", [
    (["--sentence", "  "], "empty"),
    (["--model", "/no/such/folder"], "not found"),
    (["--nonsense"], "unrecognized"),
])
def test_bad_input_is_one_line_and_exit_2(run_cli, args, words):
    code, out, err = run_cli(*args)
    assert code == 2 and out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("alchemist: ") and words in lines[0].lower()
