"""Embeddings of runs of consecutive sentences, for both sides of an alignment at once."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import numpy.typing as npt

from amts_gui.core.align.embed import SpanEncoder, Units

FloatArray = npt.NDArray[np.float64]
MAX_RUN = 4  # the longest run of sentences a bead may have on one side


def embed_runs(
    encoder: SpanEncoder,
    units: tuple[Units, Units],
    spans: tuple[Sequence[tuple[int, int]] | None, Sequence[tuple[int, int]] | None],
) -> list[tuple[tuple[Any, ...], tuple[Any, ...]]]:
    """Per side, embeddings of runs of 1..MAX_RUN sentences and where they start (None: everywhere).
    With spans, runs of several sentences are embedded only inside them. Every run of both sides
    goes through the encoder's head in one call: one large product instead of eight small ones."""
    wanted = []  # (side, length, starts)
    for side, (side_units, side_spans) in enumerate(zip(units, spans, strict=True)):
        n = len(side_units)
        for k in range(1, MAX_RUN + 1):
            given = _starts_inside(side_spans, k) if side_spans is not None and k > 1 else None
            starts = given if given is not None else np.arange(max(0, n - k + 1))
            wanted.append((side, k, given, starts))
    pooled, tokens = [], []
    for side, k, _, starts in wanted:
        group = units[side].group(starts, starts + k)
        pooled.append(group.pooled)
        tokens.append(group.tokens)
    width = units[0].inner.shape[1]
    heads = encoder.head(np.concatenate(pooled), np.concatenate(tokens)) if sum(map(len, tokens)) else None
    out: list[tuple[list[Any], list[Any]]] = [([], []), ([], [])]
    offset = 0
    for side, k, given, starts in wanted:
        n = len(units[side])
        runs = np.zeros((max(0, n - k + 1), width), np.float32)
        if len(starts) and heads is not None:
            runs[starts] = heads[offset : offset + len(starts)]
        offset += len(starts)
        out[side][0].append(runs)
        out[side][1].append(given)
    return [(tuple(r), tuple(s)) for r, s in out]


def prefix_lengths(texts: Sequence[str]) -> FloatArray:
    return np.concatenate([[0.0], np.cumsum([len(t) for t in texts])]).astype(np.float64)


def _starts_inside(spans: Sequence[tuple[int, int]], length: int) -> npt.NDArray[np.int64]:
    parts = [np.arange(lo, hi - length + 1) for lo, hi in spans if hi - lo >= length]
    return np.unique(np.concatenate(parts)) if parts else np.zeros(0, np.int64)
