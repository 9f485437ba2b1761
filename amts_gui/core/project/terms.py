"""The project's glossary in the project file: entries read and written, an import as one transaction."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from amts_gui.core.errors import InputError
from amts_gui.core.messages import message
from amts_gui.core.project.store import Store
from amts_gui.core.text.terms import TermEntry, TermFinder


def save_terms(store: Store, entries: Sequence[TermEntry]) -> tuple[int, int]:
    """Add the entries, replacing those with the same source term, in one transaction: (added, replaced)."""
    stamp = store.now()
    added = replaced = 0
    with store.transaction() as db:
        for entry in entries:
            row = db.execute(
                "SELECT id FROM terms WHERE target_lang = ? AND source = ?", [store.target, entry.source]
            ).fetchone()
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
                    "INSERT INTO terms (target_lang, source, targets, forbidden, note, case_sensitive, "
                    "do_not_translate, updated_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [store.target, entry.source, *values, stamp],
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
        "WHERE target_lang = ? ORDER BY lower(source), source",
        [store.target],
    ).fetchall()
    return [
        TermEntry(source, tuple(json.loads(targets)), tuple(json.loads(forbidden)), note, bool(case), bool(dnt))
        for source, targets, forbidden, note, case, dnt in rows
    ]


def add_term(store: Store, source: str, target: str) -> tuple[TermEntry, bool]:
    """A term from the editor's selections, as (entry, whether it was already in the glossary): ``target``
    becomes the preferred translation, and an existing entry keeps its other targets, note and flags."""
    source, target = " ".join(source.split()), " ".join(target.split())
    if not source or not target:
        raise InputError(message("select the term in the source and its translation in the final, then add it"))
    existing = next((e for e in list_terms(store) if e.source == source), None)
    if existing is None:
        entry = TermEntry(source, (target,), do_not_translate=source == target)
    else:
        entry = with_preferred(existing, target)
    save_terms(store, [entry])
    return entry, existing is not None


def with_preferred(entry: TermEntry, target: str) -> TermEntry:
    """The entry with ``target`` as its preferred translation (first), its other targets after it, and no
    longer forbidden."""
    targets = (target, *(t for t in entry.targets if t != target))
    return replace(entry, targets=targets, forbidden=tuple(f for f in entry.forbidden if f != target))


def edit_term(store: Store, old_source: str | None, entry: TermEntry) -> TermEntry:
    """Write an entry edited in the glossary editor, renaming its source term when it changed (``old_source``
    None: a new entry), in one transaction.  Blank translations and a rename onto another entry are refused."""
    source = " ".join(entry.source.split())
    targets = tuple(t for t in (" ".join(t.split()) for t in entry.targets) if t)
    if not source:
        raise InputError(message("a glossary entry needs its source term"))
    if not targets and not entry.do_not_translate:
        raise InputError(message("{term}: give a translation, or mark the term to keep as it is", term=source))
    clean = replace(entry, source=source, targets=targets, forbidden=tuple(f for f in entry.forbidden if f.strip()))
    with store.transaction():
        taken = any(e.source == source for e in list_terms(store))
        if taken and source != old_source:
            raise InputError(message("{term} is in the glossary already; edit that entry", term=source))
        if old_source is not None and old_source != source:
            remove_terms(store, [old_source])
        save_terms(store, [clean])
    return clean


def remove_terms(store: Store, sources: Sequence[str] | None = None) -> int:
    """Remove these entries (by source term), or the whole glossary; how many were removed."""
    with store.transaction() as db:
        if sources is None:
            return int(db.execute("DELETE FROM terms WHERE target_lang = ?", [store.target]).rowcount)
        return sum(
            int(db.execute("DELETE FROM terms WHERE target_lang = ? AND source = ?", [store.target, s]).rowcount)
            for s in sources
        )


@lru_cache(maxsize=8)
def _finder(entries: tuple[TermEntry, ...]) -> TermFinder:
    return TermFinder(entries)


def term_finder(store: Store) -> TermFinder:
    """The glossary's index for finding its terms; built once for as long as the glossary is unchanged."""
    return _finder(tuple(list_terms(store)))
