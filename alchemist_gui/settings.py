"""What the app remembers between sessions (QSettings), with types and defaults in one place.

``ALCHEMIST_SETTINGS=/path/file.ini`` keeps a run's settings apart from the user's (tests, screenshots).
"""
from __future__ import annotations

import os

from PySide6.QtCore import QByteArray, QSettings

from engine import Switches

from .constants import SLIDER_T_MAX, SLIDER_T_MIN, SPEEDS, STORY_SENTENCE


class Settings:
    def __init__(self, path: str | None = None):
        path = path or os.environ.get("ALCHEMIST_SETTINGS")
        self._q = QSettings(path, QSettings.Format.IniFormat) if path else QSettings("Alchemist", "Alchemist")

    def _get(self, key: str, default, kind=None):
        value = self._q.value(key, default)
        if kind is bool:  # ini files store booleans as strings
            return value if isinstance(value, bool) else str(value).lower() in ("true", "1", "yes")
        if kind is not None:
            try:
                return kind(value)
            except (TypeError, ValueError):
                return default
        return value

    # -- window ------------------------------------------------------------------------------------
    def geometry(self) -> QByteArray | None:
        value = self._q.value("window/geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def dock_state(self) -> QByteArray | None:
        value = self._q.value("window/state")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def save_window(self, geometry: QByteArray, state: QByteArray) -> None:
        self._q.setValue("window/geometry", geometry)
        self._q.setValue("window/state", state)

    # -- choices -----------------------------------------------------------------------------------
    def sentence(self, default: str = STORY_SENTENCE) -> str:
        """The sentence of last time, or ``default`` (the story's own, in the interface's language)."""
        return self._get("run/sentence", default, str) or default

    def set_sentence(self, text: str) -> None:
        self._q.setValue("run/sentence", text)

    def model_folder(self) -> str | None:
        return self._get("run/model", "", str) or None

    def set_model_folder(self, folder: str | None) -> None:
        self._q.setValue("run/model", folder or "")

    def switches(self) -> Switches:
        """The experiments of the last session (offered to restore, never restored silently)."""
        temperature = self._get("switches/temperature", 1.0, float)
        knockout = set()
        for item in str(self._get("switches/knockout", "", str)).split():
            try:
                layer, head = (int(x) for x in item.split("."))
                knockout.add((layer, head))
            except ValueError:
                continue
        seed = self._get("switches/shuffle_seed", -1, int)
        return Switches(mask=self._get("switches/mask", True, bool),
                        positional=self._get("switches/positional", True, bool),
                        temperature=min(SLIDER_T_MAX, max(SLIDER_T_MIN, temperature)), knockout=frozenset(knockout),
                        shuffle_seed=None if seed < 0 else seed)

    def set_switches(self, sw: Switches) -> None:
        self._q.setValue("switches/mask", sw.mask)
        self._q.setValue("switches/positional", sw.positional)
        self._q.setValue("switches/temperature", float(sw.temperature))
        self._q.setValue("switches/knockout", " ".join(f"{l}.{h}" for l, h in sorted(sw.knockout)))
        self._q.setValue("switches/shuffle_seed", -1 if sw.shuffle_seed is None else int(sw.shuffle_seed))

    def language(self) -> str | None:
        value = self._get("view/language", "", str)
        return value if value in ("en", "zh") else None

    def set_language(self, lang: str) -> None:
        self._q.setValue("view/language", lang)

    def speed(self) -> float:
        value = self._get("view/speed", 1.0, float)
        return value if value in SPEEDS else 1.0

    def set_speed(self, speed: float) -> None:
        self._q.setValue("view/speed", float(speed))

    def layer_head(self) -> tuple[int, int]:
        return max(0, self._get("view/layer", 0, int)), max(0, self._get("view/head", 0, int))

    def set_layer_head(self, layer: int, head: int) -> None:
        self._q.setValue("view/layer", int(layer))
        self._q.setValue("view/head", int(head))

    def sync(self) -> None:
        self._q.sync()

    def clear(self) -> None:
        self._q.clear()
