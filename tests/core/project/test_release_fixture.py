"""The project made by the release of 2026-11 (tests/fixtures/projects/): today's code opens it with
nothing lost. The multi-target migration (issue 22) starts from exactly this."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest

from amts_gui.core.project.chapters import list_chapters
from amts_gui.core.project.jobs import list_jobs
from amts_gui.core.project.pairs import list_pairs
from amts_gui.core.project.review import State, chapter_progress
from amts_gui.core.project.store import Store
from amts_gui.core.project.terms import list_terms
from amts_gui.engines.amazon.settings import load_settings

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


def test_the_migration_makes_it_a_single_target_project_with_nothing_lost(tmp_path):
    import sqlite3

    path = tmp_path / "release.amts"
    shutil.copy(FIXTURE, path)
    before = sqlite3.connect(path)
    old_counts = {t: before.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in _OWNED_BEFORE}
    old_refs = {
        path: (text, mark)
        for path, text, mark in before.execute(
            "SELECT path, reference_text, aligned_from FROM chapters WHERE reference_text IS NOT NULL"
        )
    }
    before.execute("INSERT INTO settings VALUES ('aws.parallel_data_name', 'd2l-zh'), ('aws.region', 'eu-west-1')")
    before.commit()
    before.close()

    store = Store(path)
    assert "0014_targets" in store.migrations()
    assert list(tmp_path.glob("release.amts.*.bak")), "the project before the migration is kept"
    assert store.targets() == ["zh"] and store.target == "zh"
    assert store.settings().target_root == "resources/demo/zh"
    aws = load_settings(store)  # the parallel data became zh's own; the region stays the project's
    assert (aws.parallel_data_name, aws.region) == ("d2l-zh", "eu-west-1")
    assert store.db.execute("SELECT key FROM target_settings").fetchall() == [
        ("aws.parallel_data_name",),
        ("target_root",),
    ]
    assert store.db.execute("PRAGMA foreign_key_check").fetchall() == []
    for table, n in old_counts.items():
        by_target = dict(store.db.execute(f"SELECT target_lang, COUNT(*) FROM {table} GROUP BY target_lang"))
        assert by_target == ({"zh": n} if n else {}), table
    refs = {
        path: (text, mark)
        for path, text, mark in store.db.execute(
            "SELECT c.path, r.text, r.aligned_from FROM chapter_references r JOIN chapters c ON c.id = r.chapter_id"
        )
    }
    assert refs == old_refs and len(refs) == 1  # the reference and its alignment mark: no re-align needed
    columns = {r[1] for r in store.db.execute("PRAGMA table_info(chapters)")}
    assert not columns & {"reference_text", "reference_path", "reference_hash", "aligned_from"}


_OWNED_BEFORE = ("drafts", "finals", "pairs", "jobs", "sync_history", "terms", "scores", "editing_log")


def test_a_target_added_to_the_migrated_project_starts_empty_and_leaves_zh_alone(release_store, tmp_path):
    from amts_gui.core.project.pairs import count_pairs
    from amts_gui.core.project.targets import add_target, remove_target

    zh_before = {state: sum(p.counts[state] for p in chapter_progress(release_store)) for state in State}
    es = add_target(release_store, "es")
    assert release_store.targets() == ["zh", "es"]
    progress = chapter_progress(es)
    assert sum(p.counts[State.UNTRANSLATED] for p in progress) == 58
    assert not any(p.reference for p in progress)
    assert count_pairs(es) == 0 and list_terms(es) == [] and list_jobs(es) == []
    assert {state: sum(p.counts[state] for p in chapter_progress(release_store)) for state in State} == zh_before
    backup = remove_target(release_store, "es")
    assert release_store.targets() == ["zh"] and backup.exists()
    assert Store(backup).targets() == ["zh", "es"]


def test_the_release_s_finals_keep_the_draft_they_were_edited_from_and_its_chapters_their_file(release_store):
    """Migrations 0015 and 0016 (issue 29): each final gets the latest draft older than itself, which a later
    draft no longer replaces; chapters imported before have no file on record until their next import."""
    from amts_gui.core.project.finals import drafts_edited_from

    store = release_store
    assert store.migrations()[-5:] == [
        "0015_chapter_source_file",
        "0016_final_draft",
        "0017_segment_marks",
        "0018_term_senses",
        "0019_pair_inline",
    ]
    finals = store.db.execute("SELECT segment_id, updated_at, draft_id FROM finals").fetchall()
    assert len(finals) == 2
    for segment, saved, draft_id in finals:
        expected = store.db.execute(
            "SELECT id FROM drafts WHERE segment_id = ? AND created_at <= ? ORDER BY created_at DESC, id DESC LIMIT 1",
            [segment, saved],
        ).fetchone()
        assert draft_id == (expected[0] if expected else None)
    edited_from = drafts_edited_from(store, [f[0] for f in finals])
    assert set(edited_from) == {f[0] for f in finals if f[2] is not None}
    assert all(c.source_file is None for c in list_chapters(store))


def test_migration_0016_gives_an_older_final_the_latest_draft_before_it(tmp_path):
    import sqlite3

    from amts_gui.core.project.chapters import import_chapter
    from amts_gui.core.project.finals import accept_segment, drafts_edited_from
    from amts_gui.core.project.rows import Draft
    from amts_gui.core.project.segments import add_drafts, live_segments

    store = Store.create(tmp_path / "old.amts", "en", "zh")
    import_chapter(store, "c.md", "# Title\n\nOne sentence.\n")
    sid = live_segments(store, "c.md")[1].id
    add_drafts(store, [Draft(sid, "第一稿。", "tm", "tm")])
    accept_segment(store, sid, "定稿。")
    time.sleep(0.005)  # stamps are in milliseconds: a draft of the same millisecond would tie with the final
    add_drafts(store, [Draft(sid, "后来的稿。", "tm", "tm")])  # after the final: not what it was edited from
    store.close()
    db = sqlite3.connect(tmp_path / "old.amts")  # as a project of the release before 0016 was
    db.execute("ALTER TABLE finals DROP COLUMN draft_id")
    db.execute("DELETE FROM _migrations WHERE name = '0016_final_draft'")
    db.commit()
    db.close()
    assert drafts_edited_from(Store(tmp_path / "old.amts"), [sid]) == {sid: "第一稿。"}
