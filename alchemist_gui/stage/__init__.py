"""The stage (Qt): StageView draws a story's pose; see alchemist_gui/README.md for the API."""
from .view import StageView

__all__ = ["StageView"]
