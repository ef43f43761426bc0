"""Every string of the classroom has a finished Chinese translation with the same placeholders, the compiled
file is up to date, and the dialogs and menu items switch language with the window."""
from __future__ import annotations

from pathlib import Path

from .translation_files import assert_translated, fresh_messages

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "assets" / "i18n" / "classroom_zh_CN.ts"


def test_every_classroom_string_has_a_chinese_translation(tmp_path):
    needed = fresh_messages(sorted((ROOT / "alchemist_gui" / "classroom").glob("*.py")), tmp_path)
    assert len(needed) > 50
    assert_translated(needed, TS)


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
