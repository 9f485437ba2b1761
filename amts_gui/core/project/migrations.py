"""Named schema migrations, applied in order, each recorded in ``_migrations``."""

from __future__ import annotations

import json
from collections.abc import Callable

from amts_gui.core.project.connection import Connection

Migration = tuple[str, Callable[[Connection], None]]


def _initial(db: Connection) -> None:
    db.execute("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    db.execute(
        """CREATE TABLE chapters (
            id INTEGER PRIMARY KEY,
            path TEXT NOT NULL UNIQUE,
            source_hash TEXT NOT NULL,
            source_text TEXT NOT NULL,
            reference_path TEXT,
            reference_hash TEXT,
            reference_text TEXT,
            imported_at TEXT NOT NULL,
            updated_at TEXT NOT NULL)"""
    )
    db.execute(
        """CREATE TABLE blocks (
            id TEXT PRIMARY KEY,
            chapter_id INTEGER NOT NULL REFERENCES chapters(id),
            position INTEGER NOT NULL,
            kind TEXT NOT NULL,
            line INTEGER NOT NULL,
            text TEXT NOT NULL,
            removed_at TEXT)"""
    )
    db.execute(
        """CREATE TABLE segments (
            id TEXT PRIMARY KEY,
            chapter_id INTEGER NOT NULL REFERENCES chapters(id),
            block_id TEXT NOT NULL REFERENCES blocks(id),
            position INTEGER NOT NULL,
            ordinal INTEGER NOT NULL,
            source TEXT NOT NULL,
            markup TEXT NOT NULL,
            source_markup TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            created_at TEXT NOT NULL,
            removed_at TEXT)"""
    )
    db.execute("CREATE INDEX segments_chapter ON segments(chapter_id, position)")
    db.execute(
        """CREATE TABLE drafts (
            id INTEGER PRIMARY KEY,
            segment_id TEXT NOT NULL REFERENCES segments(id),
            engine TEXT NOT NULL,
            variant TEXT NOT NULL,
            text TEXT NOT NULL,
            meta TEXT NOT NULL DEFAULT '{}',
            created_at TEXT NOT NULL)"""
    )
    db.execute("CREATE INDEX drafts_segment ON drafts(segment_id, created_at)")
    db.execute(
        """CREATE TABLE finals (
            segment_id TEXT PRIMARY KEY REFERENCES segments(id),
            text TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('new', 'draft', 'edited', 'accepted')),
            editor TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL)"""
    )
    db.execute(
        """CREATE TABLE pairs (
            id INTEGER PRIMARY KEY,
            source TEXT NOT NULL,
            target TEXT NOT NULL,
            source_lang TEXT NOT NULL,
            target_lang TEXT NOT NULL,
            origin TEXT NOT NULL CHECK (origin IN ('aligned', 'accepted', 'imported')),
            chapter_id INTEGER REFERENCES chapters(id),
            segment_id TEXT,
            confidence REAL,
            flagged INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL)"""
    )
    db.execute("CREATE INDEX pairs_chapter ON pairs(chapter_id)")
    db.execute(
        """CREATE TABLE jobs (
            id INTEGER PRIMARY KEY,
            engine TEXT NOT NULL,
            client_token TEXT NOT NULL UNIQUE,
            job_id TEXT,
            status TEXT NOT NULL,
            params TEXT NOT NULL DEFAULT '{}',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL)"""
    )
    db.execute(
        """CREATE TABLE sync_history (
            id INTEGER PRIMARY KEY,
            resource TEXT NOT NULL,
            version TEXT,
            status TEXT NOT NULL,
            pairs INTEGER NOT NULL,
            detail TEXT NOT NULL DEFAULT '{}',
            created_at TEXT NOT NULL)"""
    )


def _pair_granularity(db: Connection) -> None:
    """Pairs are sentence pairs or paragraph pairs; paragraph pairs reproduce the reference study."""
    db.execute(
        "ALTER TABLE pairs ADD COLUMN granularity TEXT NOT NULL DEFAULT 'sentence' "
        "CHECK (granularity IN ('sentence', 'paragraph'))"
    )
    db.execute("CREATE INDEX pairs_origin ON pairs(origin, chapter_id)")


