"""Keeping every view's counts current without stalling the window.

Every refresh runs in a worker, the first one too (the window paints its chapters first, and their
numbers a moment later): the progress of the chapters a task changed (an indexed query per chapter,
not a pass over the book) and, when pairs changed, the pair counts, which read and check every
sentence pair as an export would (about 0.3 s for the whole D2L book).  A newer request makes an
older result void.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass
from typing import TYPE_CHECKING

from amts_gui.core.changes import EVERYTHING, Changes
from amts_gui.core.overview.counts import PairCounts, ProjectCounts, pair_counts
from amts_gui.core.progress import Cancelled, Progress
from amts_gui.core.project.review import ChapterProgress, chapter_progress
from amts_gui.core.project.segments import chapters_of

if TYPE_CHECKING:
    from amts_gui.gui.common.host import Host


class CountsRefresher:
    def __init__(
        self,
        host: Host,
        show_progress: Callable[[list[ChapterProgress]], None],
        show_counts: Callable[[ProjectCounts], None],
        show_other_targets: Callable[[dict[str, list[ChapterProgress]]], None] | None = None,
    ) -> None:
        self.host = host
        self.show_progress, self.show_counts = show_progress, show_counts
        self.show_other_targets = show_other_targets
        self.progress: list[ChapterProgress] = []
        self.pairs: PairCounts | None = None
        self._request = 0
        self._pending = _Pending(frozenset(), False, frozenset())

    def refresh_in_background(self, changes: Changes = EVERYTHING, segments: Collection[str] = ()) -> None:
        """Re-count what ``changes`` names, and the chapters of ``segments`` (found in the worker), in a
        worker; the views update when it is done.  A newer request voids an older one's result, so it
        also counts whatever the older ones asked for and did not show yet."""
        store = self.host.store
        self._request += 1
        request, known_pairs = self._request, self.pairs
        self._pending = self._pending.merge(_Pending(changes.chapters, changes.pairs, frozenset(segments)))
        pending = self._pending

        def job(_progress: Progress, _cancelled: Cancelled) -> _Counted:
            names = pending.chapters
            if names is not None and pending.segments:
                names = names | chapters_of(store, pending.segments)
            chapters = chapter_progress(store, names) if names != frozenset() else []
            pairs = pair_counts(store) if pending.pairs or known_pairs is None else known_pairs
            others = {}
            if pending.chapters is None and self.show_other_targets is not None:  # a task of another target, an import
                others = {t: chapter_progress(store.for_target(t)) for t in store.targets() if t != store.target}
            return _Counted(chapters, pairs, others)

        def done(result: _Counted) -> None:
            if request != self._request or store is not self.host.store:
                return
            self._pending = _Pending(frozenset(), False, frozenset())
            chapters, self.pairs = result.chapters, result.pairs
            if result.others and self.show_other_targets is not None:
                self.show_other_targets(result.others)
            if pending.chapters is None:
                self.progress = chapters
            elif chapters:
                fresh = {p.chapter: p for p in chapters}
                self.progress = [fresh.get(p.chapter, p) for p in self.progress]
            if chapters or pending.chapters is None:
                self.show_progress(self.progress)
            self.show_counts(ProjectCounts(self.progress, self.pairs))

        self.host.run_quietly(f"quiet:counts:{request}", job, done, lambda _message: None)


@dataclass(frozen=True)
class _Counted:
    chapters: list[ChapterProgress]
    pairs: PairCounts
    others: dict[str, list[ChapterProgress]]  # the other targets' progress (on a full count only)


@dataclass(frozen=True)
class _Pending:
    """What the requests not yet shown asked to re-count (``chapters`` None: all of them)."""

    chapters: frozenset[str] | None
    pairs: bool
    segments: frozenset[str]

    def merge(self, other: _Pending) -> _Pending:
        chapters = None if self.chapters is None or other.chapters is None else self.chapters | other.chapters
        return _Pending(chapters, self.pairs or other.pairs, self.segments | other.segments)
