"""The keyboard shortcut sheet (Help ▸ Keyboard shortcuts, F1), built from the window's live actions."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


def shortcut_rows(actions: Sequence[QAction]) -> list[tuple[str, str]]:
    """(keys, what they do) for every action with a shortcut, then the editor's own keys."""
    rows: list[tuple[str, str]] = []
    seen: set[str] = set()
    for action in actions:
        # Ctrl+Return and Ctrl+Enter read the same in Chinese ("Ctrl+回车"): each text once
        keys = ", ".join(dict.fromkeys(s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts()))
        what = action.text().replace("&", "")
        if keys and keys not in seen:
            seen.add(keys)
            rows.append((keys, what))
    rows += [
        ("Alt+1 … Alt+9", QCoreApplication.translate("ShortcutSheet", "Insert the segment's glossary term 1 … 9")),
        (
            "Ctrl+Alt+1 … Ctrl+Alt+9",
            QCoreApplication.translate("ShortcutSheet", "Insert placeholder ⟦1⟧ … ⟦9⟧ in the final"),
        ),
        (
            "Backspace / Delete ×2",
            QCoreApplication.translate("ShortcutSheet", "Delete a placeholder (the first press selects it)"),
        ),
        ("Enter", QCoreApplication.translate("ShortcutSheet", "Use the selected suggestion")),
    ]
    return rows


class ShortcutSheet(QDialog):
    def __init__(self, actions: Sequence[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcut-sheet")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = shortcut_rows(actions)
        self.table = QTableWidget(len(rows), 2)
        self.table.setObjectName("shortcut-table")
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Action")])
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for i, (keys, what) in enumerate(rows):
            self.table.setItem(i, 0, QTableWidgetItem(keys))
            self.table.setItem(i, 1, QTableWidgetItem(what))
        self.table.resizeColumnToContents(0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(620, 640)