def _job_state(db: Connection) -> None:
    """Batch jobs keep the service's status apart from ours, the service's message, and what came back."""
    db.execute("ALTER TABLE jobs ADD COLUMN service_status TEXT")
    db.execute("ALTER TABLE jobs ADD COLUMN message TEXT")
    db.execute("ALTER TABLE jobs ADD COLUMN detail TEXT NOT NULL DEFAULT '{}'")
    db.execute("CREATE INDEX jobs_status ON jobs(status)")


def _review_indexes(db: Connection) -> None:
    """The review table looks up each segment's reference pair and accepted pair."""
    db.execute("CREATE INDEX pairs_segment ON pairs(segment_id, origin)")


def _scores(db: Connection) -> None:
    """Scores are kept, so trends can be drawn; a sentence pair knows every segment of its bead."""
    db.execute("ALTER TABLE pairs ADD COLUMN segment_ids TEXT")  # JSON list; NULL means [segment_id]
    db.execute(
        """CREATE TABLE scores (
            id INTEGER PRIMARY KEY,
            run TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('project', 'evaluation')),
            chapter TEXT NOT NULL,
            variant TEXT NOT NULL,
            metric TEXT NOT NULL,
            value REAL NOT NULL,
            signature TEXT NOT NULL DEFAULT '',
            units INTEGER NOT NULL,
            covered INTEGER NOT NULL,
            direction TEXT NOT NULL,
            endpoint TEXT NOT NULL,
            created_at TEXT NOT NULL)"""
    )
    db.execute("CREATE INDEX scores_trend ON scores(kind, metric, chapter, created_at)")


def _pair_qa(db: Connection) -> None:
    """A pair accepted despite QA errors keeps them, and stays out of exports and pushes until fixed."""
    db.execute("ALTER TABLE pairs ADD COLUMN qa TEXT")  # JSON list of the errors; NULL: none


def _final_origin(db: Connection) -> None:
    """Finals filled in from an identical accepted sentence are marked, so a reviewer can find them; the
    index finds a sentence's repetitions across the book."""
    db.execute("ALTER TABLE finals ADD COLUMN origin TEXT")  # NULL: the translator's own; 'propagated'
    db.execute("CREATE INDEX segments_source ON segments(source_markup)")


def _pair_extra(db: Connection) -> None:
    """What a pair brought from another tool that is not its text: a TMX unit's inline codes (each with
    its native code and its original element), notes and props, written back on export."""
    db.execute("ALTER TABLE pairs ADD COLUMN extra TEXT")  # JSON, or NULL


def _glossary(db: Connection) -> None:
    """The project's glossary: a source term, its targets (the first preferred), forbidden targets, a note."""
    db.execute(
        """CREATE TABLE terms (
            id INTEGER PRIMARY KEY,
            source TEXT NOT NULL UNIQUE,
            targets TEXT NOT NULL,
            forbidden TEXT NOT NULL DEFAULT '[]',
            note TEXT NOT NULL DEFAULT '',
            case_sensitive INTEGER NOT NULL DEFAULT 0,
            do_not_translate INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL)"""
    )


def _editing_log(db: Connection) -> None:
    """The editing log: per segment, the active editing time and keystrokes of every visit, added up, and
    where its draft came from; no text beyond what the project already holds."""
    db.execute(
        """CREATE TABLE editing_log (
            segment_id TEXT PRIMARY KEY REFERENCES segments(id),
            seconds REAL NOT NULL DEFAULT 0,
            keystrokes INTEGER NOT NULL DEFAULT 0,
            inserted INTEGER NOT NULL DEFAULT 0,
            deleted INTEGER NOT NULL DEFAULT 0,
            visits INTEGER NOT NULL DEFAULT 0,
            origin TEXT NOT NULL,
            band TEXT NOT NULL,
            draft_chars INTEGER NOT NULL DEFAULT 0,
            kept_chars INTEGER NOT NULL DEFAULT 0,
            from_scratch INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL)"""
    )


