"""Everything on the stage has its own room at every sentence length: no recipe scroll over a face, the next-word
card above the shelf, a long text's stations and crate side by side; the floors show the picked block at every
beat and "Again!" moves the workshop."""
import functools

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt

from alchemist_gui.stage import StageView
from alchemist_gui.stage.props import FloorsItem
from alchemist_gui.stage.station import FACE_RECT, ScrollItem
from alchemist_gui.story import Story
from alchemist_gui.story import layout as L
from tests.story.traces import model, sentence, trace

LENGTHS = (1, 3, 8, 16, 24, 32, 200)


@functools.lru_cache(maxsize=None)
def story_of(n: int, layer: int = 0, head: int = 0) -> Story:
    tr = trace(n) if n <= 32 else model(2, 4, 64, n).trace(sentence(n))
    return Story(tr, layer, head)


@pytest.fixture
def view(qtbot):
    v = StageView()
    qtbot.addWidget(v)
    v.resize(1200, 750)
    v.show()
    qtbot.waitExposed(v)
    v.fit()
    return v


@pytest.mark.parametrize("n", LENGTHS)
def test_no_recipe_scroll_covers_a_face(view, n):
    story = story_of(n)
    view.set_story(story)
    view.set_time(story.start_of("match") - 0.05)
    faces = [s.alchemist.mapRectToScene(FACE_RECT) for s in view._stations]
    for k, station in enumerate(view._stations):
        assert station.scroll.alpha > 0.3
        scroll = station.scroll.mapRectToScene(ScrollItem.drawn_rect())
        assert not any(scroll.intersects(face) for face in faces), (n, k)


@pytest.mark.parametrize("n", LENGTHS)
def test_the_next_word_card_hangs_above_the_shelf(view, n):
    story = story_of(n)
    view.set_story(story)
    view.set_time(story.duration)
    card = view._items["bars"].mapRectToScene(view._items["bars"].card)
    assert view._items["bars"].shown() and card.width() > 300
    assert card.bottom() <= L.BOTTLE_TOP  # not a bottle, tag or number chip under it
    for station in view._stations:
        assert not card.intersects(station.bottle.glass.sceneBoundingRect())
        assert not card.intersects(station.tag.sceneBoundingRect())
    assert not card.intersects(view._items["crate"].sceneBoundingRect())
    assert card.left() >= L.WORK_X0 and card.right() <= L.WORK_X1 + 1e-6


def test_a_long_text_is_drawn_as_its_neighbourhood_main_bottles_and_crate(view, qtbot):
    story = story_of(1024)
    view.set_story(story)
    view.set_time(story.start_of("pour") + 2)
    assert len(view._stations) == story.n_shown <= L.NEAR + L.BROUGHT
    crate = view._items["crate"]
    assert crate.shown() and crate.look[1] == 1024 - story.n_shown
    rects = [s.bottle.glass.sceneBoundingRect() for s in view._stations] + [crate.sceneBoundingRect()]
    assert not any(a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1:])
    brought = next(k for k, full in enumerate(story.layout.full) if not full)
    with qtbot.waitSignal(view.token_clicked, timeout=1000) as signal:  # a brought-forward alchemist: his position
        point = view.mapFromScene(view._stations[brought].alchemist.mapToScene(0, -30 * story.layout.scales[brought]))
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert signal.args == [story.layout.shown[brought]]


@pytest.mark.parametrize("layer", [0, 1])
def test_the_floors_show_the_picked_block_at_every_beat_and_a_click_picks_one(view, qtbot, layer):
    story = story_of(8, layer, 1)
    view.set_story(story)
    floors, picked = view._items["floors"], view._items["picked"]
    for beat in story.beats:
        for frac in (0.2, 0.95):
            view.set_time(beat.start + frac * beat.duration)
            if beat.name != "setup" or frac > 0.5:
                assert picked.shown()
            assert picked.pos().y() == pytest.approx(FloorsItem.BOTTOM - layer * floors.floor_h, abs=2)
    other = 1 - layer
    centre = floors.floor_rect(other).center()
    with qtbot.waitSignal(view.floor_clicked, timeout=1000) as signal:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(centre))
    assert signal.args == [other]


