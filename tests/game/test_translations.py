"""Every game template has a finished Chinese translation with the same placeholders, and the compiled .qm is
the one Qt will read (no screen needed: QTranslator works without an application)."""
from alchemist_gui.game.texts import all_templates
from alchemist_gui.game.translations import QM_FILE, TS_FILE, placeholders, problems, read_ts, write_ts


def test_every_template_is_translated_with_matching_placeholders():
    assert problems() == []


def test_the_check_catches_missing_unfinished_and_mismatched_translations(tmp_path):
    good = {source: text for source, (text, _) in read_ts().items()}
    templates = all_templates()
    with_value = next(s for s in templates if placeholders(s))
    broken = dict(good)
    broken[templates[0]] = ""
    broken[with_value] = good[with_value].replace("{", "(").replace("}", ")")
    path = tmp_path / "game_zh_CN.ts"
    write_ts(broken, path)
    found = problems(path)
    assert any(line.startswith("unfinished") and repr(templates[0]) in line for line in found)
    assert any(line.startswith("placeholders differ") and repr(with_value) in line for line in found)


def test_the_translations_are_chinese():
    found = read_ts(TS_FILE)
    assert all(any("\u4e00" <= c <= "\u9fff" for c in found[s][0]) for s in all_templates())


def test_the_compiled_file_translates_every_template():
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(QM_FILE))
    found = read_ts(TS_FILE)
    stale = [s for s in all_templates() if translator.translate("game", s) != found[s][0]]
    assert stale == [], "run: pyside6-lrelease assets/i18n/game_zh_CN.ts -qm assets/i18n/game_zh_CN.qm"
