"""Amazon Translate engines against real HTTP: moto's S3 server and the Translate double in tests/aws_double.

Request shapes are also checked by botocore's Stubber against the real service model.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace

import pytest
from botocore.stub import ANY, Stubber

from amts_gui.core.parallel.project_pairs import align_chapter
from amts_gui.core.project.chapters import import_chapter
from amts_gui.core.project.jobs import get_job, list_jobs
from amts_gui.core.project.pairs import add_pairs, list_pairs
from amts_gui.core.project.pushes import push_history
from amts_gui.core.project.rows import NewPair
from amts_gui.core.project.segments import live_segments
from amts_gui.core.text.placeholders import token
from amts_gui.engines.amazon.batch import ActJobs
from amts_gui.engines.amazon.costs import estimate_cost
from amts_gui.engines.amazon.parallel_data import ParallelData
from amts_gui.engines.amazon.realtime import AmazonRealtimeEngine
from amts_gui.engines.amazon.retry import Backoff, Polling
from amts_gui.engines.base import EngineError, SegmentInput
from amts_gui.engines.drafting import draft_chapter

CHAPTER = "softmax-temperature.md"


def no_sleep(_seconds: float) -> None:
    pass


def quick_backoff() -> Backoff:
    return Backoff(base=0.001, cap=0.01, sleep=no_sleep)


def latest_drafts(store, engine: str) -> dict[str, dict]:
    rows = store.db.query("SELECT * FROM drafts WHERE engine = ? ORDER BY id", [engine])
    return {r["segment_id"]: {**r, "meta": json.loads(r["meta"])} for r in rows}


def quick_polling() -> Polling:
    return Polling(base=0.02, cap=0.1, backoff=quick_backoff())


def jobs_for(store, aws, **kw) -> ActJobs:
    return ActJobs(store, aws.services, polling=quick_polling(), **kw)


def parallel_data_for(store, aws, **kw) -> ParallelData:
    return ParallelData(store, aws.services, polling=quick_polling(), **kw)


# -- wire protocol and request shapes ----------------------------------------------------------
def test_the_clients_speak_the_protocol_of_the_run_and_the_double_answers_in_it(aws):
    """botocore resolves the protocol from the model's list (``resolved_protocol``; ``protocol`` is only the
    model's first choice); each run of the Amazon tests speaks one of them, end to end."""
    model = aws.translate.meta.service_model
    assert set(model.metadata.get("protocols", [model.protocol])) >= {"json", "smithy-rpc-v2-cbor"}
    assert model.resolved_protocol == {"json": "json", "cbor": "smithy-rpc-v2-cbor"}[aws.protocol]
    aws.translate.translate_text(Text="Hello.", SourceLanguageCode="en", TargetLanguageCode="zh")
    with pytest.raises(aws.translate.exceptions.ResourceNotFoundException):  # an error body in the protocol
        aws.translate.get_parallel_data(Name="no-such-data")
    assert aws.double.protocols_seen == {aws.protocol}


def test_request_shapes_match_the_service_model(sample_store, aws):
    """Stubber validates every request against botocore's model of Amazon Translate."""
    realtime_client = aws.translate
    engine = AmazonRealtimeEngine(realtime_client, backoff=quick_backoff())
    seg = SegmentInput("s1", "Call ⟦1⟧ now.", ("`f()`",), "Call `f()` now.")
    with Stubber(realtime_client) as stub:
        stub.add_response(
            "translate_text",
            {
                "TranslatedText": '现在调用<span translate="no" data-ph="1">`f()`</span>。',
                "SourceLanguageCode": "en",
                "TargetLanguageCode": "zh",
            },
            {
                "Text": 'Call <span translate="no" data-ph="1">`f()`</span> now.',
                "SourceLanguageCode": "en",
                "TargetLanguageCode": "zh",
            },
        )
        run = engine.translate([seg], "en", "zh")
        stub.assert_no_pending_responses()
    assert run.drafts[0].text == "现在调用⟦1⟧。"

    align_chapter(sample_store, CHAPTER)
    sync = parallel_data_for(sample_store, aws)
    jobs = jobs_for(sample_store, aws)
    with Stubber(aws.translate) as stub:
        stub.add_client_error("get_parallel_data", "ResourceNotFoundException", http_status_code=400)
        stub.add_response(
            "create_parallel_data",
            {"Name": "d2l-en-zh", "Status": "CREATING"},
            {
                "Name": "d2l-en-zh",
                "ParallelDataConfig": {"S3Uri": ANY, "Format": "TMX"},
                "ClientToken": ANY,
                "Description": ANY,
            },
        )
        stub.add_response(
            "get_parallel_data",
            {"ParallelDataProperties": {"Name": "d2l-en-zh", "Status": "ACTIVE", "ImportedRecordCount": 5}},
            {"Name": "d2l-en-zh"},
        )
        result = sync.push()
        stub.add_response(
            "get_parallel_data",
            {"ParallelDataProperties": {"Name": "d2l-en-zh", "Status": "ACTIVE"}},
            {"Name": "d2l-en-zh"},
        )
        stub.add_response(
            "start_text_translation_job",
            {"JobId": "job-1", "JobStatus": "SUBMITTED"},
            {
                "JobName": ANY,
                "InputDataConfig": {"S3Uri": ANY, "ContentType": "text/html"},
                "OutputDataConfig": {"S3Uri": ANY},
                "DataAccessRoleArn": aws.settings.role_arn,
                "SourceLanguageCode": "en",
                "TargetLanguageCodes": ["zh"],
                "ParallelDataNames": ["d2l-en-zh"],
                "ClientToken": ANY,
            },
        )
        job = jobs.submit([CHAPTER])
        stub.assert_no_pending_responses()
    assert result.status == "ACTIVE" and result.created
    assert job.job_id == "job-1" and job.status == "running"


