"""The project store: one SQLite file (WAL) per project, every write in a transaction.

Each thread gets its own connection.  The tables are read and written by the modules beside this
one (``chapters``, ``segments``, ``pairs``, ``finals``, ``jobs``, ``pushes``, ``scores``), which hand
the rest of the program typed rows (``rows``); SQL lives in this package only.
"""

from __future__ import annotations

import contextlib
import copy
import hashlib
import os
import sqlite3
import tempfile
import threading
import urllib.parse
import weakref
from collections.abc import Iterator, Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path

from amts_gui.core import open_projects
from amts_gui.core.errors import ProjectBusyError, ProjectError, ProjectLostError
from amts_gui.core.messages import Message, message
from amts_gui.core.project.connection import Connection
from amts_gui.core.project.migrations import MIGRATIONS
from amts_gui.core.project.rows import Settings
from amts_gui.core.project.wal_guard import Loss, WalGuard

# settings each target language has its own of; the rest belong to the whole project
TARGET_SETTING_KEYS = frozenset(
    {
        "target_root",  # where the target's reference translation is imported from
        "segmentation_lang",
        "memory.threshold",
        "memory.index_token",
        "memory.index_covers",
        "qa.rules",
        "aws.parallel_data_name",
        "aws.terminology_name",
        "aws.formality",
        "aws.profanity",
        "aws.brevity",
        "terms.pushed",
    }
)


