"""``amts control`` and ``amts workload``: what the app's Settings and Workload view give, on the command line."""

from __future__ import annotations

import json

from amts_gui.cli.main import main
from amts_gui.core.overview.analysis import count_words
from amts_gui.core.project.control import control_of
from amts_gui.core.project.editing_log import LoggedVisit, log_visit
from amts_gui.core.project.segments import live_segments


def _log(store, from_scratch: int, post_edited: int) -> None:
    """5 s/word from scratch, 1 s/word post-editing a memory draft: a saving of 0.8."""
    segments = [s for c in ("softmax-temperature.md", "temperature-scaling.md") for s in live_segments(store, c)]
    segments = [s for s in segments if count_words(s.source, "en") > 0]
    for n, segment in enumerate(segments[: from_scratch + post_edited]):
        scratch = n < from_scratch
        seconds = (5.0 if scratch else 1.0) * count_words(segment.source, "en")
        log_visit(store, LoggedVisit(segment.id, seconds, 3, 2, 1, "tm", "100", 10, 8, from_scratch=scratch))


def test_control_on_off_and_status(demo_store, capsys):
    project = str(demo_store.path)
    assert main(["control", "status", project]) == 0 and "is off" in capsys.readouterr().out
    assert main(["control", "on", project, "--share", "20%"]) == 0
    assert "on: 20%" in capsys.readouterr().out and control_of(demo_store).share == 0.2
    assert main(["control", "off", project]) == 0 and control_of(demo_store).share == 0


def test_workload_prints_the_saving_with_its_group_sizes_or_not_enough_data(demo_store, capsys):
    _log(demo_store, from_scratch=20, post_edited=25)
    assert main(["workload", str(demo_store.path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    overall = data["savings"][0]
    assert (overall["post_edited"], overall["control"], round(overall["saved"], 3)) == (25, 20, 0.8)
    assert main(["workload", str(demo_store.path)]) == 0
    assert "at least 20 segments in each group" in capsys.readouterr().out


def test_workload_with_few_controls_says_not_enough_data(demo_store, capsys):
    _log(demo_store, from_scratch=5, post_edited=25)
    assert main(["workload", str(demo_store.path)]) == 0
    out = capsys.readouterr().out
    assert "all" in out and "not enough data" in out


def test_scores_without_chapters_covers_accepted_segments_without_a_reference(project, capsys):
    from amts_gui.core.project.chapters import import_chapter
    from amts_gui.core.project.finals import accept_segment
    from amts_gui.core.project.rows import Draft
    from amts_gui.core.project.segments import add_drafts

    import_chapter(project, "a.md", "# Title\n\nWe draw the weights.\n")
    segment = live_segments(project, "a.md")[1]
    add_drafts(project, [Draft(segment.id, "我们画权重。", "tm", "tm")])
    accept_segment(project, segment.id, "我们抽取权重。", force=True)
    assert main(["scores", str(project.path)]) == 0
    out = capsys.readouterr().out
    assert "a.md: HTER" in out and "1 accepted segments with a draft" in out
