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

import functools
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt

from amts_gui.core.align import dp
from amts_gui.core.align.anchors import (
    AnchorMatrix,
    SentenceAnchors,
    anchor_matrices,
    text_anchors,
    writes_cjk,
)
from amts_gui.core.align.embed import SpanEncoder, Units, default_encoder, single_blas_thread
from amts_gui.core.align.runs import MAX_RUN, embed_runs, prefix_lengths

FloatArray = npt.NDArray[np.float64]
Shape = tuple[int, int]
Rect = tuple[int, int, int, int]  # src[i0:i1] against tgt[j0:j1]
MAX_DP_CELLS = 4_000_000  # one DP over at most this many cells (about 2,000 × 2,000 sentences); larger is cut
_ROW_BLOCK = 1024
_PIECE = 400
BAND_CELLS = 250_000  # a larger rectangle is scored only in a band around its diagonal
_BAND = 200  # the band's half-width beyond the two sides' difference


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
        anchors: tuple[Sequence[SentenceAnchors], Sequence[SentenceAnchors]] | None = None,
        regions: Sequence[Rect] | None = None,
    ) -> None:
        """``units``: the sides' pooled embeddings, when already computed; ``tags``: extra strong
        anchors per item, e.g. the block kind, so that a heading prefers a heading; ``anchors``: each
        item's anchors, when already known; ``regions``: the only rectangles ``align`` will be asked
        for (runs of several items are then embedded only inside them, which saves most of that work
        when a document is aligned paragraph group by paragraph group)."""
        self.encoder = encoder or default_encoder()
        self.params = params or AlignParams()
        self.n, self.m = len(src), len(tgt)
        src_cjk = writes_cjk(src, src_lang)
        tgt_cjk = writes_cjk(tgt, tgt_lang)
        if units is None:
            both = self.encoder.units([*src, *tgt])
            units = (both.slice(0, self.n), both.slice(self.n, self.n + self.m))
        self.regions = None if regions is None else [tuple(r) for r in regions if r[0] < r[1] and r[2] < r[3]]
        self._region_set = set(self.regions or ())
        s_spans = None if self.regions is None else [(r[0], r[1]) for r in self.regions]
        t_spans = None if self.regions is None else [(r[2], r[3]) for r in self.regions]
        (sr, self._src_starts), (tr, self._tgt_starts) = embed_runs(self.encoder, units, (s_spans, t_spans))
        sl, tl = prefix_lengths(src), prefix_lengths(tgt)
        if anchors is None:
            anchors = (text_anchors(src, src_lang), text_anchors(tgt, tgt_lang))
        s_anchors, t_anchors = list(anchors[0]), list(anchors[1])
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

        def knn_mean(runs: npt.NDArray[np.float32], other: npt.NDArray[np.float32], starts: Any) -> FloatArray:
            if starts is not None:  # only the runs that were embedded
                out = np.zeros(len(runs))
                out[starts] = knn_mean(runs[starts], other, None)
                return out
            if len(runs) == 0 or len(other) == 0:
                return np.zeros(len(runs))
            kk = min(k, len(other))
            out = np.empty(len(runs))
            for lo in range(0, len(runs), _ROW_BLOCK):  # in row blocks: memory stays bounded for books
                sims = runs[lo : lo + _ROW_BLOCK] @ other.T
                out[lo : lo + _ROW_BLOCK] = np.partition(sims, -kk, axis=1)[:, -kk:].mean(axis=1)
            return out

        self._src_r = [knn_mean(r, self.tgt.runs[0], st) for r, st in zip(self.src.runs, self._src_starts, strict=True)]
        self._tgt_r = [knn_mean(r, self.src.runs[0], st) for r, st in zip(self.tgt.runs, self._tgt_starts, strict=True)]

    # -- scoring --------------------------------------------------------------
    def _margin(self, a: int, b: int, i0: int, i1: int, j0: int, j1: int) -> FloatArray:
        """margin[i, j] for runs src[i:i+a] and tgt[j:j+b] starting inside the rectangle."""
        s = self.src.runs[a - 1][i0 : i1 - a + 1]
        t = self.tgt.runs[b - 1][j0 : j1 - b + 1]
        cos = (s @ t.T).astype(np.float64)
        r = 0.5 * (self._src_r[a - 1][i0 : i1 - a + 1][:, None] + self._tgt_r[b - 1][j0 : j1 - b + 1][None, :])
        return np.asarray(cos - r)

    @staticmethod
    def _best_part(a: int, b: int, margin: Callable[[int, int], FloatArray]) -> FloatArray:
        """For a merge bead, the best margin of any one sentence of a run against the whole other run.

        A true merge matches better than any of its parts alone. A sentence that belongs to neither
        side (say, one added to a newer English text) can still be absorbed into a merge when the
        merged embedding stays close enough, but then the merge matches worse than its best part.
        The parts are slices of the rectangle's margins of 1-b and a-1 beads.
        """
        parts: list[FloatArray] = []
        if a > 1:
            one_b = margin(1, b)
            rows = one_b.shape[0] - a + 1
            parts.extend(one_b[k : k + rows] for k in range(a))
        if b > 1:
            a_one = margin(a, 1)
            cols = a_one.shape[1] - b + 1
            parts.extend(a_one[:, k : k + cols] for k in range(b))
        return np.asarray(functools.reduce(np.maximum, parts))

    def _extras(self, a: int, b: int, i0: int, i1: int, j0: int, j1: int) -> FloatArray:
        """Length and anchor terms for the same runs."""
        p = self.params
        rows, cols = slice(i0, i1 - a + 1), slice(j0, j1 - b + 1)
        sm = p.length_smoothing
        log_s = np.log(self._ratio * self.src.run_length(a)[rows] + sm)
        log_t = np.log(self.tgt.run_length(b)[cols] + sm)
        score = np.subtract.outer(log_s, log_t)
        np.square(score, out=score)
        score *= -p.length_weight
        s_runs, t_runs = self.src.anchors.runs(a), self.tgt.anchors.runs(b)
        s_strong, t_strong = s_runs.strong[rows], t_runs.strong[cols]
        shared = s_strong @ t_strong.T if s_strong.shape[1] else np.zeros((len(s_strong), len(t_strong)), np.float32)
        missing = np.add.outer(s_runs.strong_count[rows], t_runs.strong_count[cols]) - 2 * shared
        score += p.strong_shared * np.minimum(shared, 3) - p.strong_missing * np.minimum(missing, 3)
        if self._terms:
            s_terms, t_terms = s_runs.terms[rows], t_runs.terms[cols]
            # an empty product is zeros; BLAS may warn on one, so it is not asked
            shared_t = s_terms @ t_terms.T if s_terms.shape[1] else np.zeros((len(s_terms), len(t_terms)), np.float32)
            if self.src.cjk:
                kept = s_runs.terms_count[rows][:, None]
            else:
                kept = t_runs.terms_count[cols][None, :]
            score += p.term_shared * np.minimum(shared_t, 3) - p.term_missing * np.minimum(kept - shared_t, 3)
        return np.asarray(score, dtype=np.float64)

    def align(self, i0: int = 0, i1: int | None = None, j0: int = 0, j1: int | None = None) -> list[Bead]:
        """Beads covering src[i0:i1] and tgt[j0:j1], with ids relative to the whole sides.

        A rectangle too large for one dense DP is first cut at confident 1-1 anchors (as in
        Bertalign's first pass), and the pieces are aligned one by one.
        """
        i1 = self.n if i1 is None else i1
        j1 = self.m if j1 is None else j1
        self._check_region(i0, i1, j0, j1)
        if (i1 - i0) * (j1 - j0) > MAX_DP_CELLS:
            beads: list[Bead] = []
            for a0, a1, b0, b1 in self._pieces(i0, i1, j0, j1):
                beads.extend(self._align_dense(a0, a1, b0, b1))
            return beads
        return self._align_dense(i0, i1, j0, j1)

    def _check_region(self, i0: int, i1: int, j0: int, j1: int) -> None:
        if self.regions is None or i0 == i1 or j0 == j1 or (i0, i1, j0, j1) in self._region_set:
            return
        if not any(r[0] <= i0 and i1 <= r[1] and r[2] <= j0 and j1 <= r[3] for r in self.regions):
            raise ValueError(f"rectangle {(i0, i1, j0, j1)} is outside the regions this problem was made for")

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
        chain = dp.longest_increasing(mutual)
        pieces, a0, b0 = [], 0, 0
        for k in range(1, len(chain) - 1):
            i, j = chain[k]
            # a cut needs its neighbours to match one to one as well: a lone mutual best can be a
            # repeated heading far from its place, and a cut there would leave pieces misaligned
            if chain[k - 1] != (i - 1, j - 1) or chain[k + 1] != (i + 1, j + 1):
                continue
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
        banded = n * m > BAND_CELLS
        scores: dict[Shape, Any] = {}
        if banded:
            scores, margins = self._banded_scores(i0, i1, j0, j1)
        else:
            starts, margins = self._shape_scores(i0, i1, j0, j1)
            every = np.full((len(starts), n + 1, m + 1), dp.NEG)  # one allocation for all shapes
            for full, ((a, b), score) in zip(every, starts.items(), strict=True):
                full[a:, b:] = score  # indexed by the bead's start; the DP wants its end
                scores[(a, b)] = full
        delete = np.full((n + 1, m + 1), dp.NEG)
        delete[1:, :] = p.skip
        scores[(1, 0)] = delete
        steps = dp.best_path(scores, np.full(m + 1, p.skip))
        beads = []
        for st in steps:
            a, b = st.src_end - st.src_start, st.tgt_end - st.tgt_start
            if 0 in (a, b):
                conf = 0.0
            elif banded:
                i, j = i0 + st.src_start, j0 + st.tgt_start
                conf = self._confidence(float(self._margin(a, b, i, i + a, j, j + b)[0, 0]))
            else:
                conf = self._confidence(float(margins[(a, b)][st.src_start, st.tgt_start]))
            beads.append(
                Bead(
                    tuple(range(i0 + st.src_start, i0 + st.src_end)),
                    tuple(range(j0 + st.tgt_start, j0 + st.tgt_end)),
                    round(conf, 4),
                )
            )
        return beads

    def _shape_scores(self, i0: int, i1: int, j0: int, j1: int) -> tuple[dict[Shape, FloatArray], dict[Shape, Any]]:
        """Bead scores and margins of every shape that fits, indexed by the bead's start in the rectangle."""
        n, m = i1 - i0, j1 - j0
        p = self.params
        margins: dict[Shape, FloatArray] = {}

        def margin(a: int, b: int) -> FloatArray:
            if (a, b) not in margins:
                margins[(a, b)] = self._margin(a, b, i0, i1, j0, j1)
            return margins[(a, b)]

        scores: dict[Shape, FloatArray] = {}
        for (a, b), prior in p.shape_prior.items():
            if a > n or b > m:
                continue  # the DP could never place it
            score = margin(a, b) * ((a + b) / 2.0) ** p.run_weight
            score += self._extras(a, b, i0, i1, j0, j1)
            score += prior
            if (a, b) != (1, 1) and p.part_weight:
                part = margin(a, b) - self._best_part(a, b, margin) - p.part_floor
                score += p.part_weight * np.minimum(part, 0.0)
            scores[(a, b)] = score
        return scores, margins

    def _banded_scores(self, i0: int, i1: int, j0: int, j1: int) -> tuple[dict[Shape, Any], dict[Shape, FloatArray]]:
        """For a large rectangle: bead scores only in a band around its diagonal, as wide as the two
        sides' difference plus a margin; beads outside it are forbidden, while skipped sentences may
        still leave it."""
        n, m = i1 - i0, j1 - j0
        width = abs(n - m) + _BAND
        step = _ROW_BLOCK // 8
        windows = [
            (s0, min(n, s0 + step), max(0, s0 * m // n - width), min(m, -(-min(n, s0 + step) * m // n) + width))
            for s0 in range(0, n, step)
        ]
        span = max(c1 - c0 for _, _, c0, c1 in windows)
        shapes = [shape for shape in self.params.shape_prior if shape[0] <= n and shape[1] <= m]
        scores = {shape: dp.Banded(np.zeros(n + 1, np.int64), np.full((n + 1, span), dp.NEG)) for shape in shapes}
        for s0, s1, c0, c1 in windows:
            block, _ = self._shape_scores(
                i0 + s0, min(i1, i0 + s1 + MAX_RUN - 1), j0 + c0, min(j1, j0 + c1 + MAX_RUN - 1)
            )
            for (a, b), score in block.items():
                rows, cols = min(s1 - s0, score.shape[0]), min(c1 - c0, score.shape[1])
                banded = scores[(a, b)]
                banded.lo[s0 + a : s1 + a] = c0 + b  # the band of the beads' ends
                banded.values[s0 + a : s0 + a + rows, :cols] = score[:rows, :cols]
        return scores, {}

    def _confidence(self, margin: float) -> float:
        p = self.params
        return float(1.0 / (1.0 + np.exp(-p.confidence_scale * (margin - p.confidence_center))))

    def _align_one_one(self, i: int, j: int) -> list[Bead]:
        """One sentence against one (a heading, a one-sentence paragraph: most of a book's pieces): the
        DP's two paths scored directly, with its choices and tie-breaks, without its arrays."""
        p = self.params
        margin = float(self._margin(1, 1, i, i + 1, j, j + 1)[0, 0])
        score = margin + float(self._extras(1, 1, i, i + 1, j, j + 1)[0, 0]) + p.shape_prior[(1, 1)]
        if score >= 2 * p.skip:  # the 1-1 bead; on a tie the DP keeps it too (it is tried first)
            return [Bead((i,), (j,), round(self._confidence(margin), 4))]
        return [Bead((), (j,), 0.0), Bead((i,), (), 0.0)]


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
