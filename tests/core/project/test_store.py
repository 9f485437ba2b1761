from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from amts_gui.core.errors import ProjectError
from amts_gui.core.overview.counts import project_counts
from amts_gui.core.project import importer, migrations
from amts_gui.core.project.chapters import import_chapter, list_chapters, source_document
from amts_gui.core.project.connection import Connection
from amts_gui.core.project.export import render_chapter
from amts_gui.core.project.importer import import_paths
from amts_gui.core.project.pairs import add_pairs, list_pairs
from amts_gui.core.project.rows import Draft, NewPair
from amts_gui.core.project.segments import add_drafts, live_segments, set_final
from amts_gui.core.project.store import Store

CHAPTER_V1 = "# Title\n\nFirst sentence. Second sentence.\n\nA third paragraph.\n"
CHAPTER_V2 = "# Title\n\nFirst sentence. Second sentence changed.\n\nA third paragraph.\n\nBrand new.\n"


def test_project_uses_wal_and_records_migrations(project):
    assert project.db.journal_mode == "wal"
    assert project.migrations() == [name for name, _ in migrations.MIGRATIONS]
    assert project.settings().source_lang == "en"


def test_reimport_keeps_ids_drafts_and_finals_of_unchanged_segments(project):
    first = import_chapter(project, "ch.md", CHAPTER_V1)
    assert (first.added, first.kept, first.removed) == (4, 0, 0)
    before = {r.source: r.id for r in live_segments(project, "ch.md")}
    set_final(project, before["First sentence."], "第一句。", "accepted", "ana")
    add_drafts(project, [Draft(before["Second sentence."], "第二句。", "tm", "tm")])

    second = import_chapter(project, "ch.md", CHAPTER_V2)
    assert (second.added, second.kept, second.removed) == (2, 3, 1)
    after = {r.source: r for r in live_segments(project, "ch.md")}
    assert after["First sentence."].id == before["First sentence."]
    assert after["First sentence."].final == "第一句。"
    assert "Second sentence." not in after
    assert [r.source for r in live_segments(project, "ch.md")] == [
        "Title",
        "First sentence.",
        "Second sentence changed.",
        "A third paragraph.",
        "Brand new.",
    ]
    # the removed segment's draft is kept, not lost
    assert project.db.execute("SELECT COUNT(*) FROM drafts").fetchone()[0] == 1
    # a third version, imported twice: the second time nothing is new and nothing removed (the sentence
    # removed by v2 is not counted again); a sentence that comes back counts as added, with its old id
    third = import_chapter(project, "ch.md", CHAPTER_V1)
    assert (third.added, third.kept, third.removed) == (1, 3, 2)
    again = import_chapter(project, "ch.md", CHAPTER_V1)
    assert (again.added, again.kept, again.removed) == (0, 4, 0)
    assert {r.source: r.id for r in live_segments(project, "ch.md")}["Second sentence."] == before["Second sentence."]


def test_export_prefers_final_then_draft_then_source(project):
    import_chapter(project, "ch.md", CHAPTER_V1)
    ids = [r.id for r in live_segments(project, "ch.md")]
    set_final(project, ids[0], "标题", "accepted")
    add_drafts(project, [Draft(ids[1], "第一句草稿。", "tm", "tm")])
    add_drafts(project, [Draft(ids[2], "第二句草稿。", "tm", "tm")])
    set_final(project, ids[2], "第二句。", "edited")
    out = render_chapter(project, "ch.md").text
    assert out == "# 标题\n\n第一句草稿。第二句。\n\nA third paragraph.\n"


def test_untranslated_chapter_exports_identical(project):
    import_chapter(project, "ch.md", CHAPTER_V2)
    assert render_chapter(project, "ch.md").text == CHAPTER_V2


def test_failed_import_writes_nothing(project, tmp_path, monkeypatch):
    src = tmp_path / "src"
    (src / "a.md").write_text(CHAPTER_V1, encoding="utf-8")
    (src / "b.md").write_text(CHAPTER_V2, encoding="utf-8")
    real = importer.import_chapter
    calls = []

    def failing(store, name, *args, **kwargs):
        calls.append(name)
        if len(calls) == 2:
            raise RuntimeError("disk on fire")
        return real(store, name, *args, **kwargs)

    monkeypatch.setattr(importer, "import_chapter", failing)
    with pytest.raises(RuntimeError):
        import_paths(project, [src])
    assert list_chapters(project) == []
    assert project.db.execute("SELECT COUNT(*) FROM segments").fetchone()[0] == 0


def test_older_schema_is_migrated_in_place_after_a_backup(tmp_path, monkeypatch):
    path = tmp_path / "old.amts"
    store = Store.create(path, "en", "zh")
    import_chapter(store, "ch.md", CHAPTER_V1)
    store.close()
    shipped = [name for name, _ in migrations.MIGRATIONS]

    def add_column(db):
        db.execute("ALTER TABLE chapters ADD COLUMN note TEXT")

    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, ("0002_chapter_note", add_column)])
    monkeypatch.setattr("amts_gui.core.project.store.MIGRATIONS", migrations.MIGRATIONS)
    reopened = Store(path)
    assert "0002_chapter_note" in reopened.migrations()
    assert "note" in [r[1] for r in reopened.db.execute("PRAGMA table_info(chapters)")]
    backups = list(tmp_path.glob("old.amts.*.bak"))
    assert len(backups) == 1
    old = sqlite3.connect(backups[0])
    assert [r[0] for r in old.execute("SELECT name FROM _migrations ORDER BY name")] == shipped
    assert old.execute("SELECT COUNT(*) FROM segments").fetchone()[0] == 4
    old.close()
    assert len(live_segments(reopened, "ch.md")) == 4


