"""Keeping every view's counts current without stalling the window.

Chapter progress is read at once: the tree and the dashboard need it, and it costs a few milliseconds
even on the whole book.  The pair counts read and check every sentence pair as an export would (about
0.3 s for the 18,000 pairs of the whole D2L book), so they are counted in a worker after each change;
a newer request makes an older result void.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from amts_gui.core.overview.counts import PairCounts, ProjectCounts, pair_counts
from amts_gui.core.progress import Cancelled, Progress
from amts_gui.core.project.review import ChapterProgress, chapter_progress

if TYPE_CHECKING:
    from amts_gui.gui.common.host import Host


class CountsRefresher:
    def __init__(
        self,
        host: Host,
        show_progress: Callable[[list[ChapterProgress]], None],
        show_counts: Callable[[ProjectCounts], None],
    ) -> None:
        self.host = host
        self.show_progress, self.show_counts = show_progress, show_counts
        self.progress: list[ChapterProgress] = []
        self._request = 0

    def refresh(self) -> list[ChapterProgress]:
        """Show the chapters' progress now and the project's counts once the pairs are counted."""
        store = self.host.store
        self.progress = progress = chapter_progress(store)
        self.show_progress(progress)
        self._request += 1
        request = self._request

        def job(_progress: Progress, _cancelled: Cancelled) -> PairCounts:
            return pair_counts(store)

        def done(pairs: PairCounts) -> None:
            if request == self._request and store is self.host.store:
                self.show_counts(ProjectCounts(progress, pairs))

        self.host.run_quietly(f"quiet:counts:{request}", job, done, lambda _message: None)
        return progress
