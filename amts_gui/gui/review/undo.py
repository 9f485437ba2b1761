"""Segment edits, acceptances and propagations as ``QUndoCommand``s, so Ctrl+Z works across segments.

The change is written first (through ``amts_gui.core.project``, so a refused change never reaches the
stack); the command keeps snapshots of its segments (final and accepted pair) from before and after,
and undo/redo put the snapshots back in one transaction, so an undone acceptance also takes its pair
out again, and one undo takes back every repetition a propagation filled.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtGui import QUndoCommand

from amts_gui.core.project.finals import SegmentState, restore_states
from amts_gui.core.project.marks import Marks, set_marks
from amts_gui.core.project.store import Store


class SegmentCommand(QUndoCommand):
    def __init__(
        self,
        store: Store,
        before: Sequence[SegmentState],
        after: Sequence[SegmentState],
        text: str,
        changed: Callable[[list[str]], None],
    ) -> None:
        """``changed(segment_ids)`` refreshes the views after an undo or redo."""
        super().__init__(text)
        self.store = store
        self.before = tuple(before)
        self.after = tuple(after)
        self._changed = changed
        self._applied = True  # the change is in the project already when the command is pushed

    @property
    def segment_ids(self) -> list[str]:
        return [state.segment_id for state in self.before]

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        restore_states(self.store, self.after)
        self._changed(self.segment_ids)

    def undo(self) -> None:
        restore_states(self.store, self.before)
        self._changed(self.segment_ids)


class MarksCommand(QUndoCommand):
    """A comment or a lock changed on some segments: undo puts their marks back."""

    def __init__(
        self,
        store: Store,
        before: dict[str, Marks],
        after: dict[str, Marks],
        text: str,
        changed: Callable[[list[str]], None],
    ) -> None:
        super().__init__(text)
        self.store, self.before, self.after, self._changed = store, before, after, changed
        self._applied = True

    def _put(self, marks: dict[str, Marks]) -> None:
        with self.store.transaction():
            for segment_id, mark in marks.items():
                set_marks(self.store, segment_id, mark)
        self._changed(list(marks))

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self._put(self.after)

    def undo(self) -> None:
        self._put(self.before)


class CallbackCommand(QUndoCommand):
    """A change made already, with the calls that take it back and make it again (a glossary lesson)."""

    def __init__(self, text: str, *, undo: Callable[[], object], redo: Callable[[], object]) -> None:
        super().__init__(text)
        self._undo, self._redo = undo, redo
        self._applied = True

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self._redo()

    def undo(self) -> None:
        self._undo()
