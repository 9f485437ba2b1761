"""User preferences in ``QSettings`` (per user, not per project): engine defaults, TM thresholds,
interface language and colour scheme, the last and recent projects, and the window layout."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QSettings

ENGINES = ("tm", "amazon-realtime", "amazon-act")
LANGUAGES = ("system", "en", "zh_CN")
THEMES = ("system", "light", "dark")
MAX_RECENT = 8


ORGANIZATION = "AMTS"
APPLICATION = "AMTS Studio"


class Preferences:
    def __init__(self, settings: QSettings | None = None) -> None:
        self.qs = settings or QSettings(ORGANIZATION, APPLICATION)

    def _get(self, key: str, default: Any, kind: type) -> Any:
        value = self.qs.value(key, default)
        try:
            return kind(value)
        except (TypeError, ValueError):
            return default

    # -- drafting -----------------------------------------------------------------------
    @property
    def engine(self) -> str:
        value = str(self.qs.value("drafting/engine", "tm"))
        return value if value in ENGINES else "tm"

    @engine.setter
    def engine(self, value: str) -> None:
        self.qs.setValue("drafting/engine", value)

    @property
    def tm_min_score(self) -> float:
        """Lowest match a memory draft may come from (%)."""
        return min(100.0, max(0.0, float(self._get("drafting/tm_min_score", 50.0, float))))

    @tm_min_score.setter
    def tm_min_score(self, value: float) -> None:
        self.qs.setValue("drafting/tm_min_score", float(value))

    @property
    def suggestion_threshold(self) -> float:
        """Matches at or above this are shown as TM matches, below as merely similar (%)."""
        return min(100.0, max(0.0, float(self._get("drafting/suggestion_threshold", 70.0, float))))

    @suggestion_threshold.setter
    def suggestion_threshold(self, value: float) -> None:
        self.qs.setValue("drafting/suggestion_threshold", float(value))

    # -- look -----------------------------------------------------------------------------
    @property
    def language(self) -> str:
        value = str(self.qs.value("ui/language", "system"))
        return value if value in LANGUAGES else "system"

    @language.setter
    def language(self, value: str) -> None:
        self.qs.setValue("ui/language", value)

    @property
    def theme(self) -> str:
        value = str(self.qs.value("ui/theme", "system"))
        return value if value in THEMES else "system"

    @theme.setter
    def theme(self, value: str) -> None:
        self.qs.setValue("ui/theme", value)

    # -- projects ---------------------------------------------------------------------------
    @property
    def last_project(self) -> str | None:
        value = self.qs.value("projects/last")
        return str(value) if value else None

    def remember_project(self, path: str) -> None:
        self.qs.setValue("projects/last", path)
        recent = [p for p in self.recent_projects if p != path]
        self.qs.setValue("projects/recent", [path, *recent][:MAX_RECENT])

    @property
    def recent_projects(self) -> list[str]:
        value = self.qs.value("projects/recent", [])
        if isinstance(value, str):
            return [value]
        return [str(v) for v in value or []]

    # -- window layout ----------------------------------------------------------------------
    def save_layout(self, name: str, state: QByteArray) -> None:
        self.qs.setValue(f"layout/{name}", state)

    def layout(self, name: str) -> QByteArray | None:
        value = self.qs.value(f"layout/{name}")
        return value if isinstance(value, QByteArray) else None
