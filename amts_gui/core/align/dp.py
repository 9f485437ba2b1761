"""Monotone many-to-many alignment by dynamic programming, vectorized along the target axis.

The caller scores every bead shape at every end position; the DP finds the
highest-scoring monotone path that covers both sequences. One Python loop runs
over source positions, and each step is a handful of numpy operations over the
whole target axis. Insertions (0-1 beads) chain along the row, which is solved
with a running maximum instead of a loop.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

Shape = tuple[int, int]  # (source sentences, target sentences) in a bead
FloatArray = npt.NDArray[np.float64]

NEG = -np.inf
_INSERT = 127  # back-pointer code for a 0-1 bead
SMALL_CELLS = 64  # up to this many cells, the DP runs on Python floats


@dataclass(frozen=True)
class Step:
    """One bead of a path: source [src_start, src_end) with target [tgt_start, tgt_end)."""

    src_start: int
    src_end: int
    tgt_start: int
    tgt_end: int
    score: float


@dataclass(frozen=True)
class Banded:
    """A shape's scores kept only in a band: ``values[i, c]`` scores the bead that ends at source ``i``
    and target ``lo[i] + c``; every other end is forbidden. A large DP then costs its band, not its area."""

    lo: npt.NDArray[np.int64]  # (n+1,)
    values: FloatArray  # (n+1, width)


def best_path(scores: Mapping[Shape, FloatArray | Banded], insert: FloatArray) -> list[Step]:
    """The best monotone path from (0, 0) to (n, m).

    ``scores[(a, b)][i, j]`` is the score of a bead of ``a`` source and ``b``
    target sentences that ends at source ``i`` and target ``j`` (arrays of shape
    (n+1, m+1); ``-inf`` forbids it). Every shape needs ``a >= 1``; the 0-1
    bead is given separately: ``insert[j]`` scores target sentence ``j-1`` alone. A shape's scores
    may also be :class:`Banded`.
    """
    shapes = [s for s in scores if s[0] >= 1]
    if not shapes:
        raise ValueError("need at least one bead shape with a source side")
    if not np.all(np.isfinite(insert)):
        raise ValueError("insertion scores must be finite")
    first = scores[shapes[0]]
    n, m = (first.values if isinstance(first, Banded) else first).shape[0] - 1, len(insert) - 1
    if (n + 1) * (m + 1) <= SMALL_CELLS and not any(isinstance(scores[s], Banded) for s in shapes):
        return _best_path_small(scores, insert, shapes, n, m)
    total = np.full((n + 1, m + 1), NEG)
    back = np.full((n + 1, m + 1), -1, dtype=np.int8)
    ins_cum = np.concatenate([[0.0], np.cumsum(insert[1:])])
    for i in range(n + 1):
        best = np.full(m + 1, NEG)
        arg = np.full(m + 1, -1, dtype=np.int8)
        if i == 0:
            best[0] = 0.0
        for code, (a, b) in enumerate(shapes):
            if a > i or b > m:
                continue
            shape_scores = scores[(a, b)]
            if isinstance(shape_scores, Banded):
                start = int(shape_scores.lo[i])
                lo, hi = max(start, b), min(start + shape_scores.values.shape[1], m + 1)
                if lo >= hi:
                    continue
                cand = total[i - a, lo - b : hi - b] + shape_scores.values[i, lo - start : hi - start]
            else:
                lo = b  # a bead of b target sentences ends at b or later
                cand = total[i - a, : m + 1 - b] + shape_scores[i, b:]
            tail, tail_arg = best[lo:], arg[lo:]  # views
            if len(cand) < len(tail):
                tail, tail_arg = tail[: len(cand)], tail_arg[: len(cand)]
            better = cand > tail
            tail[better] = cand[better]
            tail_arg[better] = code
        row = ins_cum + np.maximum.accumulate(best - ins_cum)
        inserted = row > best + 1e-9 * (1.0 + np.abs(np.where(np.isfinite(best), best, 0.0)))
        arg[inserted] = _INSERT
        total[i] = row
        back[i] = arg
    if not np.isfinite(total[n, m]):
        raise ValueError("no complete alignment path: every path was forbidden")
    return _trace(total, back, shapes)


def _best_path_small(
    scores: Mapping[Shape, Any], insert: FloatArray, shapes: list[Shape], n: int, m: int
) -> list[Step]:
    """The same recurrence in plain Python floats, for the many small pieces of a book (a heading,
    a short paragraph): numpy's cost per call outweighs its speed there. Same operations in the same
    order, so the same path and ties."""
    table = {shape: scores[shape].tolist() for shape in shapes}
    ins_cum = [0.0]
    for value in insert[1:].tolist():
        ins_cum.append(ins_cum[-1] + value)
    total: list[list[float]] = []
    back: list[list[int]] = []
    for i in range(n + 1):
        best = [NEG] * (m + 1)
        arg = [-1] * (m + 1)
        if i == 0:
            best[0] = 0.0
        for code, (a, b) in enumerate(shapes):
            if a > i or b > m:
                continue
            previous, here = total[i - a], table[(a, b)][i]
            for j in range(b, m + 1):
                cand = previous[j - b] + here[j]
                if cand > best[j]:
                    best[j], arg[j] = cand, code
        row, running = [], NEG
        for j in range(m + 1):
            running = max(running, best[j] - ins_cum[j])
            row.append(ins_cum[j] + running)
            finite = best[j] if math.isfinite(best[j]) else 0.0
            if row[j] > best[j] + 1e-9 * (1.0 + abs(finite)):
                arg[j] = _INSERT
        total.append(row)
        back.append(arg)
    if not math.isfinite(total[n][m]):
        raise ValueError("no complete alignment path: every path was forbidden")
    return _trace(np.array(total), np.array(back, dtype=np.int8), shapes)


def _trace(total: FloatArray, back: npt.NDArray[np.int8], shapes: list[Shape]) -> list[Step]:
    i, j = total.shape[0] - 1, total.shape[1] - 1
    steps: list[Step] = []
    while i > 0 or j > 0:
        code = int(back[i, j])
        if code == _INSERT:
            a, b = 0, 1
        elif code < 0:
            raise AssertionError(f"broken back-pointer at {(i, j)}")
        else:
            a, b = shapes[code]
        score = float(total[i, j] - total[i - a, j - b])
        steps.append(Step(i - a, i, j - b, j, score))
        i, j = i - a, j - b
    steps.reverse()
    return steps


def longest_increasing(points: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest chain of points increasing in both coordinates (points sorted by the first)."""
    tails: list[int] = []  # tails[k]: index of the point ending the best chain of length k+1
    tail_js: list[int] = []  # the j of each of those points, for bisection
    parent = [-1] * len(points)
    for idx, (_, j) in enumerate(points):
        k = bisect.bisect_left(tail_js, j)
        if k > 0:
            parent[idx] = tails[k - 1]
        if k == len(tails):
            tails.append(idx)
            tail_js.append(j)
        else:
            tails[k] = idx
            tail_js[k] = j
    chain, cur = [], tails[-1] if tails else -1
    while cur >= 0:
        chain.append(points[cur])
        cur = parent[cur]
    return chain[::-1]
