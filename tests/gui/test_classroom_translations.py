"""Every string of the classroom has a finished Chinese translation with the same placeholders, the compiled
file is up to date, and the dialogs and menu items switch language with the window."""
from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "assets" / "i18n" / "classroom_zh_CN.ts"
HAN = re.compile(r"[\u4e00-\u9fff]")


def messages(path) -> dict:
    out = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.find("name").text or ""
        for m in context.iter("message"):
            out[(name, m.find("source").text)] = m.find("translation")
    return out


def test_every_classroom_string_has_a_chinese_translation(tmp_path):
    if shutil.which("pyside6-lupdate") is None:
        pytest.skip("pyside6-lupdate is not installed")
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "alchemist_gui" / "classroom").glob("*.py"))
    subprocess.run(["pyside6-lupdate", *sources, "-no-obsolete", "-ts", str(fresh)], check=True, capture_output=True)
    needed, have = set(messages(fresh)), messages(TS)
    assert len(needed) > 50
    missing = sorted(needed - set(have))
    assert not missing, f"not in classroom_zh_CN.ts (run pyside6-lupdate and translate): {missing[:5]}"
    for key in needed:
        translation = have[key]
        assert translation is not None and translation.text and translation.get("type") != "unfinished", key
        assert set(re.findall(r"%\d", key[1])) == set(re.findall(r"%\d", translation.text)), key
        assert HAN.search(translation.text), key
    assert (TS.with_suffix(".qm")).stat().st_mtime >= TS.stat().st_mtime - 1


def test_the_dialogs_and_menus_speak_chinese(make_window, qtbot, tmp_path):
    from alchemist_gui.classroom.lock_dialog import LockDialog

    window = make_window()
    window.set_language("zh")
    assert window.menus.actions["presentation"].text() == "演示模式(&P)"
    assert window.menus.actions["export"].text() == "导出(&E)……"
    dialog = LockDialog(frozenset(), window)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "保存当前场景" and dialog.boxes["mask"].text() == "绳子开关（因果掩码）"
    export = window.extensions["classroom"].exports.ask()
    export.path.setText(str(tmp_path / "a.gif"))
    assert export.export_button.text() == "导出" and "帧" in export.summary.text()
    window.set_language("en")  # a live switch: the open dialogs follow
    assert dialog.boxes["mask"].text() == "The rope switch (causal mask)"
    assert export.export_button.text() == "Export" and "frames" in export.summary.text()
    export.reject()
