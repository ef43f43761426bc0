"""Bad sentences and bad model folders: a clear message in the window, and the previous run stays on screen."""
import json

import pytest

from alchemist_gui.session import MAX_CHARACTERS

from .conftest import N_POSITIONS, wait_idle


def submit(qtbot, window, text):
    window.sentence_bar.sentence.setEditText(text)
    window.sentence_bar.sentence.lineEdit().returnPressed.emit()
    wait_idle(qtbot, window)


@pytest.mark.parametrize("text, says", [
    ("", "empty"),
    ("   ", "empty"),
    ("xyzzy plugh frobnicate", "vocabulary"),
    ("🙂🙂 🚀", "vocabulary"),
    ("今天天气很好", "vocabulary"),
    ("Sarah " * 5000, "too long"),
])
def test_a_bad_sentence_explains_and_keeps_the_previous_run(qtbot, make_window, text, says):
    window = make_window()
    trace, story = window.session.trace, window.session.story
    failures = []
    window.session.refused.connect(failures.append)
    submit(qtbot, window, text)
    assert failures, f"no message for {text[:20]!r}"
    kind, message = window.banner.messages()["input"]
    assert kind == "error" and says in message
    assert window.banner.isVisible()
    assert window.session.trace is trace and window.session.story is story and window.stage.story is story
    assert "still shows" in message  # it says what is on screen instead
    # the next good sentence clears the message
    submit(qtbot, window, "The cat found the soup, and it")
    assert window.session.trace is not trace and "input" not in window.banner.messages()


def test_unknown_words_are_read_as_unk_with_a_gentle_notice(qtbot, make_window):
    window = make_window()
    submit(qtbot, window, "Sarah lies still on the trampoline, feeling")
    assert "<unk>" in window.session.trace.tokens
    kind, message = window.banner.messages()["unknown"]
    assert kind == "notice" and "trampoline" in message
    submit(qtbot, window, "Sarah lies still on the bed, feeling")
    assert "unknown" not in window.banner.messages()


def test_a_long_sentence_is_cut_with_a_notice(qtbot, make_window):
    window = make_window()
    text = " ".join(["the cat found the soup ,"] * 8)  # 48 tokens for a 24-token model
    submit(qtbot, window, text)
    assert window.session.trace.n_tokens == N_POSITIONS
    kind, message = window.banner.messages()["truncated"]
    assert kind == "notice" and str(N_POSITIONS) in message


@pytest.mark.parametrize("make_folder, says", [
    (lambda p: p / "missing", "not found"),
    (lambda p: p, "config.json"),
    (lambda p: (p / "config.json").write_text("{ nope") and p, "JSON"),
    (lambda p: (p / "config.json").write_text(json.dumps({"model_type": "bert"})) and p, "bert"),
])
def test_a_bad_model_folder_explains_and_keeps_the_model(qtbot, make_window, tmp_path, make_folder, says):
    window = make_window()
    trace, info = window.session.trace, window.session.info
    folder = make_folder(tmp_path)
    window.session.set_model(str(folder))
    wait_idle(qtbot, window)
    kind, message = window.banner.messages()["input"]
    assert kind == "error" and says in message
    assert window.session.trace is trace and window.session.info is info
    # the old model is still the one in use: the next sentence runs on it
    submit(qtbot, window, "Tom lies to his mother, feeling")
    assert window.session.trace is not trace and window.session.info.folder == info.folder


def test_another_model_folder_opens(qtbot, make_window, tmp_path):
    from engine.folder import save_folder

    from .conftest import build_random_model

    model = build_random_model(n_layer=3, n_head=2, seed=5)
    save_folder(tmp_path / "other", model.gpt, model.tokenizer.to_json())
    window = make_window()
    window.session.select(layer=1, head=3)
    window.session.set_model(str(tmp_path / "other"))
    wait_idle(qtbot, window)
    assert window.session.trace.config["n_layer"] == 3 and window.session.trace.config["n_head"] == 2
    assert window.session.selection.head == 1  # clamped to the new model
    assert len(window.experiments.knockout_buttons) == 6
    assert window.selection_bar.layer_box.count() == 3 and window.selection_bar.head_box.count() == 2
    assert "other" in window.sentence_bar.model_label.text()
    assert window.settings.model_folder() == str(tmp_path / "other")


def test_too_long_is_refused_before_the_engine(qtbot, make_window):
    window = make_window()
    asked = []
    window.session.client.finished.connect(asked.append)
    submit(qtbot, window, "a" * (MAX_CHARACTERS + 1))
    assert asked == [] and "input" in window.banner.messages()


def test_a_remembered_model_folder_that_is_gone_falls_back_to_the_bundled_model(qtbot, make_window, settings,
                                                                                  tmp_path):
    from engine import BUNDLED_MODEL

    if not (BUNDLED_MODEL / "config.json").is_file():
        pytest.skip("the bundled model is not trained yet")
    settings.set_model_folder(str(tmp_path / "deleted-since"))
    window = make_window(model=None)
    assert window.session.info.folder is None and window.session.trace is not None
    kind, message = window.banner.messages()["model"]
    assert kind == "notice" and "deleted-since" in message
