"""The export's own boundaries: the numbers, formats and writers need no Qt; nothing imports torch up front."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.test_boundaries import imported_modules

ROOT = Path(__file__).resolve().parents[2]
EXPORT = ROOT / "alchemist_gui" / "export"
QT_FREE = ("__init__.py", "atomic.py", "formats.py", "job.py", "moments.py", "numbers.py", "video.py")


def test_the_qt_free_modules_import_no_qt():
    qt = [f"{p.name}: {m}" for p, m in imported_modules(EXPORT) if p.name in QT_FREE and m.startswith("PySide6")]
    assert qt == []


def test_no_export_module_imports_torch():
    assert [m for _, m in imported_modules(EXPORT) if m.split(".")[0] == "torch"] == []


def test_importing_the_export_api_loads_neither_qt_nor_torch():
    code = ("import sys; from alchemist_gui.export import ExportJob; import alchemist_gui.export.numbers, "
            "alchemist_gui.export.video; print('PySide6' in sys.modules, 'torch' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]
