"""ACT batch jobs without a network: requests, resume, stop and the mapping of output back to segments.

The boto3 clients are replaced by small recording objects; the service's own behaviour is covered
against the Translate double in test_amazon.py.
"""

from __future__ import annotations

import io
import json
import re
from datetime import UTC, datetime

import pytest

from amts_gui.core.project.chapters import import_chapter, source_text
from amts_gui.core.project.jobs import create_job, get_job, list_jobs, update_job
from amts_gui.core.project.pushes import record_push
from amts_gui.engines.amazon import job_output
from amts_gui.engines.amazon.batch import ActJobs
from amts_gui.engines.amazon.costs import CostEstimate, chapter_segments, estimate_cost
from amts_gui.engines.amazon.html import segment_html
from amts_gui.engines.amazon.retry import Backoff, Polling, RateLimit
from amts_gui.engines.amazon.services import AmazonServices
from amts_gui.engines.amazon.settings import AwsSettings
from amts_gui.engines.base import EngineError

CHAPTER = "softmax-temperature.md"
SETTINGS = AwsSettings(
    region="us-east-1",
    bucket="bkt",
    prefix="books",
    role_arn="arn:aws:iam::123456789012:role/T",
    parallel_data_name="pd-en-zh",
)


class FakeS3:
    def __init__(self, page: int = 1000) -> None:
        self.objects: dict[str, bytes] = {}
        self.page = page
        self.listed: list[dict] = []

    def put_object(self, *, Bucket, Key, Body, ContentType):  # noqa: N803 - boto3's names
        assert Bucket == "bkt" and ContentType == "text/html; charset=utf-8"
        self.objects[Key] = Body

    def list_objects_v2(self, **kw):
        self.listed.append(kw)
        keys = sorted(k for k in self.objects if k.startswith(kw["Prefix"]))
        start = int(kw.get("ContinuationToken") or 0)
        page = {"Contents": [{"Key": k} for k in keys[start : start + self.page]]}
        if start + self.page < len(keys):
            page["NextContinuationToken"] = str(start + self.page)
        return page

    def get_object(self, *, Bucket, Key):  # noqa: N803
        return {"Body": io.BytesIO(self.objects[Key])}


class FakeTranslate:
    def __init__(self) -> None:
        self.started: list[dict] = []
        self.described: list[str] = []
        self.stopped: list[str] = []
        self.status = "IN_PROGRESS"
        self.message: str | None = None
        self.stop_response: dict = {"JobStatus": "STOP_REQUESTED"}

    def get_parallel_data(self, *, Name):  # noqa: N803
        return {"ParallelDataProperties": {"Status": "ACTIVE", "LastUpdatedAt": datetime(2026, 1, 2, tzinfo=UTC)}}

    def start_text_translation_job(self, **request):
        self.started.append(request)
        return {"JobId": f"J{len(self.started)}", "JobStatus": "SUBMITTED"}

    def describe_text_translation_job(self, *, JobId):  # noqa: N803
        self.described.append(JobId)
        props = {"JobStatus": self.status, "OutputDataConfig": {"S3Uri": "s3://bkt/books/output/the-job/"}}
        if self.message:
            props["Message"] = self.message
        return {"TextTranslationJobProperties": props}

    def stop_text_translation_job(self, *, JobId):  # noqa: N803
        self.stopped.append(JobId)
        return self.stop_response


def act(store, translate=None, s3=None, settings=SETTINGS) -> ActJobs:
    backoff = Backoff(base=0.001, cap=0.01, sleep=lambda _s: None)
    services = AmazonServices(translate or FakeTranslate(), s3 or FakeS3(), settings)
    return ActJobs(store, services, polling=Polling(sleep=lambda _s: None, backoff=backoff))


def output(s3: FakeS3, job, texts: dict[str, str], *, name: str = "softmax-temperature.html", lang: str = "zh") -> None:
    """Put a translated chapter document where the job writes it."""
    body = "".join(f'<p id="s-{sid}">{text}</p>' for sid, text in texts.items())
    s3.objects[f"books/output/the-job/123-TranslateText-J1/{lang}.{name}"] = (
        f"<html><body>{body}</body></html>".encode()
    )


