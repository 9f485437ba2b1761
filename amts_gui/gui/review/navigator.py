"""Moving through the chapter's list by what a segment needs: the next (or previous) one not yet accepted,
the next with a QA finding, or a segment by its number (the box beside the filter, Ctrl+G)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import QLineEdit

from amts_gui.core.project.review import ReviewRow, State
from amts_gui.gui.review.segment_model import ROW_ROLE


class Navigator(QObject):
    def __init__(self, review: Any) -> None:  # review: the ReviewTab (it imports this module)
        super().__init__(review)
        self.review = review
        self.number_box = QLineEdit()
        self.number_box.setObjectName("go-to-segment")
        self.number_box.setValidator(QIntValidator(1, 999_999))
        self.number_box.setPlaceholderText(self.tr("Go to #"))
        self.number_box.setMaximumWidth(self.number_box.fontMetrics().horizontalAdvance("Go to #####") + 16)
        self.number_box.setToolTip(self.tr("Type a segment number and press Enter (Ctrl+G)"))
        self.number_box.returnPressed.connect(self._number_entered)

    def next_where(self, wanted: Callable[[ReviewRow], bool], direction: int = 1) -> bool:
        """Select the next row of the list (wrapping) that ``wanted`` accepts; False when none does."""
        proxy, table = self.review.proxy, self.review.table
        count = proxy.rowCount()
        start = table.currentIndex().row() if table.currentIndex().isValid() else -1
        for step in range(1, count + 1):
            candidate = (start + direction * step) % count
            if wanted(proxy.index(candidate, 0).data(ROW_ROLE)):
                self.review.select_proxy_row(candidate)
                self.review.editor.final.setFocus()
                return True
        return False

    def unconfirmed(self, direction: int = 1) -> None:
        """The next (or previous) segment not accepted yet: untranslated, a draft or an edit."""
        if not self.next_where(lambda row: row.state != State.ACCEPTED, direction):
            self.review.host.notify(self.tr("Every segment in this list is accepted."))

    def with_findings(self, direction: int = 1) -> None:
        if not self.next_where(lambda row: bool(row.findings), direction):
            self.review.host.notify(self.tr("No segment in this list has a QA finding."))

    def ask_number(self) -> None:
        self.number_box.setFocus()
        self.number_box.selectAll()

    def _number_entered(self) -> None:
        text = self.number_box.text().strip()
        if text.isdigit():
            self.go_to(int(text))

    def go_to(self, number: int) -> bool:
        """Open segment ``number`` of the chapter (the filter gives way if it hides it)."""
        rows = self.review.model.rows
        found = next((row for row in rows if row.number == number), None)
        if found is None:
            self.review.host.notify(self.tr("This chapter has segments 1 to {0}.").format(len(rows)))
            return False
        self.review.open_segment(found.id)
        self.review.editor.final.setFocus()
        return True
