"""Story tests need real traces (torch) but never Qt."""
import pytest

from tests.story.traces import big_trace, trace


@pytest.fixture(scope="session")
def small():
    """8 words, 2 blocks x 4 heads."""
    return trace(8)


@pytest.fixture(scope="session")
def big():
    """32 words, 12 blocks x 12 heads."""
    return big_trace(32)
