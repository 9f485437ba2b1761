"""A glossary file that names one source term twice: the entries are joined, nothing is dropped, and the
reader says so with where each one stands."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from amts_gui.core.text.terms import TermEntry


@dataclass(frozen=True)
class Glossary:
    """A glossary file as read: its entries, and what the reader noticed (duplicates and the like)."""

    entries: list[TermEntry]
    notes: list[str]


@dataclass
class Gathered:
    """Entries by source term in file order, where each was first seen, and what was said on the way."""

    entries: dict[str, TermEntry] = field(default_factory=dict)
    first_seen: dict[str, str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def add(self, entry: TermEntry, where: str) -> None:
        """Add ``entry``; a term met before keeps its first entry, and gains the new translations as
        alternatives (the same translations again: nothing to add, but said all the same)."""
        first = self.entries.get(entry.source)
        if first is None:
            self.entries[entry.source] = entry
            self.first_seen[entry.source] = where
            return
        targets = first.targets + tuple(t for t in entry.targets if t not in first.targets)
        forbidden = first.forbidden + tuple(t for t in entry.forbidden if t not in first.forbidden)
        added = len(targets) - len(first.targets)
        self.entries[entry.source] = replace(first, targets=targets, forbidden=forbidden)
        outcome = f"{added} translation(s) added to it" if added else "nothing new in it"
        self.notes.append(f"{where}: {entry.source!r} again (first at {self.first_seen[entry.source]}); {outcome}")
