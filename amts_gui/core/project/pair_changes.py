"""What the translation memory reads of the project: its pairs, and which of them changed since a
saved memory index was made (the ``pair_changes`` log that triggers on ``pairs`` keep)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager

from amts_gui.core.project.store import Store

MemoryRow = tuple[int, str, str, str, str]  # pair id, source, target, origin, updated_at

# sentence pairs that may serve as drafts: doubtful alignments and pairs accepted with QA errors stay out
_SERVED = "granularity = 'sentence' AND flagged = 0 AND (qa IS NULL OR qa IN ('', '[]'))"
_PRUNED_SETTING = "memory.changes_pruned_through"
_COVERS_SETTING = "memory.index_covers"  # per target: how far its saved index covers the log


@contextmanager
def one_snapshot(store: Store) -> Iterator[None]:
    """Reads inside see one state of the project (a read transaction), however others write meanwhile."""
    db = store.db
    if db.conn.in_transaction:
        yield
        return
    db.execute("BEGIN")
    try:
        yield
    finally:
        db.execute("COMMIT")


def last_change(store: Store) -> int:
    return int(store.db.execute("SELECT COALESCE(MAX(seq), 0) FROM pair_changes").fetchone()[0])


def changed_since(store: Store, seq: int) -> set[int] | None:
    """Pairs written after change ``seq``; None when the log no longer reaches back that far."""
    pruned = store.db.execute("SELECT value FROM settings WHERE key = ?", [_PRUNED_SETTING]).fetchone()
    if pruned is not None and seq < int(pruned[0]):
        return None
    rows = store.db.execute("SELECT DISTINCT pair_id FROM pair_changes WHERE seq > ?", [seq])
    return {r[0] for r in rows}


def forget_changes(store: Store, through: int) -> None:
    """Record that the store's target has an index covering the log up to ``through``, and drop the log
    as far as every target's saved index covers it (it would only grow)."""
    store.set_setting(_COVERS_SETTING, str(through))
    with store.transaction() as db:
        covered = db.execute(
            "SELECT MIN(CAST(value AS INTEGER)) FROM target_settings WHERE key = ?", [_COVERS_SETTING]
        ).fetchone()[0]
        through = min(through, int(covered))
        db.execute("DELETE FROM pair_changes WHERE seq <= ?", [through])
        # the highest mark wins: a slower process saving an older index must not lower it
        db.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = "
            "CAST(MAX(CAST(value AS INTEGER), CAST(excluded.value AS INTEGER)) AS TEXT)",
            [_PRUNED_SETTING, str(through)],
        )


def served_pairs(store: Store) -> Iterator[MemoryRow]:
    """Every pair the memory serves, oldest first."""
    yield from store.db.execute(
        f"SELECT id, source, target, origin, updated_at FROM pairs WHERE target_lang = ? AND {_SERVED} "
        "ORDER BY updated_at, id",
        [store.target],
    )


def served_pairs_among(store: Store, ids: Iterable[int]) -> list[MemoryRow]:
    """The pairs among ``ids`` that exist and are served now."""
    wanted = sorted(ids)
    found: list[MemoryRow] = []
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        found += store.db.execute(
            f"SELECT id, source, target, origin, updated_at FROM pairs WHERE target_lang = ? AND {_SERVED} "
            f"AND id IN ({', '.join('?' * len(chunk))}) ORDER BY updated_at, id",
            [store.target, *chunk],
        ).fetchall()
    return found


def pairs_by_id(store: Store, ids: Sequence[int]) -> dict[int, MemoryRow]:
    rows = store.db.execute(
        f"SELECT id, source, target, origin, updated_at FROM pairs WHERE id IN ({', '.join('?' * len(ids))})",
        list(ids),
    )
    return {r[0]: r for r in rows}
