"""Segment edits and acceptances as ``QUndoCommand``s, so Ctrl+Z works across segments.

The change is written first (through ``amts_gui.core.project.finals``, so a refused change never reaches
the stack); the command keeps snapshots of the segment (final and accepted pair) from before and
after, and undo/redo put a snapshot back in one transaction, so an undone acceptance also takes its
pair out again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from amts_gui.core.project.finals import SegmentState, restore_state
from amts_gui.core.project.store import Store


class SegmentCommand(QUndoCommand):
    def __init__(
        self, store: Store, before: SegmentState, after: SegmentState, text: str, changed: Callable[[str], None]
    ) -> None:
        """``changed(segment_id)`` refreshes the views after an undo or redo."""
        super().__init__(text)
        self.store = store
        self.before = before
        self.after = after
        self._changed = changed
        self._applied = True  # the change is in the project already when the command is pushed

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        restore_state(self.store, self.after)
        self._changed(self.after.segment_id)

    def undo(self) -> None:
        restore_state(self.store, self.before)
        self._changed(self.before.segment_id)
