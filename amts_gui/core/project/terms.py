"""The project's glossary in the project file: entries read and written, an import as one transaction."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

from amts_gui.core.project.store import Store


@dataclass(frozen=True)
class TermEntry:
    """A glossary entry: the source term and how it must be translated."""

    source: str
    targets: tuple[str, ...]  # the first is the preferred translation; empty for a do-not-translate term
    forbidden: tuple[str, ...] = ()  # translations that must not be used
    note: str = ""
    case_sensitive: bool = False  # abbreviations such as LSTM
    do_not_translate: bool = False  # the term stays as it is in the translation

    @property
    def preferred(self) -> str:
        return self.source if self.do_not_translate or not self.targets else self.targets[0]


def save_terms(store: Store, entries: Sequence[TermEntry]) -> tuple[int, int]:
    """Add the entries, replacing those with the same source term, in one transaction: (added, replaced)."""
    stamp = store.now()
    added = replaced = 0
    with store.transaction() as db:
        for entry in entries:
            row = db.execute("SELECT id FROM terms WHERE source = ?", [entry.source]).fetchone()
            values = [
                json.dumps(list(entry.targets), ensure_ascii=False),
                json.dumps(list(entry.forbidden), ensure_ascii=False),
                entry.note,
                int(entry.case_sensitive),
                int(entry.do_not_translate),
                stamp,
            ]
            if row is None:
                db.execute(
                    "INSERT INTO terms (source, targets, forbidden, note, case_sensitive, do_not_translate, "
                    "updated_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    [entry.source, *values, stamp],
                )
                added += 1
            else:
                db.execute(
                    "UPDATE terms SET targets = ?, forbidden = ?, note = ?, case_sensitive = ?, "
                    "do_not_translate = ?, updated_at = ? WHERE id = ?",
                    [*values, row[0]],
                )
                replaced += 1
    return added, replaced


def list_terms(store: Store) -> list[TermEntry]:
    """Every entry, in the order of their source terms (case folded)."""
    rows = store.db.execute(
        "SELECT source, targets, forbidden, note, case_sensitive, do_not_translate FROM terms "
        "ORDER BY lower(source), source"
    ).fetchall()
    return [
        TermEntry(source, tuple(json.loads(targets)), tuple(json.loads(forbidden)), note, bool(case), bool(dnt))
        for source, targets, forbidden, note, case, dnt in rows
    ]
