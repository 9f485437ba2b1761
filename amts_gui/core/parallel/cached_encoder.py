"""The sentence encoder with the project's embedding cache in front: a sentence the project has
seen before, under the same model, is not encoded again (a re-align after a small source change
encodes only the new sentences)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from amts_gui.core.align.embed import Matrix, SpanEncoder, Units
from amts_gui.core.project.embeddings import CachedUnit, cache_units, cached_units, embedding_key
from amts_gui.core.project.store import Store

_DTYPE = np.float16  # half the bytes; cosine similarities move by about 1e-4


class CachedEncoder:
    """A :class:`SpanEncoder` that reads and fills the project's cache."""

    def __init__(self, inner: SpanEncoder, store: Store) -> None:
        self.inner = inner
        self.store = store
        self.name = inner.name
        self.model = model_id(inner)
        self.encoded = 0  # sentences actually encoded (the rest came from the cache)

    def units(self, texts: Sequence[str]) -> Units:
        keys = [embedding_key(t) for t in texts]
        cached = cached_units(self.store, self.model, keys)
        missing = list(dict.fromkeys(t for t, k in zip(texts, keys, strict=True) if k not in cached))
        if missing:
            fresh = self.inner.units(missing)
            self.encoded += len(missing)
            computed = {embedding_key(t): _to_bytes(fresh, i) for i, t in enumerate(missing)}
            cache_units(self.store, self.model, computed)
            cached.update(computed)
        return _stack([cached[k] for k in keys], self.inner)

    def head(self, pooled: Matrix, tokens: npt.NDArray[np.float64]) -> Matrix:
        return self.inner.head(pooled, tokens)


def model_id(encoder: SpanEncoder) -> str:
    """The encoder's name and version, and whether it pools (a changed model never reuses old vectors)."""
    version = getattr(encoder, "version", "")
    pooled = getattr(encoder, "pooled_ok", True)
    return f"{encoder.name}:{version}:{'pooled' if pooled else 'summed'}"


def _to_bytes(units: Units, i: int) -> CachedUnit:
    rows = np.stack([units.bos[i], units.inner[i], units.eos[i]]).astype(_DTYPE)
    return rows.tobytes(), float(units.tokens[i])


def _stack(rows: list[CachedUnit], inner: SpanEncoder) -> Units:
    if not rows:
        width = getattr(inner, "dimension", 512)
        empty = np.zeros((0, width), np.float32)
        return Units(empty, empty, empty, np.zeros(0, np.float64))
    arrays = np.stack([np.frombuffer(blob, dtype=_DTYPE) for blob, _ in rows]).astype(np.float32)
    width = arrays.shape[1] // 3
    arrays = arrays.reshape(len(rows), 3, width)
    tokens = np.array([t for _, t in rows], dtype=np.float64)
    return Units(arrays[:, 0].copy(), arrays[:, 1].copy(), arrays[:, 2].copy(), tokens)