def test_newer_or_foreign_files_are_refused(tmp_path):
    newer = tmp_path / "newer.amts"
    Store.create(newer, "en", "zh").db.execute("INSERT INTO _migrations VALUES ('9999_future', 'x')")
    with pytest.raises(ProjectError, match="newer AMTS Studio"):
        Store(newer)
    foreign = tmp_path / "foreign.amts"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE t (x)")
    conn.close()
    with pytest.raises(ProjectError, match="not an AMTS project"):
        Store(foreign)
    garbage = tmp_path / "garbage.amts"
    garbage.write_bytes(b"hello, not sqlite" * 100)
    with pytest.raises(ProjectError, match="not an AMTS project"):
        Store(garbage)


def test_each_thread_has_its_own_connection_and_writes_are_serialised(project):
    import_chapter(project, "ch.md", CHAPTER_V1)
    seg_ids = [r.id for r in live_segments(project, "ch.md")]
    connections = set()
    errors = []

    def work(n: int) -> None:
        try:
            connections.add(id(project.db))
            for i in range(20):
                add_drafts(project, [Draft(seg_ids[n % len(seg_ids)], f"draft {n}-{i}", "tm", "tm")])
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)
        finally:
            project.close()

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert len(connections) == 4
    assert project.db.execute("SELECT COUNT(*) FROM drafts").fetchone()[0] == 80


def test_pairs_and_stats(project):
    import_chapter(project, "ch.md", CHAPTER_V1)
    ids = [r.id for r in live_segments(project, "ch.md")]
    set_final(project, ids[0], "标题", "accepted")
    add_pairs(project, [NewPair("Title", "标题", "accepted", segment_id=ids[0])])
    with pytest.raises(ValueError):
        add_pairs(project, [NewPair("a", "b", "invented")])
    stats = project_counts(project)
    assert stats.pairs.sentence == 1
    assert stats.as_dict()["chapters"][0] == {
        "chapter": "ch.md",
        "segments": 4,
        "untranslated": 3,
        "draft": 0,
        "edited": 0,
        "accepted": 1,
        "reference": False,
    }


def test_create_refuses_to_overwrite(tmp_path: Path):
    Store.create(tmp_path / "a.amts", "en", "zh")
    with pytest.raises(ProjectError, match="already exists"):
        Store.create(tmp_path / "a.amts", "en", "zh")


KILL_SCRIPT = """
import sys
from amts_gui.core.project.chapters import import_chapter
from amts_gui.core.project.rows import Draft
from amts_gui.core.project.segments import add_drafts, live_segments
from amts_gui.core.project.store import Store
store = Store(sys.argv[1])
i = 0
while True:
    i += 1
    text = "# Title\\n\\n" + " ".join(f"Sentence {i} number {k}." for k in range(40)) + "\\n"
    import_chapter(store, f"ch{i % 3}.md", text)
    ids = [r.id for r in live_segments(store, f"ch{i % 3}.md")]
    for sid in ids[:10]:
        add_drafts(store, [Draft(sid, f"draft {i}", "tm", "tm")])
    print(i, flush=True)
"""


def test_a_killed_writer_leaves_the_project_consistent(tmp_path):
    import os
    import signal
    import subprocess
    import sys

    path = tmp_path / "k.amts"
    Store.create(path, "en", "zh").close()
    proc = subprocess.Popen([sys.executable, "-c", KILL_SCRIPT, str(path)], stdout=subprocess.PIPE, text=True)
    for _ in range(5):  # let it commit a few rounds, then kill it mid-write
        proc.stdout.readline()
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    store = Store(path)
    assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert store.db.execute("PRAGMA foreign_key_check").fetchall() == []
    for chapter in list_chapters(store):
        # every chapter row has the segments its source text produces: no half-imported chapter
        live = len(live_segments(store, chapter.path))
        assert live == sum(1 for _ in source_document(store, chapter.path).segments())


def test_pair_granularity_migration_keeps_existing_pairs_as_sentence_pairs(tmp_path):
    path = tmp_path / "v1.amts"
    db = Connection(sqlite3.connect(path, isolation_level=None))  # a project as the first release made it
    db.execute("CREATE TABLE _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
    name, first = migrations.MIGRATIONS[0]
    first(db)
    db.insert("_migrations", {"name": name, "applied_at": "x"})
    db.insert_all("settings", [{"key": "source_lang", "value": "en"}, {"key": "target_lang", "value": "zh"}])
    db.execute(
        "INSERT INTO pairs (source, target, source_lang, target_lang, origin, created_at, updated_at) "
        "VALUES ('Hello.', '你好。', 'en', 'zh', 'imported', 'x', 'x')"
    )
    db.close()
    reopened = Store(path)
    assert "0002_pair_granularity" in reopened.migrations()
    assert [(p.source, p.granularity) for p in list_pairs(reopened)] == [("Hello.", "sentence")]
