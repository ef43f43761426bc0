"""The game (Qt-free, torch-free): chapters, challenges whose answers are computed from real runs, scoring, and
the progress file.  See README.md in this folder for the API."""
from .challenge import Challenge, Result, Text
from .chapters import CHAPTERS, Chapter, all_challenge_ids
from .game import Game, request, score
from .model_info import ModelInfo, describe
from .runs import Cancelled, RunRequest
from .scoring import MEDALS

__all__ = ["CHAPTERS", "Chapter", "Challenge", "Result", "Text", "Game", "request", "score", "ModelInfo",
           "describe", "Cancelled", "RunRequest", "MEDALS", "all_challenge_ids"]
