"""Long operations in a worker thread, with progress, cancellation and a typed outcome.

The job is a plain function from ``amts_gui.core`` that takes a progress callback
and a cancellation check; it never touches widgets. Results come back through
queued signals, so slots run on the GUI thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QThread, Signal

from amts_gui.core.errors import AmtsError

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]
Job = Callable[[Progress, Cancelled], Any]


class Worker(QThread):
    progressed = Signal(int, int, str)  # done, total, what is being worked on
    succeeded = Signal(object)
    failed = Signal(str)

    def __init__(self, job: Job, parent: Any = None) -> None:
        super().__init__(parent)
        self._job = job
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            result = self._job(self.progressed.emit, self._cancel.is_set)
        except AmtsError as exc:
            self.failed.emit(str(exc))
        except Exception as exc:  # noqa: BLE001 - a worker must report, not die silently
            log.exception("background task failed")
            self.failed.emit(f"Unexpected error ({type(exc).__name__}); see the log for details.")
        else:
            self.succeeded.emit(result)
