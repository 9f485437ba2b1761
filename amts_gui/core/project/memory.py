"""The project's translation memory, saved beside the project and brought up to date as it opens.

Opening reads the saved index (``index_file``) and asks the project which pairs changed since it
was made (``pair_changes``).  Entries of changed pairs are masked in the saved index, and their
current versions form a small memory of their own that is searched beside it.  When the changes
grow past a share of the memory, or there is no usable index, the index is built from the pairs
and saved again.  Entry texts stay in the project: only the candidates of a lookup are read.
"""

from __future__ import annotations

import secrets
from collections import OrderedDict
from collections.abc import Sequence
from pathlib import Path
from typing import overload

import numpy as np

from amts_gui.core.memory.index import Entry, Match, TranslationMemory, entry_order
from amts_gui.core.memory.index_file import SavedIndex, index_path, load_index, save_index
from amts_gui.core.memory.postings import build
from amts_gui.core.memory.thresholds import DEFAULT_MIN_SCORE
from amts_gui.core.memory.tokens import tokenize
from amts_gui.core.project.pair_changes import (
    changed_since,
    forget_changes,
    last_change,
    one_snapshot,
    pairs_by_id,
    served_pairs,
    served_pairs_among,
)
from amts_gui.core.project.store import Store
from amts_gui.core.text.terms import TermFinder

REBUILD_SHARE = 0.05  # rebuild once this share of the saved entries changed (or 2,000, if more)
_TOKEN_SETTING = "memory.index_token"


class StoredEntries(Sequence[Entry]):
    """The saved index's entries, read from the project when a lookup needs them (a few per lookup)."""

    def __init__(self, store: Store, pair_ids: np.ndarray, cache_size: int = 4096) -> None:
        self.store = store
        self.pair_ids = pair_ids
        self._cache: OrderedDict[int, Entry] = OrderedDict()
        self._cache_size = cache_size

    def __len__(self) -> int:
        return len(self.pair_ids)

    @overload
    def __getitem__(self, i: int) -> Entry: ...
    @overload
    def __getitem__(self, i: slice) -> Sequence[Entry]: ...
    def __getitem__(self, i: int | slice) -> Entry | Sequence[Entry]:
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self)))]
        entry = self._cache.get(i)
        if entry is None:
            pair_id = int(self.pair_ids[i])
            row = pairs_by_id(self.store, [pair_id]).get(pair_id)
            entry = Entry(row[1], row[2], pair_id, row[3], row[4]) if row else Entry("", "", pair_id, "gone", "")
            self._cache[i] = entry
            if len(self._cache) > self._cache_size:
                self._cache.popitem(last=False)
        return entry


class ProjectMemory:
    """The saved memory minus its changed entries, and a memory of the changed pairs, searched as one."""

    def __init__(self, base: TranslationMemory, removed: set[int], changes: TranslationMemory) -> None:
        self.base = base
        self.removed = removed  # entries of the saved index whose pair changed since
        self.changes = changes
        self.min_score = base.min_score
        self.terms = base.terms

    def __len__(self) -> int:
        return len(self.base) - len(self.removed) + len(self.changes)

    def lookup(self, text: str) -> Match | None:
        found = self.matches(text, limit=1)
        return found[0] if found else None

    def matches(self, text: str, limit: int = 5) -> list[Match]:
        found = self.base.matches(text, limit, skip=self.removed) + self.changes.matches(text, limit)
        found.sort(key=entry_order, reverse=True)
        unique: dict[str, Match] = {}
        for match in found:
            unique.setdefault(match.source, match)
        return list(unique.values())[:limit]


def open_project_memory(
    store: Store, *, min_score: float = DEFAULT_MIN_SCORE, terms: TermFinder | None = None
) -> ProjectMemory:
    """The project's memory from its saved index, rebuilt and saved when that is missing or stale."""
    path = index_path(store.path, store.target)
    saved = load_index(path)
    token = _project_token(store)
    with one_snapshot(store):
        changed = changed_since(store, saved.covers) if saved is not None and saved.token == token else None
        if saved is None or changed is None or len(changed) > max(2000, REBUILD_SHARE * len(saved.pair_ids)):
            saved, changed, rows, rebuilt = _build(store, token), set(), [], True
        else:
            rows, rebuilt = served_pairs_among(store, changed), False
    if rebuilt and not store.read_only:
        _save(store, path, saved)
    base = TranslationMemory(
        StoredEntries(store, saved.pair_ids), min_score=min_score, terms=terms, postings=saved.postings
    )
    removed = {int(i) for i in np.flatnonzero(np.isin(saved.pair_ids, list(changed)))} if changed else set()
    changes = TranslationMemory([Entry(s, t, i, o, u) for i, s, t, o, u in rows], min_score=min_score, terms=terms)
    return ProjectMemory(base, removed, changes)


def _build(store: Store, token: str) -> SavedIndex:
    covers = last_change(store)
    rows = list(served_pairs(store))
    postings = build((tokenize(source).classes for _, source, *_ in rows), [r[1] for r in rows])
    return SavedIndex(postings, np.array([r[0] for r in rows], dtype=np.int64), covers, token)


def _save(store: Store, path: Path, saved: SavedIndex) -> None:
    try:
        save_index(path, saved)
    except OSError:
        return  # a folder we cannot write: the memory is rebuilt next time, nothing is lost
    forget_changes(store, saved.covers)


def _project_token(store: Store) -> str:
    """A random token that ties a saved index to this project (never another project's index under this name)."""
    known = store.settings_with_prefix("memory.").get("index_token")
    if known is not None:
        return known
    token = secrets.token_hex(8)
    if not store.read_only:
        store.set_setting(_TOKEN_SETTING, token)
    return token
