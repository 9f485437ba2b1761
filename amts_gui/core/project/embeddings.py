"""The aligner's embedding cache in the project: bytes per (model, text hash), nothing more."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from amts_gui.core.project.store import Store

CachedUnit = tuple[bytes, float]  # the unit's arrays as bytes, and its token count
_CHUNK = 500


def embedding_key(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).digest()


def cached_units(store: Store, model: str, keys: Sequence[bytes]) -> dict[bytes, CachedUnit]:
    found: dict[bytes, CachedUnit] = {}
    unique = list(dict.fromkeys(keys))
    for start in range(0, len(unique), _CHUNK):
        chunk = unique[start : start + _CHUNK]
        rows = store.db.execute(
            f"SELECT text_hash, units, tokens FROM embeddings WHERE model = ? "
            f"AND text_hash IN ({', '.join('?' * len(chunk))})",
            [model, *chunk],
        )
        found.update((key, (units, tokens)) for key, units, tokens in rows)
    return found


def cache_units(store: Store, model: str, units: dict[bytes, CachedUnit]) -> None:
    """Store computed units (a read-only project keeps none; nothing else depends on them)."""
    if store.read_only or not units:
        return
    with store.transaction() as db:
        db.executemany(
            "INSERT OR REPLACE INTO embeddings (model, text_hash, units, tokens) VALUES (?, ?, ?, ?)",
            [(model, key, blob, tokens) for key, (blob, tokens) in units.items()],
        )


def forget_embeddings(store: Store, model: str | None = None) -> int:
    """Drop the cache (of one model, or all); returns how many were dropped."""
    with store.transaction() as db:
        if model is None:
            return int(db.execute("DELETE FROM embeddings").rowcount)
        return int(db.execute("DELETE FROM embeddings WHERE model = ?", [model]).rowcount)
