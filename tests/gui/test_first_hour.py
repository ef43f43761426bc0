"""What a new user tripped over in the first hour, checked through the real window: the loading state, the
message row, a narrow window, the side panels, help and About."""
import subprocess
import sys

from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QTextBrowser

from alchemist_gui.constants import VERSION

from .conftest import ROOT, wait_idle


def test_while_the_model_loads_the_stage_says_so_and_the_switches_show_their_real_state(qtbot, make_window):
    window = make_window(wait=False)
    assert window.session.run is None
    assert window.stage._messages["loading"] is not None  # the stage itself says the workshop is loading
    assert window.experiments.mask.isChecked() and window.experiments.positional.isChecked()
    assert "loading" in window.banner.hint.full_text
    wait_idle(qtbot, window)
    assert window.stage._messages["loading"] is None
    assert "Space" in window.banner.hint.full_text  # ready: one line invites the learner to play


def test_messages_never_pile_up_and_never_cover_the_stage(qtbot, make_window):
    window = make_window()
    stage_top = window.stage.mapTo(window, window.stage.rect().topLeft()).y()
    for text in ("", "   ", ""):  # an empty sentence, three times
        window.session.set_sentence(text)
    window.session.set_sentence("xyzzy plugh the cat")  # and a notice about unknown words
    wait_idle(qtbot, window)
    kinds = [kind for kind, _ in window.banner.messages().values()]
    assert kinds.count("error") <= 1 and kinds.count("notice") <= 1
    row_bottom = window.banner.mapTo(window, window.banner.rect().bottomLeft()).y()
    assert row_bottom <= stage_top  # the message row has its own room above the stage
    assert window.stage.mapTo(window, window.stage.rect().topLeft()).y() == stage_top  # and the stage did not move


def test_a_narrow_window_keeps_the_stage_at_least_half_and_the_step_names_give_way(qtbot, make_window):
    window = make_window(size=(1024, 700))
    qtbot.wait(50)
    assert window.stage.width() >= window.width() / 2 - 10
    chips = window.timeline.chips
    current = window.timeline.beat_index_at(window.clock.time)
    assert all(chip.compact for chip in chips)  # numbers only (their titles are in the tooltips) …
    assert chips[current].toolTip()
    window.selection_bar.panels_button.click()  # … and the side panels fold away for more room
    assert not window.docks.any_shown()
    window.selection_bar.panels_button.click()
    assert window.docks.experiments_dock.isVisible()


def test_help_about_and_version(qtbot, make_window):
    window = make_window()
    window.menus.actions["help"].trigger()
    help_window = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "helpWindow")
    text = help_window.findChild(QTextBrowser).toPlainText()
    assert "Experiments" in text and "Inspector" in text and "PageDown" in text and "Technical note" in text
    help_window.close()
    from alchemist_gui.dialogs import about_text

    about = about_text(window.session.info)
    assert VERSION in about and "MIT" in about and str(window.session.info.config["n_layer"]) in about
    out = subprocess.run([sys.executable, "main.py", "--version"], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0 and out.stdout.strip() == f"alchemist {VERSION}"
    window.menus.actions["log"].trigger()
    log = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.objectName() == "logWindow")
    log.close()
    assert not any(isinstance(w, QMessageBox) and w.isVisible() for w in QApplication.topLevelWidgets())
