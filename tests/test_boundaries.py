"""The architecture's boundaries (DESIGN.md §3): import-linter's contracts in pyproject.toml, and a real import."""
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def lint_imports(cwd: Path, *args: str) -> subprocess.CompletedProcess:
    command = shutil.which("lint-imports")
    if command is None:
        pytest.fail("lint-imports is missing: pip install -e .[test] installs import-linter")
    return subprocess.run([command, "--no-cache", *args], cwd=cwd, capture_output=True, text=True, timeout=300,
                          env={"PATH": str(Path(sys.executable).parent) + ":/usr/bin:/bin", "PYTHONPATH": str(cwd)})


def test_the_import_contracts_hold():
    out = lint_imports(ROOT)
    assert out.returncode == 0, out.stdout[-3000:] + out.stderr[-2000:]
    assert "6 kept, 0 broken" in out.stdout


def test_the_contracts_catch_a_forbidden_import(tmp_path):
    """The same kind of contract on a tiny package with a story that imports Qt: import-linter must object."""
    (tmp_path / "demo" / "story").mkdir(parents=True)
    (tmp_path / "demo" / "__init__.py").write_text("")
    (tmp_path / "demo" / "story" / "__init__.py").write_text("")
    (tmp_path / "demo" / "story" / "bad.py").write_text("def f():\n    from PySide6 import QtCore\n")
    (tmp_path / ".importlinter").write_text(textwrap.dedent("""\
        [importlinter]
        root_package = demo
        include_external_packages = True

        [importlinter:contract:pure]
        name = the story is Qt-free
        type = forbidden
        source_modules = demo.story
        forbidden_modules = PySide6
        """))
    out = lint_imports(tmp_path)
    assert out.returncode != 0 and "demo.story.bad -> PySide6" in out.stdout


def test_importing_the_trace_type_does_not_load_torch():
    code = "import sys, engine; from engine import Trace, Switches, AlchemistError; print('torch' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
