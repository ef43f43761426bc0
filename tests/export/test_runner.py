"""ExportRunner drives an export from the event loop: progress, the file at the end, cancel and failure."""
from __future__ import annotations

from alchemist_gui.export import ExportJob, ExportOptions
from alchemist_gui.export.runner import ExportRunner

from .conftest import listing


def make_runner(tmp_path, story, name="film.mp4", **options):
    options = {"beat": "setup", "size": (128, 80), "fps": 4, **options}
    return ExportRunner(ExportJob(tmp_path / name, story, ExportOptions(**options)), budget_ms=1.0)


def test_runner_finishes_with_the_file_and_reports_every_frame(qtbot, tmp_path, app, story):
    runner = make_runner(tmp_path, story)
    seen = []
    runner.progress.connect(lambda done, total, eta: seen.append((done, total, eta)))
    with qtbot.waitSignal(runner.finished, timeout=60_000) as finished:
        runner.start()
    result = finished.args[0]
    total = runner.job.total
    setup = [d for d, _, _ in seen if d == 0]  # the stage set, the encoder opened: the window had a turn each
    assert len(setup) == 2 and seen[:2] == [(0, total, -1.0)] * 2
    frames = [d for d, _, _ in seen[2:]]  # each frame, then the last again while the file is being finished
    assert sorted(set(frames)) == list(range(1, total + 1)) and frames == sorted(frames)
    assert {t for _, t, _ in seen} == {total}
    assert all(eta >= 0 for _, _, eta in seen[2:])
    assert result.path.is_file() and listing(tmp_path) == ["film.mp4"] and not runner.running


def test_runner_yields_to_the_event_loop_between_turns(qtbot, tmp_path, app, story):
    """With a 1 ms budget a turn draws one frame, so a timer of the window gets to run during the export."""
    from PySide6.QtCore import QTimer

    runner = make_runner(tmp_path, story)
    ticks = []
    frames_at_tick = []
    runner.progress.connect(lambda done, total, eta: frames_at_tick.append(done))
    timer = QTimer()
    timer.setInterval(0)
    timer.timeout.connect(lambda: ticks.append(len(frames_at_tick)))
    timer.start()
    try:
        with qtbot.waitSignal(runner.finished, timeout=60_000):
            runner.start()
    finally:
        timer.stop()
    assert len(set(ticks)) > runner.job.total // 2  # the window's timer ran between most frames


def test_runner_cancel_leaves_nothing(qtbot, tmp_path, app, story):
    runner = make_runner(tmp_path, story)
    runner.progress.connect(lambda done, total, eta: done == 3 and runner.cancel())
    with qtbot.waitSignal(runner.cancelled, timeout=60_000):
        runner.start()
    assert listing(tmp_path) == [] and not runner.running


def test_runner_failure_is_one_message(qtbot, tmp_path, app, story):
    folder = tmp_path / "out"
    folder.mkdir()
    runner = make_runner(folder, story, name="stage.png", fps=None, beat=None)
    folder.rmdir()
    with qtbot.waitSignal(runner.failed, timeout=60_000) as failed:
        runner.start()
    assert "cannot write in" in failed.args[0] and listing(tmp_path) == []
