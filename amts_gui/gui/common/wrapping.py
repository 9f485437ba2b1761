"""Rows as tall as their wrapped text: QTreeView sizes a row without its column's width, so word wrap alone
leaves a long suggestion on one line, cut off."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTreeView

PADDING = 6  # the style's margins around an item's text, roughly


class WrappingDelegate(QStyledItemDelegate):
    """Sizes each row to the text of its cells wrapped at their column's width."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self.view = view
        view.setWordWrap(True)
        view.setUniformRowHeights(False)
        view.header().sectionResized.connect(lambda *_: view.doItemsLayout())

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        option.displayAlignment = Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft  # lines start level

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        text = index.data(Qt.ItemDataRole.DisplayRole)
        width = self.view.columnWidth(index.column()) - 2 * PADDING
        if not isinstance(text, str) or width <= 0:
            return hint
        flags = int(Qt.TextFlag.TextWordWrap)
        wrapped = option.fontMetrics.boundingRect(QRect(0, 0, width, 100_000), flags, text)
        return QSize(hint.width(), max(hint.height(), wrapped.height() + PADDING))
