"""Translation-memory suggestions and concordance for the current segment, looked up in the background.

Every request gets a number; a result whose number is not the latest (the translator has moved on)
is dropped, never shown against the wrong segment.  The memory is built once, on the first request,
and rebuilt only when the pairs change in bulk (align, import, pull); an accepted edit is added to it
at once.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from amts_gui.core.progress import Cancelled, Progress
from amts_gui.core.project.pairs import Concordance, concordance
from amts_gui.core.project.store import Store
from amts_gui.core.text.placeholders import mask
from amts_gui.gui.common.tasks import TaskResult, TaskRunner

if TYPE_CHECKING:  # the memory loads numpy: in the worker, on the first lookup
    from amts_gui.core.memory.index import Entry, Match, Memory, TranslationMemory

SIMILAR_FLOOR = 30.0  # matches below the TM threshold are still shown, as "similar"


@dataclass(frozen=True)
class Suggestion:
    score: float
    source: str
    target: str  # with the segment's ⟦n⟧ tokens where its markup was found
    origin: str
    is_match: bool  # at or above the TM threshold


@dataclass(frozen=True)
class Suggestions:
    request: int
    segment_id: str
    matches: tuple[Suggestion, ...]
    concordance: tuple[Concordance, ...]


class SuggestionService(QObject):
    ready = Signal(object)  # Suggestions, only for the latest request

    def __init__(self, store: Store, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.runner = runner
        self.threshold = 70.0
        self.latest = 0
        self.dropped = 0  # stale results thrown away (for tests and the log)
        self._memory: Memory | None = None
        self._extra: list[Entry] = []
        self._extra_memory: TranslationMemory | None = None  # the session's accepted edits, rebuilt when one is added
        self._lock = threading.Lock()

    def invalidate(self) -> None:
        with self._lock:
            self._memory = None
            self._extra = []
            self._extra_memory = None

    def add_pair(self, source: str, target: str) -> None:
        from amts_gui.core.memory.index import Entry

        with self._lock:
            self._extra.append(Entry(source, target, None, "accepted", "9999"))
            self._extra_memory = None

    def _lookup(self, text: str) -> list[Match]:
        with self._lock:
            from amts_gui.core.memory.index import TranslationMemory
            from amts_gui.engines.memory import project_memory

            if self._memory is None:
                self._memory = project_memory(self.store, min_score=SIMILAR_FLOOR)
            if self._extra and self._extra_memory is None:
                self._extra_memory = TranslationMemory(self._extra, min_score=SIMILAR_FLOOR)
            memories = [m for m in (self._memory, self._extra_memory) if m is not None]
        found = [match for memory in memories for match in memory.matches(text, limit=5)]
        found.sort(key=lambda m: m.score, reverse=True)
        return found[:5]

    def request(self, segment_id: str, source_markup: str, markup: tuple[str, ...], phrase: str = "") -> int:
        """Look up suggestions for a segment (``source_markup``: its text with the markup written out)."""
        self.latest += 1
        number = self.latest
        threshold = self.threshold

        def job(progress: Progress, cancelled: Cancelled) -> Suggestions:
            matches = tuple(
                Suggestion(m.score, m.source, mask(m.target, markup), m.entry.origin, m.score >= threshold)
                for m in self._lookup(source_markup)
            )
            found = tuple(concordance(self.store, phrase)) if phrase else ()
            return Suggestions(number, segment_id, matches, found)

        self.runner.start("Suggestions", job, self._arrived, kind=f"quiet:suggest:{number}")
        return number

    def _arrived(self, result: TaskResult) -> None:
        suggestions: Suggestions = result.value
        if suggestions.request != self.latest:
            self.dropped += 1
            return
        self.ready.emit(suggestions)
