"""Batch-job rows and the parallel-data push history, on their own (no AWS)."""

from __future__ import annotations

import time
import uuid

import pytest

from amts_gui.core.overview.counts import pair_counts
from amts_gui.core.parallel.formats import FLAGGED
from amts_gui.core.project import jobs, pushes
from amts_gui.core.project.jobs import JobRecord, create_job, get_job, list_jobs, new_client_token, update_job
from amts_gui.core.project.pairs import add_pairs
from amts_gui.core.project.pushes import active_version, push_history, push_summary, record_push
from amts_gui.core.project.rows import NewPair


def test_a_new_job_is_pending_with_its_token_and_params(project):
    job = create_job(project, "amazon-act", {"job_key": "k1", "documents": {"a.html": {"chapter": "a.md"}}}, "tok-1")
    assert isinstance(job, JobRecord)
    assert (job.engine, job.client_token, job.job_id, job.status) == ("amazon-act", "tok-1", None, "pending")
    assert (job.service_status, job.message, job.detail) == (None, None, {})
    assert job.params == {"job_key": "k1", "documents": {"a.html": {"chapter": "a.md"}}}
    assert job.key == "k1" and job.active
    assert job.created_at == job.updated_at and job.created_at.endswith("+00:00")
    assert get_job(project, job.id) == job


def test_a_job_without_a_token_gets_a_fresh_uuid(project):
    first = create_job(project, "amazon-act", {"job_key": "a"})
    second = create_job(project, "amazon-act", {"job_key": "b"})
    assert str(uuid.UUID(first.client_token)) == first.client_token
    assert first.client_token != second.client_token
    assert str(uuid.UUID(new_client_token())) != new_client_token()


def test_updates_change_only_what_is_named_and_keep_detail_as_json(project):
    job = create_job(project, "amazon-act", {"job_key": "k"})
    running = update_job(project, job.id, job_id="J-1", status="running", service_status="IN_PROGRESS")
    assert (running.job_id, running.status, running.service_status, running.params) == (
        "J-1",
        "running",
        "IN_PROGRESS",
        {"job_key": "k"},
    )
    assert running.updated_at >= job.updated_at and running.created_at == job.created_at
    done = update_job(project, job.id, status="partial", detail={"drafts": 3, "missing_chapters": ["b.md"]})
    assert done.detail == {"drafts": 3, "missing_chapters": ["b.md"]} and done.job_id == "J-1"
    assert not done.active and done.status in jobs.FINAL_STATUSES


def test_unknown_job_is_bad_input_and_an_unknown_column_is_refused(project):
    from amts_gui.core.errors import InputError

    with pytest.raises(InputError, match=r"^no batch job 99 in this project; `amts jobs PROJECT` lists them$"):
        get_job(project, 99)
    job = create_job(project, "amazon-act", {"job_key": "k"})
    with pytest.raises(ValueError, match="a job has no changeable column 'engine'"):
        update_job(project, job.id, engine="other")
    assert get_job(project, job.id) == job


def test_json_columns_are_stored_readably_and_in_a_stable_order(project):
    job = create_job(project, "amazon-act", {"job_key": "k", "chapter": "第一章"})
    update_job(project, job.id, detail={"b": 1, "a": "缺失"})
    params, detail = project.db.execute("SELECT params, detail FROM jobs WHERE id = ?", [job.id]).fetchone()
    assert params == '{"chapter": "第一章", "job_key": "k"}' and detail == '{"a": "缺失", "b": 1}'


def test_jobs_list_in_order_and_the_active_ones_alone(project):
    ids = [create_job(project, "amazon-act", {"job_key": str(i)}).id for i in range(4)]
    update_job(project, ids[1], status="running")
    update_job(project, ids[2], status="done")
    update_job(project, ids[3], status="failed")
    assert [j.id for j in list_jobs(project)] == ids
    assert [(j.id, j.status) for j in list_jobs(project, active_only=True)] == [
        (ids[0], "pending"),
        (ids[1], "running"),
    ]
    assert jobs.ACTIVE_STATUSES == ("queued", "pending", "running") and jobs.AT_SERVICE == ("pending", "running")


