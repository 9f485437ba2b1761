"""Queued jobs: nothing is sent until a place is free; stopping one sends nothing; resuming every target
fetches each job's drafts into its own target."""

from __future__ import annotations

from dataclasses import replace

import pytest

from amts_gui.core.parallel.project_pairs import align_chapter
from amts_gui.core.project.jobs import list_jobs
from amts_gui.core.project.pairs import add_pairs
from amts_gui.core.project.rows import NewPair
from amts_gui.core.project.segments import live_segments
from amts_gui.core.project.targets import add_target
from amts_gui.engines.amazon import batch
from amts_gui.engines.amazon.batch import ActJobs, resume_every_target
from amts_gui.engines.amazon.parallel_data import ParallelData
from amts_gui.engines.amazon.services import AmazonServices
from tests.engines.amazon.test_against_the_double import quick_polling
from tests.gui.helpers import CHAPTER

pytestmark = pytest.mark.parametrize("aws", ["json"], indirect=True)


def services_named(aws, name: str) -> AmazonServices:
    return AmazonServices.connect(replace(aws.settings, parallel_data_name=name))


def test_queued_jobs_wait_for_places_and_land_in_their_own_targets(sample_store, aws, monkeypatch):
    align_chapter(sample_store, CHAPTER)
    es = add_target(sample_store, "es")
    rows = live_segments(es, CHAPTER)
    add_pairs(es, [NewPair(rows[1].source_markup, "Un clasificador convierte sus puntuaciones.", "imported")])
    zh_jobs = ActJobs(sample_store, services_named(aws, "book-en-zh"), polling=quick_polling())
    es_jobs = ActJobs(es, services_named(aws, "book-en-es"), polling=quick_polling())
    for store, jobs in ((sample_store, zh_jobs), (es, es_jobs)):
        ParallelData(store, jobs.services, polling=quick_polling()).push()
    monkeypatch.setattr(batch, "MAX_CONCURRENT_JOBS", 1)
    [zh_job] = zh_jobs.enqueue([CHAPTER])
    [es_job] = es_jobs.enqueue([CHAPTER])
    assert (zh_job.status, es_job.status, aws.double.count("StartTextTranslationJob")) == ("queued", "queued", 0)
    assert zh_jobs.start_queued(zh_job).status == "running"
    assert es_jobs.start_queued(es_job).status == "queued"  # the one place is zh's
    stopped = es_jobs.stop(es_jobs.enqueue([CHAPTER])[0])
    assert stopped.status == "stopped" and aws.double.count("StartTextTranslationJob") == 1  # never sent
    while any(j.active for j in list_jobs(sample_store, every_target=True)):
        resume_every_target(sample_store, zh_jobs.services)
    assert aws.double.count("StartTextTranslationJob") == 2
    assert [j.status for j in list_jobs(sample_store, every_target=True)] == ["done", "done", "stopped"]
    zh_rows, es_rows = live_segments(sample_store, CHAPTER), live_segments(es, CHAPTER)
    assert all(r.draft for r in zh_rows) and all(r.draft for r in es_rows)
    assert es_rows[1].draft == "Un clasificador convierte sus puntuaciones."  # ACT from es's own parallel data
    assert zh_rows[1].draft != es_rows[1].draft