def _pair_changes(db: Connection) -> None:
    """A log of the pairs written since the memory index beside the project was saved: the index
    stays valid and only the pairs logged here are read again when the project opens."""
    db.execute("CREATE TABLE pair_changes (seq INTEGER PRIMARY KEY AUTOINCREMENT, pair_id INTEGER NOT NULL)")
    for event, row in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")):
        db.execute(
            f"""CREATE TRIGGER pair_changes_{event.lower()} AFTER {event} ON pairs
                BEGIN INSERT INTO pair_changes (pair_id) VALUES ({row}.id); END"""
        )
    db.execute("INSERT INTO pair_changes (pair_id) VALUES (0)")  # seq 1: every existing pair predates any index


def _embeddings(db: Connection) -> None:
    """Sentence embeddings the aligner computed, keyed by the model and the text's hash, so that a
    re-align encodes only new sentences.  Stored as float16 (about 3 KB a sentence)."""
    db.execute(
        """CREATE TABLE embeddings (
            model TEXT NOT NULL,
            text_hash BLOB NOT NULL,
            units BLOB NOT NULL,
            tokens REAL NOT NULL,
            PRIMARY KEY (model, text_hash)) WITHOUT ROWID"""
    )


def _alignment_mark(db: Connection) -> None:
    """What a chapter's aligned pairs were made from (its source, its reference, the aligner and its
    settings, as one hash), so that aligning the book again skips the chapters that did not change."""
    db.execute("ALTER TABLE chapters ADD COLUMN aligned_from TEXT")


def _targets(db: Connection) -> None:
    """Several target languages per project (issue 22).  Segments belong to the source; drafts, finals,
    pairs, references, jobs, pushes, glossary entries, scores and the editing log belong to a target.
    Today's project becomes a single-target project: every row goes to its one target language."""
    db.execute("CREATE TABLE targets (lang TEXT PRIMARY KEY, position INTEGER NOT NULL, created_at TEXT NOT NULL)")
    db.execute(
        """CREATE TABLE target_settings (
            target_lang TEXT NOT NULL REFERENCES targets(lang),
            key TEXT NOT NULL,
            value TEXT NOT NULL,
            PRIMARY KEY (target_lang, key)) WITHOUT ROWID"""
    )
    db.execute(
        """CREATE TABLE chapter_references (
            chapter_id INTEGER NOT NULL REFERENCES chapters(id),
            target_lang TEXT NOT NULL REFERENCES targets(lang),
            path TEXT,
            hash TEXT NOT NULL,
            text TEXT NOT NULL,
            aligned_from TEXT,
            PRIMARY KEY (chapter_id, target_lang)) WITHOUT ROWID"""
    )
    _rebuild_with_target(db)
    for table in ("drafts", "jobs", "sync_history", "scores"):
        db.execute(f"ALTER TABLE {table} ADD COLUMN target_lang TEXT REFERENCES targets(lang)")
    db.execute("DROP INDEX drafts_segment")
    db.execute("CREATE INDEX drafts_segment ON drafts(segment_id, target_lang, created_at)")
    db.execute("DROP INDEX pairs_origin")
    db.execute("CREATE INDEX pairs_origin ON pairs(target_lang, origin, chapter_id)")
    db.execute("CREATE INDEX jobs_target ON jobs(target_lang, status)")
    row = db.execute("SELECT value FROM settings WHERE key = 'target_lang'").fetchone()
    if row is not None:  # an existing project: its one target takes every row
        _adopt_single_target(db, row[0])
    for table in _TARGET_TABLES:
        db.execute(f"DROP TABLE {table}_single")
    for column in ("reference_path", "reference_hash", "reference_text", "aligned_from"):
        db.execute(f"ALTER TABLE chapters DROP COLUMN {column}")


