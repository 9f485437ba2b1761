from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from amts_gui.core.align import dp
from amts_gui.core.align.galechurch import gale_church


def _scores(n: int, m: int, one_to_one: np.ndarray, extra: dict | None = None) -> dict:
    full = np.full((n + 1, m + 1), dp.NEG)
    full[1:, 1:] = one_to_one
    scores = {(1, 1): full, (1, 0): np.full((n + 1, m + 1), -1.0)}
    scores[(1, 0)][0, :] = dp.NEG
    for shape, matrix in (extra or {}).items():
        scores[shape] = matrix
    return scores


def test_diagonal_wins_when_it_scores_best():
    sims = np.eye(3) * 2 - 0.5
    steps = dp.best_path(_scores(3, 3, sims), np.full(4, -1.0))
    assert [(s.src_start, s.src_end, s.tgt_start, s.tgt_end) for s in steps] == [
        (0, 1, 0, 1),
        (1, 2, 1, 2),
        (2, 3, 2, 3),
    ]


def test_insertions_chain_along_a_row():
    # one source sentence matching the last of four targets: three 0-1 beads, then 1-1
    sims = np.array([[-5.0, -5.0, -5.0, 3.0]])
    steps = dp.best_path(_scores(1, 4, sims), np.full(5, -0.5))
    shapes = [(s.src_end - s.src_start, s.tgt_end - s.tgt_start) for s in steps]
    assert shapes == [(0, 1), (0, 1), (0, 1), (1, 1)]
    assert sum(s.score for s in steps) == pytest.approx(3.0 - 1.5)


def test_many_to_one_bead_is_used_when_it_pays():
    n, m = 2, 1
    two_one = np.full((n + 1, m + 1), dp.NEG)
    two_one[2, 1] = 1.0
    steps = dp.best_path(_scores(n, m, np.full((2, 1), -0.2), {(2, 1): two_one}), np.full(m + 1, -1.0))
    assert [(s.src_start, s.src_end, s.tgt_start, s.tgt_end) for s in steps] == [(0, 2, 0, 1)]


def test_insertion_scores_must_be_finite():
    with pytest.raises(ValueError, match="finite"):
        dp.best_path(_scores(1, 1, np.zeros((1, 1))), np.array([0.0, -np.inf]))


def test_gale_church_on_lengths_alone():
    src = ["a" * 40, "b" * 80, "c" * 30]
    tgt = ["x" * 41, "y" * 39, "z" * 40, "w" * 29]  # the 80-character sentence was split in two
    assert gale_church(src, tgt) == [((0,), (0,)), ((1,), (1, 2)), ((2,), (3,))]
    assert gale_church([], ["a"]) == [((), (0,))]


@settings(max_examples=60, deadline=None)
@given(
    n=st.integers(1, 5),
    m=st.integers(1, 5),
    seed=st.integers(0, 2**31 - 1),
    ties=st.booleans(),
)
def test_small_pieces_take_the_same_path_in_python_floats(n, m, seed, ties):
    """Pieces of a few cells run the DP on Python floats; the path, ties and forbidden cells included,
    is the one numpy's version finds."""
    rng = np.random.default_rng(seed)
    shapes = [(1, 1), (1, 2), (2, 1), (2, 2), (1, 3), (3, 1)]
    scores = {}
    for a, b in shapes:
        full = np.full((n + 1, m + 1), dp.NEG)
        values = rng.choice([-0.5, 0.0, 0.5], (n + 1, m + 1)) if ties else rng.normal(0, 1, (n + 1, m + 1))
        values[rng.random((n + 1, m + 1)) < 0.2] = dp.NEG  # some beads forbidden
        full[a:, b:] = values[a:, b:]
        scores[(a, b)] = full
    delete = np.full((n + 1, m + 1), dp.NEG)
    delete[1:, :] = -0.3
    scores[(1, 0)] = delete
    insert = np.full(m + 1, -0.3)
    small = dp.best_path(scores, insert)
    saved = dp.SMALL_CELLS
    dp.SMALL_CELLS = 0
    try:
        large = dp.best_path(scores, insert)
    finally:
        dp.SMALL_CELLS = saved
    assert (n + 1) * (m + 1) <= saved
    assert [(s.src_start, s.src_end, s.tgt_start, s.tgt_end) for s in small] == [
        (s.src_start, s.src_end, s.tgt_start, s.tgt_end) for s in large
    ]
    assert [s.score for s in small] == [s.score for s in large]