# -- realtime --------------------------------------------------------------------------------------
def test_realtime_drafts_a_chapter_with_placeholders_intact(sample_store, aws):
    engine = AmazonRealtimeEngine(aws.translate, aws.settings, backoff=quick_backoff())
    run = draft_chapter(sample_store, CHAPTER, engine)
    segments = live_segments(sample_store, CHAPTER)
    assert not run.failures and len(run.drafts) == len(segments)
    assert run.requests == len(segments) == aws.double.count("TranslateText")  # one request per segment
    drafts = latest_drafts(sample_store, "amazon-realtime")
    with_markup = [s for s in segments if s.markup]
    assert len(with_markup) == 12
    for seg in with_markup:
        draft = drafts[seg.id]
        assert draft["variant"] == "without ACT" and draft["meta"]["act"] is False
        assert "findings" not in draft["meta"], draft
        # every token of the source comes back once, whatever order the translation puts them in
        assert sorted(re.findall("⟦\\d+⟧", draft["text"])) == sorted(token(n) for n in range(1, len(seg.markup) + 1))
        assert draft["text"].startswith("[zh] ")  # the double's visibly artificial translation


def test_realtime_rides_out_throttling_with_backoff(sample_store, aws):
    aws.double.fail("TranslateText", "TooManyRequestsException", times=3)
    aws.double.fail("TranslateText", "ServiceUnavailableException", times=1)
    waits: list[float] = []
    backoff = Backoff(base=0.001, cap=0.01, sleep=waits.append)
    engine = AmazonRealtimeEngine(aws.translate, backoff=backoff, workers=2)
    run = draft_chapter(sample_store, CHAPTER, engine)
    n = len(live_segments(sample_store, CHAPTER))
    assert not run.failures and len(run.drafts) == n
    assert backoff.retries == 4 and run.requests == n + 4
    assert waits and all(0 < w <= 0.01 for w in waits)


def test_realtime_reports_wrong_credentials_without_leaking_secrets(sample_store, aws):
    aws.double.fail("TranslateText", "UnrecognizedClientException", times=100)
    engine = AmazonRealtimeEngine(aws.translate, backoff=quick_backoff(), workers=1)
    with pytest.raises(EngineError) as info:
        draft_chapter(sample_store, CHAPTER, engine)
    message = str(info.value)
    assert "refused the credentials" in message and "testing-secret" not in message
    assert aws.double.count("TranslateText") < 5  # it stops instead of failing every segment the same way


def test_realtime_stops_soon_when_the_endpoint_cannot_be_reached(sample_store, aws):
    import socket

    from amts_gui.engines.amazon.services import AmazonServices

    with socket.socket() as probe:  # a port that nothing listens on
        probe.bind(("127.0.0.1", 0))
        closed = probe.getsockname()[1]
    translate = AmazonServices.connect(replace(aws.settings, translate_endpoint=f"http://127.0.0.1:{closed}")).translate
    waits: list[float] = []
    engine = AmazonRealtimeEngine(translate, backoff=Backoff(base=0.01, sleep=waits.append), workers=2)
    with pytest.raises(EngineError) as info:
        draft_chapter(sample_store, CHAPTER, engine)
    assert "Could not connect" in str(info.value) and "translation memory" in str(info.value)
    assert engine.backoff.attempts <= 3 * 4  # the calls already under way, not one per segment
    assert len(live_segments(sample_store, CHAPTER)) * 3 > engine.backoff.attempts