_TARGET_TABLES = {
    "finals": (
        """CREATE TABLE finals (
            segment_id TEXT NOT NULL REFERENCES segments(id),
            target_lang TEXT NOT NULL REFERENCES targets(lang),
            text TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('new', 'draft', 'edited', 'accepted')),
            editor TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            origin TEXT,
            PRIMARY KEY (segment_id, target_lang))""",
        "segment_id, text, status, editor, created_at, updated_at, origin",
    ),
    "editing_log": (
        """CREATE TABLE editing_log (
            segment_id TEXT NOT NULL REFERENCES segments(id),
            target_lang TEXT NOT NULL REFERENCES targets(lang),
            seconds REAL NOT NULL DEFAULT 0,
            keystrokes INTEGER NOT NULL DEFAULT 0,
            inserted INTEGER NOT NULL DEFAULT 0,
            deleted INTEGER NOT NULL DEFAULT 0,
            visits INTEGER NOT NULL DEFAULT 0,
            origin TEXT NOT NULL,
            band TEXT NOT NULL,
            draft_chars INTEGER NOT NULL DEFAULT 0,
            kept_chars INTEGER NOT NULL DEFAULT 0,
            from_scratch INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (segment_id, target_lang))""",
        "segment_id, seconds, keystrokes, inserted, deleted, visits, origin, band, draft_chars, kept_chars, "
        "from_scratch, created_at, updated_at",
    ),
    "terms": (
        """CREATE TABLE terms (
            id INTEGER PRIMARY KEY,
            target_lang TEXT NOT NULL REFERENCES targets(lang),
            source TEXT NOT NULL,
            targets TEXT NOT NULL,
            forbidden TEXT NOT NULL DEFAULT '[]',
            note TEXT NOT NULL DEFAULT '',
            case_sensitive INTEGER NOT NULL DEFAULT 0,
            do_not_translate INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            UNIQUE (target_lang, source))""",
        "id, source, targets, forbidden, note, case_sensitive, do_not_translate, created_at, updated_at",
    ),
}


def _rebuild_with_target(db: Connection) -> None:
    """Tables keyed by segment (or term) alone are rebuilt keyed by segment and target; their rows wait
    in the old tables, renamed, until the project's one target is known (``_adopt_single_target``)."""
    for table, (create, _columns) in _TARGET_TABLES.items():
        db.execute(f"ALTER TABLE {table} RENAME TO {table}_single")
        db.execute(create)


def _adopt_single_target(db: Connection, lang: str) -> None:
    db.execute("INSERT INTO targets (lang, position, created_at) VALUES (?, 0, datetime('now'))", [lang])
    # the settings that became each target's own, as they were named when this migration was written
    own = ["target_root", "aws.parallel_data_name", "aws.terminology_name", "aws.formality", "aws.profanity"]
    own += ["aws.brevity", "terms.pushed"]
    marks = ", ".join("?" * len(own))
    db.execute(f"INSERT INTO target_settings SELECT ?, key, value FROM settings WHERE key IN ({marks})", [lang, *own])
    gone = [*own, "target_lang", "memory.index_token"]  # the memory's index is now one per target, made anew
    db.execute(f"DELETE FROM settings WHERE key IN ({', '.join('?' * len(gone))})", gone)
    db.execute(
        """INSERT INTO chapter_references (chapter_id, target_lang, path, hash, text, aligned_from)
           SELECT id, ?, reference_path, reference_hash, reference_text, aligned_from FROM chapters
           WHERE reference_text IS NOT NULL""",
        [lang],
    )
    for table, (_create, columns) in _TARGET_TABLES.items():
        db.execute(f"INSERT INTO {table} (target_lang, {columns}) SELECT ?, {columns} FROM {table}_single", [lang])
    for table in ("drafts", "jobs", "sync_history", "scores"):
        db.execute(f"UPDATE {table} SET target_lang = ?", [lang])
    source = db.execute("SELECT value FROM settings WHERE key = 'source_lang'").fetchone()[0]
    db.execute(  # only where they differ: each update is logged for the memory index
        "UPDATE pairs SET target_lang = ?, source_lang = ? WHERE target_lang != ? OR source_lang != ?",
        [lang, source, lang, source],
    )


