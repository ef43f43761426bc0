"""The window's menus and their shortcuts. Each action calls the window or the session; the texts are set in
``retranslate`` (called by the window's own)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from .retranslate import tr

LANGUAGES = (("en", "English"), ("zh", "中文（简体）"))


class Menus:
    def __init__(self, window):
        self.window = window
        session, bar = window.session, window.menuBar()
        self.actions: dict[str, QAction] = {}
        self._texts: dict = {}  # name -> text() of the items extensions added
        self.file = bar.addMenu("")
        self._add(self.file, "open", window.choose_model_folder, QKeySequence.StandardKey.Open)
        self._add(self.file, "bundled", lambda: session.set_model(None))
        self.file.addSeparator()
        self._add(self.file, "picture", window.save_picture, QKeySequence("Ctrl+Shift+S"))
        self.file.addSeparator()
        self._add(self.file, "quit", window.close, QKeySequence.StandardKey.Quit)

        self.story = bar.addMenu("")
        timeline = window.timeline
        self._add(self.story, "play", session.clock.toggle, QKeySequence(Qt.Key.Key_Space))
        # a presenter's clicker sends PageDown / PageUp
        self._add(self.story, "next", timeline.step_forward, QKeySequence(Qt.Key.Key_Right),
                  QKeySequence(Qt.Key.Key_PageDown))
        self._add(self.story, "previous", timeline.step_back, QKeySequence(Qt.Key.Key_Left),
                  QKeySequence(Qt.Key.Key_PageUp))
        self._add(self.story, "start", timeline.to_workshop, QKeySequence(Qt.Key.Key_Home))
        self._add(self.story, "end", lambda: (session.clock.pause(), session.clock.seek(session.clock.duration)),
                  QKeySequence(Qt.Key.Key_End))

        self.view = bar.addMenu("")
        for dock in window.docks.all():
            self.view.addAction(dock.toggleViewAction())
        self.view.addSeparator()
        self.language = self.view.addMenu("")
        group = QActionGroup(window)
        self.language_actions = {}
        for lang, name in LANGUAGES:
            action = QAction(name, window, checkable=True)
            action.triggered.connect(lambda _=False, lang=lang: window.set_language(lang))
            group.addAction(action)
            self.language.addAction(action)
            self.language_actions[lang] = action
        self._add(self.view, "panels", lambda: window.docks.set_shown(not window.docks.any_shown()),
                  QKeySequence(Qt.Key.Key_F9))
        self.view.addSeparator()
        self._add(self.view, "fit", window.stage.fit, QKeySequence("Ctrl+0"))
        self._add(self.view, "reset_layout", window.docks.reset)

        self.help = bar.addMenu("")
        self._add(self.help, "help", window.show_help, QKeySequence.StandardKey.HelpContents)
        self._add(self.help, "log", window.show_log)
        self._add(self.help, "about", window.show_about)
        self.show_language(window.translations.language if window.translations else "en")

    def _add(self, menu, name: str, slot, *shortcuts) -> QAction:
        action = QAction(self.window)
        if len(shortcuts) == 1:
            action.setShortcut(shortcuts[0])
        elif shortcuts:
            action.setShortcuts(list(shortcuts))
        action.triggered.connect(slot)
        menu.addAction(action)
        self.actions[name] = action
        return action

    def add(self, menu: str, name: str, slot, text, *shortcuts) -> QAction:
        """An extension's item at the end of ``menu`` ("file", "story", "view", "help"); ``text()`` gives its
        translated text (called again when the language changes)."""
        action = self._add(getattr(self, menu), name, slot, *shortcuts)
        self._texts[name] = text
        action.setText(text())
        return action

    def show_language(self, lang: str) -> None:
        if lang in self.language_actions:
            self.language_actions[lang].setChecked(True)

    def retranslate(self) -> None:
        texts = {
            "open": tr("&Open model folder…"), "bundled": tr("Use the &bundled model"),
            "picture": tr("Save a &picture of the window…"), "quit": tr("&Quit"),
            "play": tr("Play / pause"), "next": tr("Next step"), "previous": tr("Previous step"),
            "start": tr("Back to the start"), "end": tr("Jump to the prediction"),
            "fit": tr("Fit the workshop"), "panels": tr("Show or hide the side panels"), "reset_layout": tr("Reset the layout"),
            "help": tr("How to use Alchemist"), "log": tr("Show the log"), "about": tr("About Alchemist"),
        }
        for name, text in texts.items():
            self.actions[name].setText(text)
        for name, text in self._texts.items():
            self.actions[name].setText(text())
        for menu, title in ((self.file, tr("&File")), (self.story, tr("&Story")), (self.view, tr("&View")),
                            (self.language, tr("&Language")), (self.help, tr("&Help"))):
            menu.setTitle(title)