def test_a_queued_job_is_unfinished_but_takes_no_place_at_amazon_and_places_count_every_target(project):
    from amts_gui.core.project.targets import add_target

    running = create_job(project, "amazon-act", {"job_key": "r"})
    update_job(project, running.id, status="running")
    queued = create_job(project, "amazon-act", {"job_key": "q"}, queued=True)
    es = add_target(project, "es")
    create_job(es, "amazon-act", {"job_key": "e"})
    assert queued.status == "queued" and queued.active
    assert jobs.jobs_at_service(project) == 2  # zh's running job and es's pending one; not the queued one
    assert [j.key for j in list_jobs(project)] == ["r", "q"]
    assert [j.key for j in list_jobs(es)] == ["e"] and list_jobs(es)[0].target_lang == "es"
    assert [j.key for j in list_jobs(es, every_target=True)] == ["r", "q", "e"]


def test_push_history_keeps_every_push_with_its_detail(project):
    first = record_push(project, "d2l", "v1", "UPLOADING", 10, {"s3_key": "a/v1.tmx"})
    record_push(project, "other", "v1", "ACTIVE", 3, {})
    pushes.update_push(project, first, "ACTIVE", {"s3_key": "a/v1.tmx", "imported": 10})
    history = push_history(project, "d2l")
    assert [(h.id, h.resource, h.version, h.status, h.pairs) for h in history] == [(first, "d2l", "v1", "ACTIVE", 10)]
    assert history[0].detail == {"s3_key": "a/v1.tmx", "imported": 10}
    assert [h.resource for h in push_history(project)] == ["d2l", "other"]


def test_the_active_version_is_the_newest_accepted_push_of_that_resource(project):
    assert active_version(project, "d2l") is None
    record_push(project, "d2l", "v1", "ACTIVE", 1, {})
    record_push(project, "d2l", "v2", "ACTIVE", 1, {})
    record_push(project, "d2l", "v3", "FAILED", 1, {})
    record_push(project, "elsewhere", "v9", "ACTIVE", 1, {})
    assert active_version(project, "d2l") == "v2"


def _pair(project, source: str, *, flagged: int = 0, granularity: str = "sentence") -> None:
    add_pairs(project, [NewPair(source, "译", "imported", flagged=bool(flagged), granularity=granularity)])


def test_the_summary_shows_the_last_push_and_counts_unflagged_sentence_pairs_since_the_last_good_one(project):
    _pair(project, "one")
    _pair(project, "doubtful", flagged=1)
    _pair(project, "a paragraph", granularity="paragraph")
    empty = push_summary(project)
    assert (empty.last_status, empty.last_at, empty.last_version, empty.good_at, empty.message) == (
        None,
        None,
        None,
        None,
        "",
    )
    assert pair_counts(project).to_push == 1 and pair_counts(project).kept_out == {FLAGGED: 1}
    record_push(project, "d2l", "v1", "ACTIVE", 1, {})
    time.sleep(0.002)  # stamps have milliseconds: the next pair is newer than the push
    _pair(project, "two")
    record_push(project, "d2l", "v2", "FAILED", 2, {"message": "bad file"})
    record_push(project, f"d2l{pushes.EVALUATION_INFIX}ch-sent", "v1", "ACTIVE", 1, {})  # evaluation: not counted
    summary = push_summary(project)
    last = push_history(project, "d2l")[-1]
    assert (summary.last_status, summary.last_at, summary.last_version) == ("FAILED", last.created_at, "v2")
    assert summary.good_at == push_history(project, "d2l")[0].created_at
    assert (pair_counts(project).to_push, summary.message) == (1, "bad file")
    record_push(project, "d2l", "v3", "ACTIVE", 2, {})
    assert (pair_counts(project).to_push, push_summary(project).message) == (0, "")
