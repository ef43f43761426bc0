"""The real app in a real X window: Xvfb, `python main.py`, keys sent with xdotool, a screenshot with ImageMagick.
Also: the first window paints before torch has been imported."""
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from .conftest import ROOT

TOOLS = ("Xvfb", "xdotool", "import")


def free_display() -> int:
    for n in range(140, 240):
        if not Path(f"/tmp/.X{n}-lock").exists() and not Path(f"/tmp/.X11-unix/X{n}").exists():
            return n
    pytest.skip("no free X display number")


def image_variety(path: Path) -> tuple[int, float]:
    """(distinct colours in a sample grid, luminance spread) — a blank screen has 1 and 0."""
    image = QImage(str(path))
    assert not image.isNull(), f"{path} is not an image"
    colours, values = set(), []
    for y in range(0, image.height(), 7):
        for x in range(0, image.width(), 7):
            c = image.pixelColor(x, y)
            colours.add(c.rgb())
            values.append(c.lightness())
    mean = sum(values) / len(values)
    spread = (sum((v - mean) ** 2 for v in values) / len(values)) ** 0.5
    return len(colours), spread


def wait_for(predicate, timeout: float, what: str):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")


@pytest.fixture
def xvfb():
    missing = [t for t in TOOLS if shutil.which(t) is None]
    if missing:
        pytest.skip(f"needs {', '.join(missing)} (apt-get install xvfb xdotool imagemagick)")
    n = free_display()
    server = subprocess.Popen(["Xvfb", f":{n}", "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for(lambda: Path(f"/tmp/.X11-unix/X{n}").exists() or server.poll() is not None, 10, "Xvfb")
        if server.poll() is not None:
            pytest.skip("Xvfb did not start")
        yield f":{n}"
    finally:
        server.terminate()
        server.wait(10)


def test_the_app_runs_in_a_real_x_window(xvfb, model_dir, tmp_path):
    settings = tmp_path / "settings.ini"
    env = {**os.environ, "DISPLAY": xvfb, "QT_QPA_PLATFORM": "xcb", "ALCHEMIST_SETTINGS": str(settings),
           "ALCHEMIST_MODEL": model_dir, "LANG": "en_US.UTF-8"}
    log = tmp_path / "app.log"
    with open(log, "w") as out:
        app = subprocess.Popen([sys.executable, "main.py"], cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
    try:
        def xdo(*args):
            return subprocess.run(["xdotool", *args], env=env, capture_output=True, text=True, timeout=30)

        window = wait_for(lambda: (xdo("search", "--onlyvisible", "--name", "Alchemist").stdout.split() or [None])[0],
                          60, "a visible window titled Alchemist")
        # the first run is done when the window has stored the sentence it shows
        wait_for(lambda: settings.exists() and "sentence" in settings.read_text(), 120, "the first engine run")
        time.sleep(1.0)
        xdo("windowfocus", "--sync", window)  # no window manager on Xvfb: focus it directly
        before, after = tmp_path / "before.png", tmp_path / "after.png"
        subprocess.run(["import", "-display", xvfb, "-window", "root", str(before)], check=True, timeout=30)
        for key in ("Right", "Right", "Right", "Right", "Right"):  # through the XTEST extension, like a keyboard
            xdo("key", key)
            time.sleep(0.3)
        xdo("key", "space")  # play on ...
        time.sleep(0.5)
        xdo("key", "space")  # ... and pause again
        time.sleep(0.5)
        subprocess.run(["import", "-display", xvfb, "-window", "root", str(after)], check=True, timeout=30)

        colours, spread = image_variety(after)
        assert colours > 50 and spread > 10, f"the screenshot looks blank ({colours} colours, spread {spread:.1f})"
        assert QImage(str(before)) != QImage(str(after)), "the keys did not change what the window shows"
        assert app.poll() is None, f"the app exited early:\n{log.read_text()[-2000:]}"
        xdo("key", "ctrl+q")
        assert app.wait(30) == 0
    finally:
        if app.poll() is None:
            app.kill()
            app.wait(10)
    output = log.read_text()
    assert "Traceback" not in output, output[-3000:]


def test_the_first_window_paints_before_torch_is_imported(model_dir, tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ALCHEMIST_EXIT_AFTER_FIRST_PAINT": "1",
           "ALCHEMIST_SETTINGS": str(tmp_path / "settings.ini"), "ALCHEMIST_MODEL": model_dir}
    started = time.monotonic()
    out = subprocess.run([sys.executable, "main.py"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    elapsed = time.monotonic() - started
    assert out.returncode == 0, out.stderr[-2000:]
    line = next(l for l in out.stdout.splitlines() if l.startswith("first_window_s="))
    fields = dict(item.split("=") for item in line.split())
    assert fields["torch_loaded"] == "False"
    assert 0 < float(fields["first_window_s"]) <= elapsed + 0.5
