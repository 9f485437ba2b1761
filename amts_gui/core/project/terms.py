"""The project's glossary in the project file: entries read and written, an import as one transaction."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from amts_gui.core.errors import InputError
from amts_gui.core.messages import message
from amts_gui.core.project.store import Store
from amts_gui.core.project.term_usage import quiet_roles
from amts_gui.core.text.terms import TermEntry, TermFinder


def save_terms(store: Store, entries: Sequence[TermEntry]) -> tuple[int, int]:
    """Add the entries, replacing those with the same source term, in one transaction: (added, replaced);
    an entry the glossary already has as it is counts as neither, and its row is not touched."""
    stamp = store.now()
    added = replaced = 0
    with store.transaction() as db:
        for entry in entries:
            row = db.execute(
                f"SELECT id, {', '.join(_COLUMNS)} FROM terms WHERE target_lang = ? AND source = ?",
                [store.target, entry.source],
            ).fetchone()
            values = [*_columns(entry), stamp]
            if row is not None and list(row[1:]) == values[:-1]:
                continue  # as it is: nothing to write
            if row is None:
                db.execute(
                    f"INSERT INTO terms (target_lang, source, {', '.join(_COLUMNS)}, updated_at, created_at) "
                    f"VALUES (?, ?, {', '.join('?' for _ in _COLUMNS)}, ?, ?)",
                    [store.target, entry.source, *values, stamp],
                )
                added += 1
            else:
                db.execute(
                    f"UPDATE terms SET {', '.join(c + ' = ?' for c in _COLUMNS)}, updated_at = ? WHERE id = ?",
                    [*values, row[0]],
                )
                replaced += 1
    return added, replaced


_COLUMNS = ("targets", "forbidden", "note", "case_sensitive", "do_not_translate", "variants", "not_in", "ambiguous")


def _columns(entry: TermEntry) -> list[object]:
    def listed(values: tuple[str, ...]) -> str:
        return json.dumps(list(values), ensure_ascii=False)

    return [
        listed(entry.targets),
        listed(entry.forbidden),
        entry.note,
        int(entry.case_sensitive),
        int(entry.do_not_translate),
        listed(entry.variants),
        listed(entry.not_in),
        int(entry.ambiguous),
    ]


def list_terms(store: Store) -> list[TermEntry]:
    """Every entry, in the order of their source terms (case folded)."""
    rows = store.db.execute(
        f"SELECT source, {', '.join(_COLUMNS)} FROM terms WHERE target_lang = ? ORDER BY lower(source), source",
        [store.target],
    ).fetchall()
    return [
        TermEntry(
            source,
            tuple(json.loads(targets)),
            tuple(json.loads(forbidden)),
            note,
            bool(case),
            bool(dnt),
            tuple(json.loads(variants)),
            tuple(json.loads(not_in)),
            bool(ambiguous),
        )
        for source, targets, forbidden, note, case, dnt, variants, not_in, ambiguous in rows
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
    longer forbidden; a translation other than the term itself ends do-not-translate."""
    targets = (target, *(t for t in entry.targets if t != target))
    forbidden = tuple(f for f in entry.forbidden if f != target)
    return replace(entry, targets=targets, forbidden=forbidden, do_not_translate=target == entry.source)


def edit_term(store: Store, old_source: str | None, entry: TermEntry) -> TermEntry:
    """Write an entry edited in the glossary editor, renaming its source term when it changed (``old_source``
    None: a new entry), in one transaction.  Blank translations and a rename onto another entry are refused."""
    source = " ".join(entry.source.split())
    targets = tuple(t for t in (" ".join(t.split()) for t in entry.targets) if t)
    if not source:
        raise InputError(message("a glossary entry needs its source term"))
    if not targets and not entry.do_not_translate:
        raise InputError(message("{term}: give a translation, or mark the term to keep as it is", term=source))
    clean = replace(
        entry,
        source=source,
        targets=targets,
        forbidden=_cleaned(entry.forbidden),
        variants=tuple(v for v in _cleaned(entry.variants) if v != source),
        not_in=_cleaned(entry.not_in),
    )
    with store.transaction():
        taken = any(e.source == source for e in list_terms(store))
        if taken and source != old_source:
            raise InputError(message("{term} is in the glossary already; edit that entry", term=source))
        if old_source is not None and old_source != source:
            remove_terms(store, [old_source])
        save_terms(store, [clean])
    return clean


def _cleaned(values: tuple[str, ...]) -> tuple[str, ...]:
    """Each value with its spaces tidied, blanks and repeats left out."""
    return tuple(dict.fromkeys(v for v in (" ".join(v.split()) for v in values) if v))


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
def _finder(
    entries: tuple[TermEntry, ...], source_lang: str, target_lang: str, quiet: tuple[tuple[str, frozenset[str]], ...]
) -> TermFinder:
    return TermFinder(entries, source_lang, target_lang, dict(quiet))


def term_finder(store: Store) -> TermFinder:
    """The glossary's index for finding its terms, with the roles its QA keeps quiet in (from the last
    survey of the project's pairs); built once for as long as both are unchanged."""
    settings = store.settings()
    entries = list_terms(store)
    quiet = tuple(sorted(quiet_roles(store, entries).items()))
    return _finder(tuple(entries), settings.source_lang, settings.target_lang, quiet)
