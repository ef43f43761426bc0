"""The stage draws the story: it builds for every beat (also 12 x 12 heads at 32 words), its items are made once,
what it shows is the pose's, and clicks and menus on alchemists become signals."""
import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QImage
from PySide6.QtWidgets import QApplication

from alchemist_gui.stage import StageView
from alchemist_gui.stage import palette as P
from alchemist_gui.stage.base import PoseItem
from alchemist_gui.stage.measure import frame_times_ms
from alchemist_gui.story import Story
from tests.story.traces import big_trace, trace


@pytest.fixture
def view(qtbot):
    v = StageView()
    qtbot.addWidget(v)
    v.resize(1400, 800)
    v.show()
    qtbot.waitExposed(v)
    v.fit()
    return v


def image_of(view) -> np.ndarray:
    img = view.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    data = np.frombuffer(img.constBits(), dtype=np.uint8, count=img.sizeInBytes())
    return data.reshape(img.height(), img.bytesPerLine())[:, : img.width() * 4].copy()


def test_the_stage_builds_every_beat_of_a_big_model(view):
    tr = big_trace(32)
    story = Story(tr, layer=11, head=11)
    view.set_story(story)
    count = len(view.scene().items())
    shots = []
    for beat in story.beats:
        view.set_time(beat.start + 0.6 * beat.duration)
        shots.append(image_of(view))
        assert len(view.scene().items()) == count  # set_time never creates or deletes items
    for a, b in zip(shots, shots[1:]):
        assert not np.array_equal(a, b)  # every beat looks different from the one before
    assert all(shot.std() > 10 for shot in shots)


def test_scrubbing_back_shows_the_same_picture(view):
    story = Story(trace(8), 0, 1)
    view.set_story(story)
    t = story.start_of("pour") + 3.0
    view.set_time(t)
    first = image_of(view)
    view.set_time(story.duration * 0.9)
    view.set_time(1.0)
    view.set_time(t)
    assert np.array_equal(image_of(view), first)


def scene_point_of(view, item, dy: float) -> QPoint:
    return view.mapFromScene(item.mapToScene(0, dy))


def test_clicking_an_alchemist_follows_his_word(view, qtbot):
    story = Story(trace(8), 1, 2)
    view.set_story(story)
    view.set_time(story.start_of("recipe") + 3)
    for j in (0, 5):
        alchemist = view._stations[j].alchemist
        with qtbot.waitSignal(view.token_clicked, timeout=1000) as signal:
            qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=scene_point_of(view, alchemist, -60))
        assert signal.args == [j]


def right_click(view, item, dy: float = -60) -> None:
    pos = scene_point_of(view, item, dy)
    QApplication.sendEvent(view.viewport(), QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos,
                                                              view.viewport().mapToGlobal(pos)))


def menu_actions(view) -> list:
    assert view.menu is not None and view.menu.isVisible()
    return view.menu.actions()


def test_right_click_opens_the_alchemists_menu(view, qtbot):
    tr = trace(8)
    story = Story(tr, 1, 2)
    view.set_story(story)
    view.set_time(story.start_of("recipe") + 3)
    alchemist = view._stations[3].alchemist
    clicked, toggled = [], []
    view.token_clicked.connect(clicked.append)
    view.head_toggled.connect(lambda *a: toggled.append(a))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier,
                     scene_point_of(view, alchemist, -60))
    assert toggled == [] and clicked == [3]  # Shift+click no longer silences anything behind the learner's back
    right_click(view, alchemist)
    follow, silence, inspect = menu_actions(view)
    assert follow.text() == f"Follow “{tr.tokens[3]}”" and silence.text() == "Silence head 1.2"
    assert inspect.text() == "Show head 1.2 in the inspector"
    with qtbot.waitSignal(view.inspect_requested, timeout=1000) as signal:
        inspect.trigger()
    assert signal.args == [1, 2, 3] and not view.menu.isVisible()
    right_click(view, alchemist)
    with qtbot.waitSignal(view.token_clicked, timeout=1000) as signal:
        menu_actions(view)[0].trigger()
    assert signal.args == [3]


def test_silencing_from_the_menu_shows_on_the_stage_at_once(view, qtbot):
    story = Story(trace(8), 1, 2)
    view.set_story(story)
    view.set_time(story.start_of("recipe") + 3)
    robes = {s.alchemist.look for s in view._stations}
    assert not view._items["silenced"].shown()
    right_click(view, view._stations[5].alchemist)
    with qtbot.waitSignal(view.head_toggled, timeout=1000) as signal:
        menu_actions(view)[1].trigger()
    assert signal.args == [1, 2]
    # before the window's re-run comes back: every alchemist of head 1.2 is grey and the followed one says so
    assert all(s.alchemist.look[0] == P.SILENCED_ROBE for s in view._stations)
    assert view._items["silenced"].shown() and view.silenced(1, 2)
    right_click(view, view._stations[5].alchemist)
    assert menu_actions(view)[1].text() == "Restore head 1.2"
    view.menu.close()
    # the re-run arrives: the stage now shows the run's own knock-out, at every beat
    knocked = Story(trace(8, knockout=((1, 2),)), 1, 2)
    view.set_story(knocked)
    for beat in knocked.beats[:6]:
        view.set_time(beat.start + 0.6 * beat.duration)
        assert all(s.alchemist.look[0] == P.SILENCED_ROBE for s in view._stations)
        assert view._items["silenced"].shown()
    view.set_story(story)  # restored: the robes are the head's colour again
    assert {s.alchemist.look for s in view._stations} == robes


