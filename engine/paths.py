"""Where the engine's files live (torch-free, so command-line parsing stays quick)."""
from pathlib import Path

BUNDLED_MODEL = Path(__file__).resolve().parent.parent / "assets" / "model"