def drafts(store) -> dict[str, tuple[str, dict]]:
    rows = store.db.query("SELECT segment_id, text, meta FROM drafts WHERE engine = 'amazon-act' ORDER BY id")
    return {r["segment_id"]: (r["text"], json.loads(r["meta"])) for r in rows}


# -- pieces --------------------------------------------------------------------------------------------
def test_the_describe_rate_limit_spaces_calls_a_tenth_of_a_second_apart():
    limit = RateLimit(10)
    slept: list[float] = []
    now = [100.0]
    for _ in range(3):
        limit.wait(slept.append, lambda: now[0])
    assert slept == pytest.approx([0.1, 0.2])
    now[0] = 101.0  # a second later the budget is back
    limit.wait(slept.append, lambda: now[0])
    assert slept == pytest.approx([0.1, 0.2])


def test_the_cost_estimate_reads_as_a_preview():
    assert str(CostEstimate(("a.md",), 3, 12_345, 60.0, True)) == (
        "3 segments, 12,345 characters × $60.00 per million (ACT batch) ≈ $0.74"
    )
    assert str(CostEstimate(("a.md",), 1, 1_000_000, 15.0, False)) == (
        "1 segments, 1,000,000 characters × $15.00 per million (standard realtime) ≈ $15.00"
    )


def test_estimates_count_what_is_sent_at_the_configured_rate(sample_store):
    segments = chapter_segments(sample_store, CHAPTER)
    estimate = act(sample_store).estimate([CHAPTER])
    assert estimate.chapters == (CHAPTER,) and estimate.segments == len(segments) and estimate.act
    assert estimate.rate_per_million == SETTINGS.act_rate
    assert estimate.characters == sum(len(segment_html(s.source, s.markup)) for s in segments) > 2000
    standard = estimate_cost(sample_store, [CHAPTER], SETTINGS, act=False)
    assert (standard.rate_per_million, standard.act) == (SETTINGS.standard_rate, False)


def test_chapter_segments_can_be_narrowed_to_some_ids(sample_store):
    every = chapter_segments(sample_store, CHAPTER)
    chosen = {every[1].id, every[3].id}
    assert [s.id for s in chapter_segments(sample_store, CHAPTER, chosen)] == [every[1].id, every[3].id]


@pytest.mark.parametrize(
    ("missing", "named"),
    [("bucket", "S3 bucket"), ("role_arn", "DataAccessRoleArn"), ("parallel_data_name", "parallel-data name")],
)
def test_a_job_needs_bucket_role_and_parallel_data_before_anything_is_sent(sample_store, missing, named):
    from dataclasses import replace

    translate = FakeTranslate()
    with pytest.raises(EngineError, match=named):
        act(sample_store, translate, settings=replace(SETTINGS, **{missing: ""})).submit([CHAPTER])
    assert translate.started == [] and list_jobs(sample_store) == []


# -- submit --------------------------------------------------------------------------------------------
def test_submit_uploads_each_chapter_and_starts_the_job_with_the_saved_token(sample_store, tmp_path):
    empty = tmp_path / "code-only.md"
    empty.write_text("```python\nprint(1)\n```\n", encoding="utf-8")
    import_chapter(sample_store, "code-only.md", empty.read_text(encoding="utf-8"))
    record_push(sample_store, "pd-en-zh", "v0003-x", "ACTIVE", 5, {})
    translate, s3 = FakeTranslate(), FakeS3()
    segments = chapter_segments(sample_store, CHAPTER)
    only = {segments[0].id, segments[2].id}
    job = act(sample_store, translate, s3).submit(["code-only.md", CHAPTER], only=only)
    assert re.fullmatch(r"\d{8}T\d{6}Z-[0-9a-f]{8}", job.key) and job.key.endswith(job.client_token[:8])
    assert (job.job_id, job.status, job.service_status) == ("J1", "running", "SUBMITTED")
    assert list(job.params["documents"]) == ["softmax-temperature.html"]  # the code-only chapter is passed over
    assert set(job.params["documents"]["softmax-temperature.html"]["markup"]) == only
    assert list(s3.objects) == [f"books/input/{job.key}/softmax-temperature.html"]
    [request] = translate.started
    assert request == {
        "JobName": f"amts-{job.key}",
        "InputDataConfig": {"S3Uri": f"s3://bkt/books/input/{job.key}/", "ContentType": "text/html"},
        "OutputDataConfig": {"S3Uri": f"s3://bkt/books/output/{job.key}/"},
        "DataAccessRoleArn": SETTINGS.role_arn,
        "SourceLanguageCode": "en",
        "TargetLanguageCodes": ["zh"],
        "ParallelDataNames": ["pd-en-zh"],
        "ClientToken": job.client_token,
    }
    assert job.params["parallel_data"] == {
        "name": "pd-en-zh",
        "version": "v0003-x",
        "remote_updated_at": "2026-01-02T00:00:00+00:00",
    }


