"""What ``install(window)`` adds: the menu items and keys of presentation mode, export and scenes, and the
menu items that follow the scene's locks."""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence

from ..retranslate import tr
from .export_gui import Exports
from .presentation import Presentation
from .scenes import Scenes
from .startup import FirstStoryReporter, wanted


class Classroom(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.presentation = Presentation(window)
        self.exports = Exports(window)
        self.scenes = Scenes(window)
        menus = window.menus
        add = menus.add
        self.actions = {
            "open_scene": add("file", "open_scene", self.scenes.ask_open, lambda: tr("Open a &scene…"),
                              QKeySequence("Ctrl+Shift+O")),
            "save_scene": add("file", "save_scene", self.scenes.ask_save, lambda: tr("Save this s&cene…"),
                              QKeySequence.StandardKey.Save),
            "export": add("file", "export", self.exports.ask, lambda: tr("&Export…"), QKeySequence("Ctrl+E")),
            "copy_picture": add("file", "copy_picture", self.exports.copy_picture,
                                lambda: tr("&Copy a picture of the stage"), QKeySequence("Ctrl+Shift+C")),
            "unlock": add("file", "unlock", self.scenes.unlock, lambda: tr("Show the &hidden controls")),
            "presentation": add("view", "presentation", self.presentation.toggle, lambda: tr("&Presentation"),
                                QKeySequence(Qt.Key.Key_F5), QKeySequence("Shift+F5")),
        }
        self._tidy_file_menu()
        window.session.locks_changed.connect(self.show_locks)
        self.show_locks(window.session.locks)
        self.first_story = FirstStoryReporter(window) if wanted() else None

    def _tidy_file_menu(self) -> None:
        """The scene and export items go together above Quit (menus.add puts them after it)."""
        menu = self.window.menus.file
        quit_action = self.window.menus.actions.get("quit")
        if quit_action is None:
            return
        ours = [self.actions[n] for n in ("open_scene", "save_scene", "export", "copy_picture", "unlock")]
        for action in ours:
            menu.removeAction(action)
        items = menu.actions()
        at = items.index(quit_action)
        anchor = items[at - 1] if at > 0 and items[at - 1].isSeparator() else quit_action
        menu.insertActions(anchor, ours)
        menu.insertSeparator(ours[0])

    def show_locks(self, locks) -> None:
        """Menu items of locked controls go too (the panels hide theirs themselves)."""
        actions = self.window.menus.actions
        for name in ("open", "bundled"):
            if name in actions:
                actions[name].setVisible("model" not in locks)
        self.actions["unlock"].setVisible(bool(locks))
