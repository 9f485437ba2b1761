"""What a tab or a set of actions may ask of the window that hosts it – and nothing else of it.

The main window is one such host; tests can be another.  Nothing here reaches a widget: long work
goes through ``run_in_background`` (progress and Cancel in the status area), quiet checks through
``run_quietly``, and results come back as messages.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from amts_gui.core.changes import EVERYTHING, Changes
from amts_gui.core.project.store import Store
from amts_gui.gui.common.preferences import Preferences
from amts_gui.gui.common.tasks import Job, Task

Done = Callable[[Any, bool], None]  # (the job's value, whether it was cancelled), on the GUI thread


class Host(Protocol):
    @property
    def store(self) -> Store: ...

    @property
    def prefs(self) -> Preferences: ...

    def current_chapter(self) -> str | None:
        """The chapter chosen in the tree, if any."""
        ...

    def selected_segments(self) -> list[str]:
        """The ids of the segments selected in the review table, in table order."""
        ...

    def commit_edit(self) -> None:
        """Keep what the translator typed as an edit, before anything reads the project."""
        ...

    def run_in_background(
        self, title: str, label: str, job: Job, done: Done, *, kind: str | None = None
    ) -> Task | None:
        """Run ``job`` on the pool with a progress bar and Cancel; None when one of its kind still runs."""
        ...

    def run_quietly(self, kind: str, job: Job, done: Callable[[Any], None], failed: Callable[[str], None]) -> bool:
        """Run ``job`` without a progress row (timers, look-ups); False when one of its kind still runs."""
        ...

    def report(self, message: str, changes: Changes = EVERYTHING) -> None:
        """A task's result: refresh what it changed (by default, everything) and say what happened."""
        ...

    def notify(self, message: str, *, warn: bool = False) -> None:
        """Tell the user something without stopping them; a warning also gets a (non-blocking) box."""
        ...
