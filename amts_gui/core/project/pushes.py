"""The history of parallel-data pushes (and pulls) to Amazon Translate, kept in the project.

A row is written before the upload, so an interrupted push is on record with what it sent; its
status follows the service's (UPLOADING, IMPORTING, ACTIVE, FAILED; PULLED for a pull).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from amts_gui.core.project.rows import encode_json
from amts_gui.core.project.store import Store

EVALUATION_INFIX = "-loo-"  # in the names of the leave-one-out parallel data that evaluation pushes


@dataclass(frozen=True)
class PushRecord:
    id: int
    resource: str  # the parallel-data name
    version: str | None  # None for a pull
    status: str
    pairs: int
    detail: dict[str, Any]
    created_at: str


_COLUMNS = "id, resource, version, status, pairs, detail, created_at"


def record_push(
    store: Store, resource: str, version: str | None, status: str, pairs: int, detail: dict[str, Any]
) -> int:
    """A new row of the history; returns its id."""
    with store.transaction() as db:
        cursor = db.execute(
            "INSERT INTO sync_history (resource, version, status, pairs, detail, created_at, target_lang) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [resource, version, status, pairs, encode_json(detail), store.now(), store.target],
        )
        row = cursor.lastrowid
    assert row is not None
    return row


def update_push(store: Store, row: int, status: str, detail: dict[str, Any]) -> None:
    with store.transaction() as db:
        db.execute("UPDATE sync_history SET status = ?, detail = ? WHERE id = ?", [status, encode_json(detail), row])


def push_history(store: Store, resource: str | None = None) -> list[PushRecord]:
    """Every push (and pull), oldest first; of one resource when named."""
    where, params = "target_lang = ?", [store.target]
    if resource:
        where, params = where + " AND resource = ?", [store.target, resource]
    rows = store.db.execute(f"SELECT {_COLUMNS} FROM sync_history WHERE {where} ORDER BY id", params)
    return [
        PushRecord(i, name, version, status, n, json.loads(detail), at)
        for i, name, version, status, n, detail, at in rows
    ]


def active_version(store: Store, resource: str) -> str | None:
    """The version of the newest push that the service accepted (ACTIVE)."""
    row = store.db.execute(
        "SELECT version FROM sync_history WHERE resource = ? AND status = 'ACTIVE' AND target_lang = ? "
        "ORDER BY id DESC LIMIT 1",
        [resource, store.target],
    ).fetchone()
    return row[0] if row else None


@dataclass(frozen=True)
class PushSummary:
    """The last push of the project's own parallel data, and when the last good (ACTIVE) one was made."""

    last_status: str | None
    last_at: str | None
    last_version: str | None
    good_at: str | None  # pairs changed after this are not on Amazon yet
    message: str = ""


def push_summary(store: Store) -> PushSummary:
    """The project's own parallel data (leave-one-out evaluation resources are not counted)."""
    last = store.db.execute(
        "SELECT status, created_at, version, detail FROM sync_history WHERE instr(resource, ?) = 0 "
        "AND target_lang = ? ORDER BY id DESC LIMIT 1",
        [EVALUATION_INFIX, store.target],
    ).fetchone()
    good = store.db.execute(
        "SELECT created_at FROM sync_history WHERE status = 'ACTIVE' AND instr(resource, ?) = 0 "
        "AND target_lang = ? ORDER BY id DESC LIMIT 1",
        [EVALUATION_INFIX, store.target],
    ).fetchone()
    good_at = good[0] if good else None
    if last is None:
        return PushSummary(None, None, None, good_at)
    message = str(json.loads(last[3]).get("message", ""))
    return PushSummary(last[0], last[1], last[2], good_at, message)
