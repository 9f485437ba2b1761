"""The review table: a model over a chapter's segments, and a filter proxy (no widgets; testable alone).

No per-row widgets and no per-row queries: a chapter is one query (``review_rows``), cells are plain
strings cut to a screenful, and diffs are drawn only for the segment in the editor.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from amts_gui.core.project.review import ReviewRow, State, review_rows
from amts_gui.core.project.store import Store
from amts_gui.core.text.qa import TERM_KINDS
from amts_gui.gui.common.messages import translated

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
CELL_CHARS = 400

# translucent, so that they read on light and dark palettes alike
STATE_COLOURS = {
    State.UNTRANSLATED: None,
    State.DRAFT: QColor(255, 193, 7, 40),
    State.EDITED: QColor(33, 150, 243, 45),
    State.ACCEPTED: QColor(76, 175, 80, 50),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("SegmentTableModel", text)  # the literals are marked in _MARKED


class Column(StrEnum):
    NUMBER = "#"
    SOURCE = "Source"
    DRAFT = "Draft"
    ENGINE = "Engine"
    REFERENCE = "Reference"
    FINAL = "Final"
    STATUS = "Status"
    SCORE = "TM %"


# for lupdate: the column and state names above and below, in this model's translation context
_MARKED = (
    QT_TRANSLATE_NOOP("SegmentTableModel", "Source"),
    QT_TRANSLATE_NOOP("SegmentTableModel", "Draft"),
    QT_TRANSLATE_NOOP("SegmentTableModel", "Engine"),
    QT_TRANSLATE_NOOP("SegmentTableModel", "Reference"),
    QT_TRANSLATE_NOOP("SegmentTableModel", "Final"),
    QT_TRANSLATE_NOOP("SegmentTableModel", "Status"),
    QT_TRANSLATE_NOOP("SegmentTableModel", "TM %"),
    QT_TRANSLATE_NOOP("SegmentTableModel", "untranslated"),
    QT_TRANSLATE_NOOP("SegmentTableModel", "draft"),
    QT_TRANSLATE_NOOP("SegmentTableModel", "edited"),
    QT_TRANSLATE_NOOP("SegmentTableModel", "accepted"),
)


COLUMNS = list(Column)


def _cell(text: str | None) -> str:
    if not text:
        return ""
    flat = " ".join(text.split())
    return flat if len(flat) <= CELL_CHARS else flat[: CELL_CHARS - 1] + "…"


class SegmentTableModel(QAbstractTableModel):
    def __init__(self, store: Store, parent: Any = None) -> None:
        super().__init__(parent)
        self.store = store
        self.rows: list[ReviewRow] = []
        self._position: dict[str, int] = {}
        self.chapter: str | None = None

    # -- loading ------------------------------------------------------------------
    def load(self, chapter: str | None) -> None:
        self.beginResetModel()
        self.chapter = chapter
        self.rows = review_rows(self.store, chapter) if chapter else []
        self._position = {r.id: i for i, r in enumerate(self.rows)}
        self.endResetModel()

    def set_rows(self, chapter: str, rows: list[ReviewRow]) -> None:
        """Take rows read elsewhere (a worker); a reset only when the segments themselves changed."""
        if chapter != self.chapter or [r.id for r in rows] != [r.id for r in self.rows]:
            self.beginResetModel()
            self.chapter = chapter
            self.rows = rows
            self._position = {r.id: i for i, r in enumerate(rows)}
            self.endResetModel()
            return
        self.rows = rows
        if rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(COLUMNS) - 1))

    def refresh(self, ids: list[str] | None = None) -> None:
        """Re-read the given segments (all when None) without resetting the view."""
        if self.chapter is None:
            return
        if ids is None:
            self.set_rows(self.chapter, review_rows(self.store, self.chapter))
            return
        for row in review_rows(self.store, self.chapter, only=ids):
            i = self._position.get(row.id)
            if i is not None:
                self.rows[i] = row
                self.dataChanged.emit(self.index(i, 0), self.index(i, len(COLUMNS) - 1))

    def row_of(self, segment_id: str) -> int | None:
        return self._position.get(segment_id)

    # -- Qt model API ---------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default argument
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return _tr(COLUMNS[section].value)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = COLUMNS[index.column()]
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and row.locked and column == Column.FINAL:
            return QColor(128, 128, 128)  # a locked final reads as fixed
        if role == Qt.ItemDataRole.BackgroundRole and column in (Column.NUMBER, Column.STATUS):
            return STATE_COLOURS[row.state]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (Column.NUMBER, Column.SCORE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return None

    @staticmethod
    def _display(row: ReviewRow, column: Column) -> Any:
        if column == Column.NUMBER:
            return row.number
        if row.from_scratch and column in (Column.DRAFT, Column.REFERENCE, Column.SCORE):
            return "—"  # a from-scratch control: nothing to copy from
        if row.from_scratch and column == Column.ENGINE:
            return QCoreApplication.translate("SegmentTableModel", "from scratch")
        if column == Column.SOURCE:
            return _cell(row.source)
        if column == Column.DRAFT:
            return _cell(row.draft.text if row.draft else None)
        if column == Column.ENGINE:
            return row.draft.label if row.draft else ""
        if column == Column.REFERENCE:
            return _cell(row.reference)
        if column == Column.FINAL:
            return _cell(row.final if row.status != "new" else None)
        if column == Column.STATUS:
            marks = "".join(
                mark
                for mark, shown in (
                    (" ⚠", row.findings),
                    (" Δ", row.source_changed),
                    (" ⇉", row.propagated),
                    (" ✎", row.comment),
                    (" ⊘", row.locked),
                )
                if shown
            )
            return _tr(row.state.value) + marks
        if row.draft is not None and row.draft.score is not None:
            return f"{row.draft.score:.0f}"
        return ""

    @staticmethod
    def _tooltip(row: ReviewRow, column: Column) -> str | None:
        if column == Column.SOURCE:
            return row.source
        if row.from_scratch and column in (Column.DRAFT, Column.REFERENCE):
            return None
        if column == Column.DRAFT and row.draft:
            return f"{row.draft.label}\n{row.draft.text}"
        if column == Column.REFERENCE:
            return row.reference
        if column == Column.FINAL:
            return row.final
        if column == Column.STATUS:
            lines = [translated(f.text) for f in row.findings]
            if row.propagated:
                lines.append(
                    QCoreApplication.translate("SegmentTableModel", "filled in from an identical accepted sentence")
                )
            if row.source_changed:
                lines.append(
                    QCoreApplication.translate(
                        "SegmentTableModel", "the source sentence is new or changed since the first import"
                    )
                )
            if row.comment:
                lines.append(QCoreApplication.translate("SegmentTableModel", "comment: {0}").format(row.comment))
            if row.locked:
                lines.append(QCoreApplication.translate("SegmentTableModel", "locked: the final cannot change"))
            return "\n".join(lines) or None
        return None


class Filter(StrEnum):
    """The table's status filters (their labels live with the window, which translates them)."""

    ALL = "all"
    UNTRANSLATED = "untranslated"
    NEEDS_REVIEW = "needs-review"
    EDITED = "edited"
    ACCEPTED = "accepted"
    SOURCE_CHANGED = "source-changed"
    QA = "qa"
    QA_ERRORS = "qa-errors"
    TERMS = "terms"
    PROPAGATED = "propagated"
    COMMENTED = "commented"
    LOCKED = "locked"


