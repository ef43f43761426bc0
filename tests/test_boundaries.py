"""The architecture's boundaries (DESIGN.md §3), checked on the source and on a real import."""
import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def imported_modules(folder: Path):
    for path in sorted(folder.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                for alias in node.names:
                    yield path, alias.name
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                yield path, node.module


def offenders(folder: Path, forbidden: tuple[str, ...]):
    return [f"{p}: {m}" for p, m in imported_modules(folder) if m.split(".")[0] in forbidden]


def test_engine_is_free_of_qt_and_the_gui():
    assert offenders(ROOT / "engine", ("PySide6", "pyqtgraph", "alchemist_gui")) == []


def test_story_is_free_of_qt_and_torch():
    assert offenders(ROOT / "alchemist_gui" / "story", ("PySide6", "pyqtgraph", "torch")) == []


def test_the_checker_sees_a_forbidden_import(tmp_path):
    (tmp_path / "bad.py").write_text("def f():\n    from PySide6 import QtCore\n")
    assert offenders(tmp_path, ("PySide6",)) != []


def test_importing_the_trace_type_does_not_load_torch():
    code = "import sys, engine; from engine import Trace, AlchemistError; print('torch' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
