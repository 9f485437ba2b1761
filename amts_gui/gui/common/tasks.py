"""Long operations on a ``QThreadPool``, with typed progress, cancellation and outcome signals.

A job is a plain function from ``amts_gui.core``/``engines`` that takes a progress callback and a
cancellation check; it never touches widgets.  Its signals are queued to the GUI thread, and
progress is throttled so that a fast job cannot flood the event loop.
"""

from __future__ import annotations

import itertools
import logging
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from amts_gui.core.errors import AmtsError
from amts_gui.core.progress import Cancelled, Progress
from amts_gui.gui.common.messages import translated

log = logging.getLogger(__name__)

Job = Callable[[Progress, Cancelled], Any]

GUI_SWITCH_INTERVAL_S = 0.0005
PROGRESS_INTERVAL_S = 0.05
_ids = itertools.count(1)


@dataclass(frozen=True)
class TaskProgress:
    task_id: int
    done: int
    total: int  # 0: unknown (a busy indicator)
    what: str


@dataclass(frozen=True)
class TaskResult:
    task_id: int
    value: Any
    cancelled: bool


@dataclass(frozen=True)
class TaskError:
    task_id: int
    message: str  # readable, with what to do next; details are in the log


class TaskSignals(QObject):
    progressed = Signal(object)  # TaskProgress
    succeeded = Signal(object)  # TaskResult
    failed = Signal(object)  # TaskError
    finished = Signal(int)  # task id, after succeeded or failed


class Task(QRunnable):
    """One job on the pool.  Keep a reference until ``finished`` (the pool does not own it)."""

    def __init__(self, title: str, job: Job, *, kind: str | None = None) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.id = next(_ids)
        self.title = title
        self.kind = kind or title
        self.signals = TaskSignals()
        self._job = job
        self._cancel = threading.Event()
        self._last_progress = 0.0

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def _progress(self, done: int, total: int, what: str) -> None:
        now = time.monotonic()
        if now - self._last_progress < PROGRESS_INTERVAL_S and 0 < done < total:
            return
        self._last_progress = now
        self.signals.progressed.emit(TaskProgress(self.id, done, total, translated(what)))

    def run(self) -> None:
        try:
            value = self._job(self._progress, self._cancel.is_set)
        except AmtsError as exc:
            self.signals.failed.emit(TaskError(self.id, translated(exc)))
        except Exception as exc:  # noqa: BLE001 - a worker must report, not die silently
            log.exception("background task %r failed", self.title)
            self.signals.failed.emit(
                TaskError(self.id, f"Unexpected error ({type(exc).__name__}); see the log for details.")
            )
        else:
            self.signals.succeeded.emit(TaskResult(self.id, value, self.cancelled))
        self.signals.finished.emit(self.id)


class TaskRunner(QObject):
    """Starts tasks on a pool and keeps them alive; at most one task of each kind at a time."""

    started = Signal(object)  # Task
    ended = Signal(int)  # task id

    def __init__(self, parent: QObject | None = None, threads: int = 4) -> None:
        super().__init__(parent)
        # Painting the segment table calls Python (the model's data()) once per cell, and each call
        # waits for the GIL while a worker holds it: up to the switch interval, 5 ms by default.
        # A shorter interval keeps a paint during drafting in milliseconds, for a few % of throughput.
        sys.setswitchinterval(min(sys.getswitchinterval(), GUI_SWITCH_INTERVAL_S))
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(threads)
        self.running: dict[int, Task] = {}
        self._held: list[Task] | None = None  # tasks waiting for release(), while held

    def hold(self) -> None:
        """Queue new tasks instead of starting them, until :meth:`release` (the window's first paint:
        a worker thread holding the GIL would slow every Python call the first paint makes)."""
        if self._held is None:
            self._held = []

    def release(self) -> None:
        held, self._held = self._held or [], None
        for task in held:
            self.pool.start(task)

    def busy(self, kind: str) -> bool:
        return any(t.kind == kind for t in self.running.values())

    def start(
        self,
        title: str,
        job: Job,
        done: Callable[[TaskResult], None] | None = None,
        failed: Callable[[TaskError], None] | None = None,
        *,
        kind: str | None = None,
    ) -> Task | None:
        task = Task(title, job, kind=kind)
        if self.busy(task.kind):
            return None
        self.running[task.id] = task
        if done is not None:
            task.signals.succeeded.connect(done)
        if failed is not None:
            task.signals.failed.connect(failed)
        task.signals.finished.connect(self._finished)
        self.started.emit(task)
        if self._held is not None:
            self._held.append(task)
        else:
            self.pool.start(task)
        return task

    def _finished(self, task_id: int) -> None:
        self.running.pop(task_id, None)
        self.ended.emit(task_id)

    def cancel_all(self) -> None:
        for task in list(self.running.values()):
            task.cancel()

    def wait(self, msecs: int = 30_000) -> bool:
        """Cancel everything and wait for the pool (on quit, so no write is cut off mid-transaction)."""
        self.cancel_all()
        self.release()  # held tasks end at once: they are cancelled
        return bool(self.pool.waitForDone(msecs))
