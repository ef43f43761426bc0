"""Export test fixtures: a real story from a small random model (tests/story/traces.py), the application the
command line would make (theme, fonts, translators), and that model saved as a folder for the command line."""
from __future__ import annotations

import pytest

from tests.story import traces

SENTENCE_WORDS = 6


@pytest.fixture(scope="session")
def app(qapp):
    from alchemist_gui.app import create_application

    return create_application([])[0]


@pytest.fixture(scope="session")
def trace():
    return traces.trace(SENTENCE_WORDS, n_layer=2, n_head=3, n_embd=48)


@pytest.fixture(scope="session")
def story(trace):
    from alchemist_gui.story import Story

    return Story(trace, layer=1, head=2)


@pytest.fixture(scope="session")
def model_dir(tmp_path_factory) -> str:
    from engine.folder import save_folder

    folder = tmp_path_factory.mktemp("model") / "tiny"
    model = traces.model(2, 3, 48, 32)
    save_folder(folder, model.gpt, model.tokenizer.to_json())
    return str(folder)


def listing(folder) -> list[str]:
    """Every name in the folder, hidden ones (temporary files) included."""
    return sorted(p.name for p in folder.iterdir())
