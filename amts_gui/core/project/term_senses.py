"""What the translator teaches the glossary about a term's senses: a finding ignored in one segment
("Ignore here"), a phrase in which an entry never applies ("Never in this phrase"), and the "ambiguous"
flag.  Each change returns what it replaced, so the window can undo it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from amts_gui.core.errors import InputError
from amts_gui.core.messages import message
from amts_gui.core.project.store import Store
from amts_gui.core.project.terms import list_terms, save_terms
from amts_gui.core.text.terms import TermEntry, TermFinder

ASK_ON_TERMS = "qa.ask_on_terms"  # "1": an accept with a term finding asks, as one with an error does


@dataclass(frozen=True)
class IgnoredFinding:
    segment_id: str
    term: str  # the entry's source term
    created_at: str


def ignored_terms(store: Store, segment_id: str) -> frozenset[str]:
    """The entries whose findings the translator ignored in this segment."""
    rows = store.db.execute(
        "SELECT term FROM term_ignores WHERE segment_id = ? AND target_lang = ?", [segment_id, store.target]
    )
    return frozenset(term for (term,) in rows)


def list_ignored(store: Store, term: str | None = None) -> list[IgnoredFinding]:
    """Every ignored finding of this target (of one entry, with ``term``), oldest first."""
    sql = "SELECT segment_id, term, created_at FROM term_ignores WHERE target_lang = ?"
    values = [store.target]
    if term is not None:
        sql, values = sql + " AND term = ?", [*values, term]
    return [IgnoredFinding(*row) for row in store.db.execute(sql + " ORDER BY created_at, segment_id", values)]


def ignore_here(store: Store, segment_id: str, term: str, ignored: bool = True) -> bool:
    """Ignore (or, with ``ignored`` False, show again) the entry's finding in this segment; whether it was
    ignored before."""
    with store.transaction() as db:
        before = term in ignored_terms(store, segment_id)
        if ignored and not before:
            db.execute(
                "INSERT INTO term_ignores (segment_id, target_lang, term, created_at) VALUES (?, ?, ?, ?)",
                [segment_id, store.target, term, store.now()],
            )
        elif not ignored and before:
            db.execute(
                "DELETE FROM term_ignores WHERE segment_id = ? AND target_lang = ? AND term = ?",
                [segment_id, store.target, term],
            )
    return before


def _entry(store: Store, term: str) -> TermEntry:
    found = next((e for e in list_terms(store) if e.source == term), None)
    if found is None:
        raise InputError(message("{term} is not in the glossary", term=term))
    return found


def never_in_phrase(store: Store, term: str, phrase: str) -> TermEntry:
    """Add ``phrase`` to the phrases in which the entry never applies; the entry as it was before."""
    phrase = " ".join(phrase.split())
    before = _entry(store, term)
    if not phrase:
        raise InputError(message("{term}: give the phrase in which the term does not apply", term=term))
    settings = store.settings()
    found = TermFinder([before], settings.source_lang, settings.target_lang).find(phrase, senses=False)
    if not found:
        raise InputError(
            message("{term} is not in “{phrase}”: give a phrase that holds the term", term=term, phrase=phrase)
        )
    if len(found[0].text(phrase)) == len(phrase):
        raise InputError(
            message("“{phrase}” is the term itself: add the words around it (or delete the entry)", phrase=phrase)
        )
    if phrase not in before.not_in:
        save_terms(store, [replace(before, not_in=(*before.not_in, phrase))])
    return before


def set_ambiguous(store: Store, term: str, ambiguous: bool) -> TermEntry:
    """Flag the entry as ambiguous (or not); the entry as it was before."""
    before = _entry(store, term)
    save_terms(store, [replace(before, ambiguous=ambiguous)])
    return before


def restore_entries(store: Store, entries: Sequence[TermEntry]) -> None:
    """Put entries back as they were (an undo)."""
    save_terms(store, entries)