def matches_filter(row: ReviewRow, kind: Filter) -> bool:
    if kind == Filter.UNTRANSLATED:
        return row.state == State.UNTRANSLATED
    if kind == Filter.NEEDS_REVIEW:
        return row.state in (State.DRAFT, State.EDITED) or (bool(row.findings) and row.state != State.ACCEPTED)
    if kind == Filter.EDITED:
        return row.state == State.EDITED
    if kind == Filter.ACCEPTED:
        return row.state == State.ACCEPTED
    if kind == Filter.SOURCE_CHANGED:
        return row.source_changed
    if kind == Filter.QA:
        return bool(row.findings)
    if kind == Filter.QA_ERRORS:
        return any(f.is_error for f in row.findings)
    if kind == Filter.TERMS:
        return any(f.kind in TERM_KINDS for f in row.findings)
    if kind == Filter.PROPAGATED:
        return row.propagated
    if kind == Filter.COMMENTED:
        return bool(row.comment)
    if kind == Filter.LOCKED:
        return row.locked
    return True


class SegmentFilter(QSortFilterProxyModel):
    """A status filter and a case-insensitive search over source, draft, reference and final."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.kind = Filter.ALL
        self.needle = ""

    def set_filter(self, kind: Filter) -> None:
        self.kind = kind
        self._refilter()

    def set_search(self, text: str) -> None:
        self.needle = text.strip().casefold()
        self._refilter()

    def _refilter(self) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt ≥ 6.9
            self.beginFilterChange()
            self.endFilterChange()
        else:
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, SegmentTableModel):
            return True
        row = model.rows[source_row]
        if not matches_filter(row, self.kind):
            return False
        if not self.needle:
            return True
        texts = (row.source, row.draft.text if row.draft else "", row.reference or "", row.final or "")
        return any(self.needle in t.casefold() for t in texts)
