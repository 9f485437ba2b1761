"""The Review tab's segment list: a table over the filtered segment model.

Rows are two lines high where at least ``TWO_LINE_ROWS`` of them fit, else one line: on a small screen the
list shows more segments rather than more of each."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from amts_gui.gui.review.segment_model import COLUMNS, Column

FIXED_WIDTHS = {Column.NUMBER: 48, Column.ENGINE: 90, Column.STATUS: 96, Column.SCORE: 52}
TWO_LINE_ROWS = 8


class SegmentTable(QTableView):
    def row_heights(self) -> tuple[int, int]:
        """(one line, two lines) in this font."""
        line = self.fontMetrics().lineSpacing()
        return line + 6, line * 2 + 4

    def fit_rows(self) -> None:
        one, two = self.row_heights()
        height = two if self.viewport().height() >= TWO_LINE_ROWS * two else one
        rows = self.verticalHeader()
        if rows.defaultSectionSize() != height:
            rows.setDefaultSectionSize(height)
            self.setWordWrap(height == two)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_rows()


def make_segment_table(model: QSortFilterProxyModel) -> SegmentTable:
    """Whole-row selection, no in-place editing (the editor pane edits), text columns stretch."""
    table = SegmentTable()
    table.setObjectName("segments")
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(True)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    rows = table.verticalHeader()
    rows.setVisible(False)
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(table.row_heights()[1])
    header = table.horizontalHeader()
    for i, column in enumerate(COLUMNS):
        if column in FIXED_WIDTHS:
            header.setSectionResizeMode(i, QHeaderView.ResizeMode.Interactive)
            table.setColumnWidth(i, FIXED_WIDTHS[column])
        else:
            header.setSectionResizeMode(i, QHeaderView.ResizeMode.Stretch)
    return table
