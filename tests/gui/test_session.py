"""The session on its own (no window): one action, one trip to the worker; the selection resolved once; a refused
request leaves the run on screen; the lifecycle as an explicit state."""
import pytest

from alchemist_gui.session import Phase, Selection, Session, resolve
from engine import Switches

from .conftest import build_random_model


@pytest.fixture
def session(qtbot):
    model = build_random_model()
    made = Session("Sarah lies still on the bed , feeling", model=lambda: model)
    submitted = []
    original = made.client.submit
    made.client.submit = lambda lane, work: (submitted.append(lane), original(lane, work))[1]
    made.submitted = submitted
    yield made
    made.close()


def idle(qtbot, session):
    qtbot.waitUntil(lambda: not session.busy and session.run is not None, timeout=60_000)


def test_unticking_the_mask_is_one_trip_and_nothing_comes_back_to_the_control(qtbot, session):
    session.start()
    idle(qtbot, session)
    assert session.phase == Phase.IDLE and session.trace.mask
    session.submitted.clear()
    echoes, shown = [], []
    session.switches_changed.connect(echoes.append)
    session.run_shown.connect(lambda run, previous, reason: shown.append((run, previous, reason)))
    session.edit_switches(mask=False)
    assert session.phase == Phase.RUNNING  # the debounce counts as a run on its way
    idle(qtbot, session)
    assert session.submitted == ["run"]  # no second trip for the story: it came with the run
    assert echoes == [Switches(mask=False)]  # announced once, when it was asked; not again when it is shown
    run, previous, reason = shown[0]
    assert not run.trace.mask and previous.trace.mask and reason == "switch"
    assert run.story.trace is run.trace and session.phase == Phase.IDLE


def test_a_selection_changed_while_the_engine_runs_is_shown_with_its_own_story(qtbot, session):
    session.start()
    idle(qtbot, session)
    session.set_switches(Switches(temperature=2.0))
    session.select(layer=1, head=3, word=2)  # before the answer comes
    idle(qtbot, session)
    story = session.story
    assert (story.layer, story.head, story.focus) == (1, 3, 2) and session.trace.temperature == 2.0


def test_the_selection_is_resolved_once_against_the_trace(qtbot, session):
    session.start()
    idle(qtbot, session)
    n = session.trace.n_tokens
    assert resolve(session.trace, Selection(9, 9, 99)) == (1, 3, n - 1)
    session.select(layer=7, head=8, word=n - 1)
    assert session.selection == Selection(1, 3, None)  # the last word is "no word in particular"
    idle(qtbot, session)
    assert (session.story.layer, session.story.head, session.story.focus) == (1, 3, n - 1)
    session.set_sentence("the cat")  # a new sentence follows its own last word
    idle(qtbot, session)
    assert session.story.focus == 1 and session.selection.word is None


def test_a_refused_request_keeps_the_run_and_puts_the_controls_back(qtbot, session):
    session.start()
    idle(qtbot, session)
    run = session.run
    refusals, switches = [], []
    session.refused.connect(refusals.append)
    session.switches_changed.connect(switches.append)
    session.set_switches(Switches(knockout=frozenset({(5, 0)})))  # no such head in a 2-block model
    qtbot.waitUntil(lambda: bool(refusals), timeout=30_000)
    assert "does not exist" in refusals[0] and session.run is run
    assert session.switches == run.switches and switches[-1] == run.switches
    assert session.phase == Phase.REFUSED
    session.set_sentence("   ")
    assert "empty" in refusals[-1] and session.run is run and session.sentence == run.sentence


def test_steps_after_a_run_and_locks(qtbot, session):
    session.start()
    idle(qtbot, session)
    order = []
    session.set_switches(Switches(mask=False, positional=False))
    session.after_run(lambda: (order.append(session.trace.mask), session.set_switches(
        session.switches.replace(shuffle_seed=3))))
    idle(qtbot, session)
    assert order == [False] and session.trace.switches.shuffle_seed == 3
    locks = []
    session.locks_changed.connect(locks.append)
    session.set_locks({"mask", "nonsense"})
    assert session.locks == frozenset({"mask"}) and locks == [frozenset({"mask"})]


def test_load_sets_everything_in_one_run(qtbot, session):
    session.start()
    idle(qtbot, session)
    session.submitted.clear()
    session.load("the cat found the soup , and it", Switches(mask=False, temperature=2.0),
                 model=session.model, selection=Selection(1, 2, 3))
    idle(qtbot, session)
    assert session.submitted.count("run") == 1 and "story" not in session.submitted  # (+ the baseline's run)
    t, story = session.trace, session.story
    assert t.text == "the cat found the soup , and it" and not t.mask and t.temperature == 2.0
    assert (story.layer, story.head, story.focus) == (1, 2, 3)


def test_a_locked_switch_cannot_be_edited_and_reset_keeps_it(qtbot, session):
    session.start()
    idle(qtbot, session)
    session.set_switches(Switches(mask=False, temperature=2.0))
    idle(qtbot, session)
    session.set_locks({"mask", "knockout"})
    session.edit_switches(mask=True)  # the learner cannot put the rope back
    session.toggle_head(0, 1)  # nor silence a head
    assert session.switches == Switches(mask=False, temperature=2.0) and not session.busy
    session.reset_switches()
    idle(qtbot, session)
    assert session.trace.switches == Switches(mask=False)  # the temperature went back; the locked rope stayed off
