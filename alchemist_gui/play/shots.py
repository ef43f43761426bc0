"""The README's pictures of the game: ``python -m alchemist_gui.play.shots [FOLDER]`` renders the chapter map
(after a few challenges really played, so it shows medals) and one challenge's feedback, in English and Chinese,
at 1440 × 900, into assets/screenshots/ (or FOLDER).  Offscreen, on the bundled model, with a throw-away
progress file and settings: nothing of the user's is touched."""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from ..shot import settled, until, windows_in_each_language

SIZE = (1440, 900)


def _play(app, window, challenge_id: str, choose) -> None:
    """Open a challenge, let ``choose(input, challenge)`` make the guess through the widgets, submit it, and
    wait until its reveal has played."""
    play = window.extensions["play"]
    play.play(challenge_id)
    until(app, lambda: play.panel.state in ("question", "skipped", "error"))
    if play.panel.state != "question":
        return
    settled(app, window)
    play.scene.skip()
    choose(play.panel.input, play.challenge)
    play.panel.submit.click()
    until(app, lambda: play.panel.state in ("result", "error"))
    until(app, lambda: not play.scene.playing and not window.busy)


def _best_bet(inp, ch) -> None:
    inp.chips.set_checked(ch.answer["winner"])


def _best_bottle(inp, ch) -> None:
    inp.chips.set_checked(ch.answer["best"])


def _right_floor(inp, ch) -> None:
    inp.chips.set_checked(ch.answer["floor"] + 1 if ch.answer["floor"] + 1 < ch.setup["floors"] else
                          ch.answer["floor"])


def _rough_pour(inp, ch) -> None:
    """A learner's first idea: most from the best-fitting tag, a little from the rest."""
    scores = ch.setup["scores"]
    best = max(inp.reach, key=lambda j: scores[j])
    inp.editor.set_shares([0.55 if j == best else 0.45 / (len(inp.reach) - 1) for j in inp.reach])


def render(folder: Path) -> list[Path]:
    os.environ["QT_QPA_PLATFORM"] = os.environ.get("QT_QPA_PLATFORM", "offscreen")
    from ..app import create_application

    app, translations = create_application([sys.argv[0] if sys.argv else "alchemist"])
    folder.mkdir(parents=True, exist_ok=True)
    made = []
    with tempfile.TemporaryDirectory(prefix="alchemist-play-shots-") as scratch:
        os.environ["ALCHEMIST_PROGRESS"] = str(Path(scratch) / "progress.json")
        for lang, window in windows_in_each_language(app, translations, Path(scratch), SIZE):
            window.clock.set_speed(8.0)
            play = window.extensions["play"]
            play.open_play()
            if lang == "en":  # real answers, scored by the game: the map then shows medals
                for cid, choose in (("setup.play_gpt", _best_bet), ("recipe.best_match", _best_bottle),
                                    ("again.when_knows", _right_floor)):
                    _play(app, window, cid, choose)
            _play(app, window, "pouring.call_pour", _rough_pour)
            settled(app, window)
            made.append(folder / f"play_feedback_{lang}.png")
            window.grab().save(str(made[-1]))
            play.back_to_map()
            until(app, lambda: play.facts is not None)
            settled(app, window)
            made.append(folder / f"play_map_{lang}.png")
            window.grab().save(str(made[-1]))
    return made


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "assets" / "screenshots"
    for path in render(target):
        print(path)
