"""PNG and SVG of the stage: size, content, caption, language."""
from __future__ import annotations

import xml.etree.ElementTree as ET

import numpy as np
from PIL import Image

from alchemist_gui.export import ExportJob, ExportOptions

SVG = "{http://www.w3.org/2000/svg}"


def pixels(path) -> np.ndarray:
    with Image.open(path) as image:
        return np.asarray(image.convert("RGB")).astype(np.int16)


def test_png_has_the_asked_size(tmp_path, app, story):
    out = tmp_path / "stage.png"
    result = ExportJob(out, story, ExportOptions(size=(333, 211), beat="pour")).run()
    with Image.open(out) as image:
        assert image.format == "PNG" and image.size == (333, 211)
    assert result.size == (333, 211) and result.frames == 1
    assert pixels(out).std() > 10  # a drawn stage, not a blank picture


def test_pictures_of_two_moments_differ(tmp_path, app, story):
    a, b = tmp_path / "a.png", tmp_path / "b.png"
    ExportJob(a, story, ExportOptions(size=(320, 200), beat="setup", t=0.0)).run()
    ExportJob(b, story, ExportOptions(size=(320, 200), beat="prediction")).run()
    assert np.abs(pixels(a) - pixels(b)).mean() > 1


def test_caption_strip_is_under_the_stage(tmp_path, app, story):
    plain, captioned = tmp_path / "plain.png", tmp_path / "caption.png"
    ExportJob(plain, story, ExportOptions(size=(400, 300), beat="pour")).run()
    ExportJob(captioned, story, ExportOptions(size=(400, 300), beat="pour", caption=True)).run()
    p, c = pixels(plain), pixels(captioned)
    assert p.shape == c.shape == (300, 400, 3)
    bottom = slice(300 - 40, 300)  # the caption takes the bottom sixth: the panel's colour with text on it
    assert np.abs(p[bottom] - c[bottom]).mean() > 10
    panel = np.array([0xff, 0xfd, 0xf8])
    assert (np.abs(c[bottom] - panel).sum(axis=2) < 8).mean() > 0.5


def test_chinese_caption_and_stage(tmp_path, app, story):
    from alchemist_gui.export.caption import texts

    translations = app._alchemist_translations
    before = translations.language
    en, zh = tmp_path / "en.png", tmp_path / "zh.png"
    ExportJob(en, story, ExportOptions(size=(400, 300), beat="pour", caption=True, lang="en")).run()
    ExportJob(zh, story, ExportOptions(size=(400, 300), beat="pour", caption=True, lang="zh")).run()
    assert translations.language == before  # the language is given back after the export
    bottom = slice(300 - 40, 300)
    assert np.abs(pixels(en)[bottom] - pixels(zh)[bottom]).mean() > 3
    translations.set_language("zh")
    try:
        title, line, step = texts(story, story.beats[5])
    finally:
        translations.set_language(before)
    assert any("\u4e00" <= ch <= "\u9fff" for ch in title + line + step)


def test_svg_is_vector_xml_with_the_asked_size(tmp_path, app, story):
    out = tmp_path / "stage.svg"
    ExportJob(out, story, ExportOptions(size=(800, 500), beat="softmax", caption=True)).run()
    root = ET.parse(out).getroot()
    assert root.tag == f"{SVG}svg"
    assert root.get("viewBox") == "0 0 800 500"
    assert (root.get("width"), root.get("height")) == ("800", "500")
    words = [t.text or "" for t in root.iter(f"{SVG}text")] + \
            [t.text or "" for t in root.iter(f"{SVG}tspan")]
    joined = " ".join(words)
    # the words of the sentence and the caption's title are text, not pixels
    assert all(token in joined for token in story.trace.tokens if token.isalpha())
    assert story.beats[4].title in joined
