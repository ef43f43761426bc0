"""Switching the language live, and remembering layout and choices between sessions."""
import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton

from alchemist_gui.i18n import I18N_DIR
from engine import Switches
from alchemist_gui.settings import Settings

from .conftest import wait_idle

HAN = re.compile(r"[\u4e00-\u9fff]")


def visible_strings(window):
    beat = window.session.story.beat_at(window.clock.time)
    return {
        "title": window.windowTitle(),
        "menu": window.menus.file.title(),
        "run": window.sentence_bar.run_button.text(),
        "dock": window.docks.experiments_dock.windowTitle(),
        "mask": window.experiments.mask.text(),
        "tab": window.docks.inspector.tabs.tabText(0),
        "chip": window.timeline.chips[0].text(),
        "beat": window.narration.title.text(),
        "line": window.narration.line.text(),
        "compare": window.docks.compare.attention_box.title(),
        "speed": window.timeline.speed_label.text(),
        "_beat_title": beat.title,
    }


def test_the_translation_files_exist():
    assert (I18N_DIR / "app_zh_CN.qm").is_file() and (I18N_DIR / "app_zh_CN.ts").is_file()
    assert (I18N_DIR / "story_zh_CN.qm").is_file()


def test_language_switches_to_chinese_and_back(qtbot, make_window):
    window = make_window()
    english = visible_strings(window)
    assert not any(HAN.search(v) for v in english.values())
    window.menus.language_actions["zh"].trigger()
    chinese = visible_strings(window)
    for key, text in chinese.items():
        if key.startswith("_"):
            continue
        assert HAN.search(text), f"{key} is not Chinese: {text!r}"
    assert "Alchemist" in chinese["title"]  # the window can still be found by its name
    assert chinese["beat"] == QCoreApplication.translate("story", english["_beat_title"])
    assert window.settings.language() == "zh"
    window.menus.language_actions["en"].trigger()
    back = visible_strings(window)
    assert back == english


def test_banner_messages_follow_the_language(qtbot, make_window):
    window = make_window()
    window.session.set_sentence("Sarah lies on the trampoline, feeling")
    wait_idle(qtbot, window)
    assert not HAN.search(window.banner.messages()["unknown"][1])
    window.set_language("zh")
    assert HAN.search(window.banner.messages()["unknown"][1])


def test_choices_are_remembered(qtbot, make_window, tmp_path):
    path = str(tmp_path / "remember.ini")
    window = make_window(settings_=Settings(path))
    window.session.set_sentence("Tom lies to his mother, feeling")
    wait_idle(qtbot, window)
    window.session.set_switches(Switches(mask=False, positional=True, temperature=2.0, knockout=frozenset({(1, 3)})))
    wait_idle(qtbot, window)
    window.session.select(layer=1, head=2)
    window.timeline.speed.setCurrentIndex(window.timeline.speed.findData(0.5))
    window.set_language("zh")
    window.docks.inspector_dock.hide()
    window.resize(780, 600)  # within the offscreen screen (800 × 800), which restoreGeometry respects
    window.close()

    again = make_window(settings_=Settings(path), size=None)
    assert again.session.trace.text == "Tom lies to his mother, feeling"
    # experiments are not restored silently: the workshop opens with everything on and offers last time's
    assert again.session.trace.switches == Switches() and again.experiments.mask.isChecked()
    kind, offer = again.banner.messages()["restore"]
    assert kind == "notice" and "2" in offer and "1.3" in offer
    action = next(b for b in again.banner.findChildren(QPushButton) if b.objectName() == "bannerAction" and b.isVisible())
    action.click()
    wait_idle(qtbot, again)
    t = again.session.trace
    assert (t.mask, t.positional, t.temperature, t.knockout) == (False, True, 2.0, frozenset({(1, 3)}))
    assert not again.experiments.mask.isChecked() and "restore" not in again.banner.messages()
    assert (again.session.selection.layer, again.session.selection.head) == (1, 2)
    assert again.clock.speed == 0.5
    assert again.settings.language() == "zh"
    assert not again.docks.inspector_dock.isVisible()
    # offscreen, restoreGeometry re-fits the frame to the 800-pixel screen: allow a few pixels
    assert abs(again.width() - 780) <= 24 and abs(again.height() - 600) <= 24


