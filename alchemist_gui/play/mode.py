"""The Play mode: the chapter map page, the challenge dock, the Workshop | Play switch, and the flow of one
challenge — prepare it in the worker, show its scene on the stage (stopping before the answer shows), take the
guess, score it in the worker, record it, show the real numbers beside it and play the reveal.

It writes to the session like every other view (``load``, ``set_locks``, ``select``) and listens to it; the Game
lives in the worker (host.py).  While a question is open the controls that would give the answer away are locked:
the session's switches and sentence, the story's keys and timeline, the inspector and before/after panels, and
the stage's clicks keep the alchemist the question is about.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox, QVBoxLayout, QWidget

from engine import Switches

from ..session import LOCKABLE, Selection
from .host import GameJobs, GameKey
from .mode_switch import ModeSwitch
from .progress_file import load_progress
from .scenes import ScenePlayer, plan_for

# The window builds its extensions before its first paint: only the switch, the menu items and two empty holders
# are made then; the map, the panel and the game's modules come the first time Play opens (screens()).

STORY_KEYS = ("play", "next", "previous", "start", "end")  # the story menu's items: they would play the answer
KEPT_DURING_CHALLENGE = ("sentence", "model", "checkpoint")  # the challenge is about the game's sentence


def holder() -> QWidget:
    """An empty widget the screens are put into when they are first needed."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    return box


def all_ids() -> tuple[str, ...]:
    from ..game import all_challenge_ids

    return all_challenge_ids()


def selection_for(ch) -> Selection:
    """The alchemist a challenge is about, as the session's selection."""
    follow = ch.setup.get("follow")
    if follow:
        last = len(ch.tokens) - 1
        return Selection(follow["layer"], follow["head"], None if follow["word"] == last else follow["word"])
    if ch.kind == "name_alchemist":
        return Selection(ch.setup["layer"], ch.setup["head"])
    return Selection()


def reveal_run(ch, result):
    """(text, switches) the reveal shows when it is not the posed run: the run the answer made, or for the
    order-blind bets the shuffled run of the first case bet wrong."""
    if result.trace is not None:
        return result.trace.text, result.trace.switches
    if ch.kind == "order_blind":
        wrong = [c for c in ch.setup["cases"] if c not in result.numbers["right"]]
        case = (wrong or ["both_off"])[0]
        sw = ch.setup["switches"][case]
        return ch.sentence, Switches(mask=sw["mask"], positional=sw["positional"], shuffle_seed=ch.setup["seed"])
    return None


def overlay_legend(kind: str) -> str | None:
    """What the stage's chips under the shelf show (the labels above the bottles are the real numbers)."""
    legends = {
        "call_pour": Q.translate("Play", "Under the shelf: your shares (green: close, red: far). Above the "
                                         "bottles: his real ones."),
        "pour_by_hand": Q.translate("Play", "Under the shelf: your pour (green: close to his own, red: far). "
                                            "The model ran with it."),
        "pickiness": Q.translate("Play", "Under the shelf: his shares at your temperature (green: close to the "
                                         "gentlest temperature's, red: far)."),
    }
    return legends.get(kind)


