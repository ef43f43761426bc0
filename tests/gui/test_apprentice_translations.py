"""Every string of the apprenticeship (alchemist_gui/apprentice/) has a finished Chinese translation with the same
placeholders and accelerator, the compiled file is up to date, and the training dialog and the panel switch
language live."""
from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "assets" / "i18n" / "apprentice_zh_CN.ts"
QM = TS.with_suffix(".qm")
HAN = re.compile(r"[\u4e00-\u9fff]")
PLACEHOLDER = re.compile(r"%\d")
ACCELERATOR = re.compile(r"&(\w)")


def messages(path) -> dict:
    out = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.find("name").text or ""
        for m in context.iter("message"):
            out[(name, m.find("source").text)] = m.find("translation")
    return out


def chinese(context: str, source: str) -> str:
    return messages(TS)[(context, source)].text


def test_every_apprentice_string_has_a_chinese_translation(tmp_path):
    if shutil.which("pyside6-lupdate") is None:
        pytest.skip("pyside6-lupdate is not installed")
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "alchemist_gui" / "apprentice").glob("*.py"))
    subprocess.run(["pyside6-lupdate", *sources, "-no-obsolete", "-ts", str(fresh)], check=True, capture_output=True)
    needed, have = set(messages(fresh)), messages(TS)
    assert len(needed) > 100
    assert {name for name, _ in needed} >= {"", "ApprenticePanel", "TrainingDialog", "TrainingRun", "Patterns"}
    missing = sorted(needed - set(have))
    assert not missing, f"not in apprentice_zh_CN.ts (run pyside6-lupdate and translate): {missing[:5]}"
    for key in needed:
        source, translation = key[1], have[key]
        assert translation is not None and translation.text and translation.get("type") != "unfinished", key
        text = translation.text
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(text)), key
        if re.search(r"[A-Za-z]", source):  # a message with words in it: it reads Chinese
            assert HAN.search(text), key
        accelerator = ACCELERATOR.search(source)
        if accelerator:  # "&Train your own workshop…" -> "训练你自己的工坊(&T)……"
            assert f"(&{accelerator.group(1).upper()})" in text, key
            assert text.count("&") == 1, key
    assert QM.stat().st_mtime >= TS.stat().st_mtime - 1, "apprentice_zh_CN.qm is older than the .ts: run lrelease"


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
