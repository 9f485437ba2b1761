"""The project made by the release of 2026-11 (tests/fixtures/projects/): today's code opens it with
nothing lost. The multi-target migration (issue 22) starts from exactly this."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from amts_gui.core.project.chapters import list_chapters
from amts_gui.core.project.jobs import list_jobs
from amts_gui.core.project.pairs import list_pairs
from amts_gui.core.project.review import State, chapter_progress
from amts_gui.core.project.store import Store
from amts_gui.core.project.terms import list_terms

FIXTURE = Path(__file__).resolve().parents[2] / "fixtures" / "projects" / "release-2026-11.amts"


@pytest.fixture
def release_store(tmp_path):
    path = tmp_path / "release.amts"
    shutil.copy(FIXTURE, path)  # opening may migrate: never the fixture itself
    store = Store(path)
    yield store
    store.close()


def test_the_release_project_opens_with_everything_it_held(release_store):
    store = release_store
    settings = store.settings()
    assert (settings.source_lang, settings.target_lang) == ("en", "zh")
    assert len(list_chapters(store)) == 2
    totals = {state: sum(p.counts[state] for p in chapter_progress(store)) for state in State}
    assert totals == {State.UNTRANSLATED: 43, State.DRAFT: 13, State.EDITED: 1, State.ACCEPTED: 1}
    origins = sorted(p.origin for p in list_pairs(store))
    assert origins.count("aligned") == 55 and origins.count("accepted") == 1 and origins.count("imported") == 31
    assert len(list_terms(store)) == 8
    [job] = list_jobs(store)
    assert job.status == "COMPLETED" and job.client_token == "fixture-token"
    counts = {
        table: store.db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
        for table in ("sync_history", "scores", "editing_log", "embeddings")
    }
    assert counts == {"sync_history": 1, "scores": 1, "editing_log": 1, "embeddings": 60}
