"""After an answer: the real numbers beside the guess (bars.py draws them, views.py picks them per kind)."""
from .bars import CompareBars, Row
from .views import make_feedback, stage_marks

__all__ = ["CompareBars", "Row", "make_feedback", "stage_marks"]
