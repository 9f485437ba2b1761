"""Paid output is fetched exactly once, wherever a run of an ACT batch job is killed.

Each kill point stops the app at one step of submit → start → poll → fetch → store; a restarted app then
runs ``resume`` (as ``amts jobs --resume`` and the app's start do).  The service (the double) carries on
meanwhile, so a job may have finished before anyone asks again.  The drafts must land once, for every
segment, and a second resume must find nothing left to do.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from dataclasses import replace

import pytest

import amts_gui.engines.amazon.batch as batch
from amts_gui.core.parallel.project_pairs import align_chapter
from amts_gui.core.project.jobs import list_jobs
from amts_gui.core.project.segments import live_segments
from amts_gui.engines.amazon.settings import save_settings
from tests.conftest import REPO
from tests.engines.amazon.test_against_the_double import (
    CHAPTER,
    jobs_for,
    latest_drafts,
    parallel_data_for,
    quick_polling,
)


class Killed(BaseException):
    """The process dies here (a BaseException, as KeyboardInterrupt: nothing catches it on the way)."""


class Dying:
    """A client that dies at the ``at``-th call of ``operation``, before or after the call reaches AWS."""

    def __init__(self, client, operation: str, *, after_call: bool, at: int = 1) -> None:
        self.client, self.operation, self.after_call, self.left = client, operation, after_call, at

    def __getattr__(self, name):
        call = getattr(self.client, name)
        if name != self.operation:
            return call

        def dying(**kw):
            self.left -= 1
            if self.left:
                return call(**kw)
            if self.after_call:
                call(**kw)
            raise Killed

        return dying


def _ready(sample_store, aws) -> None:
    align_chapter(sample_store, CHAPTER)
    parallel_data_for(sample_store, aws).push()


def _all_jobs_finished_at_the_service(aws) -> None:
    deadline = time.monotonic() + 30
    while any(j["JobStatus"] in ("SUBMITTED", "IN_PROGRESS") for j in aws.double.jobs.values()):
        assert time.monotonic() < deadline
        time.sleep(0.05)


def _drafts_landed_once(sample_store, aws) -> None:
    segments = live_segments(sample_store, CHAPTER)
    rows = sample_store.db.query("SELECT segment_id FROM drafts WHERE engine = 'amazon-act'")
    assert sorted(r["segment_id"] for r in rows) == sorted(s.id for s in segments)  # each exactly once
    assert len(aws.double.jobs) == 1  # and one paid job
    assert [j.status for j in list_jobs(sample_store)] == ["done"]
    assert jobs_for(sample_store, aws).resume(timeout=30) == []  # nothing left to do


KILL_POINTS = {
    # name: (service, operation, dies after the call reached AWS, which call)
    "uploading the input": ("s3", "put_object", False, 1),
    "start call sent, answer lost": ("translate", "start_text_translation_job", True, 1),
    "polling": ("translate", "describe_text_translation_job", False, 1),
    "listing the output": ("s3", "list_objects_v2", False, 1),
    "reading the output": ("s3", "get_object", False, 1),
}


@pytest.mark.parametrize("finished_meanwhile", [False, True], ids=["resumed-while-running", "finished-meanwhile"])
@pytest.mark.parametrize("point", list(KILL_POINTS))
def test_a_kill_at_any_step_still_fetches_the_output_exactly_once(sample_store, aws, point, finished_meanwhile):
    _ready(sample_store, aws)
    service, operation, after_call, at = KILL_POINTS[point]
    client = getattr(aws.services, service)
    dying = replace(aws.services, **{service: Dying(client, operation, after_call=after_call, at=at)})
    jobs = batch.ActJobs(sample_store, dying, polling=quick_polling())
    with pytest.raises(Killed):
        jobs.wait(jobs.submit([CHAPTER]), timeout=30)
    if finished_meanwhile:
        _all_jobs_finished_at_the_service(aws)
    resumed = jobs_for(sample_store, aws).resume(timeout=30)
    assert [j.status for j in resumed] == ["done"]
    _drafts_landed_once(sample_store, aws)


def test_a_kill_while_storing_the_drafts_leaves_none_and_resume_stores_them_once(sample_store, aws, monkeypatch):
    _ready(sample_store, aws)
    real = batch.add_drafts

    def power_cut(store, drafts):
        real(store, drafts)  # written inside the transaction, which never commits
        raise Killed

    monkeypatch.setattr(batch, "add_drafts", power_cut)
    jobs = jobs_for(sample_store, aws)
    with pytest.raises(Killed):
        jobs.wait(jobs.submit([CHAPTER]), timeout=30)
    assert latest_drafts(sample_store, "amazon-act") == {}
    monkeypatch.setattr(batch, "add_drafts", real)
    assert [j.status for j in jobs_for(sample_store, aws).resume(timeout=30)] == ["done"]
    _drafts_landed_once(sample_store, aws)


def test_a_process_killed_during_the_start_call_loses_nothing(sample_store, aws, capsys):
    """The real thing: ``amts translate --engine amazon-act`` is SIGKILLed while the service holds back its
    answer to StartTextTranslationJob; the job runs to the end at the service; ``amts jobs --resume``
    replays the start (same ClientToken), hears COMPLETED at once, and must still fetch the drafts."""
    from amts_gui.cli.main import main

    if aws.protocol != "json":
        pytest.skip("the killed process speaks botocore's own choice (JSON); the kill points above cover CBOR")
    _ready(sample_store, aws)
    save_settings(sample_store, aws.settings)
    aws.double.start_delay = 30
    command = [
        sys.executable,
        "-m",
        "amts_gui.cli.main",
        "translate",
        str(sample_store.path),
        "--chapter",
        CHAPTER,
        "--engine",
        "amazon-act",
        "--yes",
        "--endpoint-url",
        aws.double.endpoint,
        "--s3-endpoint-url",
        aws.settings.s3_endpoint,
    ]
    run = subprocess.Popen(command, cwd=REPO, env=dict(os.environ), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while not aws.double.jobs:  # the start call has reached the service
        assert run.poll() is None and time.monotonic() < deadline, run.stderr.read() if run.stderr else ""
        time.sleep(0.05)
    os.kill(run.pid, signal.SIGKILL)
    run.wait(timeout=10)
    aws.double.start_delay = 0
    _all_jobs_finished_at_the_service(aws)
    [pending] = list_jobs(sample_store, active_only=True)
    assert pending.status == "pending" and pending.job_id is None
    args = ["--endpoint-url", aws.double.endpoint, "--s3-endpoint-url", aws.settings.s3_endpoint]
    assert main(["jobs", str(sample_store.path), "--resume", "--timeout", "30", *args]) == 0
    assert aws.double.count("StartTextTranslationJob") == 2
    _drafts_landed_once(sample_store, aws)
    capsys.readouterr()


def test_a_push_killed_while_amazon_imports_is_recorded_when_it_lands_and_not_sent_again(
    sample_store, aws, monkeypatch
):
    from amts_gui.core.project.pushes import push_history
    from amts_gui.engines.amazon.parallel_data import ParallelData

    align_chapter(sample_store, CHAPTER)
    real = ParallelData._settled
    monkeypatch.setattr(ParallelData, "_settled", lambda *a, **k: (_ for _ in ()).throw(Killed()))
    with pytest.raises(Killed):
        parallel_data_for(sample_store, aws).push(reuse_unchanged=True)
    assert [r.status for r in push_history(sample_store)] == ["IMPORTING"]
    monkeypatch.setattr(ParallelData, "_settled", real)
    result = parallel_data_for(sample_store, aws).push(reuse_unchanged=True)
    assert result.status == "ACTIVE" and "not sent again" in result.message
    assert [r.status for r in push_history(sample_store)] == ["ACTIVE"]
    assert aws.double.count("CreateParallelData") == 1 and aws.double.count("UpdateParallelData") == 0
    assert parallel_data_for(sample_store, aws).push(reuse_unchanged=True).status == "ACTIVE"
    assert aws.double.count("UpdateParallelData") == 0  # the same data again: still nothing sent
