"""After each experiment, one line in the message row: how the prediction moved and where inside the model the run
changed most (story/changes.py) — and, when the answer hardly moved, a sentence of the model's own on which the
same switch does change the answer, found by running the engine (the learner can try it with one click).
"""
from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication

from .retranslate import tr
from .words import split_words  # at start-up: its patterns compile in a few ms, not during an edit

MAX_TRIES = 8  # example sentences run twice each, at most, to find one where the switch matters
FAST_RUN_S = 0.05  # only models this quick are searched (the bundled one takes milliseconds)


def change_work(before, after, layer, head, request, sentences, engine):
    """On the worker thread: the change, and perhaps a sentence where the same switches flip the answer."""
    from .story.changes import describe_change

    change = describe_change(before, after, layer, head)
    example = None
    if change.little and change.switch not in ("none", "text") and sentences:
        model, _ = engine.model(request.model, request.checkpoint)
        for text in sentences[:MAX_TRIES]:
            if text == request.sentence:
                continue
            try:
                plain = model.trace(text, before.switches)
                tried = model.trace(text, after.switches)
            except Exception:  # noqa: BLE001 - a sentence this model cannot read is simply not an example
                continue
            if plain.predictions(1)[0][0] != tried.predictions(1)[0][0]:
                example = (text, plain.predictions(1)[0], tried.predictions(1)[0])
                break
    return after, change, example


def example_sentences(sentence_bar, session) -> list[str]:
    """The example sentences this model reads whole (any, for a sub-word model)."""
    known = session.info.known_words if session.info else None
    texts = [sentence_bar.sentence.itemText(i) for i in range(sentence_bar.sentence.count())]
    return [t for t in texts if known is None or all(w in known for w in split_words(t))]


def bind_change_notes(banner, session, sentences) -> None:
    """``sentences()``: the example sentences to search (the presets the model reads)."""
    def shown(run, previous, reason):
        banner.dismiss("change")
        if reason != "switch" or previous is None or previous.sentence != run.sentence:
            return
        if previous.trace.config != run.trace.config:
            return
        story = run.story
        search = sentences() if run.seconds < FAST_RUN_S else ()
        session.client.submit("change", partial(change_work, previous.trace, run.trace, story.layer, story.head,
                                                run.request, tuple(search)))

    def done(result):
        if result.lane != "change" or result.error is not None or session.run is None:
            return
        after, change, example = result.value
        if after is not session.run.trace:
            return
        text = change.text(lambda s: QCoreApplication.translate("story", s))
        action = None
        if example is not None:
            sentence, (w0, p0), (w1, p1) = example
            text += " " + tr("Where it matters: “%1” (%2 → %3).").replace("%1", sentence).replace(
                "%2", f"{w0} {p0:.0%}").replace("%3", f"{w1} {p1:.0%}")
            action = (tr("Try it"), lambda: session.set_sentence(sentence))
        banner.show_message("change", "change", text, action=action)

    session.run_shown.connect(shown)
    session.client.finished.connect(done)
