"""Accepting a post-edit: the final and its sentence pair are written together, in one transaction.

The accepted pair is what closes the loop: the next parallel-data push carries it to Amazon
Translate, and the translation memory offers it at once.  Pairs hold text with the markup written
out (as Amazon Translate and other CAT tools expect), finals hold ``⟦n⟧`` tokens.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from amts_gui.core.errors import InputError
from amts_gui.core.project.store import Store, now
from amts_gui.core.text.placeholders import restore
from amts_gui.core.text.qa import Finding, check_final


@dataclass(frozen=True)
class Accepted:
    segment_id: str
    pair_id: int
    findings: tuple[Finding, ...]  # QA problems the translator accepted anyway


def accept_segment(store: Store, segment_id: str, text: str, editor: str | None = None) -> Accepted:
    """Store ``text`` (with ``⟦n⟧`` tokens) as the accepted final and upsert its ``accepted`` pair."""
    rows = list(
        store.db.query(
            "SELECT id, chapter_id, source_markup, markup, source FROM segments WHERE id = ? AND removed_at IS NULL",
            [segment_id],
        )
    )
    if not rows:
        raise InputError(f"segment {segment_id} is not in the project (was the chapter re-imported?)")
    seg = rows[0]
    markup = tuple(json.loads(seg["markup"]))
    if not text.strip():
        raise InputError(f"segment {segment_id}: an empty translation cannot be accepted")
    findings = tuple(check_final(seg["source"], markup, text))
    target = restore(text, markup)
    stamp = now()
    with store.transaction() as db:
        store.set_final(segment_id, text, "accepted", editor)
        existing = db.execute(
            "SELECT id FROM pairs WHERE origin = 'accepted' AND segment_id = ? ORDER BY id DESC LIMIT 1", [segment_id]
        ).fetchone()
        if existing:
            db.execute(
                "UPDATE pairs SET source = ?, target = ?, updated_at = ? WHERE id = ?",
                [seg["source_markup"], target, stamp, existing[0]],
            )
            pair_id = int(existing[0])
        else:
            store.add_pairs(
                [
                    {
                        "source": seg["source_markup"],
                        "target": target,
                        "origin": "accepted",
                        "chapter_id": seg["chapter_id"],
                        "segment_id": segment_id,
                        "confidence": None,
                    }
                ]
            )
            pair_id = int(db.execute("SELECT last_insert_rowid()").fetchone()[0])
    return Accepted(segment_id, pair_id, findings)


def save_edit(store: Store, segment_id: str, text: str, editor: str | None = None) -> None:
    """Keep a post-edit that is not accepted yet (status ``edited``; no pair until it is accepted)."""
    _live_segment(store, segment_id)
    store.set_final(segment_id, text, "edited", editor)


@dataclass(frozen=True)
class SegmentState:
    """Everything accepting or editing a segment changes: its final and its ``accepted`` pair.
    Taken before a change, it lets undo put the segment back exactly."""

    segment_id: str
    final: dict[str, Any] | None
    pair: dict[str, Any] | None


def snapshot(store: Store, segment_id: str) -> SegmentState:
    finals = list(store.db.query("SELECT * FROM finals WHERE segment_id = ?", [segment_id]))
    pairs = list(
        store.db.query(
            "SELECT * FROM pairs WHERE origin = 'accepted' AND segment_id = ? ORDER BY id DESC LIMIT 1", [segment_id]
        )
    )
    return SegmentState(segment_id, finals[0] if finals else None, pairs[0] if pairs else None)


def restore_state(store: Store, state: SegmentState) -> None:
    """Put the segment's final and accepted pair back as they were in ``state``, in one transaction."""
    with store.transaction() as db:
        db.execute("DELETE FROM finals WHERE segment_id = ?", [state.segment_id])
        if state.final is not None:
            db.table("finals").insert(state.final)
        keep = state.pair["id"] if state.pair is not None else -1
        db.execute(
            "DELETE FROM pairs WHERE origin = 'accepted' AND segment_id = ? AND id != ?", [state.segment_id, keep]
        )
        if state.pair is not None:
            db.table("pairs").insert(state.pair, replace=True)


def _live_segment(store: Store, segment_id: str) -> None:
    if not store.db.execute("SELECT 1 FROM segments WHERE id = ? AND removed_at IS NULL", [segment_id]).fetchone():
        raise InputError(f"segment {segment_id} is not in the project (was the chapter re-imported?)")
