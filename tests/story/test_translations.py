"""Every story template has a finished Chinese translation with the same placeholders (no Qt needed)."""
from alchemist_gui.story.text import all_templates
from alchemist_gui.story.translations import TS_FILE, placeholders, problems, read_ts, write_ts


def test_every_template_is_translated_with_matching_placeholders():
    assert problems() == []


def test_the_check_catches_missing_unfinished_and_mismatched_translations(tmp_path):
    good = {source: text for source, (text, _) in read_ts().items()}
    templates = all_templates()
    with_value = next(s for s in templates if placeholders(s))
    broken = dict(good)
    broken[templates[0]] = ""  # unfinished
    broken[with_value] = good[with_value].replace("{", "(").replace("}", ")")  # placeholders lost
    path = tmp_path / "story_zh_CN.ts"
    write_ts(broken, path)
    found = problems(path)
    assert any(line.startswith("unfinished") for line in found)
    assert any(line.startswith("placeholders differ") for line in found)
    write_ts({k: v for k, v in good.items() if k != templates[1]}, path)
    assert any(line.startswith("unfinished") and repr(templates[1]) in line for line in problems(path))


def test_the_translations_are_chinese():
    found = read_ts(TS_FILE)
    han = [s for s in all_templates() if any("\u4e00" <= c <= "\u9fff" for c in found[s][0])]
    assert len(han) >= len(all_templates()) - 3  # all but symbols such as "?" and "W_o"
