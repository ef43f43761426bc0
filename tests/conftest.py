"""Test-wide settings: Qt draws offscreen, torch uses the machine's two cores and nothing else."""
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
# the app's log goes to a scratch file, never to the user's data folder
os.environ.setdefault("ALCHEMIST_LOG", os.path.join(tempfile.gettempdir(), f"alchemist-tests-{os.getpid()}.log"))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
