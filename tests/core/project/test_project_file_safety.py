"""The project file is touched only through SQLite, and a write is never acknowledged that is not on disk.

POSIX drops every lock a process holds on a file when any descriptor of it is closed; the next SQLite client
to close then deletes the project's write-ahead log (issue 29).  These tests cause exactly that, in this
process and in others, and check that the store notices, refuses to write, and says so in one line.
"""

from __future__ import annotations

import gc
import os
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from amts_gui.core import open_projects
from amts_gui.core.errors import InputError, ProjectBusyError, ProjectLostError
from amts_gui.core.fileio import atomic_write_text, read_text_file
from amts_gui.core.project import store as store_module
from amts_gui.core.project import wal_guard
from amts_gui.core.project.store import Store
from amts_gui.core.project.wal_guard import Loss

linux_proc = pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs Linux's /proc")


@pytest.fixture
def project(tmp_path):
    store = Store.create(tmp_path / "book.amts", "en", "zh")
    store.set_setting("name", "before")
    yield store
    store.close()


def name_of(path: Path) -> str:
    """The project's name as a separate process reads it (and closes: the last one out deletes the log)."""
    code = "import sqlite3, sys; db = sqlite3.connect(sys.argv[1]); print(db.execute(\"SELECT value FROM settings WHERE key = 'name'\").fetchone()[0]); db.close()"  # noqa: E501
    done = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, check=True)
    return done.stdout.strip()


def drop_locks(path: Path) -> None:
    """What Qt's file dialog did: open the project's files by path to guess their type, and close them."""
    for name in (path.name, path.name + "-wal", path.name + "-shm"):
        os.close(os.open(path.with_name(name), os.O_RDONLY))


def test_a_healthy_project_never_trips_the_guard_with_another_process_writing_beside(project):
    for n in range(3):
        code = (
            "import sys; from amts_gui.core.project.store import Store; "
            f"Store(sys.argv[1]).set_setting('other', 'written {n}')"
        )
        subprocess.run([sys.executable, "-c", code, str(project.path)], check=True)
        project.set_setting("name", f"mine {n}")
        assert name_of(project.path) == f"mine {n}"
    assert project.lost() is None


@linux_proc
def test_locks_dropped_by_another_descriptor_stop_every_write(project):
    drop_locks(project.path)
    assert project.lost() is Loss.LOCKS_LOST
    with pytest.raises(ProjectLostError, match="locks were lost"):
        project.set_setting("name", "after")
    assert name_of(project.path) == "before"  # nothing was written


@linux_proc
def test_a_log_deleted_by_another_program_is_noticed_before_anything_is_acknowledged(project):
    drop_locks(project.path)
    assert name_of(project.path) == "before"  # that reader closes last, as it believes, and deletes the log
    assert not project.path.with_name("book.amts-wal").exists()
    with pytest.raises(ProjectLostError, match="deleted the project's log"):
        project.set_setting("name", "after")
    assert project.lost() is Loss.LOG_DELETED


def test_without_proc_a_deleted_log_is_still_noticed_at_the_next_write(project, monkeypatch):
    monkeypatch.setattr(wal_guard, "PROC_FD", Path("/no/such/proc"))
    drop_locks(project.path)
    name_of(project.path)
    with pytest.raises(ProjectLostError):
        project.set_setting("name", "after")
    assert name_of(project.path) == "before"


def test_a_project_file_replaced_while_open_is_not_written_to(project, tmp_path):
    other = Store.create(tmp_path / "other.amts", "en", "zh")
    other.close()
    os.replace(other.path, project.path)
    with pytest.raises(ProjectLostError, match="replaced"):
        project.set_setting("name", "after")


def test_the_guard_stays_tripped_and_the_store_still_reads_for_a_copy(project, tmp_path):
    project.set_setting("name", "only here")
    if Path("/proc/self/fd").is_dir():
        drop_locks(project.path)
        name_of(project.path)  # the log with "only here" is deleted from disk, still open here
    else:
        project._guard.tripped = Loss.LOG_DELETED
    with pytest.raises(ProjectLostError):
        project.set_setting("name", "again")
    copy = project.save_copy(tmp_path / "rescued.amts")
    assert Store(copy).settings().name == "only here"
    assert project.lost() is not None


def test_no_file_of_an_open_project_is_read_or_written_by_path(project, tmp_path):
    wal = project.path.with_name("book.amts-wal")
    link = tmp_path / "link.amts"
    os.link(project.path, link)
    for path in (project.path, wal, project.path.with_name("book.amts-shm"), link):
        with pytest.raises(InputError, match="is a file of the project that is open"):
            atomic_write_text(path, "# overwritten\n")
        if path.exists():
            with pytest.raises(InputError, match="is a file of the project that is open"):
                read_text_file(path)
    with pytest.raises(InputError):
        project.save_copy(project.path)
    assert project.lost() is None and name_of(project.path) == "before"


def test_a_project_no_store_holds_any_more_may_be_written_again(tmp_path):
    store = Store.create(tmp_path / "gone.amts", "en", "zh")
    path = store.path
    assert open_projects.is_open_project_file(path)
    store.close()
    del store
    gc.collect()
    assert not open_projects.is_open_project_file(path)


# -- a project another program keeps locked -----------------------------------------------------
@pytest.fixture
def locked(project, monkeypatch):
    """Another program holds the project's write lock (BEGIN EXCLUSIVE) for longer than a write waits."""
    monkeypatch.setattr(store_module, "BUSY_TIMEOUT_S", 0.3)
    project.close()
    holder = sqlite3.connect(project.path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    yield project
    holder.execute("ROLLBACK")
    holder.close()


def test_a_write_waits_a_bounded_time_for_another_program_then_says_so(locked):
    started = time.monotonic()
    with pytest.raises(ProjectBusyError) as caught:
        locked.set_setting("name", "after")
    assert time.monotonic() - started < 5
    assert str(caught.value) == (
        f"{locked.path}: the project is in use by another program; nothing was written — try again when it is done"
    )


def test_busy_is_not_lost(locked):
    with pytest.raises(ProjectBusyError):
        locked.set_setting("name", "after")
    assert locked.lost() is None


def test_threads_of_one_process_never_take_each_others_locks(project):
    """SQLite's own connections share their locks within a process: closing one keeps the others'."""

    def write(n: int) -> None:
        Store(project.path).set_setting(f"thread{n}", "x")

    threads = [threading.Thread(target=write, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    project.set_setting("name", "after threads")
    assert project.lost() is None and name_of(project.path) == "after threads"


def test_a_log_this_process_closed_itself_and_started_again_is_not_a_loss(project):
    """The last connection's close deletes the log (SQLite's own doing); the next write starts a new one."""
    project.close()
    assert not project.path.with_name("book.amts-wal").exists()
    project.set_setting("name", "after a fresh start")
    assert project.lost() is None and name_of(project.path) == "after a fresh start"
