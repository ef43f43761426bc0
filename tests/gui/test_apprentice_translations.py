"""Every string of the apprenticeship (alchemist_gui/apprentice/) has a finished Chinese translation with the same
placeholders and accelerator, the compiled file is up to date, and the training dialog and the panel switch
language live."""
from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from .translation_files import HAN, assert_translated, fresh_messages, messages

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "assets" / "i18n" / "apprentice_zh_CN.ts"
QM = TS.with_suffix(".qm")
ACCELERATOR = re.compile(r"&(\w)")


def chinese(context: str, source: str) -> str:
    return messages(TS)[(context, source)].text


def test_every_apprentice_string_has_a_chinese_translation(tmp_path):
    needed = fresh_messages(sorted((ROOT / "alchemist_gui" / "apprentice").glob("*.py")), tmp_path)
    assert len(needed) > 100
    assert {name for name, _ in needed} >= {"", "ApprenticePanel", "TrainingDialog", "TrainingRun", "Patterns"}
    have = assert_translated(needed, TS)
    for key in needed:
        accelerator = ACCELERATOR.search(key[1])
        if accelerator:  # "&Train your own workshop…" -> "训练你自己的工坊(&T)……"
            text = have[key].text
            assert f"(&{accelerator.group(1).upper()})" in text and text.count("&") == 1, key


def test_the_compiled_file_is_the_translation_file(tmp_path):
    """The .qm is exactly what pyside6-lrelease makes of the .ts, and the app loads it."""
    from alchemist_gui.i18n import CHINESE

    assert TS.stem in CHINESE
    if shutil.which("pyside6-lrelease") is None:
        pytest.skip("pyside6-lrelease is not installed")
    compiled = tmp_path / "apprentice.qm"
    out = subprocess.run(["pyside6-lrelease", str(TS), "-qm", str(compiled)], check=True, capture_output=True,
                         text=True).stdout
    assert " 0 unfinished" in out, out
    assert compiled.read_bytes() == QM.read_bytes(), "apprentice_zh_CN.qm does not match the .ts: run lrelease"


def test_the_training_dialog_and_the_panel_speak_chinese(qtbot, translations):
    from alchemist_gui.apprentice.panel import ApprenticePanel
    from alchemist_gui.apprentice.patterns import LEAVE_OUT, TITLES
    from alchemist_gui.apprentice.training_dialog import QUICK_STEPS, TrainingDialog

    translations.set_language("en")
    dialog = TrainingDialog()
    qtbot.addWidget(dialog)
    panel = ApprenticePanel()
    qtbot.addWidget(panel)
    try:
        assert dialog.windowTitle() == "Train your own workshop"
        translations.set_language("zh")  # a live switch: the open dialog follows
        assert dialog.windowTitle() == "训练你自己的工坊"
        assert dialog.start_button.text() == "开始训练"
        assert dialog.steps.suffix() == " 步"
        rest, lies_to, zh_rest = (dialog.pattern_boxes[n].text() for n in ("rest", LEAVE_OUT, "zh_rest"))
        assert rest == chinese("Patterns", TITLES["rest"]) and HAN.search(rest)
        assert "lies still on the bed, feeling" in rest and rest.endswith("tired")  # the model reads English
        assert "lies to his mother, feeling" in lies_to and HAN.search(lies_to)
        assert zh_rest == "休息：“躺在床上，感觉” → 累"
        assert dialog.language_boxes["en"].title() == "英文" and dialog.language_boxes["zh"].title() == "中文"
        assert dialog.quick.text() == f"快速（≤ 60 秒）：{QUICK_STEPS:,} 步"  # %1 filled in after translating
        assert panel.slider_box.title() == chinese("ApprenticePanel", "The workshop as it learned")
        assert panel.train.text() == "训练你自己的工坊……"
        assert [stat.caption.text() for stat in panel.stats][0] == "训练损失"

        fresh = TrainingDialog()  # made in Chinese: its first texts are Chinese too
        qtbot.addWidget(fresh)
        assert fresh.windowTitle() == "训练你自己的工坊" and HAN.search(fresh.pattern_boxes["gift"].text())

        translations.set_language("en")
        assert dialog.windowTitle() == "Train your own workshop"
        assert dialog.pattern_boxes["rest"].text() == TITLES["rest"]
        assert fresh.pattern_boxes["gift"].text() == TITLES["gift"]
        assert dialog.start_button.text() == "Start training" and dialog.steps.suffix() == " steps"
        assert panel.slider_box.title() == "The workshop as it learned"
        assert panel.train.text() == "Train your own workshop…"
    finally:
        translations.set_language("en")
        for widget in (dialog, panel):
            widget.close()
