"""Accepting a post-edit: the final and its sentence pair are written together, in one transaction.

The accepted pair is what closes the loop: the next parallel-data push carries it to Amazon
Translate, and the translation memory offers it at once.  Pairs hold text with the markup written
out (as Amazon Translate and other CAT tools expect), finals hold ``⟦n⟧`` tokens.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from amts_gui.core.errors import InputError
from amts_gui.core.placeholders import restore
from amts_gui.core.qa import Finding, check_final
from amts_gui.core.store import Store, now


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
