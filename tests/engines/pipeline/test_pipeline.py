"""The pipeline drafts both targets at once against the doubles; one target's failure stays its own."""

from __future__ import annotations

import re

import pytest

from amts_gui.core.project.jobs import list_jobs
from amts_gui.core.project.segments import live_segment_ids, undrafted_segments
from amts_gui.engines.amazon.settings import load_settings
from amts_gui.engines.pipeline.plan import plan_pipeline
from amts_gui.engines.pipeline.run import PipelineContext, Step, run_pipeline
from tests.engines.amazon.test_against_the_double import quick_polling
from tests.two_targets import on_the_doubles, services_on_the_doubles

CJK = re.compile("[\u4e00-\u9fff]")
pytestmark = pytest.mark.parametrize("aws", ["json"], indirect=True)  # the protocols are covered elsewhere


def act_drafts(store) -> dict[str, list[str]]:
    rows = store.db.execute(
        "SELECT segment_id, text FROM drafts WHERE engine = 'amazon-act' AND target_lang = ?", [store.target]
    )
    found: dict[str, list[str]] = {}
    for segment, text in rows:
        found.setdefault(segment, []).append(text)
    return found


def run(store, aws, **kw):
    plans = plan_pipeline(store, None, lambda view: load_settings(view))
    context = PipelineContext(store, services_on_the_doubles(aws), wait=True, polling=quick_polling(), **kw)
    return plans, run_pipeline(context, plans)


def test_both_targets_are_drafted_at_once_each_segment_once_in_its_own_language(two_targets, aws):
    store = two_targets
    on_the_doubles(store, aws)
    aws.double.hold_until_jobs = 2  # neither job finishes before both were started: side by side by order
    plans, runs = run(store, aws)
    assert [p.target for p in plans] == ["zh", "es"]
    assert [p.resource for p in plans] == ["d2l-en-zh", "D2L-and-HF-en-es"]
    assert [r.status for r in runs] == ["done", "done"], [r.error for r in runs]
    assert set(aws.double.parallel_data) == {"d2l-en-zh", "D2L-and-HF-en-es"}
    assert sorted(j["TargetLanguageCodes"][0] for j in aws.double.jobs.values()) == ["es", "zh"]
    live = live_segment_ids(store)
    for lang in ("zh", "es"):
        view = store.for_target(lang)
        drafts = act_drafts(view)
        assert set(drafts) == live and all(len(texts) == 1 for texts in drafts.values())
        assert undrafted_segments(view) == {}
        assert [j.status for j in list_jobs(view)] == ["done"]
    # ACT at work in each language: a sentence in the target's own parallel data comes back as its reference
    # (the double's machine translation is the source upper-cased)
    zh_texts, es_texts = ([t for [t] in act_drafts(store.for_target(lang)).values()] for lang in ("zh", "es"))
    assert any(CJK.search(t) for t in zh_texts) and any(t == t.upper() for t in zh_texts)
    assert not any(CJK.search(t) for t in es_texts) and any("ó" in t or "ñ" in t for t in es_texts)
    # side by side: both targets' jobs run at Amazon at once (aligning alone takes turns: it is CPU-bound)
    zh, es = ({r.step: (r.started, r.ended) for r in run_.steps} for run_ in runs)
    assert list(zh) == list(es) == [Step.ALIGN, Step.PUSH, Step.SUBMIT, Step.FETCH]
    # each target's fetch ends after the other's submit began: neither waited for the other (had they taken
    # turns, the held job could never finish and the run would time out)
    assert es[Step.SUBMIT][0] < zh[Step.FETCH][1] and zh[Step.SUBMIT][0] < es[Step.FETCH][1]
    spans = [(j["SubmittedTime"], j["EndTime"]) for j in aws.double.jobs.values()]
    assert max(start for start, _ in spans) < min(end for _, end in spans)


def test_a_failed_parallel_data_import_stops_its_target_alone(two_targets, aws):
    store = two_targets
    on_the_doubles(store, aws)
    aws.double.parallel_data_failures["D2L-and-HF-en-es"] = "injected: the es TMX could not be read"
    _, runs = run(store, aws)
    zh, es = runs
    assert zh.status == "done" and act_drafts(store) and set(act_drafts(store)) == live_segment_ids(store)
    assert es.status == "failed" and "injected: the es TMX could not be read" in es.error
    assert [r.step for r in es.steps] == [Step.ALIGN, Step.PUSH]
    assert act_drafts(store.for_target("es")) == {} and list_jobs(store.for_target("es")) == []
    # run again once the cause is gone: es carries on, zh has nothing left to send
    _, again = run(store, aws)
    assert [r.status for r in again] == ["done", "done"], again[1].error
    assert len(aws.double.jobs) == 2 and set(act_drafts(store.for_target("es"))) == live_segment_ids(store)


def test_jobs_beyond_amazons_limit_wait_in_the_queue_and_start_as_places_free(two_targets, aws, monkeypatch):
    import amts_gui.engines.amazon.batch as batch

    store = two_targets
    on_the_doubles(store, aws)
    monkeypatch.setattr(batch, "MAX_CONCURRENT_JOBS", 1)  # one place: the second target's job must queue
    aws.double.job_seconds = 0.5
    _, runs = run(store, aws)
    assert [r.status for r in runs] == ["done", "done"], [r.error for r in runs]
    assert len(aws.double.jobs) == 2
    spans = sorted((j["SubmittedTime"], j["EndTime"]) for j in aws.double.jobs.values())
    assert spans[1][0] >= spans[0][1]  # the second started after the first ended: the app saw it end first
