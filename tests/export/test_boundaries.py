"""The export's own boundaries: the numbers, formats and writers need no Qt; nothing imports torch up front."""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EXPORT = ROOT / "alchemist_gui" / "export"
QT_FREE = ("atomic.py", "formats.py", "moments.py", "numbers.py", "video.py")  # not even inside a function


def absolute_imports(path: Path) -> list[str]:
    names = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


def test_the_qt_free_modules_import_no_qt():
    assert {name: [m for m in absolute_imports(EXPORT / name) if m.split(".")[0] in ("PySide6", "pyqtgraph")]
            for name in QT_FREE} == {name: [] for name in QT_FREE}


def test_no_export_module_imports_torch():
    assert [f"{p.name}: {m}" for p in EXPORT.glob("*.py") for m in absolute_imports(p) if m.startswith("torch")] == []


def test_the_checker_sees_an_import_inside_a_function(tmp_path):
    (tmp_path / "bad.py").write_text("def f():\n    from PySide6 import QtCore\n")
    assert absolute_imports(tmp_path / "bad.py") == ["PySide6"]


def test_importing_the_export_api_loads_neither_qt_nor_torch():
    code = ("import sys; from alchemist_gui.export import ExportJob; import alchemist_gui.export.numbers, "
            "alchemist_gui.export.video; print('PySide6' in sys.modules, 'torch' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]
