"""The workload interval's coverage on synthetic editing logs whose true saving is known (0.8)."""

from __future__ import annotations

import numpy as np

from amts_gui.core.scoring.workload import MIN_SEGMENTS, Timed, workload


def _log(seed: int, per_group: int, sigma: float = 0.5) -> list[Timed]:
    """Segments of 5–30 words; from scratch 5 s/word, post-editing 1 s/word, each with the same
    log-normal noise of mean 1: the true saving is 1 − 1/5 = 0.8."""
    rng = np.random.default_rng(seed)
    log = []
    for group, rate in (("from scratch", 5.0), ("act", 1.0)):
        for _ in range(per_group):
            words = int(rng.integers(5, 31))
            noise = rng.lognormal(0.0, sigma) / np.exp(sigma**2 / 2)
            log.append(Timed("a.md", group, words, float(words * rate * noise)))
    return log


def test_the_interval_holds_the_true_saving_in_at_least_93_of_100_seeded_logs():
    held = 0
    for seed in range(100):
        saving = workload(_log(seed, MIN_SEGMENTS)).savings[0]
        assert saving.low is not None and saving.high is not None
        held += saving.low <= 0.8 <= saving.high
    assert held >= 93, held


def test_below_the_minimum_there_is_no_interval_to_hold_anything():
    saving = workload(_log(1, MIN_SEGMENTS - 1)).savings[0]
    assert (saving.saved, saving.low, saving.high) == (None, None, None)
