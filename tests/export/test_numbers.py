"""The numbers exports (.json, .npz, .csv) against the trace they came from.  No Qt needed."""
from __future__ import annotations

import csv
import dataclasses
import json

import numpy as np

from alchemist_gui.export import ExportJob, ExportOptions
from engine.cli import trace_json


def test_json_is_what_trace_json_prints(tmp_path, story):
    out = tmp_path / "run.json"
    result = ExportJob(out, story).run()
    expected = json.loads(json.dumps(trace_json(None, story.trace, 5), ensure_ascii=False))
    assert json.loads(out.read_text(encoding="utf-8")) == expected
    assert result.bytes == out.stat().st_size and result.frames == 0


def test_json_top_chooses_how_many_predictions(tmp_path, story):
    out = tmp_path / "run.json"
    ExportJob(out, story, ExportOptions(top=3)).run()
    assert len(json.loads(out.read_text(encoding="utf-8"))["predictions"]) == 3


def test_npz_round_trips_every_field_of_the_trace_exactly(tmp_path, story):
    out = tmp_path / "run.npz"
    ExportJob(out, story).run()
    trace = story.trace
    with np.load(out, allow_pickle=False) as saved:
        names = set(saved.files)
        assert names == {f.name for f in dataclasses.fields(trace)}
        for field in dataclasses.fields(trace):
            value = getattr(trace, field.name)
            if isinstance(value, np.ndarray):
                assert saved[field.name].dtype == value.dtype, field.name
                assert np.array_equal(saved[field.name], value), field.name  # -inf of masked scores included
        assert tuple(saved["tokens"].tolist()) == trace.tokens
        assert tuple(saved["vocab"].tolist()) == trace.vocab
        assert tuple(saved["order"].tolist()) == trace.order
        assert tuple(saved["unknown"].tolist()) == trace.unknown
        assert saved["text"].item() == trace.text and saved["truncated"].item() == trace.truncated
        assert json.loads(saved["config"].item()) == trace.config
        switches = json.loads(saved["switches"].item())
        assert switches["mask"] == trace.mask and switches["temperature"] == trace.temperature
        assert switches["knockout"] == sorted([list(h) for h in trace.knockout])


def test_npz_keeps_the_switches_of_an_experiment(tmp_path):
    from alchemist_gui.story import Story
    from tests.story import traces

    trace = traces.trace(5, mask=False, knockout=((0, 1), (1, 0)), temperature=2.0)
    out = tmp_path / "run.npz"
    ExportJob(out, Story(trace)).run()
    with np.load(out) as saved:
        switches = json.loads(saved["switches"].item())
        assert np.array_equal(saved["attention"], trace.attention)
    assert switches["mask"] is False and switches["temperature"] == 2.0
    assert switches["knockout"] == [[0, 1], [1, 0]]


def test_csv_is_the_selected_heads_attention_with_token_labels(tmp_path, story):
    out = tmp_path / "attention.csv"
    ExportJob(out, story).run()  # the story follows block 1, head 2
    with open(out, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    tokens = list(story.trace.tokens)
    assert rows[0][1:] == tokens
    assert [row[0] for row in rows[1:]] == tokens
    numbers = np.array([[float(x) for x in row[1:]] for row in rows[1:]], dtype=np.float32)
    assert np.array_equal(numbers, story.trace.attention[1, 2])  # every share, to the last bit
    assert not np.array_equal(numbers, story.trace.attention[0, 0])


def test_csv_quotes_a_comma_token(tmp_path):
    from alchemist_gui.story import Story
    from tests.story import traces

    trace = traces.trace(len(traces.WORDS))  # the vocabulary ends with "." "," "!"
    assert "," in trace.tokens
    out = tmp_path / "attention.csv"
    ExportJob(out, Story(trace)).run()
    with open(out, encoding="utf-8-sig", newline="") as f:
        header = next(csv.reader(f))
    assert header[1:] == list(trace.tokens)
