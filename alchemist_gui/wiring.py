"""How the stage and the message row's hint follow the session (the window calls these once)."""
from __future__ import annotations

from .constants import FRAME_MS
from .retranslate import tr


def bind_stage(window) -> None:
    session, stage, clock = window.session, window.stage, window.session.clock
    stage.token_clicked.connect(lambda word: session.select(word=word))
    stage.head_toggled.connect(session.toggle_head)
    stage.floor_clicked.connect(lambda layer: session.select(layer=layer))
    stage.inspect_requested.connect(lambda layer, head, word: (session.select(layer=layer, head=head, word=word),
                                                               window.docks.raise_inspector()))
    stage.settled.connect(lambda: window.later.kick(FRAME_MS))  # the panels redraw after the stage's last frame
    session.run_shown.connect(lambda run, *_: (stage.set_story(run.story, gradual=True), stage.set_time(clock.time)))
    session.story_changed.connect(lambda run: stage.set_story(run.story, gradual=True))
    clock.time_changed.connect(stage.set_time)

    def loading(phase: str) -> None:
        stage.show_loading() if phase == "loading" else stage.hide_loading()
    session.phase_changed.connect(loading)
    loading(session.phase.value)


def hint(session) -> str:
    """The quiet line in the message row: what the learner can do now."""
    if session.run is None:
        return tr("The workshop is getting ready: the model is loading…")
    if session.phase.value == "running":
        return tr("⚗ The model is thinking…")
    if session.clock.playing:
        return tr("Space pauses · ← → step through the story · click a word to follow its alchemist")
    return tr("Press ▶ or Space to watch the model think · → goes one step at a time")


def bind_hint(banner, session) -> None:
    show = lambda *_: banner.set_hint(lambda: hint(session))  # noqa: E731
    session.clock.playing_changed.connect(show)
    session.phase_changed.connect(show)
    show()