def test_oversize_segment_is_refused_with_a_message_naming_it(aws):
    engine = AmazonRealtimeEngine(aws.translate, backoff=quick_backoff())
    long = SegmentInput("big", "word " * 2100, (), "word " * 2100)
    ok = SegmentInput("ok", "Fine.", (), "Fine.")
    run = engine.translate([long, ok], "en", "zh")
    assert [d.segment_id for d in run.drafts] == ["ok"]
    assert "segment big" in run.failures["big"] and "10,000 bytes" in run.failures["big"]
    assert aws.double.count("TranslateText") == 1


def test_realtime_cancellation_keeps_what_was_done(sample_store, aws):
    engine = AmazonRealtimeEngine(aws.translate, backoff=quick_backoff(), workers=1)
    seen: list[int] = []
    run = draft_chapter(
        sample_store,
        CHAPTER,
        engine,
        progress=lambda done, total, _: seen.append(done),
        cancelled=lambda: len(seen) >= 3,
    )
    assert run.cancelled and 3 <= len(run.drafts) < len(live_segments(sample_store, CHAPTER))
    assert len(latest_drafts(sample_store, "amazon-realtime")) == len(run.drafts)


# -- parallel data -----------------------------------------------------------------------------------
def test_push_creates_then_updates_and_records_history(sample_store, aws):
    align_chapter(sample_store, CHAPTER)
    sync = parallel_data_for(sample_store, aws)
    first = sync.push()
    assert first.status == "ACTIVE" and first.created and first.imported == first.pairs > 10
    add_pairs(sample_store, [NewPair("A brand new sentence.", "一个全新的句子。", "accepted")])
    second = sync.push()
    assert second.status == "ACTIVE" and not second.created and second.imported == first.imported + 1
    assert aws.double.count("CreateParallelData") == 1 and aws.double.count("UpdateParallelData") == 1
    history = push_history(sample_store, "d2l-en-zh")
    assert [h.status for h in history] == ["ACTIVE", "ACTIVE"]
    assert history[1].detail["imported"] == second.imported and history[0].version != history[1].version
    # each push is a new versioned object, so an old version is never overwritten
    keys = [o["Key"] for o in aws.s3.list_objects_v2(Bucket=aws.bucket, Prefix="books/d2l/parallel-data/")["Contents"]]
    assert len(keys) == 2


def test_failed_update_keeps_previous_data_active_and_local_pairs_intact(sample_store, aws):
    align_chapter(sample_store, CHAPTER)
    sync = parallel_data_for(sample_store, aws)
    sync.push()
    before = list(list_pairs(sample_store))
    active_before = dict(aws.double.parallel_data["d2l-en-zh"]["active_pairs"])
    add_pairs(sample_store, [NewPair("Another sentence.", "另一句。", "accepted")])
    aws.double.next_parallel_data_failure = "record 3: the target language does not match the resource"
    result = sync.push()
    assert result.status == "FAILED" and result.imported == 0
    assert any("does not match" in line for line in result.error_summary)
    res = aws.double.parallel_data["d2l-en-zh"]
    assert res["Status"] == "ACTIVE" and res["active_pairs"] == active_before  # previous version still serves
    assert len(list(list_pairs(sample_store))) == len(before) + 1  # nothing local was touched by the failure
    assert push_history(sample_store, "d2l-en-zh")[-1].status == "FAILED"


def test_push_can_leave_a_chapter_out_for_evaluation(sample_store, aws):
    align_chapter(sample_store, CHAPTER)
    add_pairs(sample_store, [NewPair("Kept sentence.", "保留的句子。", "accepted")])
    result = parallel_data_for(sample_store, aws).push(exclude_chapters=[CHAPTER])
    assert result.status == "ACTIVE" and result.pairs == 1
    assert aws.double.parallel_data["d2l-en-zh"]["active_pairs"] == {"Kept sentence.": "保留的句子。"}


