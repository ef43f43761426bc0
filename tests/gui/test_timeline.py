"""The story's controls: every beat is reachable, the keyboard drives the clock, scrubbing back is exact."""
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from alchemist_gui.story import BEATS

from .conftest import wait_idle


def test_every_beat_is_reachable_from_its_chip(qtbot, make_window):
    window = make_window()
    chips = window.timeline.chips
    assert [c.objectName() for c in chips] == [f"beat-{name}" for name in BEATS]
    for name, chip in reversed(list(zip(BEATS, chips))):  # backwards too: any beat from anywhere
        qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)
        assert window.current_beat() == name
        assert chip.isChecked()
        assert window.narration.title.text()  # the narration follows
        window.clock.pause()


def test_a_chip_plays_its_beat_and_stops_at_its_end(qtbot, make_window):
    window = make_window()
    window.clock.set_speed(8.0)
    qtbot.mouseClick(window.timeline.chips[1], Qt.MouseButton.LeftButton)
    assert window.clock.playing
    qtbot.waitUntil(lambda: not window.clock.playing, timeout=5000)
    recipe = window.session.story.beats[1]
    assert abs(window.clock.time - recipe.end) < 1e-5
    assert window.current_beat() == "recipe" and window.timeline.chips[1].isChecked()  # still showing that beat


def test_keys_step_through_all_beats_and_back(qtbot, make_window):
    window = make_window()
    window.activateWindow()
    seen = [window.current_beat()]
    for _ in range(len(BEATS) - 1):
        qtbot.keyClick(window.stage, Qt.Key.Key_Right)
        seen.append(window.current_beat())
    assert seen == list(BEATS)
    qtbot.keyClick(window.stage, Qt.Key.Key_Right)  # past the last beat: the finished prediction
    window.clock.pause()
    assert window.clock.time == window.clock.duration
    back = []
    for _ in range(len(BEATS)):  # from the end, ← replays the last beat, then goes one beat back each time
        qtbot.keyClick(window.stage, Qt.Key.Key_Left)
        window.clock.pause()
        assert window.clock.time == window.session.story.beat_at(window.clock.time).start
        back.append(window.current_beat())
    assert back == list(reversed(BEATS))


def test_space_plays_and_pauses(qtbot, make_window):
    window = make_window()
    assert not window.clock.playing
    qtbot.keyClick(window.stage, Qt.Key.Key_Space)
    assert window.clock.playing
    start = window.clock.time
    qtbot.waitUntil(lambda: window.clock.time > start + 0.1, timeout=3000)
    qtbot.keyClick(window.stage, Qt.Key.Key_Space)
    assert not window.clock.playing
    t = window.clock.time
    qtbot.wait(100)
    assert window.clock.time == t  # paused means still


def test_space_in_the_sentence_box_types_a_space(qtbot, make_window):
    window = make_window()
    edit = window.sentence_bar.sentence.lineEdit()
    edit.setFocus()
    edit.setText("Sarah")
    edit.end(False)
    qtbot.keyClick(edit, Qt.Key.Key_Space)
    assert edit.text() == "Sarah "
    assert not window.clock.playing


def test_scrubbing_backwards_is_exact(qtbot, make_window):
    window = make_window()
    slider = window.timeline.slider
    target = slider.maximum() * 0.6
    slider.setValue(int(target))
    t1 = window.clock.time
    pose = window.session.story.pose(t1)
    slider.setValue(slider.maximum())
    slider.setValue(int(target))  # back again
    assert window.clock.time == t1
    assert window.session.story.pose(window.clock.time) == pose
    assert window.stage.t == t1


def test_speed_changes_the_clock(qtbot, make_window):
    window = make_window()
    combo = window.timeline.speed
    combo.setCurrentIndex(combo.findData(2.0))
    assert window.clock.speed == 2.0
    assert window.settings.speed() == 2.0


def test_home_and_end(qtbot, make_window):
    window = make_window()
    qtbot.keyClick(window.stage, Qt.Key.Key_End)
    assert window.current_beat() == "prediction"
    qtbot.keyClick(window.stage, Qt.Key.Key_Home)
    # Home is the first moment the whole workshop stands (the end of the opening beat), not an empty room at 0:00
    setup = window.session.story.beats[0]
    assert window.current_beat() == "setup" and setup.end - 1e-3 < window.clock.time < setup.end
    assert not window.clock.playing


def test_a_click_on_the_track_jumps_there(qtbot, make_window):
    window = make_window()
    slider = window.timeline.slider
    qtbot.mouseClick(slider, Qt.MouseButton.LeftButton, pos=QPoint(slider.width() * 3 // 4, slider.height() // 2))
    fraction = window.clock.time / window.clock.duration
    assert 0.65 < fraction < 0.85  # where the click was, not one page step along


def test_enter_runs_and_hands_the_keys_to_the_story_and_esc_leaves_the_box(qtbot, make_window):
    window = make_window()
    box = window.sentence_bar.sentence
    box.setFocus()
    box.setEditText("Tom lies to his mother, feeling")
    qtbot.keyClick(box.lineEdit(), Qt.Key.Key_Return)
    wait_idle(qtbot, window)
    assert window.session.trace.text == "Tom lies to his mother, feeling"
    assert window.stage.hasFocus() or QApplication.focusWidget() is window.stage
    box.setFocus()
    qtbot.keyClick(box.lineEdit(), Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is window.stage
    qtbot.keyClick(window.stage, Qt.Key.Key_PageDown)  # a clicker steps forward
    assert window.current_beat() == "recipe" and window.clock.playing  # (it plays the step to its end)
    window.clock.pause()


def test_the_app_opens_by_playing_the_first_beat(qtbot, make_window):
    window = make_window(autoplay=True)
    assert window.clock.playing  # the workshop fades in by itself ...
    window.clock.set_speed(8.0)
    qtbot.waitUntil(lambda: not window.clock.playing, timeout=5000)
    assert abs(window.clock.time - window.session.story.beats[0].end) < 1e-5  # ... and waits at the end of the first beat
    assert window.current_beat() == "setup" and window.timeline.chips[0].isChecked()
