"""The Play screens' look: the window's warm workshop palette (theme.py), bigger type, medal metals."""
from __future__ import annotations

from PySide6.QtGui import QColor

from .. import theme

# medal metals, from the lowest to the best: pass = bronze, good = silver, best = gold
METALS = {
    "pass": ("#f0b27a", "#b8703a", "#7d4420"),  # light, body, edge
    "good": ("#f4f6f8", "#b9c0c7", "#6f7780"),
    "best": ("#fff0a8", "#e8b923", "#9a6d00"),
}
RIBBONS = {"pass": ("#b5473a", "#8e3328"), "good": ("#3f6fa8", "#2c507d"), "best": ("#c0392b", "#8e2a20")}
EMPTY = QColor("#cdbfa8")  # the outline of a medal not won yet
LINE = "#dccfb9"
GUESS = QColor(theme.ACCENT)  # the player's guess: amber
REAL = QColor("#6b3f1d")  # the model's real number: dark walnut
GAP = QColor(179, 38, 30, 55)  # the gap between them, drawn as a red band
GOOD = QColor(theme.GOOD)
BAD = QColor(theme.ERROR)
SOFT = QColor(theme.INK_SOFT)
INK = QColor(theme.INK)

T = theme
STYLE = f"""
QWidget#playMap, QWidget#playMapInner {{ background: {T.PAPER}; }}
QLabel#mapTitle {{ font-size: 30px; font-weight: bold; color: {T.INK}; }}
QLabel#mapSubtitle {{ font-size: 15px; color: {T.INK_SOFT}; }}
QLabel#mapProgress {{ font-size: 18px; font-weight: bold; color: {T.ACCENT_DARK}; }}
QLabel#mapCounts {{ font-size: 14px; color: {T.INK_SOFT}; }}
QFrame#chapterCard {{ background: {T.PANEL}; border: 1px solid {LINE}; border-radius: 14px; }}
QFrame#chapterCard[state="next"] {{ border: 2px solid {T.ACCENT}; }}
QFrame#chapterCard[state="done"] {{ border: 2px solid #c9a227; background: #fffaf0; }}
QLabel#chapterNumber {{ background: {T.ACCENT}; color: white; font-size: 17px; font-weight: bold;
                        border-radius: 17px; min-width: 34px; max-width: 34px; min-height: 34px; max-height: 34px; }}
QFrame#chapterCard[state="done"] QLabel#chapterNumber {{ background: #c9a227; }}
QLabel#chapterTitle {{ font-size: 20px; font-weight: bold; color: {T.INK}; }}
QLabel#chapterBlurb {{ font-size: 13px; color: {T.INK_SOFT}; }}
QLabel#doneBadge {{ color: #8a6d00; font-weight: bold; font-size: 13px; background: #fbefc0;
                    border-radius: 9px; padding: 2px 10px; }}
QLabel#challengeName {{ font-size: 15px; font-weight: bold; color: {T.INK}; }}
QLabel#challengeState {{ font-size: 12px; color: {T.INK_SOFT}; }}
QPushButton#playButton {{ background: {T.PAPER_DARK}; color: {T.ACCENT_DARK}; font-weight: bold; font-size: 13px;
                          border: 1px solid #cdbfa8; border-radius: 9px; padding: 5px 16px; }}
QPushButton#playButton:hover, QPushButton#playButton:focus {{ background: {T.ACCENT}; color: white;
                                                              border-color: {T.ACCENT_DARK}; }}
QPushButton#continueButton {{ background: {T.ACCENT}; color: white; font-size: 18px; font-weight: bold;
                              border: none; border-radius: 12px; padding: 10px 26px; }}
QPushButton#continueButton:hover, QPushButton#continueButton:focus {{ background: {T.ACCENT_DARK}; }}
QPushButton#quietButton {{ background: transparent; color: {T.INK_SOFT}; border: 1px solid {LINE};
                           border-radius: 8px; padding: 4px 12px; }}
QPushButton#quietButton:hover, QPushButton#quietButton:focus {{ color: {T.ERROR}; border-color: {T.ERROR}; }}

QWidget#challengePanel {{ background: {T.PAPER}; }}
QLabel#panelChapter {{ color: {T.ACCENT_DARK}; font-size: 13px; font-weight: bold; }}
QLabel#panelName {{ font-size: 22px; font-weight: bold; color: {T.INK}; }}
QLabel#panelQuestion {{ font-size: 15px; color: {T.INK}; }}
QLabel#panelHint {{ font-size: 13px; color: {T.NOTICE}; background: {T.NOTICE_BG}; border-radius: 8px;
                    padding: 6px 8px; }}
QLabel#panelStatus {{ font-size: 13px; color: {T.INK_SOFT}; }}
QLabel#panelStatus[state="error"] {{ color: {T.ERROR}; font-weight: bold; }}
QLabel#resultScore {{ font-size: 19px; font-weight: bold; color: {T.INK}; }}
QLabel#resultNarration {{ font-size: 15px; color: {T.INK}; }}
QLabel#resultNote {{ font-size: 12px; color: {T.INK_SOFT}; }}
QLabel#resultLine {{ font-size: 14px; color: {T.INK}; }}
QLabel#sectionLabel {{ font-size: 12px; font-weight: bold; color: {T.INK_SOFT}; }}
QFrame#resultCard {{ background: {T.PANEL}; border: 1px solid {LINE}; border-radius: 12px; }}
QFrame#inputCard {{ background: {T.PANEL}; border: 1px solid {LINE}; border-radius: 12px; }}
QPushButton#chip {{ background: {T.PANEL}; border: 1px solid #cdbfa8; border-radius: 10px; padding: 4px 11px;
                    font-size: 14px; color: {T.INK}; }}
QPushButton#chip:hover {{ border-color: {T.ACCENT}; }}
QPushButton#chip:focus {{ border: 2px solid {T.ACCENT_DARK}; }}
QPushButton#chip:checked {{ background: {T.ACCENT}; color: white; border-color: {T.ACCENT_DARK}; }}
QPushButton#chip:disabled {{ color: #b0a595; }}
QPushButton#headButton {{ background: {T.PANEL}; border: 1px solid #cdbfa8; border-radius: 6px; min-width: 44px;
                          min-height: 30px; font-size: 13px; }}
QPushButton#headButton:focus {{ border: 2px solid {T.ACCENT_DARK}; }}
QPushButton#headButton:checked {{ background: {T.ERROR}; color: white; border-color: {T.ERROR}; }}
QPushButton#secondary {{ background: {T.PAPER_DARK}; border: 1px solid #cdbfa8; border-radius: 6px;
                         padding: 6px 14px; }}
QPushButton#secondary:focus {{ border: 2px solid {T.ACCENT_DARK}; }}
QPushButton#primary:focus {{ border: 2px solid {T.INK}; }}
QRadioButton, QCheckBox {{ font-size: 14px; spacing: 8px; }}

QFrame#modeSwitch {{ background: {T.PAPER_DARK}; border: 1px solid #cdbfa8; border-radius: 9px; }}
QPushButton#modeButton {{ background: transparent; border: none; border-radius: 7px; padding: 4px 14px;
                          font-weight: bold; color: {T.INK_SOFT}; }}
QPushButton#modeButton:checked {{ background: {T.ACCENT}; color: white; }}
QPushButton#modeButton:focus {{ text-decoration: underline; }}
"""