def test_reset_layout_brings_the_docks_back(qtbot, make_window):
    window = make_window()
    window.docks.experiments_dock.hide()
    window.docks.compare_dock.setFloating(True)
    window.menus.actions["reset_layout"].trigger()
    assert window.docks.experiments_dock.isVisible() and not window.docks.compare_dock.isFloating()


def test_the_panels_share_one_tabbed_column_and_the_stage_gets_the_width(qtbot, make_window):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QTabBar

    window = make_window(size=(1440, 900))
    # the window's three, and the Learning tab of the apprenticeship (the game's dock shows only while playing)
    docks = (window.docks.experiments_dock, window.docks.inspector_dock, window.docks.compare_dock,
             window.extensions["apprentice"].dock)
    assert {window.dockWidgetArea(d) for d in docks} == {Qt.DockWidgetArea.RightDockWidgetArea}
    assert set(window.tabifiedDockWidgets(window.docks.experiments_dock)) == set(docks) - {window.docks.experiments_dock}
    tabs = next(bar for bar in window.findChildren(QTabBar) if bar.count() == len(docks))
    assert tabs.tabText(tabs.currentIndex()) == "Experiments"  # what to click comes first; the rest one tab away
    assert window.stage.width() > 0.6 * window.width()  # the stage is the star
    scale = window.stage.transform().m11()
    assert scale > 0.5  # the 1600 × 1000 workshop is not shrunk to a thumbnail


def test_reset_the_layout_puts_every_panel_back_and_leaves_the_games_panel_to_the_game(qtbot, make_window):
    from PySide6.QtCore import Qt

    window = make_window(size=(1440, 900))
    learning, challenge = window.extensions["apprentice"].dock, window.extensions["play"].dock
    learning.setFloating(True)  # a learner dragged the Learning tab out, and closed the inspector
    window.docks.inspector_dock.close()
    window.menus.actions["reset_layout"].trigger()
    column = (window.docks.experiments_dock, window.docks.inspector_dock, window.docks.compare_dock, learning)
    assert all(d.isVisible() and not d.isFloating() for d in column)
    assert set(window.tabifiedDockWidgets(window.docks.experiments_dock)) >= set(column[1:])
    assert {window.dockWidgetArea(d) for d in column} == {Qt.DockWidgetArea.RightDockWidgetArea}
    assert not challenge.isVisible()  # the challenge panel belongs to Play: not shown on the workshop


def test_a_layout_saved_by_an_older_version_is_not_restored(qtbot, make_window, tmp_path):
    from PySide6.QtCore import Qt

    from alchemist_gui.docks import STATE_VERSION as DOCK_STATE_VERSION

    path = str(tmp_path / "old.ini")
    window = make_window(settings_=Settings(path))
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, window.docks.experiments_dock)  # the old default
    old_state = window.saveState(DOCK_STATE_VERSION - 1)
    window.close()
    saved = Settings(path)
    saved.save_window(window.saveGeometry(), old_state)  # as an older version left it
    saved.sync()
    again = make_window(settings_=Settings(path))
    assert again.dockWidgetArea(again.docks.experiments_dock) == Qt.DockWidgetArea.RightDockWidgetArea
    assert again.restoreState(old_state, DOCK_STATE_VERSION - 1)  # (the old state did put it on the left)
    assert again.dockWidgetArea(again.docks.experiments_dock) == Qt.DockWidgetArea.LeftDockWidgetArea


def test_every_ui_string_has_a_chinese_translation(tmp_path):
    """Extract the strings from the code again (pyside6-lupdate) and check each one is translated in the .ts,
    with the same %1/%2 placeholders, and that the compiled .qm is not older than the .ts."""
    from .translation_files import assert_translated, fresh_messages

    needed = fresh_messages(sorted((I18N_DIR.parent.parent / "alchemist_gui").glob("*.py")), tmp_path)
    assert len(needed) > 150
    assert_translated(needed, I18N_DIR / "app_zh_CN.ts")
