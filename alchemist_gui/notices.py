"""What the banner says about runs: why a request was refused, and notices about the run on screen (unknown
words, a text cut to the model's context, shuffled words)."""
from __future__ import annotations

from .retranslate import tr


def bind_notices(banner, session, later) -> None:
    """Show the session's refusals and notices in ``banner``; a run's notices wait a frame (``later``)."""
    def refused(message: str) -> None:
        still = session.run.sentence if session.run is not None else None
        text = message + (" " + tr("The workshop still shows “%1”.").replace("%1", still) if still else "")
        banner.show_message("input", "error", text)

    def shown(run, *_) -> None:
        banner.dismiss("input")
        later.ask("notices", lambda: show_run_notices(banner, run))

    session.refused.connect(refused)
    session.run_shown.connect(shown)
    session.notice.connect(lambda key, text: banner.show_message(key, "notice", text))


def show_run_notices(banner, run) -> None:
    trace = run.trace
    if trace.unknown:
        words = run.unknown_words

        def unknown_text():
            listed = ", ".join(f"“{w}”" for w in words) if words else str(len(trace.unknown))
            return tr("This model does not know %1: the workshop reads it as <unk> (an unknown word).").replace(
                "%1", listed)
        banner.show_message("unknown", "notice", unknown_text)
    else:
        banner.dismiss("unknown")
    if trace.truncated:
        n_positions = trace.config["n_positions"]
        banner.show_message("truncated", "notice", lambda: tr(
            "The model reads at most %1 tokens: the first %2 were left out.").replace(
            "%1", str(n_positions)).replace("%2", str(trace.truncated)))
    else:
        banner.dismiss("truncated")
    if trace.switches.shuffle_seed is not None:
        banner.show_message("shuffled", "notice", lambda: tr(
            "Shuffled: the workshop reads “%1”. Switch Shuffle off to restore the order.").replace(
            "%1", " ".join(trace.tokens)))
    else:
        banner.dismiss("shuffled")


def describe_switches(sw) -> str:
    """What differs from the default run, in a few translated words ("rope off, words shuffled")."""
    parts = []
    if not sw.mask:
        parts.append(tr("rope off"))
    if not sw.positional:
        parts.append(tr("badges off"))
    if sw.temperature != 1.0:
        parts.append(tr("pickiness T = %1").replace("%1", f"{sw.temperature:g}"))
    if sw.knockout:
        parts.append(tr("heads silenced: %1").replace("%1", ", ".join(f"{l}.{h}" for l, h in sorted(sw.knockout))))
    if sw.shuffle_seed is not None:
        parts.append(tr("words shuffled"))
    if sw.pour:
        parts.append(tr("poured by hand: %1").replace("%1", ", ".join(f"{l}.{h}.{p}" for (l, h, p), _ in sw.pour)))
    return ", ".join(parts)