def test_each_head_of_the_team_can_be_silenced(view, qtbot):
    story = Story(trace(8), 0, 0)
    view.set_story(story)
    view.set_time(story.start_of("heads") + 6)
    member = view._team[3]
    assert member.shown()
    right_click(view, member)
    with qtbot.waitSignal(view.head_toggled, timeout=1000) as signal:
        menu_actions(view)[1].trigger()
    assert signal.args == [0, 3]
    assert view._team[3].silenced and not view._team[2].silenced  # shown at once


def test_the_numbers_on_the_bottles_are_the_engines_shares(view):
    tr = trace(8)
    story = Story(tr, 1, 3, 6)
    view.set_story(story)
    view.set_time(story.start_of("pour") + 1)
    for j, station in enumerate(view._stations):
        text = station.number.state[0]
        assert station.number.shown()
        assert abs(float(text.rstrip("%")) - 100 * tr.attention[1, 3, 6, j]) < 0.5


def test_a_silenced_head_is_drawn_grey_and_crossed(view):
    story = Story(trace(8, knockout=((0, 2),)), 0, 0)
    view.set_story(story)
    view.set_time(story.start_of("heads") + 6)
    assert [m.silenced for m in view._team] == [False, False, True, False]


def test_no_story_clears_the_stage(view):
    view.set_story(Story(trace(8)))
    view.set_story(None)
    view.set_time(3.0)
    shown = {item for item in view.scene().items() if isinstance(item, PoseItem) and item.opacity() > 0}
    assert shown == {view._shelves}  # just the empty workshop (its wall and floor are the view's background)
    assert view._stations == []


def test_frame_times_are_measured(qapp):
    times = frame_times_ms(Story(trace(8)), size=(800, 450), frames=12)
    assert len(times) == 12 and all(t > 0 for t in times)


@pytest.mark.parametrize("kwargs", [dict(n_words=1), dict(n_words=6, mask=False), dict(n_words=6, positional=False),
                                    dict(n_words=20, knockout=((1, 0),))])
def test_the_stage_builds_every_beat_for_unusual_runs(view, kwargs):
    story = Story(trace(**kwargs), layer=1, head=0)
    view.set_story(story)
    for beat in story.beats:
        view.set_time(beat.start + 0.5 * beat.duration)
    assert image_of(view).std() > 10
    if not kwargs.get("mask", True):
        view.set_time(story.start_of("mask") + 2)
        assert view._items["sign"].shown()
    if not kwargs.get("positional", True):
        assert all(station.word.badge == "" for station in view._stations)


def station_states(view) -> list:
    """What each station shows: its number, its bottle's liquid, its word plate and its alchemist's look."""
    return [(s.number.state, s.number.alpha, s.bottle.liquid.state, s.word.look, s.alchemist.look, s.tag.state)
            for s in view._stations]


def test_a_story_of_the_same_shape_keeps_the_items_and_shows_its_own_numbers(view):
    first = Story(trace(8), 1, 3, 6)
    view.set_story(first)
    t = first.start_of("pour") + 1
    view.set_time(t)
    items = set(view.scene().items())
    alchemist_pictures = [s.alchemist.pixmap for s in view._stations]
    tr = trace(8, mask=False, temperature=2.0)  # another run, the same words
    view.set_story(Story(tr, 1, 3, 6))
    assert set(view.scene().items()) == items  # nothing made, nothing thrown away
    assert [s.alchemist.pixmap for s in view._stations] == alchemist_pictures  # same head: same robes, not redrawn
    for j, station in enumerate(view._stations):
        assert abs(float(station.number.state[0].rstrip("%")) - 100 * tr.attention[1, 3, 6, j]) < 0.5
    assert station_states(view) == station_states_of(Story(tr, 1, 3, 6), t)


def station_states_of(story, t) -> list:
    other = StageView()
    try:
        other.resize(1400, 800)
        other.set_story(story)
        other.set_time(t)
        return station_states(other)
    finally:
        other.deleteLater()


def test_another_length_adds_or_removes_stations_only(view):
    view.set_story(Story(trace(8)))
    kept = view._stations[:6]
    view.set_story(Story(trace(6)))
    assert view._stations == kept
    view.set_story(Story(trace(10)))
    assert view._stations[:6] == kept and len(view._stations) == 10
    view.set_time(view.story.start_of("pour") + 1)
    assert all(s.word.word == w for s, w in zip(view._stations, view.story.trace.tokens))


def test_a_gradual_story_is_spread_over_frames_and_ends_as_an_immediate_one(view, qtbot):
    story = Story(big_trace(32), 5, 2)
    view.set_story(Story(trace(32), 0, 0))  # another model first: every item gets a new look
    t = story.start_of("pour") + 1
    view.set_time(t)
    settled = []
    view.settled.connect(lambda: settled.append(True))
    view.set_story(story, gradual=True)
    assert view.settling  # nothing done yet: it starts at the next frame
    qtbot.waitUntil(lambda: not view.settling, timeout=20_000)
    assert settled == [True]
    assert view._pacer.slices > 1  # it took more than one frame
    assert station_states(view) == station_states_of(story, t)
    assert not view._warming  # the pictures drawn ahead of time are back to their pose
