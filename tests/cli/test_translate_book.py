"""`amts translate --all` and repeated --chapter: one ACT batch job for the book, or as few as
Amazon's limits allow, sending only the segments that have no draft yet."""

from __future__ import annotations

import pytest

from amts_gui.cli.main import main
from amts_gui.core.project.jobs import list_jobs
from amts_gui.core.project.review import review_rows
from amts_gui.core.project.segments import undrafted_segments
from amts_gui.core.project.store import Store
from amts_gui.engines.amazon import job_documents
from tests.cli.test_engine_commands import CHAPTER, configure, run
from tests.conftest import DEMO, create_sample_project

SECOND = "second/copy.md"


@pytest.fixture
def book(tmp_path):
    """The sample chapter twice (under two names), its first half drafted from the memory."""
    from amts_gui.core.parallel.project_pairs import align_chapter
    from amts_gui.core.project.chapters import import_chapter
    from amts_gui.engines.drafting import draft_chapter
    from amts_gui.engines.memory import MemoryEngine

    path = tmp_path / "book.amts"
    store = create_sample_project(path)
    text = (DEMO / "en" / CHAPTER).read_text(encoding="utf-8")
    import_chapter(store, SECOND, text.replace("# ", "# Copy: ", 1))
    align_chapter(store, CHAPTER)
    rows = review_rows(store, CHAPTER)
    draft_chapter(store, CHAPTER, MemoryEngine.for_project(store), only=[r.id for r in rows[: len(rows) // 2]])
    store.close()
    return str(path)


def test_all_sends_only_undrafted_segments_in_one_job(capsys, book, aws):
    endpoints = configure(capsys, book, aws)
    assert run(capsys, "pairs", "push", book, "--quiet", *endpoints)[0] == 0
    store = Store(book)
    wanted = undrafted_segments(store)
    assert set(wanted) == {CHAPTER, SECOND}
    code, out, err = run(capsys, "translate", book, "--all", "--engine", "amazon-act", "--yes", "--wait", *endpoints)
    assert code == 0, err
    [job] = list_jobs(store)
    sent = {s for doc in job.params["documents"].values() for s in doc["markup"]}
    assert sent == {s for ids in wanted.values() for s in ids}
    assert undrafted_segments(store) == {}
    code, out, _ = run(capsys, "translate", book, "--all", "--engine", "amazon-act", "--yes", *endpoints)
    assert code == 0 and "nothing to translate" in out and len(list_jobs(store)) == 1
    store.close()


def test_a_set_over_the_limits_is_split_into_documents_and_jobs(capsys, book, aws, monkeypatch):
    monkeypatch.setattr(job_documents, "MAX_DOCUMENT_BYTES", 3_000)  # chapters go in parts
    monkeypatch.setattr(job_documents, "MAX_JOB_BYTES", 7_000)  # and the parts in several jobs
    endpoints = configure(capsys, book, aws)
    assert run(capsys, "pairs", "push", book, "--quiet", *endpoints)[0] == 0
    translate = ["translate", book, "--chapter", CHAPTER, "--chapter", SECOND, "--engine", "amazon-act", "--yes"]
    code, out, err = run(capsys, *translate, "--wait", *endpoints)
    assert code == 0, err
    store = Store(book)
    jobs = list_jobs(store)
    assert len(jobs) >= 2 and all(j.status == "done" for j in jobs)
    documents = [doc for j in jobs for doc in j.params["documents"].values()]
    assert len(documents) > 2  # parts
    for job in jobs:
        assert sum(len(d["html"].encode()) for d in job.params["documents"].values()) <= 7_000
    for chapter in (CHAPTER, SECOND):
        assert all(r.draft is not None and r.draft.engine == "amazon-act" for r in review_rows(store, chapter))
    store.close()


def test_more_jobs_than_amazon_runs_at_once_are_refused_before_any_is_started(capsys, book, aws, monkeypatch):
    monkeypatch.setattr(job_documents, "MAX_DOCUMENT_BYTES", 600)
    monkeypatch.setattr(job_documents, "MAX_JOB_BYTES", 600)
    endpoints = configure(capsys, book, aws)
    code, _, err = run(capsys, "translate", book, "--all", "--engine", "amazon-act", "--yes", *endpoints)
    assert code == 2 and "batch jobs and only 10 can start now" in err
    store = Store(book)
    assert list_jobs(store) == [] and not aws.double.jobs
    store.close()


def test_chapter_and_all_together_are_refused(capsys, book):
    code, _, err = run(capsys, "translate", book, "--all", "--chapter", CHAPTER)
    assert code == 2 and "not both" in err
    assert main(["translate", book]) == 2
