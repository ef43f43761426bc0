"""The game on the engine thread, and the window's side of asking it things.

The Game runs the engine for every challenge it builds and every guess it scores, so it is made and used only
inside worker jobs (lane "game"): ``GameHost`` lives on the worker thread and keeps the Game of one key
(sentence asked, model, checkpoint); a new key builds a new Game.  ``GameJobs`` submits the jobs from the UI
thread and hands each answer to the callback it was asked with; only the latest job is answered (the worker's
lane rule).  Every job carries its own stop flag; leaving a challenge sets it, and the game's ``should_stop``
raises Cancelled between two runs, so a long search (the saboteur's) ends within one run.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import partial
from typing import Any, Callable

from PySide6.QtCore import QObject, Signal

LANE = "game"
CANCELLED = object()  # what a job returns when the player left while it ran


@dataclass(frozen=True)
class GameKey:
    """What a game is built for: the sentence asked (the game may choose another one the model reads), the model
    source (None: bundled; a folder; a callable) and the checkpoint."""

    sentence: str
    model: Any = None
    checkpoint: Any = None


@dataclass(frozen=True)
class GameFacts:
    """What the chapter map shows about the game (plain data for the UI thread)."""

    sentence: str  # the sentence the challenges are posed on
    model: str
    n_layer: int
    n_head: int
    word_level: bool


def game_presets(sentence: str = "") -> tuple[str, ...]:
    """Other sentences to compare with: the app's examples in the sentence's language first, then the other
    language's, then the bundled model's story checks."""
    from ..words import is_chinese
    from ..game.sentences import default_presets
    from ..sentences import example_texts

    first, then = ("zh", "en") if is_chinese(sentence) else ("en", "zh")
    return tuple(dict.fromkeys(example_texts(first) + example_texts(then) + list(default_presets())))


class GameHost:
    """Worker side: touched only by jobs (the stop flags they carry are set from the UI thread)."""

    def __init__(self):
        self.stop = threading.Event()  # the flag of the job running now
        self._key: GameKey | None = None
        self._game = None
        self._name = ""

    def game(self, engine, key: GameKey):
        if key != self._key or self._game is None:
            from ..game import Game, describe
            from ..game.sentences import default_sentence, readable

            model, window_info = engine.model(key.model, key.checkpoint)
            info = describe(model)
            sentence = key.sentence if readable(info, key.sentence) and key.sentence.strip() else \
                default_sentence(info, model.trace, game_presets())
            presets = game_presets(sentence)
            self._game = Game(model.trace, info, sentence, presets, should_stop=lambda: self.stop.is_set())
            self._key, self._name = key, window_info.name
        return self._game

    def facts(self, engine, key: GameKey) -> GameFacts:
        game = self.game(engine, key)
        info = game.info
        return GameFacts(game.sentence, self._name, info.n_layer, info.n_head, info.word_level)

    def challenge(self, engine, key: GameKey, challenge_id: str):
        """(the game's facts, the challenge): the facts too, as this job may have replaced the one asking them."""
        from ..game import Cancelled

        try:
            return self.facts(engine, key), self.game(engine, key).challenge(challenge_id)
        except Cancelled:
            return CANCELLED

    def answer(self, engine, key: GameKey, challenge, guess):
        from ..game import Cancelled

        try:
            return self.game(engine, key).answer(challenge, guess)
        except Cancelled:
            return CANCELLED


class GameJobs(QObject):
    """UI side: one question to the game at a time; its answer (or a one-line error) goes to the callback."""

    busy_changed = Signal(bool)

    def __init__(self, client, parent: QObject | None = None):
        super().__init__(parent)
        self.client = client
        self.host = GameHost()
        self._waiting: tuple[int, Callable, Callable, threading.Event] | None = None
        client.finished.connect(self._on_finished)

    @property
    def busy(self) -> bool:
        return self._waiting is not None

    def facts(self, key: GameKey, done, failed) -> None:
        self._submit(partial(_facts_job, self.host, key), done, failed)

    def challenge(self, key: GameKey, challenge_id: str, done, failed) -> None:
        self._submit(partial(_challenge_job, self.host, key, challenge_id), done, failed)

    def answer(self, key: GameKey, challenge, guess, done, failed) -> None:
        self._submit(partial(_answer_job, self.host, key, challenge, guess), done, failed)

    def cancel(self) -> None:
        """Forget the question asked; a search under way stops at its next run."""
        if self._waiting is not None:
            self._waiting[3].set()
            self.client.forget(LANE)
            self._waiting = None
            self.busy_changed.emit(False)

    def _submit(self, work, done, failed) -> None:
        was_busy = self.busy
        if self._waiting is not None:
            self._waiting[3].set()  # the question before is not wanted any more
        stop = threading.Event()
        seq = self.client.submit(LANE, partial(_with_stop, self.host, stop, work))
        self._waiting = (seq, done, failed, stop)
        if not was_busy:
            self.busy_changed.emit(True)

    def _on_finished(self, result) -> None:
        if result.lane != LANE or self._waiting is None or result.seq != self._waiting[0]:
            return
        _, done, failed, _ = self._waiting
        self._waiting = None
        self.busy_changed.emit(False)
        if result.error is not None:
            failed(result.error)
        elif result.value is not CANCELLED:
            done(result.value)


# the jobs (module functions, so that a job holds no widget)
def _with_stop(host: GameHost, stop: threading.Event, work, engine):
    host.stop = stop
    return work(engine)


def _facts_job(host: GameHost, key: GameKey, engine):
    return host.facts(engine, key)


def _challenge_job(host: GameHost, key: GameKey, challenge_id: str, engine):
    return host.challenge(engine, key, challenge_id)


def _answer_job(host: GameHost, key: GameKey, challenge, guess, engine):
    return host.answer(engine, key, challenge, guess)
