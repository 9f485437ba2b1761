"""Drafting only fills (issue 29): every engine leaves the translator's text alone, asks before a re-draft,
and the draft a final was edited from stays what its post-edit effort is measured against."""

from __future__ import annotations

import pytest

from amts_gui.cli.main import main
from amts_gui.core.parallel.project_pairs import align_chapter
from amts_gui.core.project.finals import accept_segment, accepted_finals, drafts_edited_from, save_edit
from amts_gui.core.project.repetitions import PROPAGATED
from amts_gui.core.project.review import review_rows
from amts_gui.core.project.segments import live_segments, segments_to_draft, set_final
from amts_gui.core.scoring.editing_report import editing_report
from amts_gui.engines.amazon.costs import estimate_cost
from amts_gui.engines.amazon.realtime import AmazonRealtimeEngine
from amts_gui.engines.drafting import draft_chapter
from amts_gui.engines.memory import MemoryEngine
from tests.engines.amazon.test_against_the_double import jobs_for, parallel_data_for, quick_backoff

CHAPTER = "softmax-temperature.md"


def drafts_of(store, segment_id: str) -> list[tuple[int, str, str]]:
    return [
        tuple(r)
        for r in store.db.execute(
            "SELECT id, engine, text FROM drafts WHERE segment_id = ? AND target_lang = ? ORDER BY id",
            [segment_id, store.target],
        )
    ]


@pytest.fixture
def worked(sample_store):
    """A chapter drafted from memory, then worked on: one accepted, one edited, one filled from a repetition."""
    align_chapter(sample_store, CHAPTER)
    draft_chapter(sample_store, CHAPTER, MemoryEngine.for_project(sample_store))
    plain = [r for r in live_segments(sample_store, CHAPTER) if not r.markup]
    accepted, edited, propagated = plain[0].id, plain[1].id, plain[2].id
    accept_segment(sample_store, accepted, "译者接受的译文。")
    save_edit(sample_store, edited, "译者正在编辑的译文。")
    set_final(sample_store, propagated, "从重复句填入的译文。", "accepted", origin=PROPAGATED)
    sample_store.worked = {"accepted": accepted, "edited": edited, "propagated": propagated}
    sample_store.before = {sid: drafts_of(sample_store, sid) for sid in sample_store.worked.values()}
    return sample_store


def assert_untouched(store) -> None:
    rows = {r.id: r for r in review_rows(store, CHAPTER)}
    assert rows[store.worked["accepted"]].final == "译者接受的译文。"
    assert rows[store.worked["edited"]].status == "edited"
    assert rows[store.worked["propagated"]].final == "从重复句填入的译文。"
    for sid in store.worked.values():
        assert drafts_of(store, sid) == store.before[sid], "a segment with the translator's text got a new draft"


def test_the_translation_memory_fills_only(worked):
    live = len(live_segments(worked, CHAPTER))
    run = draft_chapter(worked, CHAPTER, MemoryEngine.for_project(worked))
    assert run.kept == 3
    assert len(segments_to_draft(worked, CHAPTER)) == live - 3
    assert_untouched(worked)


def test_amazon_realtime_fills_only_and_sends_only_what_it_drafts(worked, aws):
    live = len(live_segments(worked, CHAPTER))
    engine = AmazonRealtimeEngine(aws.translate, aws.settings, backoff=quick_backoff())
    assert estimate_cost(worked, [CHAPTER], aws.settings, act=False).segments == live - 3
    run = draft_chapter(worked, CHAPTER, engine)
    assert aws.double.count("TranslateText") == live - 3 == len(run.drafts) and run.kept == 3
    assert_untouched(worked)


def test_an_act_job_fills_only(worked, aws):
    parallel_data_for(worked, aws).push()
    aws.double.job_seconds = 0.2
    jobs = jobs_for(worked, aws)
    live = len(live_segments(worked, CHAPTER))
    assert estimate_cost(worked, [CHAPTER], aws.settings, act=True).segments == live - 3
    job = jobs.submit([CHAPTER])
    sent = {sid for document in job.params["documents"].values() for sid in document["markup"]}
    assert len(sent) == live - 3 and not sent & set(worked.worked.values())
    jobs.wait(job, timeout=30)
    assert_untouched(worked)


def test_a_named_re_draft_drafts_them_and_keeps_the_final_and_the_draft_it_was_edited_from(worked):
    accepted = worked.worked["accepted"]
    edited_from = drafts_edited_from(worked, [accepted])[accepted]
    assert edited_from == worked.before[accepted][-1][2]
    run = draft_chapter(worked, CHAPTER, MemoryEngine.for_project(worked), only=[accepted], redraft=True)
    assert len(run.drafts) == 1 and len(drafts_of(worked, accepted)) == len(worked.before[accepted]) + 1
    assert drafts_of(worked, accepted)[-1][2] == "译者接受的译文。"  # the memory now has the accepted pair
    assert {r.id: r.final for r in review_rows(worked, CHAPTER)}[accepted] == "译者接受的译文。"
    assert drafts_edited_from(worked, [accepted])[accepted] == edited_from  # not the new draft: HTER stays true
    [final] = [f for f in accepted_finals(worked, CHAPTER) if f.final == "译者接受的译文。"]
    assert final.draft == edited_from


def test_a_re_draft_needs_the_segments_named(worked):
    with pytest.raises(ValueError):
        segments_to_draft(worked, CHAPTER, redraft=True)


def test_the_editing_report_compares_with_the_draft_that_was_edited(worked):
    from amts_gui.core.project.editing_log import LoggedVisit, log_visit

    accepted = worked.worked["accepted"]
    log_visit(worked, LoggedVisit(accepted, 10.0, 5, 3, 2, "TM", "75-84", 20, 10))
    draft_chapter(worked, CHAPTER, MemoryEngine.for_project(worked), only=[accepted], redraft=True)
    [row] = [r for r in editing_report(worked, CHAPTER) if r.log.segment_id == accepted]
    assert row.hter is not None and row.hter > 0  # measured against the memory's draft, not the final's echo


def test_cli_translate_fills_and_re_drafts_only_when_told(worked, capsys, monkeypatch):
    project = str(worked.path)
    assert main(["translate", project, "--chapter", CHAPTER]) == 0
    assert "3 segments with the translator's text left as they are" in capsys.readouterr().out
    number = next(r.number for r in review_rows(worked, CHAPTER) if r.id == worked.worked["accepted"])
    redraft = ["translate", project, "--chapter", CHAPTER, "--segment", str(number), "--redraft"]
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    assert main(redraft) == 2
    assert "--redraft drafts segments the translator wrote: add --yes to confirm" in capsys.readouterr().err
    assert main(["translate", project, "--chapter", CHAPTER, "--redraft"]) == 2
    assert "name the segments to draft again" in capsys.readouterr().err
    assert main([*redraft, "--yes"]) == 0
    assert len(drafts_of(worked, worked.worked["accepted"])) == len(worked.before[worked.worked["accepted"]]) + 1
