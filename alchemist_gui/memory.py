"""What the window remembers for next time: sentence, model, layout, language, speed — and the experiments, which
are never restored silently: the message row offers last time's, in words."""
from __future__ import annotations

from functools import partial

from .notices import describe_switches
from .retranslate import tr


def bind_memory(window) -> None:
    session, settings = window.session, window.settings

    def remember(run) -> None:
        """(QSettings writes its file a moment after: in a frame of its own, here.)"""
        settings.set_sentence(run.sentence)
        settings.set_switches(run.switches)
        model = run.request.model
        settings.set_model_folder(model if isinstance(model, str) else None)

    session.run_shown.connect(lambda run, *_: window.later.ask("settings", partial(remember, run)))
    last = settings.switches()
    if last.is_default():
        return

    def restore() -> None:
        window.banner.dismiss("restore")
        session.set_switches(last)
    window.banner.show_message("restore", "notice", lambda: tr("Last time: %1 — restore?").replace(
        "%1", describe_switches(last)), action=(tr("Restore"), restore))
