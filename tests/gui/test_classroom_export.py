"""Export from the window: File › Export… through the real dialog and progress window, the files decoded again;
a cancelled export leaves nothing; a refused one keeps the dialog open with its reason; Copy a picture puts the
stage on the clipboard."""
from __future__ import annotations

import av
import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage

pytestmark = pytest.mark.usefixtures("qapp")


def exports(window):
    return window.extensions["classroom"].exports


def open_dialog(window, path, size=None, fps=None):
    dialog = exports(window).ask()
    assert dialog is not None and dialog.isVisible()
    dialog.path.setText(str(path))
    if size is not None:
        dialog.width_box.setValue(size[0])
        dialog.height_box.setValue(size[1])
    if fps is not None:
        dialog.fps.setValue(fps)
    return dialog


def click_export(qtbot, dialog):
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)


def test_the_menu_has_the_export_items(make_window):
    window = make_window()
    actions = window.menus.actions
    assert actions["export"].shortcut().toString() == "Ctrl+E"
    assert actions["copy_picture"].shortcut().toString() == "Ctrl+Shift+C"
    file_items = [a for a in window.menus.file.actions() if not a.isSeparator()]
    assert file_items[-1] is actions["quit"]  # the new items come before Quit, not after it


def test_a_png_of_this_moment(make_window, qtbot, tmp_path):
    window = make_window()
    window.show_beat("softmax", 0.5)
    out = tmp_path / "slide.png"
    dialog = open_dialog(window, out, size=(480, 270))
    assert dialog.this.isChecked() and "0:" in dialog.this.text()  # "This moment (0:23, …)"
    assert not dialog.fps.isEnabled() and not dialog.whole.isVisible()
    with qtbot.waitSignal(exports(window).finished, timeout=60_000) as done:
        click_export(qtbot, dialog)
    assert done.args[0].path == out
    with Image.open(out) as image:
        assert image.size == (480, 270)
    assert window.banner.messages()["export"][0] == "notice"
    assert exports(window).progress is None  # the progress window went away


def test_a_gif_of_this_step_and_an_mp4_of_a_range(make_window, qtbot, tmp_path):
    window = make_window()
    window.show_beat("pour", 0.5)
    story = window.session.story
    gif = tmp_path / "pour.gif"
    dialog = open_dialog(window, gif, size=(160, 100), fps=4)
    assert dialog.fps.isEnabled() and dialog.caption.isChecked()  # an animation: frames, and the caption on
    pour = story.beats[[b.name for b in story.beats].index("pour")]
    frames = round(pour.duration * 4)
    assert f"{frames} frames" in dialog.summary.text()
    with qtbot.waitSignal(exports(window).finished, timeout=60_000):
        click_export(qtbot, dialog)
    with Image.open(gif) as image:
        assert image.size == (160, 100) and image.is_animated
        durations = []
        for k in range(image.n_frames):
            image.seek(k)
            durations.append(image.info["duration"])
        assert sum(durations) == pytest.approx(1000 * frames / 4, abs=20)  # lasts exactly the beat

    mp4 = tmp_path / "attention.mp4"
    dialog = open_dialog(window, mp4, size=(128, 96), fps=2)
    dialog.first.setCurrentIndex(2)  # choosing the beats picks "From … to …"
    dialog.last.setCurrentIndex(4)
    assert dialog.range.isChecked()
    with qtbot.waitSignal(exports(window).finished, timeout=60_000) as done:
        click_export(qtbot, dialog)
    expected = round((story.beats[4].end - story.beats[2].start) * 2)
    with av.open(str(mp4)) as container:
        decoded = list(container.decode(video=0))
    assert len(decoded) == expected == done.args[0].frames
    assert (decoded[0].width, decoded[0].height) == (128, 96)


def test_numbers_need_no_size(make_window, qtbot, tmp_path):
    window = make_window()
    out = tmp_path / "head.csv"
    dialog = open_dialog(window, out)
    assert not dialog.width_box.isEnabled() and not dialog.this.isEnabled()
    with qtbot.waitSignal(exports(window).finished, timeout=60_000):
        click_export(qtbot, dialog)
    rows = out.read_text(encoding="utf-8-sig").splitlines()
    assert len(rows) == window.session.trace.n_tokens + 1


def test_cancel_leaves_no_file_and_the_window_keeps_working(make_window, qtbot, tmp_path):
    window = make_window()
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    out = tmp_path / "story.mp4"
    dialog = open_dialog(window, out, size=(320, 200), fps=30)
    dialog.whole.setChecked(True)
    ex = exports(window)
    seen = []
    click_export(qtbot, dialog)
    assert ex.running and ex.progress.isVisible()
    ex.runner.progress.connect(lambda done, total, eta: seen.append((done, total, eta)))
    qtbot.waitUntil(lambda: len(seen) >= 3, timeout=60_000)
    assert seen[-1][1] == ex.runner.job.total > 1000  # the whole story at 30 fps
    assert seen[-1][2] > 0  # the time left, once the pace is known
    assert "left" in ex.progress.detail.text()
    window.show_beat("match")  # the window answers while the export runs
    with qtbot.waitSignal(ex.cancelled, timeout=10_000):
        qtbot.mouseClick(ex.progress.cancel, Qt.MouseButton.LeftButton)
    assert not out.exists() and list(tmp_path.iterdir()) == []  # not even a temporary file
    assert "cancelled" in window.banner.messages()["export"][1]
    assert not ex.running


def test_a_refused_export_keeps_the_dialog_open_with_its_reason(make_window, qtbot, tmp_path):
    window = make_window()
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    dialog = open_dialog(window, tmp_path / "no-such-folder" / "x.png")
    click_export(qtbot, dialog)
    assert dialog.isVisible() and "does not exist" in dialog.problem.text()
    dialog.path.setText(str(tmp_path / "slide.pptx"))
    assert not dialog.export_button.isEnabled() and ".png" in dialog.problem.text()
    dialog.path.setText(str(tmp_path / "big.gif"))
    dialog.whole.setChecked(True)
    dialog.width_box.setValue(1920)
    dialog.height_box.setValue(1080)
    dialog.fps.setValue(50)
    assert "too big" in dialog.problem.text()  # the export's own check, before anything is drawn
    dialog.reject()
    assert list(tmp_path.iterdir()) == []


def test_copy_a_picture_of_the_stage(make_window, qtbot):
    window = make_window()
    window.show_beat("pour")
    QGuiApplication.clipboard().setImage(QImage())
    window.menus.actions["copy_picture"].trigger()
    image = QGuiApplication.clipboard().image()
    viewport = window.stage.viewport()
    ratio = window.devicePixelRatio()
    assert (image.width(), image.height()) == (round(viewport.width() * ratio), round(viewport.height() * ratio))
    colours = {image.pixelColor(x, image.height() // 2).rgb() for x in range(0, image.width(), 7)}
    assert len(colours) > 10  # the workshop, not an empty picture
    assert "clipboard" in window.banner.messages()
