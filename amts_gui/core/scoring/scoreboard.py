"""What the dashboard shows, computed in one place (a worker thread calls this; no Qt here).

Two sources of scores:

* **project**: the project's current drafts per variant against the aligned reference, and the post-edit
  effort of accepted segments.  Computing them also keeps them as history when they changed.
* **evaluation**: the newest ``amts evaluate`` run (leave-one-out), as stored.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from amts_gui.core.progress import Progress
from amts_gui.core.project.chapters import list_chapters
from amts_gui.core.project.scores import ScoreRow, newest_run
from amts_gui.core.project.store import Store
from amts_gui.core.scoring.effort import DailyEffort, chapter_effort, effort_by_day
from amts_gui.core.scoring.history import TrendPoint, effort_rows, record_if_changed, rows_of, trend
from amts_gui.core.scoring.units import direction, score_project_chapter

PROJECT, EVALUATION = "project", "evaluation"


@dataclass(frozen=True)
class Scoreboard:
    kind: str
    direction: str
    rows: list[ScoreRow]
    endpoints: dict[str, str]
    bleu_trend: list[TrendPoint] = field(default_factory=list)
    effort_days: list[DailyEffort] = field(default_factory=list)
    created_at: str = ""

    @property
    def chapters(self) -> list[str]:
        return list(dict.fromkeys(r.chapter for r in self.rows))


def project_scoreboard(store: Store, progress: Progress | None = None, order: Sequence[str] = ()) -> Scoreboard:
    """Score the drafts of every chapter that has a reference (variants in ``order`` first) and the post-edit
    effort of every chapter with accepted segments, reference or not; keep changed scores as history."""
    chapters = list_chapters(store)
    rows: list[ScoreRow] = []
    for i, chapter in enumerate(chapters):
        if progress:
            progress(i, len(chapters), chapter.path)
        if chapter.has_reference:
            rows += rows_of(score_project_chapter(store, chapter.path, order))
        rows += effort_rows(chapter.path, chapter_effort(store, chapter.path))
    how = direction(store)
    record_if_changed(store, rows, direction=how.name, endpoint="project drafts")
    variants = {r.variant for r in rows}
    return Scoreboard(
        PROJECT,
        how.name,
        rows,
        dict.fromkeys(variants, "project drafts"),
        trend(store, metric="BLEU", kind=PROJECT),
        effort_by_day(store),
    )


def evaluation_scoreboard(store: Store) -> Scoreboard | None:
    """The newest evaluation run, or None if there was none."""
    records = newest_run(store, EVALUATION)
    if not records:
        return None
    rows = [r.score for r in records]
    endpoints = {r.score.variant: r.endpoint for r in records}
    last = records[-1]
    return Scoreboard(
        EVALUATION, last.direction, rows, endpoints, trend(store, metric="BLEU", kind=EVALUATION), [], last.created_at
    )