def test_conflict_exception_waits_and_retries(sample_store, aws):
    align_chapter(sample_store, CHAPTER)
    sync = parallel_data_for(sample_store, aws)
    sync.push()
    aws.double.fail("UpdateParallelData", "ConflictException", times=2)
    assert sync.push().status == "ACTIVE"
    assert aws.double.count("UpdateParallelData") == 3


def test_pull_merges_a_teammates_edits_newer_timestamp_wins(sample_store, aws, tmp_path, monkeypatch):
    from datetime import UTC, datetime, timedelta
    from itertools import count

    import amts_gui.core.project.store as store_module
    from tests.conftest import create_sample_project

    minutes = count()  # every write happens a minute after the previous one, as between real edits
    start = datetime(2026, 11, 1, tzinfo=UTC)
    monkeypatch.setattr(store_module, "now", lambda: (start + timedelta(minutes=next(minutes))).isoformat())

    align_chapter(sample_store, CHAPTER)
    mine = parallel_data_for(sample_store, aws)
    mine.push()
    teammate = create_sample_project(tmp_path / "teammate.amts")
    align_chapter(teammate, CHAPTER)
    pairs = list(list_pairs(teammate))
    theirs_src, mine_src = pairs[0].source, pairs[1].source
    # the teammate edits one sentence and pushes; then I edit another one, after their push
    add_pairs(teammate, [NewPair(theirs_src, "队友的修改。", "accepted")])
    add_pairs(sample_store, [NewPair(mine_src, "我早先的修改。", "accepted")])
    parallel_data_for(teammate, aws).push()
    add_pairs(sample_store, [NewPair(mine_src, "我后来的修改。", "accepted")])
    result = mine.pull()
    conflicts = {c.source: c for c in result.conflicts}
    assert conflicts[theirs_src].winner == "remote" and conflicts[theirs_src].remote == "队友的修改。"
    assert conflicts[mine_src].winner == "local" and conflicts[mine_src].local == "我后来的修改。"
    assert result.replaced == 1 and result.added == 0
    newest = {}
    for row in list_pairs(sample_store):
        newest[row.source] = row.target
    assert newest[theirs_src] == "队友的修改。" and newest[mine_src] == "我后来的修改。"
    teammate.close()


# -- ACT batch jobs --------------------------------------------------------------------------------------
def test_act_job_round_trip_uses_the_active_parallel_data(sample_store, aws):
    align_chapter(sample_store, CHAPTER)
    parallel_data_for(sample_store, aws).push()
    jobs = jobs_for(sample_store, aws)
    job = jobs.wait(jobs.submit([CHAPTER]), timeout=30)
    assert job.status == "done", job
    drafts = latest_drafts(sample_store, "amazon-act")
    segments = live_segments(sample_store, CHAPTER)
    assert len(drafts) == len(segments) == job.detail["drafts"]
    pairs = {p.source: p.target for p in list_pairs(sample_store, granularity="sentence") if not p.flagged}
    act_hits = 0
    for seg in segments:
        draft = drafts[seg.id]
        assert draft["variant"] == "ACT" and draft["meta"]["parallel_data"] == "d2l-en-zh"
        assert draft["meta"]["parallel_data_version"].startswith("v0001-")
        if seg.source_markup in pairs:  # the double's ACT: exact parallel-data matches win
            act_hits += 1
            assert "findings" not in draft["meta"], draft
    assert act_hits > 10
    # the input went where the issue says, as HTML with protected markup
    keys = [o["Key"] for o in aws.s3.list_objects_v2(Bucket=aws.bucket, Prefix="books/d2l/input/")["Contents"]]
    assert keys == [f"books/d2l/input/{job.key}/softmax-temperature.html"]
    body = aws.s3.get_object(Bucket=aws.bucket, Key=keys[0])["Body"].read().decode()
    assert 'translate="no"' in body


