"""Unexpected errors in the GUI: the details go to the log, the user gets a message, the window stays.

Qt calls Python slots from its event loop; an exception escaping one reaches ``sys.excepthook``, which
by default prints a traceback on a console the translator never sees.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication

log = logging.getLogger(__name__)

Hook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def report_unexpected_errors(notify: Callable[..., None], log_path: Path) -> Hook:
    """Install (and return) a hook that logs an escaped exception and tells the user where the details are."""

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        log.error("unexpected error", exc_info=(kind, error, trace))
        text = QCoreApplication.translate(
            "Unexpected", "Something went wrong ({0}). AMTS Studio keeps running; the details are in {1}."
        )
        notify(text.format(kind.__name__, log_path), warn=True)

    sys.excepthook = hook
    return hook
