"""One thread's connection to the project file: sqlite3 with rows as dicts and a few write helpers.

This is all the program needs of a database layer.  It is plain :mod:`sqlite3`, so opening a
project costs no more than SQLite itself (sqlite-utils, used before, took 150 ms to import because
it loads numpy, on every start of the app and of ``amts``).  Table and column names are the
program's own, never user input, and are quoted all the same.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

Params = Sequence[Any] | Mapping[str, Any]
_savepoints = itertools.count()


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _value(value: Any) -> Any:
    """A column value as SQLite stores it: containers as JSON text."""
    if isinstance(value, dict | list | tuple):
        return json.dumps(value, ensure_ascii=False)
    return value


class Connection:
    """A thin wrapper of one :class:`sqlite3.Connection` (autocommit; transactions are explicit)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def execute(self, sql: str, params: Params = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, params)

    def executemany(self, sql: str, rows: Iterable[Params]) -> sqlite3.Cursor:
        return self.conn.executemany(sql, rows)

    def query(self, sql: str, params: Params = ()) -> Iterator[dict[str, Any]]:
        """The rows of a query as dicts keyed by column name."""
        cursor = self.conn.execute(sql, params)
        names = [d[0] for d in cursor.description or ()]
        for row in cursor:
            yield dict(zip(names, row, strict=True))

    def table_names(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]

    @property
    def journal_mode(self) -> str:
        return str(self.conn.execute("PRAGMA journal_mode").fetchone()[0])

    def enable_wal(self) -> None:
        self.conn.execute("PRAGMA journal_mode = wal")

    def close(self) -> None:
        self.conn.close()

    @contextlib.contextmanager
    def savepoint(self) -> Iterator[Connection]:
        """A nested transaction: rolled back alone if its block fails."""
        name = f"sp{next(_savepoints)}"
        self.conn.execute(f"SAVEPOINT {name}")
        try:
            yield self
        except BaseException:
            self.conn.execute(f"ROLLBACK TO {name}")
            self.conn.execute(f"RELEASE {name}")
            raise
        self.conn.execute(f"RELEASE {name}")

    # -- writes -------------------------------------------------------------------
    def insert(self, table: str, row: Mapping[str, Any], *, replace: bool = False) -> int:
        """Insert one row; returns its rowid."""
        cursor = self.conn.execute(_insert_sql(table, list(row), replace), [_value(v) for v in row.values()])
        return int(cursor.lastrowid or 0)

    def insert_all(self, table: str, rows: Sequence[Mapping[str, Any]], *, replace: bool = False) -> None:
        """Insert rows that all have the same columns."""
        if rows:
            columns = list(rows[0])
            self.conn.executemany(_insert_sql(table, columns, replace), _values(rows, columns))

    def upsert_all(self, table: str, rows: Sequence[Mapping[str, Any]], pk: str) -> None:
        """Insert rows, or update the given columns of those whose ``pk`` exists."""
        if not rows:
            return
        columns = list(rows[0])
        updates = ", ".join(f"{_quoted(c)} = excluded.{_quoted(c)}" for c in columns if c != pk)
        action = f"DO UPDATE SET {updates}" if updates else "DO NOTHING"
        sql = f"{_insert_sql(table, columns, False)} ON CONFLICT({_quoted(pk)}) {action}"
        self.conn.executemany(sql, _values(rows, columns))

    def update(self, table: str, pk_value: Any, values: Mapping[str, Any], *, pk: str = "id") -> None:
        if values:
            assignments = ", ".join(f"{_quoted(c)} = ?" for c in values)
            params = [_value(v) for v in values.values()] + [pk_value]
            self.conn.execute(f"UPDATE {_quoted(table)} SET {assignments} WHERE {_quoted(pk)} = ?", params)


def _insert_sql(table: str, columns: Sequence[str], replace: bool) -> str:
    verb = "INSERT OR REPLACE" if replace else "INSERT"
    names = ", ".join(_quoted(c) for c in columns)
    return f"{verb} INTO {_quoted(table)} ({names}) VALUES ({', '.join('?' * len(columns))})"


def _values(rows: Iterable[Mapping[str, Any]], columns: Sequence[str]) -> Iterator[list[Any]]:
    for row in rows:
        if list(row) != list(columns):
            raise ValueError(f"rows must all have the columns {list(columns)}, not {list(row)}")
        yield [_value(row[c]) for c in columns]
