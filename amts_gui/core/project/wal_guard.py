"""Notices when the project's write-ahead log is no longer safe to write to, so that no write is
acknowledged that is not on disk.

SQLite keeps a WAL-mode project consistent between processes with POSIX advisory locks, and POSIX
drops every lock a process holds on a file when *any* descriptor of that file is closed.  When
something in this process reads the project, its ``-wal`` or ``-shm`` and closes it again, the
process loses its locks; the next SQLite client to close then believes it is the last one,
checkpoints and deletes the log, and what this process commits afterwards goes into a deleted file
that no other process sees and that is gone after a crash.

:class:`WalGuard` checks, without opening any of the project's files:

- that the project file is still the one the store opened (not replaced by a copy);
- that the ``-wal`` file is on disk while a connection uses it;
- on Linux, that no descriptor of this process points to a deleted ``-wal`` or ``-shm``
  (``/proc/self/fd``), and that the process still holds its locks on them (``/proc/locks``).

Once it finds a problem it stays tripped: the store writes nothing more.
"""

from __future__ import annotations

import enum
import os
from pathlib import Path

from amts_gui.core.open_projects import file_identity

PROC_FD = Path("/proc/self/fd")
PROC_LOCKS = Path("/proc/locks")


class Loss(enum.Enum):
    """Why the project can no longer be written safely."""

    REPLACED = "replaced"  # the project file on disk is another file than the one open
    LOG_DELETED = "log deleted"  # the -wal (or -shm) this process writes to was deleted
    LOCKS_LOST = "locks lost"  # another descriptor was closed: other programs no longer see this one


class WalGuard:
    """Watches one project file for the store that has it open."""

    def __init__(self, path: Path) -> None:
        self.path = Path(os.path.abspath(path))
        self.wal = self.path.with_name(self.path.name + "-wal")
        self.shm = self.path.with_name(self.path.name + "-shm")
        self.identity = file_identity(self.path)
        self.wal_identity = file_identity(self.wal)  # the log this process writes to, as last seen on disk
        self.tripped: Loss | None = None
        self._locks_visible: bool | None = None  # whether /proc/locks shows this process's locks at all

    def check(self, *, in_transaction: bool = False, locks: bool = True) -> Loss | None:
        """The first problem found, now or before (``in_transaction``: a connection of this process is in a
        transaction, so the ``-wal`` must be on disk; ``locks``: look at the process's locks too)."""
        if self.tripped is None:
            self.tripped = self._problem(in_transaction, locks)
        return self.tripped

    def _problem(self, in_transaction: bool, locks: bool = True) -> Loss | None:
        if file_identity(self.path) != self.identity:
            return Loss.REPLACED
        wal = file_identity(self.wal)
        if wal is None or wal != self.wal_identity:  # gone, or another file: deleted under us, or a fresh start?
            loss = self._log_changed(wal, in_transaction)
            if loss is not None:
                return loss
        if locks and not self._holds_locks():
            return Loss.LOCKS_LOST
        return None

    def _log_changed(self, wal: tuple[int, int] | None, in_transaction: bool) -> Loss | None:
        """The ``-wal`` on disk is not the one last seen: a loss if this process still writes to the old one
        (a descriptor to a deleted log), else the log of a fresh start (every connection had closed)."""
        held = self._open_descriptors()
        if held is None:  # no /proc to ask: only a log missing in the middle of a transaction is sure
            if in_transaction and wal is None:
                return Loss.LOG_DELETED
        elif any(deleted for _name, deleted in held):
            return Loss.LOG_DELETED
        self.wal_identity = wal
        return None

    def _open_descriptors(self) -> list[tuple[str, bool]] | None:
        """(file, deleted) for every descriptor of this process on the project's ``-wal`` or ``-shm``."""
        try:
            descriptors = os.listdir(PROC_FD)
        except OSError:
            return None
        watched = (str(self.wal), str(self.shm))
        found = []
        for fd in descriptors:
            try:
                target = os.readlink(f"{PROC_FD}/{fd}")
            except OSError:  # closed meanwhile
                continue
            name = target.removesuffix(" (deleted)")
            if name in watched:
                found.append((name, name != target))
        return found

    def _holds_locks(self) -> bool:
        """Whether this process holds a POSIX lock on the ``-shm`` (every WAL connection keeps a read lock
        on it while open).  Where ``/proc/locks`` never shows this process's locks, assume it does."""
        if self._locks_visible is False:
            return True
        identity = file_identity(self.shm)
        if identity is None:  # no shared memory on disk: no WAL connection to hold locks (a deleted one we still
            return True  # hold goes with its log, which the descriptor check finds)
        held = _locks_of(os.getpid(), identity)
        if self._locks_visible is None:  # the first look, while the locks are surely held: can we see them?
            self._locks_visible = held
        return held or not self._locks_visible


def _locks_of(pid: int, identity: tuple[int, int]) -> bool:
    """Whether ``/proc/locks`` lists a lock of ``pid`` on the file ``identity`` (device, inode)."""
    device, inode = identity
    wanted = f"{os.major(device):02x}:{os.minor(device):02x}:{inode}"
    try:
        lines = PROC_LOCKS.read_text(encoding="ascii", errors="replace").splitlines()
    except OSError:
        return False
    for line in lines:
        fields = line.split()
        # "1: POSIX  ADVISORY  READ 3513 fe:00:2146706 128 128" (blocked requests start with "->")
        if len(fields) >= 6 and fields[1] == "POSIX" and fields[4] == str(pid) and fields[5] == wanted:
            return True
    return False
