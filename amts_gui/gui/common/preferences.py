"""User preferences in ``QSettings`` (per user, not per project): engine defaults, TM thresholds,
interface language and colour scheme, the last and recent projects, and the window layout."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings

from amts_gui.core.memory.thresholds import DEFAULT_MIN_SCORE
from amts_gui.core.scoring.editing_time import DEFAULT_IDLE_SECONDS
from amts_gui.engines import catalog

if TYPE_CHECKING:
    from amts_gui.core.project.store import Store

LANGUAGES = ("system", "en", "zh_CN")
THEMES = ("system", "light", "dark")
PROPAGATION = ("ask", "always", "never")  # filling the open repetitions of an accepted sentence
MAX_RECENT = 8


ORGANIZATION = "AMTS"
APPLICATION = "AMTS Studio"


class _Choice:
    """A preference that is one of a fixed set of strings; anything else reads as the default."""

    def __init__(self, key: str, choices: tuple[str, ...], default: str) -> None:
        self.key, self.choices, self.default = key, choices, default

    def __get__(self, prefs: Preferences, owner: type | None = None) -> str:
        value = str(prefs.qs.value(self.key, self.default))
        return value if value in self.choices else self.default

    def __set__(self, prefs: Preferences, value: str) -> None:
        prefs.qs.setValue(self.key, value)


class _Number:
    """A number preference, clamped to its range; unreadable values read as the default."""

    def __init__(self, key: str, default: float, low: float = 0.0, high: float = 100.0) -> None:
        self.key, self.default, self.low, self.high = key, default, low, high

    def __get__(self, prefs: Preferences, owner: type | None = None) -> float:
        try:
            value = float(str(prefs.qs.value(self.key, self.default)))
        except (TypeError, ValueError):
            value = self.default
        return min(self.high, max(self.low, value))

    def __set__(self, prefs: Preferences, value: float) -> None:
        prefs.qs.setValue(self.key, float(value))


@dataclass(frozen=True)
class Place:
    """Where the translator was in a project: the chapter, the segment and the table's filter."""

    chapter: str
    segment_id: str | None = None
    filter: str = "all"


class Preferences:
    engine = _Choice("drafting/engine", tuple(catalog.names()), catalog.DEFAULT.name)
    tm_min_score = _Number("drafting/tm_min_score", DEFAULT_MIN_SCORE)  # lowest match a memory draft may come from
    suggestion_threshold = _Number("drafting/suggestion_threshold", 70.0)  # below: shown as merely similar
    language = _Choice("ui/language", LANGUAGES, "system")
    theme = _Choice("ui/theme", THEMES, "system")
    propagation = _Choice("review/propagation", PROPAGATION, "ask")
    idle_seconds = _Number("review/idle_seconds", DEFAULT_IDLE_SECONDS, 5.0, 600.0)  # the editing log's idle cut
    keymap = _Choice("ui/keymap", ("amts", "omegat", "trados", "memoq"), "amts")  # gui.common.keymap.Keymap
    score_scale = _Choice("dashboard/scale", ("0-100", "0-1"), "0-100")  # sacrebleu's, or the study's

    def __init__(self, settings: QSettings | None = None) -> None:
        self.qs = settings or QSettings(ORGANIZATION, APPLICATION)

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
        return [str(v) for v in value] if isinstance(value, list | tuple) else []

    def place(self, project: str) -> Place | None:
        """Where the translator left ``project``, if anywhere."""
        key = _place_key(project)
        chapter = self.qs.value(f"{key}/chapter")
        if not chapter:
            return None
        segment = self.qs.value(f"{key}/segment")
        return Place(str(chapter), str(segment) if segment else None, str(self.qs.value(f"{key}/filter", "all")))

    def remember_place(self, project: str, place: Place) -> None:
        key = _place_key(project)
        self.qs.setValue(f"{key}/chapter", place.chapter)
        self.qs.setValue(f"{key}/segment", place.segment_id or "")
        self.qs.setValue(f"{key}/filter", place.filter)

    def target(self, project: str) -> str | None:
        """The target language the translator last worked on in ``project``."""
        value = self.qs.value(f"{_place_key(project)}/target")
        return str(value) if value else None

    def on_last_target(self, store: Store) -> Store:
        """The project on the target the translator last worked on in it (else as ``store`` is)."""
        lang = self.target(str(store.path))
        return store.for_target(lang) if lang and lang != store.target and lang in store.targets() else store

    def remember_target(self, project: str, lang: str) -> None:
        self.qs.setValue(f"{_place_key(project)}/target", lang)

    # -- window layout ----------------------------------------------------------------------
    def save_layout(self, name: str, state: QByteArray) -> None:
        self.qs.setValue(f"layout/{name}", state)

    def layout(self, name: str) -> QByteArray | None:
        value = self.qs.value(f"layout/{name}")
        return value if isinstance(value, QByteArray) else None


def _place_key(project: str) -> str:
    """A settings group per project file (its path hashed: a path is no settings key)."""
    return "places/" + hashlib.sha256(project.encode("utf-8")).hexdigest()[:16]