def test_submit_passes_translation_settings_and_refuses_nothing_to_translate(sample_store, tmp_path):
    from dataclasses import replace

    translate = FakeTranslate()
    act(sample_store, translate, settings=replace(SETTINGS, formality="FORMAL")).submit([CHAPTER])
    assert translate.started[0]["Settings"] == {"Formality": "FORMAL"}
    empty = tmp_path / "code-only.md"
    empty.write_text("```python\nprint(1)\n```\n", encoding="utf-8")
    import_chapter(sample_store, "code-only.md", empty.read_text(encoding="utf-8"))
    with pytest.raises(EngineError) as nothing:
        act(sample_store).submit(["code-only.md"])
    assert str(nothing.value) == (
        "nothing to translate: the chosen chapters have no segment without the translator's text"
    )


def test_an_evaluation_job_is_reused_by_its_tag_unless_it_failed(sample_store):
    translate = FakeTranslate()
    jobs = act(sample_store, translate)
    segments = chapter_segments(sample_store, CHAPTER)[:2]
    first = jobs.submit_evaluation(CHAPTER, segments, "en", "zh", "tag-1")
    assert first.params["evaluation"] == "tag-1" and translate.started[0]["ClientToken"] == first.client_token
    assert jobs.submit_evaluation(CHAPTER, segments, "en", "zh", "tag-1").id == first.id
    other = jobs.submit_evaluation(CHAPTER, segments, "en", "zh", "tag-2")
    assert other.id != first.id
    for status in ("failed", "stopped"):
        update_job(sample_store, other.id, status=status)
        again = jobs.submit_evaluation(CHAPTER, segments, "en", "zh", "tag-2")
        assert again.id != other.id
        other = again
    assert len(translate.started) == 4


# -- follow, resume, stop --------------------------------------------------------------------------------
def test_a_finished_job_is_not_asked_about_again(sample_store):
    translate = FakeTranslate()
    jobs = act(sample_store, translate)
    job = jobs.submit([CHAPTER])
    done = update_job(sample_store, job.id, status="done")
    assert jobs.refresh(done) == done and translate.described == []
    assert jobs.stop(done) == done and translate.stopped == []
    assert jobs.job(job.id) == get_job(sample_store, job.id)


def test_resume_without_waiting_asks_once_per_job_and_honours_cancel(sample_store):
    translate = FakeTranslate()
    jobs = act(sample_store, translate)
    first, second = jobs.submit([CHAPTER]), jobs.submit([CHAPTER])
    refreshed = jobs.resume(wait=False)
    assert [j.id for j in refreshed] == [first.id, second.id] and translate.described == ["J1", "J2"]
    assert all(j.service_status == "IN_PROGRESS" and j.status == "running" for j in refreshed)
    assert jobs.resume(wait=False, cancelled=lambda: True) == []
    calls: list[int] = []
    assert len(jobs.resume(wait=False, cancelled=lambda: bool(calls.append(1)) or len(calls) > 1)) == 1


def test_resume_waits_up_to_the_timeout(sample_store):
    now = [0.0]

    def sleep(seconds: float) -> None:
        now[0] += seconds

    translate = FakeTranslate()
    limit = RateLimit(10)  # its own: the process-wide one runs on the real clock
    polling = Polling(base=5.0, sleep=sleep, clock=lambda: now[0])
    jobs = ActJobs(sample_store, AmazonServices(translate, FakeS3(), SETTINGS), polling=polling, describe_limit=limit)
    jobs.submit([CHAPTER])
    [job] = jobs.resume(timeout=12.0)
    assert job.active and 5.0 <= now[0] <= 12.0 and len(translate.described) >= 2


