"""The translator's marks from the desk: a comment on the current segment, and locking the selected ones
(Ctrl+L).  Both are written through ``core.project.marks`` and go on the undo stack."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from amts_gui.core.errors import AmtsError
from amts_gui.core.project.marks import Marks, marks_of, set_comment, set_locked
from amts_gui.gui.common.messages import translated
from amts_gui.gui.review.undo import MarksCommand


class Marker(QObject):
    def __init__(self, review: Any) -> None:  # review: the ReviewTab (it imports this module)
        super().__init__(review)
        self.review = review
        review.editor.comment_entered.connect(self.save_comment)

    def save_comment(self, segment_id: str, text: str) -> None:
        store = self.review.host.store
        try:
            before = {segment_id: marks_of(store, segment_id)}
            set_comment(store, segment_id, text)
        except AmtsError as exc:
            self.review.host.notify(translated(exc))
            return
        self._push(before, self.tr("Comment on a segment"))
        self.review.host.notify(self.tr("Comment kept.") if text.strip() else self.tr("Comment removed."))

    def toggle_lock(self) -> None:
        """Lock the selected segments (unlock them when the current one is locked)."""
        review = self.review
        review.commit_edit()
        ids = review.selected_segments()
        current = review.editor.row
        if not ids or current is None:
            return
        store, lock = review.host.store, not current.locked
        try:
            before = {i: marks_of(store, i) for i in ids}
            set_locked(store, ids, lock)
        except AmtsError as exc:
            review.host.notify(translated(exc))
            return
        self._push(before, self.tr("Lock segments") if lock else self.tr("Unlock segments"))
        template = self.tr("Locked {0} segments.") if lock else self.tr("Unlocked {0} segments.")
        review.host.notify(template.format(len(ids)))

    def _push(self, before: dict[str, Marks], text: str) -> None:
        store = self.review.host.store
        after = {i: marks_of(store, i) for i in before}
        self.review.undo_stack.push(MarksCommand(store, before, after, text, self.review.segments_changed))
        self.review.segments_changed(list(before))
