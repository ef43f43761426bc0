"""The compiled story_zh_CN.qm matches the .ts (not stale) and the stage paints Chinese labels."""
from PySide6.QtCore import QCoreApplication, QTranslator

from alchemist_gui.story.text import STAGE_LABELS, all_templates
from alchemist_gui.story.translations import TS_FILE, read_ts


def test_the_compiled_translations_match_the_source(qapp):
    translator = QTranslator()
    assert translator.load(str(TS_FILE.with_suffix(".qm")))
    QCoreApplication.installTranslator(translator)
    try:
        expected = read_ts()
        for source in all_templates():
            assert QCoreApplication.translate("story", source) == expected[source][0], source
        assert QCoreApplication.translate("story", STAGE_LABELS["floor"]).format(layer=3) == "第 3 块"
    finally:
        QCoreApplication.removeTranslator(translator)
