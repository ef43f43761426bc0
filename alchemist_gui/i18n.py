"""Languages: Qt translators for the app, the story and Qt's own dialogs, switched live; a CJK-capable font."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo
from PySide6.QtWidgets import QApplication

from .constants import CJK_FONT

I18N_DIR = Path(__file__).resolve().parent.parent / "assets" / "i18n"
LANGUAGES = ("en", "zh")  # English is the source language: it needs no translator
# one translation file per part: the app, the story, the game's rules, and each extension (play, classroom, …)
CHINESE = ("app_zh_CN", "story_zh_CN", "game_zh_CN", "play_zh_CN", "apprentice_zh_CN", "classroom_zh_CN")


def system_language() -> str:
    return "zh" if QLocale.system().name().lower().startswith("zh") else "en"


class Translations:
    """Installs and removes the Chinese translators; Qt then sends every widget a LanguageChange event."""

    def __init__(self, app: QCoreApplication):
        self._app = app
        self._installed: list[QTranslator] = []
        self.language = "en"

    def set_language(self, lang: str) -> bool:
        """Switch to ``lang``; returns False (and stays put) for an unknown language."""
        if lang not in LANGUAGES:
            return False
        if lang == self.language:
            return True
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = []
        if lang == "zh":
            for translator in self._load_chinese():
                self._app.installTranslator(translator)
                self._installed.append(translator)
            QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
        else:
            QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        self.language = lang
        # Qt posts LanguageChange to every widget; deliver them now so the switch is visible at once
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        return True

    def _load_chinese(self) -> list[QTranslator]:
        found = []
        qt_own = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for folder, name in [(I18N_DIR, n) for n in CHINESE] + [(qt_own, "qtbase_zh_CN")]:
            translator = QTranslator(self._app)
            if translator.load(name, str(folder)):
                found.append(translator)
        return found

    def missing_files(self) -> list[str]:
        return [f"{n}.qm" for n in CHINESE[:3] if not (I18N_DIR / f"{n}.qm").is_file()]


def use_cjk_capable_font(app: QApplication) -> None:
    """Latin text keeps the platform font; Chinese falls back to WenQuanYi Micro Hei when it is installed."""
    font = QFont(app.font())
    # the platform's default is often an alias ("Sans Serif"); name the real family it resolves to, or the
    # CJK font would become the first real family in the list and draw the Latin text too
    latin = QFontInfo(font).family()
    if CJK_FONT in QFontDatabase.families() and latin != CJK_FONT:
        font.setFamilies([latin, CJK_FONT])
        app.setFont(font)