class PlayMode(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window, self.session = window, window.session
        self.jobs = GameJobs(self.session.client, self)
        self.progress = None  # loaded when Play first opens
        self.key: GameKey | None = None
        self.facts = None
        self.skipped: dict = {}  # challenge id -> Text: why it cannot be posed here
        self.challenge_id: str | None = None  # the challenge open in the dock
        self.challenge = None
        self.result = None
        self.asking = False  # a question is open: its answer must not show
        self.mode = "workshop"
        self._folded = False  # the side panels were folded away by the map
        self._hidden: list = []  # panels hidden while a question is open
        self._loading = False  # our own session.load is under way (its sentence change is not the player's)
        self._ticket = 0  # the challenge shown now; a step asked for an older one is dropped

        self.map = self.panel = self.overlay = None  # made by screens(), when Play first opens
        self._page, self._dock_box = holder(), holder()
        window.add_page("play", self._page)
        self.dock = window.docks.add("challengeDock", self._dock_box, lambda: Q.translate("Play", "Challenge"),
                                     managed=True)  # shown only while playing
        self.dock.hide()
        self.switch = ModeSwitch()
        window.sentence_bar.add_widget(self.switch)
        self.scene = ScenePlayer(window.clock, self)
        menus = window.menus
        self.mode_action = menus.add("view", "play_mode", self.toggle_mode,
                                     lambda: Q.translate("Play", "Play the game / back to the Workshop"),
                                     QKeySequence(Qt.Key.Key_F6))
        self.back_action = menus.add("view", "play_back", self.back_to_map,
                                     lambda: Q.translate("Play", "Back to the chapter map"),
                                     QKeySequence(Qt.Key.Key_Escape))
        self.back_action.setEnabled(False)
        self._wire()

    def _wire(self) -> None:
        session, window = self.session, self.window
        self.switch.mode_requested.connect(lambda mode: self.open_play() if mode == "play" else self.open_workshop())
        window.stage.token_clicked.connect(self._token_clicked)
        window.stage.head_toggled.connect(self._head_toggled)
        session.sentence_changed.connect(self._sentence_changed)
        session.run_shown.connect(self._run_shown)
        window.installEventFilter(self)

    def screens(self) -> None:
        """The chapter map, the challenge panel and the stage overlay, made once."""
        if self.map is not None:
            return
        from .chapter_map import ChapterMap
        from .overlay import StageOverlay
        from .panel import ChallengePanel

        self.map, self.panel, self.overlay = ChapterMap(), ChallengePanel(), StageOverlay()
        self.overlay.setVisible(False)
        self.window.stage.scene().addItem(self.overlay)  # the scene owns it from now on: shown and hidden only
        self._page.layout().addWidget(self.map)
        self._dock_box.layout().addWidget(self.panel)
        self.map.play_requested.connect(self.play)
        self.map.reset_requested.connect(self.ask_reset)
        self.panel.submit_requested.connect(self.submit)
        self.panel.next_requested.connect(self.play_next)
        self.panel.retry_requested.connect(self.retry)
        self.panel.map_requested.connect(self.back_to_map)
        self.panel.cancel_requested.connect(self.back_to_map)
        self.panel.skip_scene_requested.connect(self.scene.skip)
        self.scene.finished.connect(lambda: self.panel.scene_playing(False))

    # ================================================================== the two modes
    def toggle_mode(self) -> None:
        self.open_workshop() if self.mode == "play" else self.open_play()

    def open_play(self) -> None:
        """The chapter map (from the Workshop, or from a challenge)."""
        self.screens()
        if self.challenge_id is not None:
            self._leave_challenge()
        if self.mode != "play":
            self.mode = "play"
            self._fold_panels(True)
        self.switch.show_mode("play")
        self.window.show_page("play")
        self._load_progress()
        self._use_key(self._wanted_key())
        self._refresh_map()
        self.map.focus_next()

    def open_workshop(self) -> None:
        if self.challenge_id is not None:
            self._leave_challenge()
        self.mode = "workshop"
        self.switch.show_mode("workshop")
        self.window.show_page("workshop")
        self._fold_panels(False)
        self.window.stage.setFocus()

    def back_to_map(self) -> None:
        if self.mode == "play":
            self.open_play()

    def _fold_panels(self, fold: bool) -> None:
        """The map gets the whole width; the side panels come back with the Workshop."""
        docks = self.window.docks
        if fold and not self._folded and docks.any_shown():
            self.dock.hide()
            docks.set_shown(False)
            self._folded = True
        elif not fold:
            self.dock.hide()
            if self._folded:
                docks.set_shown(True)
            self._folded = False

    # ================================================================== the game, its key and progress
    def _wanted_key(self) -> GameKey:
        s = self.session
        key = self.key
        if key is not None and (key.model, key.checkpoint) == (s.model, s.checkpoint) and (
                s.sentence == key.sentence or (self.facts is not None and s.sentence == self.facts.sentence)):
            return key  # the same sentence and model: keep the game (and what it built)
        return GameKey(s.sentence, s.model, s.checkpoint)

    def _use_key(self, key: GameKey) -> None:
        if key != self.key:
            self.key, self.facts, self.skipped = key, None, {}
            self.map.show_facts(None)
        if self.facts is None and not self.jobs.busy:
            self.jobs.facts(key, self._got_facts, self._failed_facts)

    def _got_facts(self, facts) -> None:
        self.facts = facts
        self.map.show_facts(facts)

    def _failed_facts(self, message: str) -> None:
        self.window.banner.show_message("play", "error", lambda: Q.translate(
            "Play", "The game cannot be prepared: %1").replace("%1", message))

    def _load_progress(self) -> None:
        if self.progress is not None:
            return
        self.progress = load_progress()
        notice = self.progress.notice
        if notice is not None:
            from .text import render

            self.window.banner.show_message("progress", "notice", lambda: render(notice))

    def _refresh_map(self) -> None:
        p = self.progress
        from .text import render

        ids = all_ids()
        medals = {i: p.medal(i) for i in ids} if p else {}
        attempts = {i: p.attempts(i) for i in ids} if p else {}
        skipped = {i: (lambda t=t: render(t)) for i, t in self.skipped.items()}
        playable = [i for i in ids if i not in self.skipped]
        next_id = next((i for i in playable if not medals.get(i)), playable[0] if playable else None)
        self.map.show_progress(medals, attempts, skipped, next_id)

    def ask_reset(self) -> None:
        answer = QMessageBox.question(
            self.window, Q.translate("Play", "Reset progress"),
            Q.translate("Play", "Forget every medal and start the game afresh? This cannot be undone."),
            QMessageBox.StandardButton.Reset | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Reset:
            self.reset_progress()

    def reset_progress(self) -> None:
        from ..game.progress import ProgressError

        self._load_progress()
        try:
            self.progress.reset()
        except ProgressError as exc:
            self._progress_failed(exc)
        self._refresh_map()

    def _progress_failed(self, exc) -> None:
        notice = exc.notice
        from .text import render

        self.window.banner.show_message("progress", "error", lambda: render(notice))

    # ================================================================== one challenge
    def play(self, challenge_id: str) -> None:
        """Open a challenge: it is prepared in the worker, then its scene plays and the question is asked."""
        from ..game.chapters import split_id

        if self.mode != "play":
            self.open_play()
        if self.challenge_id is not None:
            self._leave_challenge()
        self._load_progress()
        if self.key is None:
            self._use_key(self._wanted_key())
        chapter, kind = split_id(challenge_id)
        self._ticket += 1
        self.challenge_id, self.challenge, self.result = challenge_id, None, None
        self.window.show_page("workshop")
        self.dock.show()
        self.dock.raise_()
        self.back_action.setEnabled(True)
        self._lock(asking=True)
        self.panel.show_loading(self._chapter_title(chapter), self._name(kind), self._best())
        self.jobs.challenge(self.key, challenge_id, self._got_challenge, self._failed)

    def retry(self) -> None:
        if self.challenge is not None:
            self._ticket += 1
            self._hide_overlay()
            self._posed(self.challenge, keep_guess=True)

    def play_next(self) -> None:
        after = all_ids()
        ids = [i for i in after if i not in self.skipped]
        if self.challenge_id in after:
            later = [i for i in after[after.index(self.challenge_id) + 1:] if i in ids]
        else:
            later = ids
        if later:
            self.play(later[0])
        else:
            self.back_to_map()

    def submit(self, guess) -> None:
        if self.challenge is None or not self.asking:
            return
        self.panel.show_busy()
        self.jobs.answer(self.key, self.challenge, guess, self._answered, self._failed)

    def _got_challenge(self, answer) -> None:
        facts, ch = answer
        if self.facts is None:
            self._got_facts(facts)
        self._posed(ch)

    def _posed(self, ch, keep_guess: bool = False) -> None:
        if ch.id != self.challenge_id:
            return
        if not ch.posed:
            self.skipped[ch.id] = ch.skipped
            self.challenge = ch
            self._lock(asking=False)
            if self.session.switches != Switches() or self.session.sentence != ch.sentence:
                self._load_run(ch.sentence, Switches(), Selection(), lambda: None)  # no other challenge's run
            self.panel.show_skipped(ch, self._best())
            self.panel.next.setFocus()
            self._refresh_map()
            return
        self.challenge, self.result = ch, None
        self._lock(asking=True)
        self.panel.show_question(ch, self._best(), keep_guess=keep_guess)
        self.panel.scene_playing(True)
        ticket = self._ticket
        self._load_run(ch.sentence, Switches(), selection_for(ch),
                       lambda: ticket == self._ticket and self._play(plan_for(ch.kind).scene))
        self.panel.setFocus()
        self.panel.focusNextChild()

    def _answered(self, result) -> None:
        ch = self.challenge
        if ch is None or result.challenge_id != ch.id:
            return
        if not result.valid:
            self.panel.show_invalid(result)
            return
        from ..game.progress import ProgressError

        try:
            self.progress.record(result, sentence=ch.sentence, model=self.facts.model if self.facts else "")
        except ProgressError as exc:
            self._progress_failed(exc)
        self.result = result
        self.scene.stop()
        self._lock(asking=False)
        self.panel.show_result(result, self._best())
        self._refresh_map()
        self._ticket += 1
        ticket = self._ticket
        beats = plan_for(ch.kind).reveal

        def reveal():
            if ticket == self._ticket:
                self._show_overlay(ch, result)
                self._play(beats)

        other = reveal_run(ch, result)
        if other is None:
            reveal()
        else:
            self._load_run(other[0], other[1], selection_for(ch) if other[0] == ch.sentence else Selection(), reveal)

    def _failed(self, message: str) -> None:
        if self.challenge_id is not None:
            self.panel.show_error(message)

    def _leave_challenge(self) -> None:
        self._ticket += 1
        self.jobs.cancel()
        self.scene.stop()
        self._hide_overlay()
        self._lock(asking=False, open_=False)
        self.challenge_id = self.challenge = self.result = None
        self.back_action.setEnabled(False)
        self.dock.hide()

    # ================================================================== the stage
    def _load_run(self, text: str, switches, selection, then) -> None:
        self._loading = True
        try:
            self.session.load(text, switches, self.key.model, self.key.checkpoint, selection)
        finally:
            self._loading = False
        self.session.after_run(then)

    def _play(self, beats) -> None:
        story = self.session.story
        if story is not None:
            # the stage takes a new story in over a few frames; a clock moved meanwhile would have it pose (and
            # paint) items it has not configured yet, so it finishes first
            if self.window.stage.settling:
                self.window.stage.settle()
            self.scene.play(story, beats)
            self.panel.scene_playing(self.scene.playing)

    def _show_overlay(self, ch, result) -> None:
        from .feedback import stage_marks

        story = self.session.story
        marks = stage_marks(ch, result)
        if story is None or not marks:
            return
        self.overlay.show_marks(story.layout, marks, overlay_legend(ch.kind))
        self.overlay.setVisible(True)

    def _hide_overlay(self) -> None:
        if self.overlay is not None:
            self.overlay.setVisible(False)

    def _token_clicked(self, word: int) -> None:
        if not self.asking or self.challenge is None:
            return
        self.panel.token_clicked(word)
        follow = selection_for(self.challenge)
        if self.session.selection.word != follow.word:  # keep the alchemist the question is about
            self.session.select(word=follow.word)

    def _head_toggled(self, layer: int, head: int) -> None:
        if self.asking:  # silencing a head would answer the saboteur: undo it
            self.session.toggle_head(layer, head)

    def _sentence_changed(self, text: str) -> None:
        if not self._loading and self.mode == "play" and self.challenge_id is None:
            self._use_key(self._wanted_key())
            self._refresh_map()

    def _run_shown(self, run, previous, reason) -> None:
        if self.mode == "play" and self.challenge_id is None and reason == "model":
            self._use_key(self._wanted_key())
            self._refresh_map()

    # ================================================================== locks
    def _lock(self, asking: bool, open_: bool = True) -> None:
        """asking: a question is open (everything that would show the answer is locked); open_: a challenge is
        open at all (its sentence and model stay)."""
        window = self.window
        self.asking = asking and open_
        locks = LOCKABLE if self.asking else KEPT_DURING_CHALLENGE if open_ else ()
        self.session.set_locks(locks)
        for name in STORY_KEYS:
            window.menus.actions[name].setEnabled(not self.asking)
        window.timeline.setEnabled(not self.asking)
        docks = window.docks
        for dock in (docks.inspector_dock, docks.compare_dock):
            dock.toggleViewAction().setEnabled(not self.asking)
        if self.asking:
            for dock in (docks.inspector_dock, docks.compare_dock):
                if dock.isVisible():
                    dock.hide()
                    self._hidden.append(dock)
        else:
            for dock in self._hidden:
                dock.show()
            self._hidden = []
            if open_:
                self.dock.raise_()

    # ================================================================== texts and closing
    def _chapter_title(self, chapter) -> str:
        from ..game import CHAPTERS
        from .text import game

        number = [c.id for c in CHAPTERS].index(chapter.id) + 1
        return Q.translate("Play", "Chapter %1 · %2").replace("%1", str(number)).replace("%2", game(chapter.title))

    def _name(self, kind: str) -> str:
        from ..game.texts import CHALLENGE_NAMES

        return CHALLENGE_NAMES[kind]

    def _best(self):
        return self.progress.medal(self.challenge_id) if self.progress and self.challenge_id else None

    def eventFilter(self, watched, event) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.shutdown()  # before the window saves its layout: the panels as the Workshop has them
        return False

    def shutdown(self) -> None:
        if self.challenge_id is not None:
            self._leave_challenge()
        self._fold_panels(False)
