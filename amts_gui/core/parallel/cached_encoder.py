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
        self._prefetched: dict[bytes, CachedUnit] = {}

    def units(self, texts: Sequence[str]) -> Units:
        keys = [embedding_key(t) for t in texts]
        found = self._units_of(dict(zip(keys, texts, strict=True)))
        return _stack([found[k] for k in keys], self.inner)

    def prefetch(self, texts: Sequence[str]) -> None:
        """Encode in one go whichever of ``texts`` the cache lacks, and keep them at hand until
        :meth:`forget_prefetched`: one large call keeps the encoder's batches full."""
        self._prefetched.update(self._units_of({embedding_key(t): t for t in texts}))

    def _units_of(self, texts: dict[bytes, str]) -> dict[bytes, CachedUnit]:
        """Each text's units, by key: kept at hand, else from the project's cache, else encoded (and cached)."""
        found = {k: self._prefetched[k] for k in texts if k in self._prefetched}
        if len(found) < len(texts):
            found.update(cached_units(self.store, self.model, [k for k in texts if k not in found]))
        missing = [t for k, t in texts.items() if k not in found]
        if missing:
            found.update(self._encode(missing))
        return found

    def forget_prefetched(self) -> None:
        self._prefetched = {}

    def _encode(self, texts: list[str]) -> dict[bytes, CachedUnit]:
        fresh = self.inner.units(texts)
        self.encoded += len(texts)
        computed = dict(zip((embedding_key(t) for t in texts), _to_bytes(fresh), strict=True))
        cache_units(self.store, self.model, computed)
        return computed

    def head(self, pooled: Matrix, tokens: npt.NDArray[np.float64]) -> Matrix:
        return self.inner.head(pooled, tokens)


def model_id(encoder: SpanEncoder) -> str:
    """The encoder's name and version, and whether it pools (a changed model never reuses old vectors)."""
    version = getattr(encoder, "version", "")
    pooled = getattr(encoder, "pooled_ok", True)
    return f"{encoder.name}:{version}:{'pooled' if pooled else 'summed'}"


def _to_bytes(units: Units) -> list[CachedUnit]:
    rows = np.stack([units.bos, units.inner, units.eos], axis=1).astype(_DTYPE)  # (n, 3, d)
    return [(row.tobytes(), float(tokens)) for row, tokens in zip(rows, units.tokens, strict=True)]


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
