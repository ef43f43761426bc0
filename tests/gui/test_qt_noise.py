"""The offscreen platform's "propagateSizeHints()" line is dropped; every other message still comes through."""
from PySide6.QtCore import QMessageLogContext, QtMsgType

from alchemist_gui import qt_noise


def test_only_the_offscreen_noise_is_dropped(monkeypatch, capsys):
    passed_on = []
    monkeypatch.setattr(qt_noise, "_previous", lambda mode, context, message: passed_on.append(message))
    context = QMessageLogContext()
    qt_noise._handler(QtMsgType.QtWarningMsg, context, "This plugin does not support propagateSizeHints()")
    qt_noise._handler(QtMsgType.QtWarningMsg, context, "QPainter::begin: Paint device returned engine == 0")
    assert passed_on == ["QPainter::begin: Paint device returned engine == 0"]
    monkeypatch.setattr(qt_noise, "_previous", None)  # no handler before ours: printed as Qt prints it
    qt_noise._handler(QtMsgType.QtCriticalMsg, context, "a real problem")
    qt_noise._handler(QtMsgType.QtWarningMsg, context, "This plugin does not support propagateSizeHints()")
    assert capsys.readouterr().err == "a real problem\n"


def test_shot_and_bench_windows_print_no_noise(tmp_path, model_dir):
    import os
    import subprocess
    import sys

    from .conftest import ROOT

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run([sys.executable, "main.py", "shot", str(tmp_path / "a.png"), "--beat", "pour", "--model",
                          model_dir, "--size", "900x600"], cwd=ROOT, env=env, capture_output=True, text=True,
                         timeout=180)
    assert run.returncode == 0, run.stderr[-2000:]
    assert "propagateSizeHints" not in run.stderr + run.stdout
