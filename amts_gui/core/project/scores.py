"""Scores kept in the project: every evaluation run, and each change of the project's own scores.

A row is one metric of one variant of one chapter in one run, on sacrebleu's 0–100 scale, with the
signature and the endpoint that produced the drafts, so that a test double's figures can never pass
for Amazon's.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from amts_gui.core.project.store import Store

KINDS = ("project", "evaluation")


@dataclass(frozen=True)
class ScoreRow:
    """One figure to keep."""

    chapter: str
    variant: str
    metric: str
    value: float  # 0–100
    signature: str
    units: int
    covered: int


@dataclass(frozen=True)
class StoredScore:
    id: int
    run: str
    kind: str
    score: ScoreRow
    direction: str
    endpoint: str
    created_at: str


_COLUMNS = "id, run, kind, chapter, variant, metric, value, signature, units, covered, direction, endpoint, created_at"


def _stored(r: tuple[Any, ...]) -> StoredScore:
    run_id, run, kind, chapter, variant, metric, value, signature, units, covered, direction, endpoint, at = r
    score = ScoreRow(chapter, variant, metric, float(value), signature, int(units), int(covered))
    return StoredScore(int(run_id), run, kind, score, direction, endpoint, at)


def record(
    store: Store, rows: Sequence[ScoreRow], *, kind: str, direction: str, endpoint: str, run: str | None = None
) -> str:
    """Store one run's rows in one transaction; returns the run id."""
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {KINDS}")
    run = run or uuid.uuid4().hex[:12]
    stamp = store.now()
    with store.transaction() as db:
        db.insert_all(
            "scores",
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
                    "target_lang": store.target,
                }
                for r in rows
            ],
        )
    return run


def latest(store: Store, *, kind: str = "project", chapter: str | None = None) -> list[StoredScore]:
    """The newest stored row of each (chapter, variant, metric)."""
    where, params = ("AND chapter = ?", [store.target, kind, chapter]) if chapter else ("", [store.target, kind])
    rows = store.db.execute(
        f"""SELECT {_COLUMNS} FROM scores s WHERE target_lang = ? AND kind = ? {where} AND id = (
               SELECT MAX(id) FROM scores t WHERE t.target_lang = s.target_lang AND t.kind = s.kind
               AND t.chapter = s.chapter AND t.variant = s.variant AND t.metric = s.metric)
            ORDER BY chapter, variant, metric""",
        params,
    )
    return [_stored(r) for r in rows]


def history(
    store: Store, *, metric: str, variant: str | None = None, kind: str = "project", chapter: str | None = None
) -> list[StoredScore]:
    """Stored values of one metric, oldest first."""
    where, params = ["target_lang = ?", "kind = ?", "metric = ?"], [store.target, kind, metric]
    if variant is not None:
        where.append("variant = ?")
        params.append(variant)
    if chapter is not None:
        where.append("chapter = ?")
        params.append(chapter)
    rows = store.db.execute(
        f"SELECT {_COLUMNS} FROM scores WHERE {' AND '.join(where)} ORDER BY created_at, id", params
    )
    return [_stored(r) for r in rows]


def newest_run(store: Store, kind: str) -> list[StoredScore]:
    """Every row of the newest run of ``kind``, in the order they were stored; empty if there is none."""
    last = store.db.execute(
        "SELECT run FROM scores WHERE target_lang = ? AND kind = ? ORDER BY id DESC LIMIT 1", [store.target, kind]
    ).fetchone()
    if last is None:
        return []
    return [_stored(r) for r in store.db.execute(f"SELECT {_COLUMNS} FROM scores WHERE run = ? ORDER BY id", [last[0]])]