def test_stop_starts_a_pending_job_first_and_keeps_the_service_status(sample_store):
    translate = FakeTranslate()
    jobs = act(sample_store, translate)
    pending = create_job(sample_store, "amazon-act", jobs.submit([CHAPTER]).params, "tok-pending")
    translate.stop_response = {}
    stopped = jobs.stop(pending)
    assert translate.started[-1]["ClientToken"] == "tok-pending"
    assert translate.stopped == ["J2"] and stopped.service_status == "STOP_REQUESTED"
    translate.stop_response = {"JobStatus": "STOPPED"}
    assert jobs.stop(get_job(sample_store, pending.id)).service_status == "STOPPED"


# -- results -----------------------------------------------------------------------------------------------
def test_fetch_maps_pages_of_output_back_to_segments_and_says_what_is_missing(sample_store):
    translate, s3 = FakeTranslate(), FakeS3(page=2)
    jobs = act(sample_store, translate, s3)
    job = jobs.submit([CHAPTER])
    ids = [s.id for s in chapter_segments(sample_store, CHAPTER)]
    markup = job.params["documents"]["softmax-temperature.html"]["markup"]
    with_markup = next(i for i in ids if markup[i])
    plain = [i for i in ids if not markup[i] and i != with_markup]
    texts = {plain[0]: "第一句。", plain[1]: "   ", with_markup: "丢了占位符。"}
    output(s3, job, texts)
    details = "books/output/the-job/123-TranslateText-J1/details/zh.details.json"
    s3.objects[details] = json.dumps(
        {"sourceFile": "softmax-temperature.html", "details": [{"errorMessage": "e1"}, {"errors": ["e2", "e3"]}]}
    ).encode()
    s3.objects["books/output/the-job/123-TranslateText-J1/other.json"] = b'{"error": "not a details file"}'
    translate.status, translate.message = "COMPLETED", "done with notes"
    fetched = jobs.refresh(job)
    assert len(s3.listed) == 2 and s3.listed[1]["ContinuationToken"] == "2"  # three objects, two to a page
    assert (
        fetched.status == "partial" and fetched.service_status == "COMPLETED" and fetched.message == "done with notes"
    )
    assert fetched.detail == {
        "drafts": 2,
        "missing_chapters": [],
        "missing_segments": len(ids) - 2,
        "errors": ["softmax-temperature.html: e1", "softmax-temperature.html: e2", "softmax-temperature.html: e3"],
    }
    stored = drafts(sample_store)
    assert stored[plain[0]] == (
        "第一句。",
        {
            "act": True,
            "parallel_data": "pd-en-zh",
            "parallel_data_version": "remote 2026-01-02T00:00:00+00:00",
            "job_id": "J1",
        },
    )
    text, meta = stored[with_markup]
    assert (
        text == "丢了占位符。"
        and meta["findings"]
        and all(f.startswith("missing placeholder") for f in meta["findings"])
    )


def test_a_complete_output_is_done_and_a_stopped_job_is_stopped(sample_store):
    translate, s3 = FakeTranslate(), FakeS3()
    jobs = act(sample_store, translate, s3)
    job = jobs.submit([CHAPTER])
    segments = chapter_segments(sample_store, CHAPTER)
    output(s3, job, {s.id: s.source for s in segments})
    translate.status = "COMPLETED"
    done = jobs.refresh(job)
    assert (done.status, done.detail["drafts"], done.detail["missing_segments"]) == ("done", len(segments), 0)
    again = jobs.submit([CHAPTER])
    translate.status = "STOPPED"
    assert jobs.refresh(again).status == "stopped"
    third = jobs.submit([CHAPTER])
    translate.status = "COMPLETED_WITH_ERROR"
    assert jobs.refresh(third).status == "partial"


