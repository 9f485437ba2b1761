"""`amts pipeline` killed in the middle and run again: every job is submitted once, every draft lands once."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from amts_gui.cli.main import main
from amts_gui.core.project.jobs import list_jobs
from amts_gui.core.project.segments import live_segment_ids
from tests.conftest import REPO
from tests.engines.pipeline.test_pipeline import act_drafts
from tests.two_targets import on_the_doubles

pytestmark = pytest.mark.parametrize("aws", ["json"], indirect=True)


def pipeline_args(store, aws) -> list[str]:
    endpoints = ["--endpoint-url", aws.double.endpoint, "--s3-endpoint-url", aws.settings.s3_endpoint]
    return ["pipeline", str(store.path), "--yes", "--wait", "--timeout", "120", *endpoints]


def test_a_pipeline_killed_while_its_jobs_run_submits_each_job_once(two_targets, aws, capsys):
    store = two_targets
    on_the_doubles(store, aws)
    aws.double.job_seconds = 4  # the jobs are still running when the process dies
    command = [sys.executable, "-m", "amts_gui.cli.main", *pipeline_args(store, aws)]
    run = subprocess.Popen(command, cwd=REPO, env=dict(os.environ), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while not aws.double.jobs:  # a job has started: the run is in the middle
        assert run.poll() is None and time.monotonic() < deadline, run.stderr.read() if run.stderr else ""
        time.sleep(0.05)
    os.kill(run.pid, signal.SIGKILL)
    run.wait(timeout=10)
    started_before = aws.double.count("StartTextTranslationJob")
    # a job whose start the service took but the project had not recorded yet is started again with its saved
    # ClientToken (one more call, no second job), like a job not yet sent: at most one more call per target
    recorded = sum(1 for job in list_jobs(store, every_target=True) if job.job_id)
    assert main(pipeline_args(store, aws)) == 0, capsys.readouterr().err
    out = capsys.readouterr().out
    assert "timeline" in out and "zh: done" in out and "es: done" in out
    assert len(aws.double.jobs) == 2  # one paid job per target, whatever the kill interrupted
    assert sorted(j["TargetLanguageCodes"][0] for j in aws.double.jobs.values()) == ["es", "zh"]
    assert aws.double.count("StartTextTranslationJob") <= started_before + 2 - recorded
    assert aws.double.count("CreateParallelData") == 2 and aws.double.count("UpdateParallelData") == 0
    live = live_segment_ids(store)
    for lang in ("zh", "es"):
        drafts = act_drafts(store.for_target(lang))
        assert set(drafts) == live and all(len(texts) == 1 for texts in drafts.values()), lang
    assert main(pipeline_args(store, aws)) == 0  # a third run finds nothing to send
    assert len(aws.double.jobs) == 2