def test_job_resumes_after_a_crash_without_a_second_submission(sample_store, aws):
    align_chapter(sample_store, CHAPTER)
    parallel_data_for(sample_store, aws).push()

    class Crash(Exception):
        pass

    class CrashAfterStart:
        """The app dies right after the service accepted the job, before the JobId was saved."""

        def __init__(self, client):
            self.client = client

        def __getattr__(self, name):
            return getattr(self.client, name)

        def start_text_translation_job(self, **kw):
            self.client.start_text_translation_job(**kw)
            raise Crash

    crashing = ActJobs(
        sample_store, replace(aws.services, translate=CrashAfterStart(aws.translate)), polling=quick_polling()
    )
    with pytest.raises(Crash):
        crashing.submit([CHAPTER])
    (pending,) = list_jobs(sample_store, active_only=True)
    assert pending.status == "pending" and pending.job_id is None
    # a restarted app resumes: it repeats the start call with the saved ClientToken
    resumed = jobs_for(sample_store, aws).resume(timeout=30)
    assert [j.status for j in resumed] == ["done"]
    assert aws.double.count("StartTextTranslationJob") == 2 and len(aws.double.jobs) == 1
    assert len(latest_drafts(sample_store, "amazon-act")) == len(live_segments(sample_store, CHAPTER))
    # and resuming again has nothing left to do
    assert jobs_for(sample_store, aws).resume() == []


def test_partial_job_stores_what_came_back_and_reports_the_rest(sample_store, aws, tmp_path):
    align_chapter(sample_store, CHAPTER)
    parallel_data_for(sample_store, aws).push()
    other = tmp_path / "src" / "second.md"
    other.parent.mkdir(exist_ok=True)
    other.write_text("# Second\n\nA second chapter has one sentence. And another one.\n", encoding="utf-8")
    import_chapter(sample_store, "second.md", other.read_text(encoding="utf-8"))
    aws.double.next_job_outcome = "partial"
    jobs = jobs_for(sample_store, aws)
    job = jobs.wait(jobs.submit([CHAPTER, "second.md"]), timeout=30)
    assert job.status == "partial" and job.service_status == "COMPLETED_WITH_ERROR"
    assert job.detail["missing_chapters"] == ["second.md"]  # the double fails the first document by name
    assert any("injected document failure" in e for e in job.detail["errors"])
    assert job.detail["drafts"] == len(live_segments(sample_store, CHAPTER))


def test_failed_job_keeps_everything_local_and_shows_the_message(sample_store, aws):
    align_chapter(sample_store, CHAPTER)
    parallel_data_for(sample_store, aws).push()
    aws.double.next_job_outcome = "failed"
    jobs = jobs_for(sample_store, aws)
    job = jobs.wait(jobs.submit([CHAPTER]), timeout=30)
    assert job.status == "failed" and "could not read the input documents" in (job.message or "")
    assert latest_drafts(sample_store, "amazon-act") == {}


def test_stop_cancels_a_running_job(sample_store, aws):
    align_chapter(sample_store, CHAPTER)
    parallel_data_for(sample_store, aws).push()
    aws.double.job_seconds = 1.0
    jobs = jobs_for(sample_store, aws)
    job = jobs.stop(jobs.submit([CHAPTER]))
    assert aws.double.count("StopTextTranslationJob") == 1
    job = jobs.wait(job, timeout=30)
    assert job.status == "stopped"
    assert get_job(sample_store, job.id).service_status == "STOPPED"


def test_act_needs_pushed_parallel_data(sample_store, aws):
    with pytest.raises(EngineError, match="push the project's pairs first"):
        jobs_for(sample_store, aws).submit([CHAPTER])
    assert list_jobs(sample_store) == []


@pytest.mark.parametrize(
    "endpoint", ["", "https://translate.eu-west-1.amazonaws.com", "https://translate.cn-north-1.amazonaws.com.cn"]
)
def test_cost_preview_uses_separate_standard_and_act_rates(sample_store, aws, endpoint):
    amazon = replace(aws.settings, translate_endpoint=endpoint)
    act = estimate_cost(sample_store, [CHAPTER], amazon, act=True)
    standard = estimate_cost(sample_store, [CHAPTER], amazon, act=False)
    assert act.characters == standard.characters > 1000
    assert act.cost == pytest.approx(act.characters * 60 / 1e6)
    assert standard.cost == pytest.approx(standard.characters * 15 / 1e6)
    assert "ACT" in str(act) and "$" in str(act)


@pytest.mark.parametrize(
    "endpoint", ["http://127.0.0.1:8080", "https://translate-proxy.example.org", "http://amazonaws.com.evil.example"]
)
def test_the_cost_preview_names_no_charge_off_amazon(sample_store, aws, endpoint):
    elsewhere = replace(aws.settings, translate_endpoint=endpoint)
    preview = estimate_cost(sample_store, [CHAPTER], elsewhere, act=True)
    assert preview.cost == 0 and "$" not in str(preview)
    assert str(preview).endswith("characters (ACT batch); not an Amazon endpoint: no charge")
