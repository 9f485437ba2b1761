"""The editing log's arithmetic with a fake clock, its storage (visits add up) and its CSV."""

from __future__ import annotations

import csv
import io

import pytest

from amts_gui.cli.main import main
from amts_gui.core.project.editing_log import LoggedVisit, editing_log, log_visit
from amts_gui.core.project.review import review_rows
from amts_gui.core.scoring.editing_time import Visit

CHAPTER = "temperature-scaling.md"


def test_a_visit_counts_gaps_up_to_the_idle_cut():
    visit = Visit(started=100.0, idle_seconds=30.0)
    visit.keystroke(105.0)  # 5 s reading, then a key
    visit.changed(106.0, inserted=3, deleted=0)
    visit.keystroke(200.0)  # a 94 s pause counts 30
    visit.changed(200.5, inserted=0, deleted=2)
    totals = visit.stop(202.0)
    assert totals.seconds == 5 + 1 + 30 + 0.5 + 1.5
    assert (totals.keystrokes, totals.inserted, totals.deleted) == (2, 3, 2)


def test_a_clock_going_back_counts_nothing():
    visit = Visit(started=10.0)
    visit.keystroke(8.0)
    assert visit.stop(9.0).seconds == 0.0


def _visit(segment_id: str, seconds: float, origin: str = "TM", kept: int = 10) -> LoggedVisit:
    return LoggedVisit(segment_id, seconds, 4, 5, 1, origin, "85-94", 20, kept)


def test_visits_add_up_and_the_latest_origin_wins(demo_store):
    row = review_rows(demo_store, CHAPTER)[7]
    log_visit(demo_store, _visit(row.id, 12.5))
    log_visit(demo_store, _visit(row.id, 7.5, origin="ACT", kept=15))
    [logged] = editing_log(demo_store)
    assert (logged.seconds, logged.visits, logged.keystrokes, logged.inserted, logged.deleted) == (20.0, 2, 8, 10, 2)
    assert (logged.origin, logged.kept_chars, logged.chapter, logged.number) == ("ACT", 15, CHAPTER, 8)
    assert editing_log(demo_store, "softmax-temperature.md") == []


def test_the_editing_log_csv(demo_store, tmp_path, capsys):
    from amts_gui.core.project.finals import accept_segment

    row = review_rows(demo_store, CHAPTER)[7]  # 15 words, drafted from memory (82 %)
    assert row.draft is not None
    log_visit(
        demo_store, LoggedVisit(row.id, 9.0, 3, 2, 0, "TM", "85-94", len(row.draft.text), len(row.draft.text) - 2)
    )
    accept_segment(demo_store, row.id, row.draft.text + "法", force=True)
    out = tmp_path / "log.csv"
    assert main(["editing-log", str(demo_store.path), "--out", str(out)]) == 0
    printed = capsys.readouterr().out.splitlines()
    assert printed[0] == f"wrote {out}: 1 segments, 15 words, 9 s of active editing, 0.60 s per word"
    assert any(line.strip().startswith("pee: character edit distance") for line in printed)  # the definitions
    [record] = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert record["segment_id"] == row.id and record["words"] == "15" and record["seconds"] == "9.0"
    assert record["seconds_per_word"] == "0.60" and record["origin"] == "TM" and record["band"] == "85-94"
    # one character added: PEE counts it (the old measure, the share of the draft not kept, did not)
    assert float(record["pee"]) == pytest.approx(1 / (len(row.draft.text) + 1), abs=1e-3)
    assert 0 < float(record["hter"]) < 1  # one character added to a short Chinese draft
    assert (record["keystrokes"], record["visits"], record["from_scratch"]) == ("3", "1", "0")


def test_pee_counts_insertions_deletions_and_reordering():
    from amts_gui.core.scoring.editing_report import post_editing_effort

    assert post_editing_effort("深度学习", "深度学习") == 0.0
    assert post_editing_effort("深度学习", "深度学习深度学习") == 0.5  # the final doubles the draft
    assert post_editing_effort("深度学习", "") == 1.0  # everything deleted
    assert post_editing_effort("ab cd", "cd ab") == pytest.approx(0.8)  # reordered: 4 of 5 characters edited


def test_accepts_outside_the_app_are_said_to_have_no_time(demo_store, tmp_path, capsys):
    row = review_rows(demo_store, CHAPTER)[7]
    args = ["accept", str(demo_store.path), "--chapter", CHAPTER, "--segment", str(row.number), "--text", "好。"]
    assert main([*args, "--force"]) == 0
    out = tmp_path / "log.csv"
    assert main(["editing-log", str(demo_store.path), "--out", str(out)]) == 0
    assert "accepted segments have no time: accepted outside the app" in capsys.readouterr().out
