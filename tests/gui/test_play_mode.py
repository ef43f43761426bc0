"""The Play mode around the challenges: the switch and its key, the chapter map and its progress, saved progress
across a restart and after a corrupt file, keyboard-only play, Reset progress, English and Chinese."""
from __future__ import annotations


import json
import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from alchemist_gui.i18n import I18N_DIR

from .conftest import wait_idle
from .test_play_challenges import open_challenge, play_of, submit

HAN = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture(autouse=True)
def progress_file(tmp_path, monkeypatch):
    path = tmp_path / "progress.json"
    monkeypatch.setenv("ALCHEMIST_PROGRESS", str(path))
    return path


def test_the_switch_opens_the_map_and_gives_the_workshop_back(qtbot, make_window):
    window = make_window()
    play = play_of(window)
    docks_before = [d.objectName() for d in window.docks.all() if d.isVisible()]
    qtbot.mouseClick(play.switch.play, Qt.MouseButton.LeftButton)
    assert window.page == "play" and play.mode == "play" and play.switch.play.isChecked()
    assert not window.timeline_bar.isVisible()
    assert not window.docks.any_shown()  # the map takes the whole width
    qtbot.waitUntil(lambda: play.facts is not None, timeout=30_000)
    assert play.facts.sentence in play.map.game_line.text()
    assert "0 of 11" in play.map.progress.text()
    assert play.map.continue_button.text().endswith("Play GPT")
    window.menus.actions["play_mode"].trigger()  # F6: back to the Workshop
    assert window.page == "workshop" and play.mode == "workshop" and play.switch.workshop.isChecked()
    assert [d.objectName() for d in window.docks.all() if d.isVisible()] == docks_before
    assert window.menus.actions["play_mode"].shortcut().toString() == "F6"


def test_the_map_names_the_game_even_when_a_challenge_was_opened_at_once(qtbot, make_window):
    """A challenge asked for before the map heard which sentence the game is on still brings that news."""
    window = make_window()
    play = play_of(window)
    play.open_play()
    play.play("again.when_knows")  # the same worker lane: this job replaces the map's question
    qtbot.waitUntil(lambda: play.panel.state == "question", timeout=60_000)
    wait_idle(qtbot, window)
    play.back_to_map()
    assert play.facts is not None and play.facts.sentence in play.map.game_line.text()
    assert not window.session.locks and not play.dock.isVisible()
    qtbot.waitUntil(lambda: not window.clock.playing, timeout=10_000)


def test_progress_survives_a_restart(qtbot, make_window, progress_file, settings):
    window = make_window()
    inp = open_challenge(qtbot, window, "again.when_knows")
    floor = play_of(window).challenge.answer["floor"]
    qtbot.mouseClick(inp.chips.buttons[floor], Qt.MouseButton.LeftButton)
    result = submit(qtbot, window)
    assert result.medal == "best"
    assert play_of(window).map.row("again.when_knows").medal.medal == "best"
    window.close()
    again = make_window()
    play = play_of(again)
    play.open_play()
    row = play.map.row("again.when_knows")
    assert row.medal.medal == "best" and "1 try" in row.state.text()
    assert "1 of 11" in play.map.progress.text()
    assert not again.banner.messages().get("progress")
    # …and the map now suggests the first challenge not yet passed
    assert play.map.continue_button.text().endswith("Play GPT")
    assert json.loads(progress_file.read_text())["challenges"]["again.when_knows"]["attempts"] == 1


def test_a_corrupt_progress_file_gives_a_notice_and_a_fresh_start(qtbot, make_window, progress_file):
    progress_file.write_text('{"format": "alchemist-game-progress", "version": 1, "challenges": {"setup.pl')
    window = make_window()
    play = play_of(window)
    play.open_play()
    kind, text = window.banner.messages()["progress"]
    assert kind == "notice" and "could not be read" in text
    assert "0 of 11" in play.map.progress.text()
    backups = list(progress_file.parent.glob("progress.json.corrupt-*"))
    assert len(backups) == 1 and backups[0].read_text().endswith("setup.pl")
    inp = open_challenge(qtbot, window, "again.when_knows")  # play goes on, and saves a good file again
    qtbot.mouseClick(inp.chips.buttons[0], Qt.MouseButton.LeftButton)
    submit(qtbot, window)
    assert json.loads(progress_file.read_text())["challenges"]["again.when_knows"]["attempts"] == 1


def test_an_unwritable_progress_file_says_so_and_play_goes_on(qtbot, make_window, tmp_path, monkeypatch):
    blocker = tmp_path / "a_file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("ALCHEMIST_PROGRESS", str(blocker / "progress.json"))  # its folder cannot be made
    window = make_window()
    inp = open_challenge(qtbot, window, "again.when_knows")
    qtbot.mouseClick(inp.chips.buttons[0], Qt.MouseButton.LeftButton)
    result = submit(qtbot, window)
    kind, text = window.banner.messages()["progress"]
    assert kind == "error" and "cannot be saved" in text
    assert play_of(window).panel.state == "result" and result.valid