def test_output_for_a_segment_that_left_the_chapter_is_dropped_and_bad_bytes_are_replaced(sample_store, tmp_path):
    translate, s3 = FakeTranslate(), FakeS3()
    jobs = act(sample_store, translate, s3)
    job = jobs.submit([CHAPTER])
    segments = chapter_segments(sample_store, CHAPTER)
    output(s3, job, {s.id: f"译{i}" for i, s in enumerate(segments)})
    key = next(iter(s3.objects.keys() - {k for k in s3.objects if "/input/" in k}))
    first = f'<p id="s-{segments[0].id}">'.encode()
    s3.objects[key] = s3.objects[key].replace(first, first + b"\xff")
    # the chapter changes while the job runs: its first sentence is gone
    text = source_text(sample_store, CHAPTER).replace(segments[1].text, "Something else entirely.", 1)
    import_chapter(sample_store, CHAPTER, text)
    translate.status = "COMPLETED"
    fetched = jobs.refresh(job)
    stored = drafts(sample_store)
    assert segments[1].id not in stored and fetched.detail["drafts"] == len(segments) - 1
    assert fetched.detail["missing_segments"] == 0 and fetched.status == "done"
    assert stored[segments[0].id][0] == "\ufffd译0"


def test_a_missing_document_makes_the_job_partial_and_names_the_chapter(sample_store):
    translate, s3 = FakeTranslate(), FakeS3()
    jobs = act(sample_store, translate, s3)
    job = jobs.submit([CHAPTER])
    output(s3, job, {"x": "y"}, lang="ja")  # another language's document is not ours
    translate.status = "COMPLETED"
    fetched = jobs.refresh(job)
    assert fetched.status == "partial" and fetched.detail["missing_chapters"] == [CHAPTER]
    assert drafts(sample_store) == {}


def test_an_evaluation_job_keeps_its_translations_in_the_job_row(sample_store):
    translate, s3 = FakeTranslate(), FakeS3()
    jobs = act(sample_store, translate, s3)
    segments = chapter_segments(sample_store, CHAPTER)[:2]
    job = jobs.submit_evaluation(CHAPTER, segments, "en", "zh", "t")
    output(s3, job, {segments[0].id: "一。", segments[1].id: "二。"})
    translate.status = "COMPLETED"
    fetched = jobs.refresh(job)
    assert fetched.detail["translations"] == {segments[0].id: "一。", segments[1].id: "二。"}
    assert drafts(sample_store) == {}


def test_at_most_twenty_errors_are_kept():
    errors = job_output._detail_errors(json.dumps({"errors": [f"e{i}" for i in range(30)]}))
    assert len(errors) == 30  # all are read; fetch keeps the first 20


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("not json", []),
        (json.dumps({"errorMessage": ""}), []),
        (json.dumps({"errorCount": 3}), []),
        (json.dumps({"message": "fine"}), []),
        (json.dumps({"ErrorMessage": "top"}), ["top"]),
        (json.dumps([{"sourceFile": "a.html", "error": "x"}, {"error": ["y", "z"]}]), ["a.html: x", "y", "z"]),
        (
            json.dumps({"sourceFile": "a.html", "files": [{"sourceFile": "b.html", "errors": {"detail": "deep"}}]}),
            [],
        ),
        (
            json.dumps(
                {"sourceFile": "a.html", "files": [{"sourceFile": "b.html", "inner": {"errorMessage": "deep"}}]}
            ),
            ["b.html: deep"],
        ),
    ],
)
def test_errors_are_read_leniently_from_the_details_file(text, expected):
    assert job_output._detail_errors(text) == expected


def test_an_evaluation_job_waits_for_a_free_place_among_amazons_ten(sample_store):
    from amts_gui.engines.amazon.batch import MAX_CONCURRENT_JOBS

    translate = FakeTranslate()
    jobs = act(sample_store, translate)
    segments = chapter_segments(sample_store, CHAPTER)[:2]
    running = [jobs.submit_evaluation(CHAPTER, segments, "en", "zh", f"tag-{n}") for n in range(MAX_CONCURRENT_JOBS)]
    assert MAX_CONCURRENT_JOBS == 10 and len(translate.started) == 10
    with pytest.raises(EngineError, match="10 batch jobs are already running"):
        jobs.submit_evaluation(CHAPTER, segments, "en", "zh", "tag-eleventh")
    assert len(translate.started) == 10  # nothing paid for
    update_job(sample_store, running[0].id, status="done")  # a place frees up: the eleventh starts
    jobs.submit_evaluation(CHAPTER, segments, "en", "zh", "tag-eleventh")
    assert len(translate.started) == 11