BUSY_TIMEOUT_S = 30.0  # how long a write waits for another program's write to end before it gives up


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class Store:
    """Access to one project file."""

    def __init__(self, path: Path | str, target: str | None = None) -> None:
        """Open a project to work on one of its target languages (None: the first)."""
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
        self._guard = WalGuard(self.path)  # shared by the views of every target, like the connections
        open_projects.register(self.path)
        weakref.finalize(self._guard, open_projects.unregister, self.path)
        self._check_and_migrate()
        self._target = self._known_target(target)
        if not self.read_only:
            self._guard.check()  # the first look, while this thread's connection surely holds its locks

    # -- connections and schema -------------------------------------------
    @classmethod
    def create(
        cls,
        path: Path | str,
        source_lang: str,
        target_lang: str | Sequence[str],
        source_root: str | None = None,
        target_root: str | None = None,
        name: str | None = None,
    ) -> Store:
        """A new project with one target language or several (in order; the first is the default).
        ``target_root`` is the first target's reference root."""
        path = Path(path)
        targets = [target_lang] if isinstance(target_lang, str) else list(target_lang)
        if not targets or len(set(targets)) != len(targets):
            raise ProjectError(message("{path}: give each target language once", path=path))
        if path.exists():
            raise ProjectError(message("{path}: already exists; choose another name or open it", path=path))
        path.parent.mkdir(parents=True, exist_ok=True)
        db = Connection(sqlite3.connect(path, isolation_level=None))
        db.enable_wal()
        db.close()
        store = cls(path)
        values = {"source_lang": source_lang, "source_root": source_root, "name": name}
        with store.transaction() as db:
            store.set_settings({k: v for k, v in values.items() if v is not None})
            for position, lang in enumerate(targets):
                db.insert("targets", {"lang": lang, "position": position, "created_at": now()})
            store._target = targets[0]
            if target_root is not None:
                store.set_setting("target_root", target_root)
        return store

    # -- targets ------------------------------------------------------------
    @property
    def target(self) -> str:
        """The target language this store works on: every target-owned row read or written is its."""
        if self._target is None:
            raise ProjectError(message("{path}: the project has no target language", path=self.path))
        return self._target

    def targets(self) -> list[str]:
        """The project's target languages, in order."""
        return [r[0] for r in self.db.execute("SELECT lang FROM targets ORDER BY position, lang")]

    def for_target(self, target: str) -> Store:
        """The same project, working on another of its targets (the connections are shared)."""
        view = copy.copy(self)
        view._target = self._known_target(target)
        return view

    def _known_target(self, target: str | None) -> str | None:
        targets = self.targets()
        if target is None:
            return targets[0] if targets else None
        if target not in targets:
            raise ProjectError(
                message(
                    "{path}: no target language {target!r} (targets: {known}); add it with `amts targets add`",
                    path=self.path,
                    target=target,
                    known=", ".join(targets) or "none",
                )
            )
        return target

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
                conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
            db = Connection(conn)
            self._local.db = db
        return db

    def set_busy_timeout(self, seconds: float) -> None:
        """How long this thread's writes wait for another program's write before they give up (the window's
        own thread waits briefly and says so, rather than freezing)."""
        self.db.execute(f"PRAGMA busy_timeout = {int(seconds * 1000)}")

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
                self._refuse_if_lost(in_transaction=True)  # the write lock is ours: nothing can change until COMMIT
                yield db
                db.execute("COMMIT")  # a full disk shows here, where the pages are written
            except BaseException:
                if db.conn.in_transaction:
                    db.execute("ROLLBACK")
                raise
        except sqlite3.OperationalError as exc:
            raise self._write_error(exc) from None
        self._refuse_if_lost(locks=False)  # committed into a log deleted meanwhile: not on disk, so not done

    # -- the project file's safety ---------------------------------------------------------------
    def lost(self) -> Loss | None:
        """Why the project can no longer be written safely (its log deleted, its locks lost, the file
        replaced), or None.  Once found, every later write is refused."""
        return None if self.read_only else self._guard.check()

    def _refuse_if_lost(self, *, in_transaction: bool = False, locks: bool = True) -> None:
        loss = self._guard.check(in_transaction=in_transaction, locks=locks)
        if loss is not None:
            raise ProjectLostError(lost_message(self.path, loss))

    def save_copy(self, target: Path) -> Path:
        """A consistent copy of the project as this process sees it, written atomically at ``target``
        (also when the project's log was deleted under it: the copy then holds what only this process has)."""
        target = Path(target)
        open_projects.refuse_open_project(target)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        os.close(fd)
        try:
            self.backup(Path(tmp))
            os.chmod(tmp, self.path.stat().st_mode & 0o777)  # as readable as the project, not mkstemp's 0600
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return target

    def _write_error(self, exc: sqlite3.OperationalError) -> Exception:
        """A failed write in words: a full disk, a file that cannot be written or a project another program
        keeps locked, else the error itself."""
        words = str(exc).lower()
        if "locked" in words or "busy" in words:
            return ProjectBusyError(busy_message(self.path))
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
        open_projects.refuse_open_project(target)
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
        """The project's languages and roots, as seen from this store's target."""
        values = self.settings_with_prefix("")
        if "source_lang" not in values or self._target is None:
            raise ProjectError(
                message("{path}: the project has no language pair; recreate it with `amts init`", path=self.path)
            )
        return Settings(
            source_lang=values["source_lang"],
            target_lang=self._target,
            source_root=values.get("source_root"),
            target_root=values.get("target_root"),
            name=values.get("name"),
        )

    def set_setting(self, key: str, value: str) -> None:
        self.set_settings({key: value})

    def set_settings(self, values: Mapping[str, str]) -> None:
        """Write several settings in one transaction; those in TARGET_SETTING_KEYS are this target's."""
        with self.transaction() as db:
            shared = [{"key": k, "value": v} for k, v in values.items() if k not in TARGET_SETTING_KEYS]
            own = [
                {"target_lang": self.target, "key": k, "value": v}
                for k, v in values.items()
                if k in TARGET_SETTING_KEYS
            ]
            db.insert_all("settings", shared, replace=True)
            db.insert_all("target_settings", own, replace=True)

    def settings_with_prefix(self, prefix: str) -> dict[str, str]:
        """Settings whose key starts with ``prefix`` (e.g. ``aws.``), keyed without it: the project's,
        with this target's own in place of the project's."""
        cut = len(prefix)
        shared = self.db.execute("SELECT key, value FROM settings WHERE substr(key, 1, ?) = ?", [cut, prefix])
        found = {key[cut:]: value for key, value in shared if key not in TARGET_SETTING_KEYS}
        own = self.db.execute(
            "SELECT key, value FROM target_settings WHERE target_lang = ? AND substr(key, 1, ?) = ?",
            [self._target, cut, prefix],
        )
        found.update((key[cut:], value) for key, value in own)
        return found


def busy_message(path: Path) -> Message:
    return message(
        "{path}: the project is in use by another program; nothing was written — try again when it is done",
        path=path,
    )


def lost_message(path: Path, loss: Loss) -> Message:
    """What happened to the project file, and what to do, in one line."""
    if loss is Loss.REPLACED:
        what = message("the project file was replaced by another program while it was open")
    elif loss is Loss.LOG_DELETED:
        what = message("another program deleted the project's log file (-wal) while it was open")
    else:
        what = message("a file of the project was opened and closed outside SQLite, so its locks were lost")
    return message(
        "{path}: {what}; nothing more is written to it — save a copy of it and open the project again",
        path=path,
        what=what,
    )


def user_error(exc: BaseException, path: Path | None = None) -> ProjectError | None:
    """An SQLite error that reached the surface (a read, not a write) in words, or None for any other."""
    if not isinstance(exc, sqlite3.OperationalError):
        return None
    words = str(exc).lower()
    where = path or Path("project")
    if "locked" in words or "busy" in words:
        return ProjectBusyError(busy_message(where))
    if "disk i/o" in words:
        return ProjectError(message("{path}: cannot read the project ({reason})", path=where, reason=exc))
    return None
