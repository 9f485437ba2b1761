"""Scores kept over time: every evaluation run, and each change of the project's own scores.

A row is one metric of one variant of one chapter in one run, on sacrebleu's 0–100 scale (ratios such
as the character edit ratio and the unchanged share are stored ×100 too), with the signature and the
endpoint that produced the drafts, so that a test double's figures can never pass for Amazon's.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from amts_gui.core.project.store import Store, now
from amts_gui.core.scoring.effort import Effort
from amts_gui.core.scoring.units import VariantScore

POST_EDIT = "post-edit"  # the variant name of post-edit effort rows
KINDS = ("project", "evaluation")


@dataclass(frozen=True)
class ScoreRow:
    chapter: str
    variant: str
    metric: str
    value: float  # 0–100
    signature: str
    units: int
    covered: int


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


def record(
    store: Store, rows: Sequence[ScoreRow], *, kind: str, direction: str, endpoint: str, run: str | None = None
) -> str:
    """Store one run's rows in one transaction; returns the run id."""
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {KINDS}")
    run = run or uuid.uuid4().hex[:12]
    stamp = now()
    with store.transaction() as db:
        db.table("scores").insert_all(
            [
                {
                    "run": run,
                    "kind": kind,
                    "chapter": r.chapter,
                    "variant": r.variant,
                    "metric": r.metric,
                    "value": r.value,
                    "signature": r.signature,
                    "units": r.units,
                    "covered": r.covered,
                    "direction": direction,
                    "endpoint": endpoint,
                    "created_at": stamp,
                }
                for r in rows
            ]
        )
    return run


def _key(r: ScoreRow | dict[str, Any]) -> tuple[Any, ...]:
    if isinstance(r, ScoreRow):
        return (r.chapter, r.variant, r.metric, round(r.value, 6), r.units, r.covered)
    return (r["chapter"], r["variant"], r["metric"], round(r["value"], 6), r["units"], r["covered"])


def latest(store: Store, *, kind: str = "project", chapter: str | None = None) -> list[dict[str, Any]]:
    """The newest stored row of each (chapter, variant, metric)."""
    where, params = ("AND chapter = ?", [kind, chapter]) if chapter else ("", [kind])
    return list(
        store.db.query(
            f"""SELECT * FROM scores s WHERE kind = ? {where} AND id = (
                   SELECT MAX(id) FROM scores t WHERE t.kind = s.kind AND t.chapter = s.chapter
                   AND t.variant = s.variant AND t.metric = s.metric)
                ORDER BY chapter, variant, metric""",
            params,
        )
    )


def record_if_changed(store: Store, rows: Sequence[ScoreRow], *, direction: str, endpoint: str) -> str | None:
    """Keep the project's scores as a trend: a new run only for the chapters whose scores changed."""
    current: dict[str, set[tuple[Any, ...]]] = {}
    for row in rows:
        current.setdefault(row.chapter, set()).add(_key(row))
    previous: dict[str, set[tuple[Any, ...]]] = {}
    for r in latest(store, kind="project"):
        if r["chapter"] in current:
            previous.setdefault(r["chapter"], set()).add(_key(r))
    changed = [r for r in rows if current[r.chapter] != previous.get(r.chapter)]
    if not changed:
        return None
    return record(store, changed, kind="project", direction=direction, endpoint=endpoint)


def history(
    store: Store, *, metric: str, variant: str | None = None, kind: str = "project", chapter: str | None = None
) -> list[dict[str, Any]]:
    """Stored values of one metric, oldest first."""
    where, params = ["kind = ?", "metric = ?"], [kind, metric]
    if variant is not None:
        where.append("variant = ?")
        params.append(variant)
    if chapter is not None:
        where.append("chapter = ?")
        params.append(chapter)
    return list(store.db.query(f"SELECT * FROM scores WHERE {' AND '.join(where)} ORDER BY created_at, id", params))


@dataclass(frozen=True)
class TrendPoint:
    at: str  # ISO time of the run
    values: dict[str, float]  # variant → mean over chapters of each chapter's latest value at that time


def trend(store: Store, *, metric: str, kind: str = "project") -> list[TrendPoint]:
    """One point per run: each variant's average over chapters, carrying forward chapters not re-scored."""
    current: dict[tuple[str, str], float] = {}
    points: list[TrendPoint] = []
    rows = history(store, metric=metric, kind=kind)
    for i, r in enumerate(rows):
        current[(r["variant"], r["chapter"])] = r["value"]
        if i + 1 < len(rows) and rows[i + 1]["run"] == r["run"]:
            continue
        by_variant: dict[str, list[float]] = {}
        for (variant, _chapter), value in current.items():
            by_variant.setdefault(variant, []).append(value)
        points.append(TrendPoint(r["created_at"], {v: sum(xs) / len(xs) for v, xs in by_variant.items()}))
    return points
