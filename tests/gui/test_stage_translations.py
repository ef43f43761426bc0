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


def test_the_stage_speaks_chinese_on_its_labels_and_menus(qtbot):
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QApplication

    from alchemist_gui.stage import StageView
    from alchemist_gui.story import Story
    from tests.story.traces import trace

    translator = QTranslator()
    assert translator.load(str(TS_FILE.with_suffix(".qm")))
    QCoreApplication.installTranslator(translator)
    view = StageView()
    qtbot.addWidget(view)
    try:
        view.resize(1000, 640)
        view.show()
        qtbot.waitExposed(view)
        tr = trace(8)
        story = Story(tr, 0, 1)
        view.set_story(story)
        view.set_time(story.start_of("mask") + 4.5)
        rope = view._items["rope"]
        assert rope.label == f"“{story.pose(view.t).rope.word}”够不着"
        assert view._items["reach"].state == "每位炼金师能够到的范围：因果掩码"
        view.show_loading()
        assert view._items["loading"].look[0] == "工坊正在开门：正在加载模型……"
        pos = view.mapFromScene(view._stations[2].alchemist.mapToScene(0, -60))
        QApplication.sendEvent(view.viewport(), QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos,
                                                                  view.viewport().mapToGlobal(pos)))
        assert [a.text() for a in view.menu.actions()] == [f"跟随“{tr.tokens[2]}”", "让头 0.1 静音",
                                                           "在检查器里查看头 0.1"]
        view.menu.close()
    finally:
        QCoreApplication.removeTranslator(translator)
