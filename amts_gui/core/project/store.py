"""The project store: one SQLite file (WAL) per project, every write in a transaction.

Each thread gets its own connection.  Segment ids are derived from the
chapter path, the segment's text and its occurrence number, so re-importing
unchanged text keeps ids – and with them drafts and finals.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import sqlite3
import threading
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from amts_gui.core.errors import ProjectError
from amts_gui.core.project.migrations import MIGRATIONS
from amts_gui.core.text.document import Document, SegmentKey, parse

FINAL_STATUSES = ("new", "draft", "edited", "accepted")
PAIR_ORIGINS = ("aligned", "accepted", "imported")
PAIR_GRANULARITIES = ("sentence", "paragraph")
_SETTING_KEYS = ("source_lang", "target_lang", "source_root", "target_root", "name")


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _stable_id(*parts: str) -> str:
    return hashlib.sha1("\x00".join(parts).encode("utf-8")).hexdigest()[:16]


def segment_ids(chapter: str, doc: Document) -> dict[SegmentKey, str]:
    """Stable ids for the segments of ``doc``: same chapter + same text + same occurrence → same id."""
    seen: Counter[str] = Counter()
    ids: dict[SegmentKey, str] = {}
    for seg in doc.segments():
        seen[seg.text] += 1
        ids[seg.key] = _stable_id(chapter, seg.text, str(seen[seg.text]))
    return ids


@dataclass(frozen=True)
class ImportResult:
    chapter: str
    added: int
    kept: int
    removed: int
    warnings: tuple[str, ...]
    changed: int = 0  # of the added: sentences that got the previous translation of the one they replace


@dataclass(frozen=True)
class Settings:
    source_lang: str
    target_lang: str
    source_root: str | None
    target_root: str | None
    name: str | None


class Store:
    """Access to one project file."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        if not self.path.exists():
            raise ProjectError(f"{self.path}: no such project; create it with `amts init`")
        self._local = threading.local()
        self._check_and_migrate()

    # -- connections and schema -------------------------------------------
    @classmethod
    def create(
        cls,
        path: Path | str,
        source_lang: str,
        target_lang: str,
        source_root: str | None = None,
        target_root: str | None = None,
        name: str | None = None,
    ) -> Store:
        path = Path(path)
        if path.exists():
            raise ProjectError(f"{path}: already exists; choose another name or open it")
        path.parent.mkdir(parents=True, exist_ok=True)
        db = Database(path)
        db.enable_wal()
        db.close()
        store = cls(path)
        values = {
            "source_lang": source_lang,
            "target_lang": target_lang,
            "source_root": source_root,
            "target_root": target_root,
            "name": name,
        }
        with store.transaction():
            for key, value in values.items():
                if value is not None:
                    store.db.table("settings").insert({"key": key, "value": value}, replace=True)
        return store

    @property
    def db(self) -> Database:
        db: Database | None = getattr(self._local, "db", None)
        if db is None:
            conn = sqlite3.connect(self.path, timeout=30, isolation_level=None)
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA busy_timeout = 30000")
            db = Database(conn)
            self._local.db = db
        return db

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Database]:
        """A write transaction.  ``BEGIN IMMEDIATE`` takes the write lock up front, so concurrent
        writers wait for each other (busy timeout) instead of failing on a lock upgrade; nested
        calls become savepoints."""
        db = self.db
        if db.conn.in_transaction:
            with db.atomic():
                yield db
            return
        db.execute("BEGIN IMMEDIATE")
        try:
            yield db
        except BaseException:
            if db.conn.in_transaction:
                db.execute("ROLLBACK")
            raise
        else:
            db.execute("COMMIT")

    def close(self) -> None:
        db: Database | None = getattr(self._local, "db", None)
        if db is not None:
            db.close()
            self._local.db = None

    def _check_and_migrate(self) -> None:
        try:
            db = self.db
            db.execute("PRAGMA schema_version").fetchone()
            tables = set(db.table_names())
        except sqlite3.DatabaseError:
            raise ProjectError(f"{self.path}: not an AMTS project (not an SQLite database)") from None
        if tables and "_migrations" not in tables:
            raise ProjectError(f"{self.path}: an SQLite file, but not an AMTS project")
        applied = {r["name"] for r in db.query("SELECT name FROM _migrations")} if tables else set()
        known = {name for name, _ in MIGRATIONS}
        if applied - known:
            raise ProjectError(f"{self.path}: made by a newer AMTS Studio; upgrade to open it")
        pending = [(name, fn) for name, fn in MIGRATIONS if name not in applied]
        if not pending:
            return
        if applied:
            self.backup(self.path.with_name(f"{self.path.name}.{datetime.now(UTC):%Y%m%dT%H%M%S}.bak"))
        if db.journal_mode != "wal":
            db.enable_wal()
        with self.transaction():
            if "_migrations" not in tables:
                db.execute("CREATE TABLE _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
            for name, fn in pending:
                fn(db)
                db.table("_migrations").insert({"name": name, "applied_at": now()})

    def backup(self, target: Path) -> Path:
        """A consistent copy of the project (SQLite's online backup)."""
        dest = sqlite3.connect(target)
        try:
            self.db.conn.backup(dest)
        finally:
            dest.close()
        return target

    def migrations(self) -> list[str]:
        return [r["name"] for r in self.db.query("SELECT name FROM _migrations ORDER BY name")]

    # -- settings -----------------------------------------------------------
    def settings(self) -> Settings:
        values = {r["key"]: r["value"] for r in self.db.query("SELECT key, value FROM settings")}
        if "source_lang" not in values or "target_lang" not in values:
            raise ProjectError(f"{self.path}: the project has no language pair; recreate it with `amts init`")
        return Settings(**{k: values.get(k) for k in _SETTING_KEYS})  # type: ignore[arg-type]

    def set_setting(self, key: str, value: str) -> None:
        with self.transaction():
            self.db.table("settings").insert({"key": key, "value": value}, replace=True)

    # -- chapters -------------------------------------------------------------
    def import_chapter(
        self,
        name: str,
        source_text: str,
        reference_text: str | None = None,
        reference_path: str | None = None,
    ) -> ImportResult:
        """Add or update a chapter.  Unchanged segments keep their ids; vanished ones are marked removed."""
        settings = self.settings()
        doc = parse(source_text, settings.source_lang)
        ids = segment_ids(name, doc)
        stamp = now()
        db = self.db
        with self.transaction():
            row = db.execute("SELECT id FROM chapters WHERE path = ?", [name]).fetchone()
            values: dict[str, Any] = {
                "path": name,
                "source_hash": text_hash(source_text),
                "source_text": source_text,
                "updated_at": stamp,
            }
            if reference_text is not None:
                values.update(
                    reference_path=reference_path,
                    reference_hash=text_hash(reference_text),
                    reference_text=reference_text,
                )
            if row is None:
                chapter_id = int(db.table("chapters").insert({**values, "imported_at": stamp}).last_pk or 0)
            else:
                chapter_id = row[0]
                db.table("chapters").update(chapter_id, values)
            existing = {r[0] for r in db.execute("SELECT id FROM segments WHERE chapter_id = ?", [chapter_id])}
            live = set(ids.values())
            block_rows, segment_rows = self._index_rows(name, chapter_id, doc, ids, stamp)
            db.table("blocks").upsert_all(block_rows, pk="id")
            if segment_rows:
                columns = list(segment_rows[0])
                updates = ", ".join(f'"{c}" = excluded."{c}"' for c in columns if c not in ("id", "created_at"))
                db.conn.executemany(
                    f"INSERT INTO segments ({', '.join(f'{chr(34)}{c}{chr(34)}' for c in columns)}) "
                    f"VALUES ({', '.join('?' * len(columns))}) ON CONFLICT(id) DO UPDATE SET {updates}",
                    [[row[c] for c in columns] for row in segment_rows],
                )
            gone = existing - live
            db.execute(
                "UPDATE segments SET removed_at = ? WHERE chapter_id = ? AND removed_at IS NULL AND id IN "
                "(SELECT value FROM json_each(?))",
                [stamp, chapter_id, json.dumps(sorted(gone))],
            )
            live_blocks = json.dumps([r["id"] for r in block_rows])
            db.execute(
                "UPDATE blocks SET removed_at = ? WHERE chapter_id = ? AND removed_at IS NULL AND id NOT IN "
                "(SELECT value FROM json_each(?))",
                [stamp, chapter_id, live_blocks],
            )
        return ImportResult(name, len(live - existing), len(live & existing), len(gone), doc.warnings)

    @staticmethod
    def _index_rows(
        name: str, chapter_id: int, doc: Document, ids: dict[SegmentKey, str], stamp: str
    ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        block_rows: list[dict[str, Any]] = []
        segment_rows: list[dict[str, Any]] = []
        seen: Counter[str] = Counter()
        position = 0
        for block in doc.blocks:
            if not block.segments:
                continue
            seen[block.raw] += 1
            block_id = _stable_id(name, block.kind, block.raw, str(seen[block.raw]))
            block_rows.append(
                {
                    "id": block_id,
                    "chapter_id": chapter_id,
                    "position": block.index,
                    "kind": str(block.kind),
                    "line": block.line,
                    "text": block.text,
                    "removed_at": None,
                }
            )
            for seg in block.segments:
                segment_rows.append(
                    {
                        "id": ids[seg.key],
                        "chapter_id": chapter_id,
                        "block_id": block_id,
                        "position": position,
                        "ordinal": seg.ordinal,
                        "source": seg.source,
                        "markup": json.dumps(seg.markup, ensure_ascii=False),
                        "source_markup": seg.text,
                        "start": seg.start,
                        "end": seg.end,
                        "created_at": stamp,
                        "removed_at": None,
                    }
                )
                position += 1
        return block_rows, segment_rows

    def chapters(self) -> list[dict[str, Any]]:
        return list(
            self.db.query(
                "SELECT id, path, source_hash, reference_path, reference_text IS NOT NULL AS has_reference, "
                "imported_at, updated_at FROM chapters ORDER BY path"
            )
        )

    def chapter(self, name: str) -> dict[str, Any]:
        rows = list(self.db.query("SELECT * FROM chapters WHERE path = ?", [name]))
        if not rows:
            known = ", ".join(c["path"] for c in self.chapters()) or "none yet"
            raise ProjectError(f"no chapter named {name!r} in {self.path} (chapters: {known})")
        return rows[0]

    def document(self, name: str) -> Document:
        return parse(self.chapter(name)["source_text"], self.settings().source_lang)

    def reference_document(self, name: str) -> Document | None:
        """The chapter's human translation, parsed, or None if it has none."""
        text = self.chapter(name)["reference_text"]
        return parse(text, self.settings().target_lang) if text is not None else None

    def segments(self, name: str) -> list[dict[str, Any]]:
        """Live segments of a chapter in reading order, with their final and latest draft."""
        chapter_id = self.chapter(name)["id"]
        return list(
            self.db.query(
                """SELECT s.id, s.position, s.source, s.markup, s.source_markup, b.kind, b.line,
                          f.text AS final, COALESCE(f.status, 'new') AS status,
                          (SELECT d.text FROM drafts d WHERE d.segment_id = s.id
                           ORDER BY d.created_at DESC, d.id DESC LIMIT 1) AS draft
                   FROM segments s JOIN blocks b ON b.id = s.block_id
                   LEFT JOIN finals f ON f.segment_id = s.id
                   WHERE s.chapter_id = ? AND s.removed_at IS NULL ORDER BY s.position""",
                [chapter_id],
            )
        )

    # -- drafts and finals ----------------------------------------------------
    def add_draft(
        self, segment_id: str, engine: str, variant: str, text: str, meta: dict[str, Any] | None = None
    ) -> int:
        row = {
            "segment_id": segment_id,
            "engine": engine,
            "variant": variant,
            "text": text,
            "meta": json.dumps(meta or {}, ensure_ascii=False, sort_keys=True),
            "created_at": now(),
        }
        with self.transaction():
            return int(self.db.table("drafts").insert(row).last_pk or 0)

    def add_drafts(self, rows: Sequence[dict[str, Any]]) -> int:
        """Store many drafts in one transaction (``segment_id``, ``engine``, ``variant``, ``text``, ``meta``)."""
        stamp = now()
        prepared = [
            {
                "segment_id": r["segment_id"],
                "engine": r["engine"],
                "variant": r["variant"],
                "text": r["text"],
                "meta": json.dumps(r.get("meta") or {}, ensure_ascii=False, sort_keys=True),
                "created_at": stamp,
            }
            for r in rows
        ]
        with self.transaction():
            self.db.table("drafts").insert_all(prepared)
        return len(prepared)

    def set_final(self, segment_id: str, text: str, status: str, editor: str | None = None) -> None:
        if status not in FINAL_STATUSES:
            raise ValueError(f"status must be one of {FINAL_STATUSES}, not {status!r}")
        stamp = now()
        with self.transaction():
            old = self.db.execute("SELECT created_at FROM finals WHERE segment_id = ?", [segment_id]).fetchone()
            self.db.table("finals").insert(
                {
                    "segment_id": segment_id,
                    "text": text,
                    "status": status,
                    "editor": editor,
                    "created_at": old[0] if old else stamp,
                    "updated_at": stamp,
                },
                replace=True,
            )

    def best_translations(self, name: str) -> dict[str, str]:
        """Per segment id: the final text if any (accepted, edited or draft status), else the latest draft."""
        out: dict[str, str] = {}
        for row in self.segments(name):
            if row["final"] is not None and row["status"] != "new":
                out[row["id"]] = row["final"]
            elif row["draft"] is not None:
                out[row["id"]] = row["draft"]
        return out

    # -- parallel pairs -------------------------------------------------------
    def _prepare_pairs(self, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        stamp = now()
        settings = self.settings()
        prepared = []
        for row in rows:
            if row.get("origin") not in PAIR_ORIGINS:
                raise ValueError(f"pair origin must be one of {PAIR_ORIGINS}")
            if row.get("granularity", "sentence") not in PAIR_GRANULARITIES:
                raise ValueError(f"pair granularity must be one of {PAIR_GRANULARITIES}")
            prepared.append(
                {
                    "source_lang": settings.source_lang,
                    "target_lang": settings.target_lang,
                    "flagged": 0,
                    "granularity": "sentence",
                    **row,
                    "created_at": stamp,
                    "updated_at": stamp,
                }
            )
        return prepared

    def add_pairs(self, rows: list[dict[str, Any]]) -> int:
        prepared = self._prepare_pairs(rows)
        with self.transaction():
            self.db.table("pairs").insert_all(prepared)
        return len(prepared)

    def replace_aligned_pairs(self, chapter: str, rows: list[dict[str, Any]]) -> int:
        """Swap a chapter's aligned pairs for ``rows`` in one transaction; other origins are untouched."""
        chapter_id = self.chapter(chapter)["id"]
        prepared = self._prepare_pairs([{**r, "origin": "aligned", "chapter_id": chapter_id} for r in rows])
        with self.transaction():
            self.db.execute("DELETE FROM pairs WHERE origin = 'aligned' AND chapter_id = ?", [chapter_id])
            self.db.table("pairs").insert_all(prepared)
        return len(prepared)

    def pairs(
        self,
        *,
        granularity: str | None = None,
        exclude_chapters: Sequence[str] = (),
        origins: Sequence[str] | None = None,
    ) -> Iterator[dict[str, Any]]:
        """Pairs oldest first (so that later rows win a deduplication), with their chapter's name."""
        where, params = ["1 = 1"], []
        if granularity is not None:
            where.append("p.granularity = ?")
            params.append(granularity)
        if exclude_chapters:
            ids = [self.chapter(name)["id"] for name in exclude_chapters]
            where.append(f"(p.chapter_id IS NULL OR p.chapter_id NOT IN ({', '.join('?' * len(ids))}))")
            params.extend(ids)
        if origins is not None:
            where.append(f"p.origin IN ({', '.join('?' * len(origins))})")
            params.extend(origins)
        yield from self.db.query(
            f"""SELECT p.*, c.path AS chapter FROM pairs p LEFT JOIN chapters c ON c.id = p.chapter_id
                WHERE {" AND ".join(where)} ORDER BY p.updated_at, p.id""",
            params,
        )

    # -- statistics -----------------------------------------------------------
    def stats(self) -> dict[str, Any]:
        chapters = []
        for chapter in self.chapters():
            counts = dict.fromkeys(FINAL_STATUSES, 0)
            rows = self.db.query(
                """SELECT COALESCE(f.status, 'new') AS status, COUNT(*) AS n FROM segments s
                   LEFT JOIN finals f ON f.segment_id = s.id
                   WHERE s.chapter_id = ? AND s.removed_at IS NULL GROUP BY 1""",
                [chapter["id"]],
            )
            for r in rows:
                counts[r["status"]] = r["n"]
            chapters.append(
                {
                    "chapter": chapter["path"],
                    "segments": sum(counts.values()),
                    **counts,
                    "reference": bool(chapter["has_reference"]),
                }
            )
        pairs = self.db.execute("SELECT COUNT(*) FROM pairs").fetchone()[0]
        return {"chapters": chapters, "pairs": pairs}
