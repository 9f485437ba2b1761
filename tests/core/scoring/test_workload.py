"""Workload from a synthetic editing log whose answer is known."""

from __future__ import annotations

import pytest

from amts_gui.core.scoring.workload import MIN_SEGMENTS, Timed, workload


def _log(group: str, n: int, words: int, seconds: float, chapter: str = "a.md") -> list[Timed]:
    return [Timed(chapter, group, words, seconds) for _ in range(n)]


def test_a_log_with_no_spread_gives_the_exact_saving_and_a_point_interval():
    log = _log("from scratch", 25, 10, 50.0) + _log("tm 100", 30, 10, 5.0) + _log("tm 85-94", 10, 10, 20.0)
    result = workload(log)
    scratch, tm100, fuzzy = result.rates
    assert (scratch.group, scratch.segments, scratch.words, scratch.seconds_per_word) == ("from scratch", 25, 250, 5.0)
    assert (tm100.seconds_per_word, tm100.low, tm100.high) == (0.5, 0.5, 0.5)
    assert fuzzy.seconds_per_word == 2.0
    overall = result.savings[0]
    # post-editing: (30·5 + 10·20) s over 400 words = 0.875 s/word; from scratch 5 s/word
    assert overall.scope == "all" and overall.saved == pytest.approx(1 - 0.875 / 5.0)
    assert overall.low < overall.saved < overall.high  # the mix of fast and slow segments varies in resampling
    only_100 = workload(_log("from scratch", 25, 10, 50.0) + _log("tm 100", 30, 10, 5.0)).savings[0]
    assert (only_100.saved, only_100.low, only_100.high) == (0.9, 0.9, 0.9)  # no spread at all: a point


def test_the_interval_holds_the_true_value_of_a_noisy_log():
    import numpy as np

    rng = np.random.default_rng(7)
    log = [Timed("a.md", "from scratch", 10, float(s)) for s in rng.normal(40, 8, 60).clip(5)]
    log += [Timed("a.md", "tm 100", 10, float(s)) for s in rng.normal(8, 3, 200).clip(1)]
    overall = workload(log).savings[0]
    assert overall.low < 1 - 8 / 40 < overall.high  # the true saving, 0.8
    assert overall.high - overall.low < 0.1
    assert workload(log) == workload(log)  # a fixed seed: the same report twice


def test_fewer_than_twenty_control_segments_is_not_enough_data():
    log = _log("from scratch", MIN_SEGMENTS - 1, 10, 50.0) + _log("tm 100", 30, 10, 5.0, chapter="b.md")
    overall, chapter = workload(log).savings
    assert (overall.saved, overall.control, chapter.scope, chapter.saved) == (None, 19, "b.md", None)
    enough = workload(log + _log("from scratch", 1, 10, 50.0))
    assert enough.savings[0].saved == pytest.approx(0.9) and enough.savings[1].saved == pytest.approx(0.9)


def test_segments_without_words_or_time_are_left_out():
    log = _log("from scratch", 20, 10, 50.0) + _log("tm 100", 5, 0, 9.0) + _log("tm 100", 5, 10, 0.0)
    result = workload(log)
    assert [r.group for r in result.rates] == ["from scratch"] and result.savings[0].saved is None


def test_segments_without_a_draft_are_rated_but_not_counted_as_post_edited():
    log = _log("from scratch", 20, 10, 50.0) + _log("tm 100", 20, 10, 10.0) + _log("none", 10, 10, 50.0)
    result = workload(log)
    assert {r.group for r in result.rates} == {"from scratch", "tm 100", "none"}
    assert result.savings[0].post_edited == 20 and result.savings[0].saved == pytest.approx(0.8)


def test_one_post_edited_segment_or_a_small_group_looks_certain_no_more():
    # 20 controls and one post-edited segment once reported "saved 0.718 (0.620–0.794)"
    log = _log("from scratch", 20, 10, 50.0) + _log("act", 1, 10, 14.0)
    result = workload(log)
    overall = result.savings[0]
    assert (overall.post_edited, overall.control, overall.saved, overall.low) == (1, 20, None, None)
    act = next(r for r in result.rates if r.group == "act")
    assert (act.segments, act.seconds_per_word, act.low, act.high) == (1, 1.4, None, None)  # a rate, no interval
    enough = workload(log + _log("act", MIN_SEGMENTS - 1, 10, 14.0)).savings[0]
    assert enough.saved == pytest.approx(0.72) and enough.post_edited == MIN_SEGMENTS
    # per chapter as well: a chapter of a few post-edited segments states no saving of its own
    split = workload(log + _log("act", 25, 10, 14.0, chapter="b.md") + _log("act", 3, 10, 14.0, chapter="c.md"))
    assert [(s.scope, s.saved is None) for s in split.savings] == [
        ("all", False),
        ("a.md", True),
        ("b.md", False),
        ("c.md", True),
    ]


def test_a_control_segment_counts_as_the_control_only_when_it_had_a_hidden_draft():
    from amts_gui.core.project.editing_log import EditingLogRow
    from amts_gui.core.scoring.editing_report import EditingReportRow, timed

    def row(origin: str, band: str, from_scratch: bool) -> EditingReportRow:
        log = EditingLogRow("s", "a.md", 1, 30.0, 0, 0, 0, 1, origin, band, 10, 5, from_scratch)
        return EditingReportRow(log, 10, None, None)

    groups = [t.group for t in timed([row("tm", "100", True), row("none", "none", True), row("tm", "85-94", False)])]
    # a control without any draft is no control (the drafting would not have filled it): rated apart
    assert groups == ["from scratch", "none", "tm 85-94"]