def _chapter_source_file(db: Connection) -> None:
    """The file each chapter was imported from, so that another file with the same name is refused, never taken
    for a new version of it (issue 29).  Chapters imported before are NULL: their first re-import records it."""
    db.execute("ALTER TABLE chapters ADD COLUMN source_file TEXT")


def _final_draft(db: Connection) -> None:
    """The draft each final was edited from, kept with the final: a later draft never changes what its post-edit
    effort is measured against (issue 29).  Finals saved before take the latest draft older than themselves."""
    db.execute("ALTER TABLE finals ADD COLUMN draft_id INTEGER")
    db.execute(
        """UPDATE finals SET draft_id = (SELECT d.id FROM drafts d WHERE d.segment_id = finals.segment_id
             AND d.target_lang = finals.target_lang AND d.created_at <= finals.updated_at
             ORDER BY d.created_at DESC, d.id DESC LIMIT 1)"""
    )


def _segment_marks(db: Connection) -> None:
    """A translator's comment on a segment, and its lock, per target language (issue 30)."""
    db.execute(
        """CREATE TABLE segment_marks (
            segment_id TEXT NOT NULL REFERENCES segments(id),
            target_lang TEXT NOT NULL REFERENCES targets(lang),
            comment TEXT,
            locked INTEGER NOT NULL DEFAULT 0,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (segment_id, target_lang))"""
    )


def _term_senses(db: Connection) -> None:
    """A glossary entry's variants, the phrases it never applies in, its "ambiguous" flag; and the findings
    a translator ignored in one segment (issue 31)."""
    for column in ("variants", "not_in"):
        db.execute(f"ALTER TABLE terms ADD COLUMN {column} TEXT NOT NULL DEFAULT '[]'")
    db.execute("ALTER TABLE terms ADD COLUMN ambiguous INTEGER NOT NULL DEFAULT 0")
    db.execute(
        """CREATE TABLE term_ignores (
            segment_id TEXT NOT NULL REFERENCES segments(id),
            target_lang TEXT NOT NULL REFERENCES targets(lang),
            term TEXT NOT NULL,
            created_at TEXT NOT NULL,
            PRIMARY KEY (segment_id, target_lang, term))"""
    )


def _pair_inline(db: Connection) -> None:
    """Imported pairs' inline codes by offset, their notes and props in order (issue 32)."""
    from amts_gui.core.project.pair_extra import upgrade_extra

    rows = db.execute("SELECT id, source, target, extra FROM pairs WHERE extra IS NOT NULL").fetchall()
    for pair_id, source, target, extra in rows:
        upgraded = json.dumps(upgrade_extra(json.loads(extra), source, target), ensure_ascii=False)
        db.execute("UPDATE pairs SET extra = ? WHERE id = ?", [upgraded, pair_id])


MIGRATIONS: list[Migration] = [
    ("0001_initial", _initial),
    ("0002_pair_granularity", _pair_granularity),
    ("0003_job_state", _job_state),
    ("0004_review_indexes", _review_indexes),
    ("0005_scores", _scores),
    ("0006_pair_qa", _pair_qa),
    ("0007_final_origin", _final_origin),
    ("0008_pair_extra", _pair_extra),
    ("0009_glossary", _glossary),
    ("0010_editing_log", _editing_log),
    ("0011_pair_changes", _pair_changes),
    ("0012_embeddings", _embeddings),
    ("0013_alignment_mark", _alignment_mark),
    ("0014_targets", _targets),
    ("0015_chapter_source_file", _chapter_source_file),
    ("0016_final_draft", _final_draft),
    ("0017_segment_marks", _segment_marks),
    ("0018_term_senses", _term_senses),
    ("0019_pair_inline", _pair_inline),
]
