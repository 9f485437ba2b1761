"""Sentence alignment: monotone many-to-many beads scored by embeddings, length and anchors.

A bead of ``a`` source and ``b`` target sentences (1-1, 1-2, 2-1, 2-2, 1-3,
3-1, plus 1-0 and 0-1) is scored by

- the *margin* similarity of the two runs' USE embeddings: their cosine minus
  the mean cosine of each run with its nearest neighbours on the other side
  (Artetxe & Schwenk's margin, which is what makes a cosine comparable between
  a generic sentence and a very specific one);
- a length model: the squared log ratio of the target length to the source
  length scaled by the document's own ratio, so no language pair is built in;
- anchors both runs share (code, math, roles, numbers, English terms kept in
  CJK text) and strong anchors that only one run has;
- a prior per bead shape, so that 1-1 wins unless merging really fits better.

:class:`AlignmentProblem` embeds both sides once; any rectangle of it can then
be aligned, which is how paragraph groups of a document are aligned without
re-embedding.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt

from amts_gui.core.align import dp
from amts_gui.core.align.anchors import AnchorMatrix, anchor_matrices, anchors_of, is_cjk_language, is_cjk_text
from amts_gui.core.align.embed import SpanEncoder, Units, default_encoder, run_embeddings, single_blas_thread

FloatArray = npt.NDArray[np.float64]
Shape = tuple[int, int]
MAX_RUN = 4
MAX_DP_CELLS = 4_000_000  # one dense DP over at most this many cells (about 2,000 × 2,000 sentences)
_ROW_BLOCK = 1024
_PIECE = 400


@dataclass(frozen=True)
class AlignParams:
    """Weights of the bead score, tuned on the dev gold only (benchmarks/bench_align.py)."""

    skip: float = -0.27  # a sentence left unaligned
    # the bead shapes allowed besides 1-0 and 0-1, with their prior; no run may exceed MAX_RUN
    shape_prior: dict[Shape, float] = field(
        default_factory=lambda: {
            (1, 1): 0.0,
            (1, 2): -0.078,
            (2, 1): -0.078,
            (2, 2): -0.25,
            (1, 3): -0.2,
            (3, 1): -0.2,
            (1, 4): -0.3,
            (4, 1): -0.3,
            (2, 3): -0.39,
            (3, 2): -0.39,
        }
    )
    run_weight: float = 0.5  # the margin counts ((a+b)/2)**run_weight times for a bead of a+b sentences
    part_weight: float = 3.0  # penalty per unit of margin that the best member of a merge falls below part_floor
    part_floor: float = -0.1
    length_weight: float = 0.072
    length_smoothing: float = 12.0  # characters added to both lengths, so short headings are not over-judged
    strong_shared: float = 0.08
    strong_missing: float = 0.05
    term_shared: float = 0.06
    term_missing: float = 0.03
    neighbours: int = 10
    confidence_scale: float = 14.0  # logistic slope of confidence over the bead's margin
    confidence_center: float = 0.0


@dataclass(frozen=True)
class Bead:
    src: tuple[int, ...]
    tgt: tuple[int, ...]
    confidence: float

    @property
    def shape(self) -> Shape:
        return (len(self.src), len(self.tgt))

    @property
    def ids(self) -> tuple[tuple[int, ...], tuple[int, ...]]:
        return (self.src, self.tgt)


@dataclass(frozen=True)
class _Side:
    runs: tuple[npt.NDArray[np.float32], ...]  # runs[k-1]: embeddings of runs of k sentences
    lengths: FloatArray  # prefix sums of sentence lengths in characters
    anchors: AnchorMatrix
    cjk: bool

    def run_length(self, k: int) -> FloatArray:
        return self.lengths[k:] - self.lengths[: len(self.lengths) - k]


def _side(encoder: SpanEncoder, texts: Sequence[str], units: Units) -> tuple[tuple[Any, ...], FloatArray]:
    """Embeddings of runs of 1..MAX_RUN sentences, and prefix sums of the sentence lengths."""
    runs = tuple(run_embeddings(encoder, units, k) for k in range(1, MAX_RUN + 1))
    lengths = np.concatenate([[0.0], np.cumsum([len(t) for t in texts])]).astype(np.float64)
    return runs, lengths


class AlignmentProblem:
    """Two sides embedded once; ``align`` solves any rectangle of them."""

    def __init__(
        self,
        src: Sequence[str],
        tgt: Sequence[str],
        src_lang: str | None = None,
        tgt_lang: str | None = None,
        *,
        encoder: SpanEncoder | None = None,
        params: AlignParams | None = None,
        units: tuple[Units, Units] | None = None,
        tags: tuple[Sequence[Iterable[str]], Sequence[Iterable[str]]] | None = None,
    ) -> None:
        """``units``: the sides' pooled embeddings, when already computed; ``tags``: extra strong
        anchors per item, e.g. the block kind, so that a heading prefers a heading."""
        self.encoder = encoder or default_encoder()
        self.params = params or AlignParams()
        self.n, self.m = len(src), len(tgt)
        src_cjk = is_cjk_language(src_lang) if src_lang else is_cjk_text(src)
        tgt_cjk = is_cjk_language(tgt_lang) if tgt_lang else is_cjk_text(tgt)
        if units is None:
            both = self.encoder.units([*src, *tgt])
            units = (both.slice(0, self.n), both.slice(self.n, self.n + self.m))
        sr, sl = _side(self.encoder, src, units[0])
        tr, tl = _side(self.encoder, tgt, units[1])
        s_anchors = [anchors_of(t, src_cjk) for t in src]
        t_anchors = [anchors_of(t, tgt_cjk) for t in tgt]
        if tags is not None:
            s_anchors = [a.with_strong(extra) for a, extra in zip(s_anchors, tags[0], strict=True)]
            t_anchors = [a.with_strong(extra) for a, extra in zip(t_anchors, tags[1], strict=True)]
        cjk_side = (s_anchors if src_cjk else t_anchors) if src_cjk != tgt_cjk else None
        sa, ta = anchor_matrices(s_anchors, t_anchors, cjk_side)
        self.src = _Side(sr, sl, sa, src_cjk)
        self.tgt = _Side(tr, tl, ta, tgt_cjk)
        # CJK terms only mean something against a non-CJK side
        self._terms = src_cjk != tgt_cjk
        self._ratio = (tl[-1] + 1.0) / (sl[-1] + 1.0)
        self._margins()

    # -- whole-document statistics ------------------------------------------------
    def _margins(self) -> None:
        """Mean cosine of every run with its k nearest single sentences on the other side."""
        k = self.params.neighbours

        def knn_mean(runs: npt.NDArray[np.float32], other: npt.NDArray[np.float32]) -> FloatArray:
            if len(runs) == 0 or len(other) == 0:
                return np.zeros(len(runs))
            kk = min(k, len(other))
            out = np.empty(len(runs))
            for lo in range(0, len(runs), _ROW_BLOCK):  # in row blocks: memory stays bounded for books
                sims = runs[lo : lo + _ROW_BLOCK] @ other.T
                out[lo : lo + _ROW_BLOCK] = np.partition(sims, -kk, axis=1)[:, -kk:].mean(axis=1)
            return out

        self._src_r = [knn_mean(r, self.tgt.runs[0]) for r in self.src.runs]
        self._tgt_r = [knn_mean(r, self.src.runs[0]) for r in self.tgt.runs]

    # -- scoring --------------------------------------------------------------
    def _margin(self, a: int, b: int, i0: int, i1: int, j0: int, j1: int) -> FloatArray:
        """margin[i, j] for runs src[i:i+a] and tgt[j:j+b] starting inside the rectangle."""
        s = self.src.runs[a - 1][i0 : i1 - a + 1]
        t = self.tgt.runs[b - 1][j0 : j1 - b + 1]
        cos = (s @ t.T).astype(np.float64)
        r = 0.5 * (self._src_r[a - 1][i0 : i1 - a + 1][:, None] + self._tgt_r[b - 1][j0 : j1 - b + 1][None, :])
        return np.asarray(cos - r)

    def _best_part(self, a: int, b: int, i0: int, i1: int, j0: int, j1: int) -> FloatArray:
        """For a merge bead, the best margin of any one sentence of a run against the whole other run.

        A true merge matches better than any of its parts alone. A sentence that belongs to neither
        side (say, one added to a newer English text) can still be absorbed into a merge when the
        merged embedding stays close enough, but then the merge matches worse than its best part.
        """
        rows, cols = i1 - i0 - a + 1, j1 - j0 - b + 1
        best = np.full((rows, cols), -np.inf)
        if a > 1:
            t = self.tgt.runs[b - 1][j0 : j0 + cols]
            r_t = self._tgt_r[b - 1][j0 : j0 + cols][None, :]
            for k in range(a):
                s = self.src.runs[0][i0 + k : i0 + k + rows]
                part = s @ t.T - 0.5 * (self._src_r[0][i0 + k : i0 + k + rows][:, None] + r_t)
                best = np.maximum(best, part)
        if b > 1:
            s = self.src.runs[a - 1][i0 : i0 + rows]
            r_s = self._src_r[a - 1][i0 : i0 + rows][:, None]
            for k in range(b):
                t = self.tgt.runs[0][j0 + k : j0 + k + cols]
                part = s @ t.T - 0.5 * (r_s + self._tgt_r[0][j0 + k : j0 + k + cols][None, :])
                best = np.maximum(best, part)
        return np.asarray(best, dtype=np.float64)

    def _extras(self, a: int, b: int, i0: int, i1: int, j0: int, j1: int) -> FloatArray:
        """Length and anchor terms for the same runs."""
        p = self.params
        ls = self.src.run_length(a)[i0 : i1 - a + 1][:, None]
        lt = self.tgt.run_length(b)[j0 : j1 - b + 1][None, :]
        sm = p.length_smoothing
        length = -p.length_weight * np.log((lt + sm) / (self._ratio * ls + sm)) ** 2
        s_strong, s_terms = self.src.anchors.runs(a)
        t_strong, t_terms = self.tgt.anchors.runs(b)
        s_strong, t_strong = s_strong[i0 : i1 - a + 1], t_strong[j0 : j1 - b + 1]
        shared = s_strong @ t_strong.T
        missing = s_strong.sum(axis=1)[:, None] + t_strong.sum(axis=1)[None, :] - 2 * shared
        score = length + p.strong_shared * np.minimum(shared, 3) - p.strong_missing * np.minimum(missing, 3)
        if self._terms:
            s_terms, t_terms = s_terms[i0 : i1 - a + 1], t_terms[j0 : j1 - b + 1]
            shared_t = s_terms @ t_terms.T
            if self.src.cjk:
                kept = s_terms.sum(axis=1)[:, None]
            else:
                kept = t_terms.sum(axis=1)[None, :]
            score += p.term_shared * np.minimum(shared_t, 3) - p.term_missing * np.minimum(kept - shared_t, 3)
        return np.asarray(score, dtype=np.float64)

    def align(self, i0: int = 0, i1: int | None = None, j0: int = 0, j1: int | None = None) -> list[Bead]:
        """Beads covering src[i0:i1] and tgt[j0:j1], with ids relative to the whole sides.

        A rectangle too large for one dense DP is first cut at confident 1-1 anchors (as in
        Bertalign's first pass), and the pieces are aligned one by one.
        """
        i1 = self.n if i1 is None else i1
        j1 = self.m if j1 is None else j1
        if (i1 - i0) * (j1 - j0) > MAX_DP_CELLS:
            beads: list[Bead] = []
            for a0, a1, b0, b1 in self._pieces(i0, i1, j0, j1):
                beads.extend(self._align_dense(a0, a1, b0, b1))
            return beads
        return self._align_dense(i0, i1, j0, j1)

    def _pieces(self, i0: int, i1: int, j0: int, j1: int) -> list[tuple[int, int, int, int]]:
        """Cut a large rectangle after mutual-best 1-1 matches that form a monotone chain."""
        n, m = i1 - i0, j1 - j0
        band = max(_PIECE, abs(n - m) + _PIECE // 2)
        s, t = self.src.runs[0], self.tgt.runs[0]
        best_j = np.full(n, -1)
        best_score = np.full(n, -np.inf)
        best_i_of_j = np.full(m, -1)
        best_score_j = np.full(m, -np.inf)
        for lo in range(0, n, _ROW_BLOCK):
            hi = min(n, lo + _ROW_BLOCK)
            centre = int((lo + hi) / 2 * m / n)
            c0, c1 = max(0, centre - band), min(m, centre + band)
            sims = s[i0 + lo : i0 + hi] @ t[j0 + c0 : j0 + c1].T
            sims -= 0.5 * (self._src_r[0][i0 + lo : i0 + hi, None] + self._tgt_r[0][None, j0 + c0 : j0 + c1])
            arg = sims.argmax(axis=1)
            best_j[lo:hi] = arg + c0
            best_score[lo:hi] = sims[np.arange(hi - lo), arg]
            col_arg = sims.argmax(axis=0)
            col_best = sims[col_arg, np.arange(c1 - c0)]
            better = col_best > best_score_j[c0:c1]
            best_score_j[c0:c1][better] = col_best[better]
            best_i_of_j[c0:c1][better] = col_arg[better] + lo
        mutual = [(i, int(best_j[i])) for i in range(n) if best_j[i] >= 0 and best_i_of_j[best_j[i]] == i]
        chain = _longest_increasing(mutual)
        pieces, a0, b0 = [], 0, 0
        for i, j in chain:
            if (i + 1 - a0) * (j + 1 - b0) >= MAX_DP_CELLS // 4 and i + 1 < n and j + 1 < m:
                pieces.append((i0 + a0, i0 + i + 1, j0 + b0, j0 + j + 1))
                a0, b0 = i + 1, j + 1
        pieces.append((i0 + a0, i1, j0 + b0, j1))
        return pieces

    def _align_dense(self, i0: int, i1: int, j0: int, j1: int) -> list[Bead]:
        n, m = i1 - i0, j1 - j0
        p = self.params
        if n == 0 or m == 0:
            return [Bead((i,), (), 0.0) for i in range(i0, i1)] + [Bead((), (j,), 0.0) for j in range(j0, j1)]
        if n == 1 and m == 1 and (1, 1) in p.shape_prior:
            return self._align_one_one(i0, j0)
        return self._dense(i0, i1, j0, j1)

    def _dense(self, i0: int, i1: int, j0: int, j1: int) -> list[Bead]:
        """The DP over every bead shape in the rectangle (both sides non-empty)."""
        n, m = i1 - i0, j1 - j0
        p = self.params
        scores: dict[Shape, FloatArray] = {}
        margins: dict[Shape, FloatArray] = {}
        for a, b in p.shape_prior:
            full = np.full((n + 1, m + 1), dp.NEG)
            mfull = np.full((n + 1, m + 1), dp.NEG)
            if a <= n and b <= m:
                margin = self._margin(a, b, i0, i1, j0, j1)
                weight = ((a + b) / 2.0) ** p.run_weight
                full[a:, b:] = weight * margin + self._extras(a, b, i0, i1, j0, j1) + p.shape_prior[(a, b)]
                if (a, b) != (1, 1) and p.part_weight:
                    best_part = self._best_part(a, b, i0, i1, j0, j1)
                    full[a:, b:] += p.part_weight * np.minimum(margin - best_part - p.part_floor, 0.0)
                mfull[a:, b:] = margin
            scores[(a, b)] = full
            margins[(a, b)] = mfull
        delete = np.full((n + 1, m + 1), dp.NEG)
        delete[1:, :] = p.skip
        scores[(1, 0)] = delete
        steps = dp.best_path(scores, np.full(m + 1, p.skip))
        beads = []
        for st in steps:
            shape = (st.src_end - st.src_start, st.tgt_end - st.tgt_start)
            if 0 in shape:
                conf = 0.0
            else:
                margin = margins[shape][st.src_end, st.tgt_end]
                conf = float(1.0 / (1.0 + np.exp(-p.confidence_scale * (margin - p.confidence_center))))
            beads.append(
                Bead(
                    tuple(range(i0 + st.src_start, i0 + st.src_end)),
                    tuple(range(j0 + st.tgt_start, j0 + st.tgt_end)),
                    round(conf, 4),
                )
            )
        return beads

    def _align_one_one(self, i: int, j: int) -> list[Bead]:
        """One sentence against one (a heading, a one-sentence paragraph: most of a book's pieces): the
        DP's two paths scored directly, with its choices and tie-breaks, without its arrays."""
        p = self.params
        margin = float(self._margin(1, 1, i, i + 1, j, j + 1)[0, 0])
        score = margin + float(self._extras(1, 1, i, i + 1, j, j + 1)[0, 0]) + p.shape_prior[(1, 1)]
        if score >= 2 * p.skip:  # the 1-1 bead; on a tie the DP keeps it too (it is tried first)
            conf = float(1.0 / (1.0 + np.exp(-p.confidence_scale * (margin - p.confidence_center))))
            return [Bead((i,), (j,), round(conf, 4))]
        return [Bead((), (j,), 0.0), Bead((i,), (), 0.0)]


def _longest_increasing(points: list[tuple[int, int]]) -> list[tuple[int, int]]:
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


def align_sentences(
    src: Sequence[str],
    tgt: Sequence[str],
    src_lang: str | None = None,
    tgt_lang: str | None = None,
    *,
    encoder: SpanEncoder | None = None,
    params: AlignParams | None = None,
) -> list[Bead]:
    """Align two lists of sentences; every sentence of both lands in exactly one bead, in order."""
    with single_blas_thread():
        return AlignmentProblem(src, tgt, src_lang, tgt_lang, encoder=encoder, params=params).align()