def test_reset_progress_asks_first(qtbot, make_window, monkeypatch):
    window = make_window()
    inp = open_challenge(qtbot, window, "again.when_knows")
    qtbot.mouseClick(inp.chips.buttons[0], Qt.MouseButton.LeftButton)
    submit(qtbot, window)
    play = play_of(window)
    play.back_to_map()
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Reset]
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: (asked.append(a[2]), answers.pop(0))[1])
    qtbot.mouseClick(play.map.reset_button, Qt.MouseButton.LeftButton)
    assert play.progress.attempts("again.when_knows") == 1  # cancelled: nothing forgotten
    qtbot.mouseClick(play.map.reset_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 2 and "cannot be undone" in asked[0]
    assert play.progress.attempts("again.when_knows") == 0
    assert play.map.row("again.when_knows").state.text() == "Not played yet"


def key(qtbot, widget, k):
    qtbot.keyClick(widget, k)
    QApplication.processEvents()


def test_keyboard_only_play(qtbot, make_window):
    """F6 opens the map, Enter starts the suggested challenge, Tab and arrows reach the chips, Space picks one,
    Enter submits, Enter goes on to the next challenge, Esc goes back to the map."""
    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
    window.clock.set_speed(50)
    play = play_of(window)
    key(qtbot, window.stage, Qt.Key.Key_F6)
    assert window.page == "play"
    assert QApplication.focusWidget() is play.map.continue_button
    key(qtbot, play.map.continue_button, Qt.Key.Key_Return)
    panel = play.panel
    qtbot.waitUntil(lambda: panel.state == "question", timeout=60_000)
    assert play.challenge_id == "setup.play_gpt"
    wait_idle(qtbot, window)
    chips = list(panel.input.chips.buttons.values())
    for _ in range(30):  # Tab through the panel until a word chip has the focus
        if QApplication.focusWidget() in chips:
            break
        key(qtbot, QApplication.focusWidget() or panel, Qt.Key.Key_Tab)
    first = QApplication.focusWidget()
    assert first in chips
    key(qtbot, first, Qt.Key.Key_Right)  # arrows move between the chips
    chip = QApplication.focusWidget()
    assert chip in chips and chip is not first
    key(qtbot, chip, Qt.Key.Key_Space)
    assert chip.isChecked() and panel.input.ready()
    key(qtbot, chip, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.state == "result", timeout=60_000)
    assert play.result.numbers["bet"] == {chip.text(): 1.0}
    assert QApplication.focusWidget() is panel.next
    qtbot.waitUntil(lambda: not play.scene.playing, timeout=10_000)
    key(qtbot, panel.next, Qt.Key.Key_Space)  # Space presses the button (the story's Space shortcut waits)
    qtbot.waitUntil(lambda: play.challenge_id == "recipe.best_match" and panel.state == "question", timeout=60_000)
    wait_idle(qtbot, window)
    key(qtbot, QApplication.focusWidget() or panel, Qt.Key.Key_Escape)
    assert window.page == "play" and play.challenge_id is None and not window.session.locks
    assert not play.dock.isVisible()
    qtbot.waitUntil(lambda: not window.clock.playing, timeout=10_000)
    button = play.map.row("again.when_knows").button
    button.setFocus()
    key(qtbot, button, Qt.Key.Key_Space)  # on the map too, Space presses the focused Play button
    assert play.challenge_id == "again.when_knows" and not window.clock.playing
    qtbot.waitUntil(lambda: panel.state == "question", timeout=60_000)
    wait_idle(qtbot, window)
    key(qtbot, QApplication.focusWidget() or panel, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.clock.playing, timeout=10_000)


def test_chinese_texts_on_the_map_and_in_a_challenge(qtbot, make_window):
    window = make_window()
    window.set_language("zh")
    play = play_of(window)
    play.open_play()
    qtbot.waitUntil(lambda: play.facts is not None, timeout=30_000)
    texts = [play.map.title.text(), play.map.progress.text(), play.map.continue_button.text(),
             play.switch.play.text(), play.map.row("pouring.call_pour").name.text(),
             play.map.cards[0].title.text(), window.menus.actions["play_mode"].text()]
    for text in texts:
        assert HAN.search(text), text
    inp = open_challenge(qtbot, window, "pouring.call_pour")
    panel = play.panel
    for text in (panel.question.text(), panel.submit.text(), panel.name.text(), play.dock.windowTitle(),
                 inp.title.text()):
        assert HAN.search(text), text
    result = submit(qtbot, window)
    assert HAN.search(panel.narration.text()) and HAN.search(panel.score.text())
    window.set_language("en")  # and back, live
    assert not HAN.search(panel.narration.text()) and panel.submit.text() == "Submit"
    assert result.valid


def test_every_play_string_has_a_chinese_translation(tmp_path):
    """The strings pyside6-lupdate finds in alchemist_gui/play are all translated in play_zh_CN.ts, with the
    same %1/%2 placeholders, and the compiled .qm is not older than the .ts."""
    from .translation_files import assert_translated, fresh_messages

    needed = fresh_messages(sorted((I18N_DIR.parent.parent / "alchemist_gui" / "play").rglob("*.py")), tmp_path)
    assert len(needed) > 150  # the screens' texts were found
    assert_translated(needed, I18N_DIR / "play_zh_CN.ts")


def test_play_buttons_are_reachable_with_arrows(qtbot, make_window):
    window = make_window()
    play = play_of(window)
    play.open_play()
    buttons = play.map.play_buttons()
    assert len(buttons) == 11 and all(isinstance(b, QPushButton) for b in buttons)
    buttons[0].setFocus()
    qtbot.keyClick(buttons[0], Qt.Key.Key_Down)
    assert QApplication.focusWidget() is buttons[1]
    qtbot.keyClick(buttons[1], Qt.Key.Key_Up)
    assert QApplication.focusWidget() is buttons[0]
