"""The window's look: a warm workshop palette shared by the widgets and the plots."""
from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

PAPER = "#f7f2e8"  # window background: parchment
PAPER_DARK = "#ede4d3"
PANEL = "#fffdf8"
INK = "#2b2118"
INK_SOFT = "#6f6253"
ACCENT = "#d98a1c"  # amber: the potion colour of the interface
ACCENT_DARK = "#8f520a"
ERROR = "#b3261e"
ERROR_BG = "#fde8e6"
NOTICE = "#7a5a00"
NOTICE_BG = "#fff4d1"
GOOD = "#2e7d32"

# attention heatmaps: cream (nothing) -> amber -> deep brown (everything); masked cells are drawn grey
HEAT_STOPS = ((0.0, "#fffaf0"), (0.25, "#f9d58b"), (0.55, "#e8902a"), (0.8, "#b34d12"), (1.0, "#5a1e06"))
# differences: blue (less) -> cream -> red (more)
DIFF_STOPS = ((0.0, "#1f4e9c"), (0.5, "#fffaf0"), (1.0, "#b3261e"))
MASKED_RGBA = (120, 110, 100, 150)

STYLESHEET = f"""
QMainWindow, QDockWidget > QWidget {{ background: {PAPER}; }}
QDockWidget {{ font-weight: bold; color: {INK}; }}
QDockWidget::title {{ background: {PAPER_DARK}; padding: 5px 8px; }}
QGroupBox {{ font-weight: bold; color: {INK}; border: 1px solid #dccfb9; border-radius: 8px;
            margin-top: 14px; padding: 10px 8px 8px 8px; background: {PANEL}; }}
QGroupBox::title {{ subcontrol-origin: margin; left: 10px; padding: 0 4px; }}
QLabel#hint {{ color: {INK_SOFT}; font-weight: normal; }}
QLabel#beatTitle {{ color: {ACCENT_DARK}; }}
QLabel#timeLabel {{ color: {INK_SOFT}; font-family: monospace; }}
QFrame#narration {{ background: {PANEL}; border-top: 1px solid #dccfb9; }}
QToolBar {{ background: {PANEL}; border: none; spacing: 0px; padding: 0px; }}
QToolBar#sentenceBar {{ border-bottom: 1px solid #dccfb9; }}
QToolBar#timelineBar {{ border-top: 1px solid #dccfb9; }}
QToolButton#playButton {{ background: {ACCENT}; border-radius: 17px; padding: 4px; }}
QToolButton#playButton:hover {{ background: {ACCENT_DARK}; }}
QPushButton#primary {{ background: {ACCENT}; color: white; font-weight: bold; border: none;
                       border-radius: 6px; padding: 6px 16px; }}
QPushButton#primary:hover {{ background: {ACCENT_DARK}; }}
QPushButton#primary:disabled {{ background: #d9c7a8; }}
QToolButton#knockout {{ border: 1px solid #cdbfa8; border-radius: 4px; background: {PANEL};
                        min-width: 30px; min-height: 22px; font-size: 11px; }}
QToolButton#knockout:checked {{ background: {ERROR}; color: white; border-color: {ERROR}; }}
QTabWidget::pane {{ border: 1px solid #dccfb9; background: {PANEL}; }}
QTabBar::tab {{ padding: 5px 12px; background: {PAPER_DARK}; border: 1px solid #dccfb9; border-bottom: none;
               border-top-left-radius: 5px; border-top-right-radius: 5px; margin-right: 2px; }}
QTabBar::tab:selected {{ background: {PANEL}; font-weight: bold; }}
QFrame#banner-error {{ background: {ERROR_BG}; border: 1px solid {ERROR}; border-radius: 6px; }}
QFrame#banner-error QLabel {{ color: {ERROR}; background: transparent; }}
QFrame#banner-notice {{ background: {NOTICE_BG}; border: 1px solid {NOTICE}; border-radius: 6px; }}
QFrame#banner-notice QLabel {{ color: {NOTICE}; background: transparent; }}
QFrame#banner-change {{ background: #eef3ea; border: 1px solid #5b7f4a; border-radius: 6px; }}
QFrame#banner-change QLabel {{ color: #2f4f22; background: transparent; }}
QLabel#wordCheck {{ color: {GOOD}; }}
QLabel#wordCheck[state="unknown"] {{ color: {ERROR}; font-weight: bold; }}
QLabel#wordCheck[state="split"] {{ color: {INK_SOFT}; font-family: monospace; }}
QLabel#bannerIcon {{ font-size: 15px; font-weight: bold; }}
QPushButton#bannerAction {{ padding: 1px 10px; }}
"""


def apply_theme(app: QApplication) -> None:
    app.setStyle("Fusion")
    pal = QPalette()
    for role, colour in ((QPalette.ColorRole.Window, PAPER), (QPalette.ColorRole.Base, PANEL),
                         (QPalette.ColorRole.AlternateBase, PAPER_DARK), (QPalette.ColorRole.Button, PAPER_DARK),
                         (QPalette.ColorRole.WindowText, INK), (QPalette.ColorRole.Text, INK),
                         (QPalette.ColorRole.ButtonText, INK), (QPalette.ColorRole.ToolTipBase, PANEL),
                         (QPalette.ColorRole.ToolTipText, INK), (QPalette.ColorRole.Highlight, ACCENT),
                         (QPalette.ColorRole.HighlightedText, "#ffffff"), (QPalette.ColorRole.Link, ACCENT_DARK),
                         (QPalette.ColorRole.PlaceholderText, "#a89a88")):
        pal.setColor(role, QColor(colour))
    pal.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor("#b0a595"))
    pal.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#b0a595"))
    pal.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#b0a595"))
    app.setPalette(pal)
    app.setStyleSheet(STYLESHEET)
