"""Gale & Church (1993) length-based sentence alignment: the baseline the benchmark compares against.

Our own implementation of the published method: bead priors 1-1 0.89, 1-0/0-1
0.0099 (split evenly), 2-1/1-2 0.089 (split evenly), 2-2 0.011; length in
characters; variance per character s² = 6.8; the match probability of a bead is
2(1 - Φ(|δ|)) with δ = (l₂ - c·l₁) / sqrt(s²·l̄). The paper's c = 1 assumes
languages of similar length per character, which English and Chinese are not,
so c is the ratio of the two documents' total lengths (the usual adaptation).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from amts_gui.core.align import dp

FloatArray = npt.NDArray[np.float64]
PRIORS = {(1, 1): 0.89, (1, 0): 0.0099 / 2, (0, 1): 0.0099 / 2, (2, 1): 0.089 / 2, (1, 2): 0.089 / 2, (2, 2): 0.011}
VARIANCE = 6.8

_erfc = np.frompyfunc(math.erfc, 1, 1)


def _match_logprob(l1: FloatArray, l2: FloatArray, ratio: float) -> FloatArray:
    mean = (l1 + l2 / ratio) / 2.0
    delta = (l2 - ratio * l1) / np.sqrt(VARIANCE * np.maximum(mean, 1e-9))
    p = np.asarray(_erfc(np.abs(delta) / math.sqrt(2.0)), dtype=np.float64)
    return np.asarray(np.log(np.maximum(p, 1e-300)))


def gale_church(src: Sequence[str], tgt: Sequence[str]) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    """Beads (source ids, target ids) covering both sides, by length alone."""
    n, m = len(src), len(tgt)
    if n == 0 or m == 0:
        return [((i,), ()) for i in range(n)] + [((), (j,)) for j in range(m)]
    ls = np.concatenate([[0.0], np.cumsum([len(s) for s in src])])
    lt = np.concatenate([[0.0], np.cumsum([len(t) for t in tgt])])
    ratio = lt[-1] / max(ls[-1], 1.0)
    scores: dict[tuple[int, int], FloatArray] = {}
    for (a, b), prior in PRIORS.items():
        if a == 0:
            continue
        full = np.full((n + 1, m + 1), dp.NEG)
        if a <= n and b <= m:
            l1 = (ls[a:] - ls[:-a])[:, None]
            l2 = (lt[b:] - lt[: m + 1 - b])[None, :] if b else np.zeros((1, 1))
            block = math.log(prior) + _match_logprob(l1, l2, ratio)
            if b:
                full[a:, b:] = block
            else:
                full[a:, :] = np.broadcast_to(block, (n + 1 - a, m + 1))
        scores[(a, b)] = full
    lengths = np.diff(lt)
    insert = np.concatenate([[0.0], math.log(PRIORS[(0, 1)]) + _match_logprob(np.zeros_like(lengths), lengths, ratio)])
    steps = dp.best_path(scores, insert)
    return [(tuple(range(s.src_start, s.src_end)), tuple(range(s.tgt_start, s.tgt_end))) for s in steps]
