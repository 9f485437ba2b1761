"""The project files this process has open, so that nothing but their database connection touches them.

SQLite keeps a project consistent between processes with POSIX advisory locks, and POSIX drops every
lock a process holds on a file when *any* descriptor of that file is closed.  Reading a live project,
its ``-wal`` or its ``-shm`` through another descriptor (an import that was given the project by
mistake, a hash, a copy) would take this process's locks away; writing over it would replace the file
under the open connection.  File reads and writes of the program ask :func:`refuse_open_project` first:
it looks at names and ``stat`` results only, never at the files' contents.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

from amts_gui.core.errors import InputError
from amts_gui.core.messages import message

# the files SQLite keeps beside a database: the write-ahead log, its shared-memory index, a rollback journal
COMPANION_SUFFIXES = ("-wal", "-shm", "-journal")

_lock = threading.Lock()
_open: dict[Path, int] = {}  # absolute project path → how many stores have it open
# stores closed, not yet counted down: unregister runs from finalizers, which the garbage collector may start
# on a thread that holds _lock already (inside register), so it never waits for the lock; list.append is atomic
_closed: list[Path] = []


def register(path: Path) -> None:
    """A store opened ``path``."""
    key = Path(os.path.abspath(path))
    with _lock:
        _settle()
        _open[key] = _open.get(key, 0) + 1


def unregister(path: Path) -> None:
    """A store closed ``path`` (counted at the next look)."""
    _closed.append(Path(os.path.abspath(path)))


def _settle() -> None:
    """Count down the stores closed meanwhile (``_lock`` held)."""
    while _closed:
        key = _closed.pop()
        left = _open.get(key, 0) - 1
        if left > 0:
            _open[key] = left
        else:
            _open.pop(key, None)


def open_project_files() -> list[Path]:
    """Every file of every project open in this process: the database and its companions."""
    with _lock:
        _settle()
        projects = list(_open)
    return [p.with_name(p.name + suffix) for p in projects for suffix in ("", *COMPANION_SUFFIXES)]


def file_identity(path: Path) -> tuple[int, int] | None:
    """(device, inode) of the file at ``path``, or None when there is none: the same file under any name."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_dev, info.st_ino


def is_open_project_file(path: Path) -> bool:
    """Whether ``path`` is (or would be, once written) a file of a project this process has open:
    the same name, or the same file under another name (a link, another spelling of the path)."""
    files = open_project_files()
    if not files:
        return False
    absolute = Path(os.path.abspath(path))
    if absolute in files:
        return True
    identity = file_identity(absolute)
    return identity is not None and any(file_identity(f) == identity for f in files)


def refuse_open_project(path: Path) -> None:
    """Raise :class:`InputError` when ``path`` is a file of an open project: reading it would drop the
    project's locks, writing it would replace the project under its connection."""
    if is_open_project_file(path):
        raise InputError(
            message(
                "{path}: is a file of the project that is open; choose another file",
                path=path,
            )
        )
