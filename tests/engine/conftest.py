"""Fixtures for the engine tests."""
import pytest

from tests.random_models import save_random_gpt2


@pytest.fixture(scope="session")
def tiny_folder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("tiny_gpt2")
    save_random_gpt2(folder)
    return folder


@pytest.fixture(scope="session")
def tiny(tiny_folder):
    from engine import load_model

    return load_model(tiny_folder)
