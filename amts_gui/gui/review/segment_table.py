"""The Review tab's segment list: a table over the filtered segment model, rows of two lines."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from amts_gui.gui.review.segment_model import COLUMNS, Column

FIXED_WIDTHS = {Column.NUMBER: 48, Column.ENGINE: 90, Column.STATUS: 96, Column.SCORE: 52}


def make_segment_table(model: QSortFilterProxyModel) -> QTableView:
    """Whole-row selection, no in-place editing (the editor pane edits), text columns stretch."""
    table = QTableView()
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
    rows.setDefaultSectionSize(table.fontMetrics().lineSpacing() * 2 + 4)
    header = table.horizontalHeader()
    for i, column in enumerate(COLUMNS):
        if column in FIXED_WIDTHS:
            header.setSectionResizeMode(i, QHeaderView.ResizeMode.Interactive)
            table.setColumnWidth(i, FIXED_WIDTHS[column])
        else:
            header.setSectionResizeMode(i, QHeaderView.ResizeMode.Stretch)
    return table
