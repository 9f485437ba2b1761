"""The project store: one SQLite file (WAL) per project, every write in a transaction.

Each thread gets its own connection.  The tables are read and written by the modules beside this
one (``chapters``, ``segments``, ``pairs``, ``finals``, ``jobs``, ``pushes``, ``scores``), which hand
the rest of the program typed rows (``rows``); SQL lives in this package only.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
import threading
import urllib.parse
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime
from pathlib import Path

from amts_gui.core.errors import ProjectError
from amts_gui.core.messages import message
from amts_gui.core.project.connection import Connection
from amts_gui.core.project.migrations import MIGRATIONS
from amts_gui.core.project.rows import Settings

_SETTING_KEYS = ("source_lang", "target_lang", "source_root", "target_root", "name")


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class Store:
    """Access to one project file."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        if not self.path.exists():
            raise ProjectError(message("{path}: no such project; create it with `amts init`", path=self.path))
        if self.path.is_dir():
            raise ProjectError(message("{path}: is a folder, not a project file", path=self.path))
        if self.path.stat().st_size == 0:  # SQLite would take it as a new, empty database and write into it
            raise ProjectError(
                message("{path}: an empty file, not an AMTS project; `amts init` creates one", path=self.path)
            )
        # a file (or folder) we cannot write is opened for viewing only: SQLite would fail on its WAL files
        self.read_only = not (os.access(self.path, os.W_OK) and os.access(self.path.parent, os.W_OK))
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
            raise ProjectError(message("{path}: already exists; choose another name or open it", path=path))
        path.parent.mkdir(parents=True, exist_ok=True)
        db = Connection(sqlite3.connect(path, isolation_level=None))
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
        store.set_settings({k: v for k, v in values.items() if v is not None})
        return store

    def now(self) -> str:
        """The time stamped on writes: ISO 8601, UTC, milliseconds (one clock for every table)."""
        return now()

    @property
    def db(self) -> Connection:
        db: Connection | None = getattr(self._local, "db", None)
        if db is None:
            if self.read_only:  # immutable: no locks and no WAL index to create beside it
                uri = f"file:{urllib.parse.quote(str(self.path.resolve()))}?mode=ro&immutable=1"
                conn = sqlite3.connect(uri, uri=True, timeout=30, isolation_level=None, check_same_thread=True)
            else:
                conn = sqlite3.connect(self.path, timeout=30, isolation_level=None)
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA busy_timeout = 30000")
            db = Connection(conn)
            self._local.db = db
        return db

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Connection]:
        """A write transaction.  ``BEGIN IMMEDIATE`` takes the write lock up front, so concurrent
        writers wait for each other (busy timeout) instead of failing on a lock upgrade; nested
        calls become savepoints."""
        if self.read_only:
            raise ProjectError(
                message("{path}: opened read-only (the file or its folder is not writable)", path=self.path)
            )
        db = self.db
        if db.conn.in_transaction:
            with db.savepoint():
                yield db
            return
        try:
            db.execute("BEGIN IMMEDIATE")
            try:
                yield db
                db.execute("COMMIT")  # a full disk shows here, where the pages are written
            except BaseException:
                if db.conn.in_transaction:
                    db.execute("ROLLBACK")
                raise
        except sqlite3.OperationalError as exc:
            raise self._write_error(exc) from None

    def _write_error(self, exc: sqlite3.OperationalError) -> Exception:
        """A failed write in words: a full disk or a file that cannot be written, else the error itself."""
        words = str(exc).lower()
        if "full" in words:
            return ProjectError(
                message("{path}: the disk is full; nothing was written — free some space and try again", path=self.path)
            )
        if "readonly" in words or "read-only" in words or "disk i/o" in words:
            return ProjectError(
                message("{path}: cannot write the project ({reason}); nothing was written", path=self.path, reason=exc)
            )
        return exc

    def close(self) -> None:
        db: Connection | None = getattr(self._local, "db", None)
        if db is not None:
            db.close()
            self._local.db = None

    def _check_and_migrate(self) -> None:
        try:
            db = self.db
            db.execute("PRAGMA schema_version").fetchone()
            tables = set(db.table_names())
        except sqlite3.OperationalError as exc:  # the file is a database, but it cannot be opened now
            raise ProjectError(
                message("{path}: cannot open the project ({reason})", path=self.path, reason=exc)
            ) from None
        except sqlite3.DatabaseError:
            raise ProjectError(
                message("{path}: not an AMTS project (not an SQLite database)", path=self.path)
            ) from None
        if tables and "_migrations" not in tables:
            raise ProjectError(message("{path}: an SQLite file, but not an AMTS project", path=self.path))
        applied = {r["name"] for r in db.query("SELECT name FROM _migrations")} if tables else set()
        known = {name for name, _ in MIGRATIONS}
        if applied - known:
            raise ProjectError(message("{path}: made by a newer AMTS Studio; upgrade to open it", path=self.path))
        pending = [(name, fn) for name, fn in MIGRATIONS if name not in applied]
        if not pending:
            return
        if self.read_only:
            raise ProjectError(
                message(
                    "{path}: made by an older AMTS Studio and read-only; make it writable to update it", path=self.path
                )
            )
        if applied:
            self.backup(self.path.with_name(f"{self.path.name}.{datetime.now(UTC):%Y%m%dT%H%M%S}.bak"))
        if db.journal_mode != "wal":
            db.enable_wal()
        with self.transaction():
            if "_migrations" not in tables:
                db.execute("CREATE TABLE _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
            for name, fn in pending:
                fn(db)
                db.insert("_migrations", {"name": name, "applied_at": now()})

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
            raise ProjectError(
                message("{path}: the project has no language pair; recreate it with `amts init`", path=self.path)
            )
        return Settings(**{k: values.get(k) for k in _SETTING_KEYS})  # type: ignore[arg-type]

    def set_setting(self, key: str, value: str) -> None:
        self.set_settings({key: value})

    def set_settings(self, values: Mapping[str, str]) -> None:
        """Write several settings in one transaction."""
        with self.transaction():
            self.db.insert_all("settings", [{"key": k, "value": v} for k, v in values.items()], replace=True)

    def settings_with_prefix(self, prefix: str) -> dict[str, str]:
        """Settings whose key starts with ``prefix`` (e.g. ``aws.``), keyed without it."""
        rows = self.db.execute("SELECT key, value FROM settings WHERE substr(key, 1, ?) = ?", [len(prefix), prefix])
        return {key[len(prefix) :]: value for key, value in rows}
