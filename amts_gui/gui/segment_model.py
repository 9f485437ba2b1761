"""Table model over a chapter's segments (no widgets; testable on its own)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from amts_gui.core.store import Store

Index = QModelIndex | QPersistentModelIndex


class SegmentTableModel(QAbstractTableModel):
    COLUMNS = ("#", "Source", "Translation", "Status")

    def __init__(self, store: Store, parent: Any = None) -> None:
        super().__init__(parent)
        self._store = store
        self._rows: list[dict[str, Any]] = []
        self.chapter: str | None = None

    def load(self, chapter: str) -> None:
        self.beginResetModel()
        self.chapter = chapter
        self._rows = self._store.segments(chapter)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default argument
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.COLUMNS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if column == 0:
            return row["position"] + 1
        if column == 1:
            return row["source"]
        if column == 2:
            return row["final"] if row["final"] is not None else (row["draft"] or "")
        return row["status"]

    def segment_id(self, row: int) -> str:
        return str(self._rows[row]["id"])