def test_again_moves_the_workshop_up_a_floor_and_labels_what_each_floor_guesses(view):
    story = story_of(8, 0, 1)
    tr = story.trace
    view.set_story(story)
    beat = story.beats[10]
    ys, climbs, signs = [], [], set()
    for k in range(41):
        view.set_time(beat.start + beat.duration * k / 40)
        ys.append(view._workshop.y())
        climbs.append(view._items["climb"].pos().y())
        sign = view._floors.floors.scene().items()  # (the climb sign is a MessageItem: look it up by its text)
        signs.update(item.look[0] for item in sign if getattr(item, "look", None) and isinstance(item.look, tuple)
                     and isinstance(item.look[0], str) and item.look[0].startswith("block ") and item.shown())
    assert max(ys) > 50 and min(ys) < -50 and ys[-1] == 0  # it sinks away and the next floor arrives from above
    assert climbs[-1] < climbs[0] and view._items["climb"].shown()  # the marker climbed
    assert "block 1" in signs
    guesses = [g.state for g in view._floors.guesses]
    for k, text in enumerate(guesses):
        word, p = tr.lens_predictions(k, 1)[0]
        assert text.startswith(word)
    assert view._items["floor_caption"].shown() and view._items["floor_caption"].state.startswith("what each floor")


def test_the_top_floor_does_not_climb(view):
    story = story_of(8, 1, 0)
    view.set_story(story)
    beat = story.beats[10]
    for k in range(11):
        view.set_time(beat.start + beat.duration * k / 10)
        assert view._workshop.y() == 0 and not view._items["climb"].shown()
    assert story.beats[10].title == "The top floor"


def test_loading_and_the_invitation_to_start(view):
    view.show_loading()
    assert view._items["loading"].shown() and "loading the model" in view._items["loading"].look[0]
    story = story_of(8)
    view.set_story(story)
    assert not view._items["loading"].shown()  # the workshop is here
    view.set_time(0.0)
    view.show_hint()
    hint = view._items["hint"]
    assert hint.shown() and "Space" in hint.look[0]
    view.set_time(0.0)
    assert hint.shown()
    view.set_time(0.5)  # the clock moved: the learner has started
    assert not hint.shown()
    view.show_loading("Opening GPT-2…")
    assert view._items["loading"].look[0] == "Opening GPT-2…"
    view.hide_loading()
    assert not view._items["loading"].shown()


def test_each_view_counts_only_its_own_repaints(qtbot):
    views = []
    for _ in range(2):
        v = StageView()
        qtbot.addWidget(v)
        v.resize(900, 560)
        v.show()
        qtbot.waitExposed(v)
        views.append(v)
    a, b = views
    b.set_story(story_of(8))
    assert b.work.repaints == 0 and not b.work.counting
    a.set_story(story_of(16), gradual=True)
    a._pacer._slice()  # one frame's share of the change
    assert a.work.counting and a.work.repaints > 0
    assert b.work.repaints == 0 and not b.work.counting  # the other stage's bookkeeping is its own
    a.settle()
    assert not a.work.counting


def test_moving_items_land_on_whole_pixels(view):
    story = story_of(8, 0, 1)
    view.set_story(story)
    pixel = 1 / view.transform().m11()
    for t in np.linspace(story.start_of("blocks"), story.start_of("prediction"), 13):
        view.set_time(float(t))
        y = view._workshop.y() / pixel
        assert abs(y - round(y)) < 1e-6
    drop = view._items["drop"]
    view.set_time(story.start_of("prediction") + 0.7 * story.beats[11].duration)
    for v in (drop.pos().x() / pixel, drop.pos().y() / pixel):
        assert abs(v - round(v)) < 1e-6
    assert isinstance(QPointF(drop.pos()), QPointF)
