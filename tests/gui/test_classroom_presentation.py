"""Presentation mode through the real window: F5 in, Esc out and the window exactly as it was; the clicker's keys
step beat by beat; B blanks; the narration is big enough for a room; the stage zooms to the band a beat acts on.
The zoom's rules themselves are checked on real stories without a screen (classroom/zoom.py)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontInfo

from alchemist_gui.classroom import zoom
from alchemist_gui.story import Story
from alchemist_gui.story import layout as L

pytestmark = pytest.mark.usefixtures("qapp")


def presentation(window):
    return window.extensions["classroom"].presentation


def bars(window):
    return [window.menuBar(), window.statusBar(), window.top_bar, window.timeline_bar, window.selection_bar,
            window.banner, *window.docks.all()]


def window_state(window):
    n = window.narration
    return {
        "geometry": window.geometry(), "state": window.windowState(), "full_screen": window.isFullScreen(),
        "hidden": [w.isHidden() for w in bars(window)], "visible": [w.isVisible() for w in bars(window)],
        "fonts": [n.title.font(), n.line.font(), n.step_label.font(), n.note.font()],
        "line_min_height": n.line.minimumHeight(), "margins": n.layout().contentsMargins(),
        "note_toggle": (n.note_toggle.isVisible(), n.note_toggle.isChecked()),
        "zoom": window.stage.transform(), "update_mode": window.stage.viewportUpdateMode(),
    }


def test_f5_enters_esc_leaves_and_the_window_is_exactly_as_before(make_window, qtbot):
    window = make_window()
    window.docks.compare_dock.hide()  # a layout of the user's own: one dock closed, the inspector's tab in front
    window.docks.raise_inspector()
    qtbot.wait(20)
    before = window_state(window)
    p = presentation(window)

    qtbot.keyClick(window.stage, Qt.Key.Key_F5)  # the View menu's shortcut
    assert p.active and window.isFullScreen()
    assert not any(w.isVisible() for w in bars(window))  # no menu, bars, message row, docks or status bar
    assert window.stage.isVisible() and window.narration.isVisible()
    assert not window.narration.note_toggle.isVisible()
    line = p.progress
    assert line.isVisible() and line.width() == window.width()
    assert line.geometry().bottom() == window.rect().bottom() and 4 <= line.height() <= 20  # a thin line
    screen_h = window.screen().geometry().height()
    assert QFontInfo(window.narration.line.font()).pixelSize() >= 0.03 * screen_h
    assert QFontInfo(window.narration.title.font()).pixelSize() > QFontInfo(window.narration.line.font()).pixelSize()

    qtbot.keyClick(window.stage, Qt.Key.Key_Escape)
    assert not p.active
    assert window_state(window) == before
    assert not line.isVisible()


def test_the_view_menu_item_toggles_and_closing_while_presenting_saves_the_normal_layout(make_window, qtbot,
                                                                                       settings):
    window = make_window()
    geometry = window.geometry()
    action = window.menus.actions["presentation"]
    assert action.text() and action.shortcut().toString() == "F5"
    action.trigger()
    assert presentation(window).active
    window.close()  # the window saves its geometry and docks as it closes: the normal ones
    assert not presentation(window).active
    assert window.geometry() == geometry
    assert all(not d.isHidden() for d in (window.docks.experiments_dock, window.docks.inspector_dock))


def test_the_clickers_keys_step_beat_by_beat(make_window, qtbot):
    window = make_window()
    clock, timeline = window.clock, window.timeline
    presentation(window).enter()
    timeline.to_workshop()
    assert timeline.beat_index_at(clock.time) == 0
    for key, beat in ((Qt.Key.Key_PageDown, 1), (Qt.Key.Key_Right, 2), (Qt.Key.Key_PageDown, 3),
                      (Qt.Key.Key_PageUp, 2), (Qt.Key.Key_Left, 1)):
        qtbot.keyClick(window.stage, key)
        assert timeline.beat_index_at(clock.time) == beat, key
        assert clock.time == pytest.approx(window.session.story.beats[beat].start)
    assert clock.playing  # a step plays its beat to the end, like a slide's builds
    qtbot.keyClick(window.stage, Qt.Key.Key_Space)
    assert not clock.playing
    qtbot.keyClick(window.stage, Qt.Key.Key_End)
    assert clock.time == clock.duration
    presentation(window).leave()


def test_b_blanks_the_screen_and_any_key_brings_it_back(make_window, qtbot):
    window = make_window()
    p = presentation(window)
    p.enter()
    window.timeline.to_workshop()
    qtbot.keyClick(window.stage, Qt.Key.Key_B)
    assert p.blanked and p.blank_screen.geometry() == window.rect()
    grab = window.grab().toImage()
    assert grab.pixelColor(grab.width() // 2, grab.height() // 3).name() == "#000000"
    qtbot.keyClick(window.stage, Qt.Key.Key_B)
    assert not p.blanked
    qtbot.keyClick(window.stage, Qt.Key.Key_Period)  # the blank key of many clickers
    assert p.blanked
    t = window.clock.time
    qtbot.keyClick(window.stage, Qt.Key.Key_PageDown)  # the picture first; the step waits for the next press
    assert not p.blanked and window.clock.time == t
    qtbot.keyClick(window.stage, Qt.Key.Key_B)
    qtbot.keyClick(window.stage, Qt.Key.Key_Escape)  # Esc leaves, blank or not
    assert not p.active and not p.blanked and not p.blank_screen.isVisible()


def test_a_control_key_is_still_the_windows(make_window, qtbot):
    """Ctrl+Shift+C in presentation mode copies the stage (the filter takes only a presenter's plain keys)."""
    from PySide6.QtGui import QGuiApplication, QImage

    window = make_window()
    presentation(window).enter()
    QGuiApplication.clipboard().setImage(QImage())
    qtbot.keyClick(window.stage, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert not QGuiApplication.clipboard().image().isNull()
    assert presentation(window).active
    presentation(window).leave()


def visible_scene_rect(stage) -> QRectF:
    return stage.mapToScene(stage.viewport().rect()).boundingRect()


def test_the_stage_zooms_to_the_band_of_the_beat_and_back_to_the_whole_workshop(make_window, qtbot):
    window = make_window()
    p = presentation(window)
    p.enter()
    stage = window.stage
    window.show_beat("setup", 0.5)
    qtbot.wait(30)  # the full-screen layout settles
    assert p.zoomed_to is None
    whole = stage.transform().m11()
    window.show_beat("match", 0.5)
    qtbot.wait(10)
    rect = p.zoomed_to
    assert rect is not None and stage.transform().m11() > 1.1 * whole
    need, _ = zoom.reading_rect(window.session.story, "match")
    shown = visible_scene_rect(stage).adjusted(-2, -2, 2, 2)
    assert shown.contains(QRectF(*need)), (shown, need)  # every station it acts on, the chips, the plates
    window.show_beat("residual", 0.5)  # the jars and the vessel: the whole workshop
    qtbot.wait(10)
    assert p.zoomed_to is None and stage.transform().m11() == pytest.approx(whole)
    window.show_beat("pour")
    qtbot.wait(10)
    assert p.zoomed_to is not None
    p.leave()
    assert stage.transform().m11() < whole * 1.2  # fitted again, to the normal window


# -- the zoom's rules on real stories (no screen needed) ---------------------------------------------------
@pytest.fixture(scope="module")
def trace(engine_model):
    from tests.gui.conftest import WORDS

    return engine_model.trace(" ".join(WORDS[:11]))


def test_reading_rects_per_beat(trace):
    story = Story(trace, 0, 0, focus=4)
    lay = story.layout
    rects = zoom.story_rects(story)
    assert [b for b, r in rects.items() if r is None] == ["setup", "residual", "ffn", "blocks", "prediction"]
    need, row = rects["pour"]
    x, y, w, h = need
    row_x, _, row_w, _ = row
    assert y <= L.STREAM_TOP and y + h >= L.WORD_Y + 25  # the arcs of the pours down to the name plates
    assert x <= lay.station_left(lay.focus_slot) and x + w >= lay.station_right(lay.focus_slot)
    shares = trace.attention[0, 0, 4]
    for j in range(trace.n_tokens):  # every bottle that pours a visible share is in the picture
        if shares[j] >= zoom.MIN_SHARE:
            assert x <= lay.station_left(lay.slot_of(j)) and lay.station_right(lay.slot_of(j)) <= x + w
    assert row_x <= x and x + w <= row_x + row_w
    match, _ = rects["match"]  # behind the rope: words up to the followed one
    assert match[0] + match[2] < lay.station_left(lay.slot_of(8))
    assert not trace.unknown
    mask, _ = rects["mask"]  # the rope's beat shows every bottle, the roped ones too
    assert mask[0] + mask[2] >= lay.blank_x


def test_a_band_ends_between_two_floor_cards(trace):
    from alchemist_gui.stage.props import FloorsItem

    assert (zoom.FLOORS_TOP, zoom.FLOORS_BOTTOM) == (FloorsItem.TOP, FloorsItem.BOTTOM)
    story = Story(trace, 0, 0)
    item = FloorsItem()
    item.configure(story.n_layer)
    assert item.floor_h == pytest.approx(min(zoom.FLOOR_MAX_H, (FloorsItem.BOTTOM - FloorsItem.TOP) / story.n_layer))
    need, _ = zoom.reading_rect(story, "recipe")
    bottom = need[1] + need[3]
    lines = [FloorsItem.BOTTOM - k * item.floor_h for k in range(story.n_layer + 1)]
    assert min(abs(bottom - zoom.CARD_EDGE - line) for line in lines) < 1e-6


def test_framing_widens_to_the_view_and_keeps_clear_of_the_floor_cards(trace):
    story = Story(trace, 0, 0)
    need, row = zoom.reading_rect(story, "match")
    x, y, w, h = zoom.framed(need, row, 1920, 830)  # a wide projector: the row around it, the floors left out
    assert w / h == pytest.approx(1920 / 830)
    assert x >= zoom.FLOORS_RIGHT - 1e-6 or x + w <= zoom.FLOORS_LEFT or x <= zoom.FLOORS_LEFT
    assert x <= need[0] + zoom.SIDE_KEPT + 1e-6 and x + w >= need[0] + need[2] - 1e-6
    x2, y2, w2, h2 = zoom.framed(need, row, 800, 500)  # a taller view: the band gets more height instead
    assert w2 == pytest.approx(need[2]) and h2 > need[3] and 0 <= y2 and y2 + h2 <= L.STAGE_H
    assert zoom.frame_for(zoom.reading_rect(story, "match"), 1920, 830) is not None
    assert zoom.frame_for(None, 1920, 830) is None
    # a tall, narrow view gains only the width the row leaves, under GAIN: the whole workshop it is
    assert zoom.frame_for(zoom.reading_rect(story, "mask"), 400, 2000) is None
