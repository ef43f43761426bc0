"""``python main.py story``: the narration without a screen, exactly as the stage says it (built here from the
module's own register(), as main.py does)."""
import json

import pytest

import main
from alchemist_gui import story_cli
from alchemist_gui.story import Story
from engine import load_model
from engine.errors import AlchemistError


def run(argv, capsys) -> tuple[int, str, str]:
    """Parse and run like main.py: an AlchemistError is one line on stderr and exit code 2."""
    parser = main.Parser(prog="alchemist")
    sub = parser.add_subparsers(dest="command", parser_class=main.Parser)
    commands = story_cli.register(sub)
    try:
        args = parser.parse_args(argv)
        code = commands[args.command](args)
    except AlchemistError as exc:
        print(f"alchemist: {exc}", file=__import__("sys").stderr)
        code = 2
    out = capsys.readouterr()
    return code, out.out, out.err


def test_the_json_transcript_is_what_the_stage_says(model_dir, capsys):
    text = "Sarah lies still on the bed , feeling"
    code, out, _ = run(["story", text, "--model", model_dir, "--json", "--layer", "1", "--head", "2",
                        "--word", "3", "--temperature", "10", "--no-pe", "--knockout", "1.2"], capsys)
    assert code == 0
    beats = json.loads(out)["beats"]
    trace = load_model(model_dir).trace(text, temperature=10.0, positional=False, knockout={(1, 2)})
    story = Story(trace, 1, 2, 3)
    assert [b["name"] for b in beats] == [b.name for b in story.beats]
    for said, beat in zip(beats, story.beats):
        assert said == {"name": beat.name, "title": beat.text("title"), "line": beat.text("line"),
                        "note": beat.text("note")}
    assert "no numbered badge" in beats[0]["line"] and "grey alchemists" in beats[0]["line"]
    assert "is silenced" in beats[5]["line"] and "temperature is 10" in beats[4]["line"]


def test_the_chinese_transcript_uses_the_apps_translations(model_dir, capsys, qapp):
    from PySide6.QtCore import QCoreApplication, QTranslator

    code, out, _ = run(["story", "Sarah lies still", "--model", model_dir, "--lang", "zh"], capsys)
    assert code == 0
    translator = QTranslator()
    assert translator.load(str(story_cli.STORY_QM))
    QCoreApplication.installTranslator(translator)
    try:  # what the window shows with the app's translators installed
        story = Story(load_model(model_dir).trace("Sarah lies still"))
        expected = [b.text(part, lambda s: QCoreApplication.translate("story", s))
                    for b in story.beats for part in ("title", "line", "note")]
    finally:
        QCoreApplication.removeTranslator(translator)
    for text in expected:
        assert text in out
    assert out.startswith("1. 工坊\n")


@pytest.mark.parametrize("argv,message", [
    (["story", "   "], "empty"),
    (["story", "Sarah lies", "--head", "9"], "head 9 does not exist"),
    (["story", "Sarah lies", "--word", "5"], "word 5 does not exist"),
    (["story", "Sarah lies", "--lang", "fr"], "invalid choice"),
    (["story", "Sarah lies", "--temperature", "0"], "Temperature"),
])
def test_bad_input_is_one_line_and_exit_code_2(model_dir, capsys, argv, message):
    code, out, err = run([*argv, "--model", model_dir], capsys)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("alchemist: ") and message in err
