"""Scores over time: the rows a run keeps, the project's scores kept only when they change, and trends.

Ratios such as the character edit ratio and the unchanged share are kept ×100, like the metrics.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from amts_gui.core.project.scores import ScoreRow, StoredScore, history, latest, record
from amts_gui.core.project.store import Store
from amts_gui.core.scoring.effort import Effort
from amts_gui.core.scoring.units import VariantScore

POST_EDIT = "post-edit"  # the variant name of post-edit effort rows


def rows_of(scores: Iterable[VariantScore]) -> list[ScoreRow]:
    return [
        ScoreRow(s.chapter, s.variant, score.metric, score.value, score.signature, s.units, s.covered)
        for s in scores
        for score in s.scores.as_list()
    ]


def effort_rows(chapter: str, effort: Effort) -> list[ScoreRow]:
    if effort.hter is None or effort.char_edit_ratio is None or effort.unchanged is None:
        return []
    n, covered = effort.accepted, effort.with_draft
    return [
        ScoreRow(chapter, POST_EDIT, "HTER", effort.hter.value, effort.hter.signature, n, covered),
        ScoreRow(chapter, POST_EDIT, "char edit ratio", 100 * effort.char_edit_ratio, "", n, covered),
        ScoreRow(chapter, POST_EDIT, "unchanged", 100 * effort.unchanged, "", n, covered),
    ]


def _key(r: ScoreRow) -> tuple[str, str, str, float, int, int]:
    return (r.chapter, r.variant, r.metric, round(r.value, 6), r.units, r.covered)


def record_if_changed(store: Store, rows: Sequence[ScoreRow], *, direction: str, endpoint: str) -> str | None:
    """Keep the project's scores as a trend: a new run only for the chapters whose scores changed."""
    current: dict[str, set[tuple[str, str, str, float, int, int]]] = {}
    for row in rows:
        current.setdefault(row.chapter, set()).add(_key(row))
    previous: dict[str, set[tuple[str, str, str, float, int, int]]] = {}
    for stored in latest(store, kind="project"):
        if stored.score.chapter in current:
            previous.setdefault(stored.score.chapter, set()).add(_key(stored.score))
    changed = [r for r in rows if current[r.chapter] != previous.get(r.chapter)]
    if not changed:
        return None
    return record(store, changed, kind="project", direction=direction, endpoint=endpoint)


@dataclass(frozen=True)
class TrendPoint:
    at: str  # ISO time of the run
    values: dict[str, float]  # variant → mean over chapters of each chapter's latest value at that time


def trend_of(rows: Sequence[StoredScore]) -> list[TrendPoint]:
    """One point per run: each variant's average over chapters, carrying forward chapters not re-scored."""
    current: dict[tuple[str, str], float] = {}
    points: list[TrendPoint] = []
    for i, r in enumerate(rows):
        current[(r.score.variant, r.score.chapter)] = r.score.value
        if i + 1 < len(rows) and rows[i + 1].run == r.run:
            continue
        by_variant: dict[str, list[float]] = {}
        for (variant, _chapter), value in current.items():
            by_variant.setdefault(variant, []).append(value)
        points.append(TrendPoint(r.created_at, {v: sum(xs) / len(xs) for v, xs in by_variant.items()}))
    return points


def trend(store: Store, *, metric: str, kind: str = "project") -> list[TrendPoint]:
    return trend_of(history(store, metric=metric, kind=kind))
