"""The game is Qt-free and torch-free (DESIGN.md §3): pyproject.toml's import-linter contract checks the source
(tests/test_boundaries.py runs it); this checks a real import of every module."""
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_importing_the_whole_game_loads_neither_torch_nor_qt():
    code = ("import sys, importlib, pkgutil, alchemist_gui.game as g\n"
            "for m in pkgutil.walk_packages(g.__path__, 'alchemist_gui.game.'):\n"
            "    importlib.import_module(m.name)\n"
            "print(sorted(k for k in ('torch', 'PySide6') if k in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
