"""The Terms pane: the glossary's terms of the current segment, each with the translation the glossary
requires (and the ones it forbids, after ≠), numbered for Alt+1…9 (which inserts that term's translation
into the final); the note is in the tooltip."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from amts_gui.core.text.terms import TermEntry, TermMatch
from amts_gui.gui.common.wrapping import WrappingDelegate

INSERT_ROLE = Qt.ItemDataRole.UserRole  # the text the term puts into the final


def segment_terms(matches: list[TermMatch]) -> list[TermEntry]:
    """The distinct entries of a segment's term matches, in reading order (the numbers of Alt+n)."""
    entries: list[TermEntry] = []
    for match in matches:
        if match.entry not in entries:
            entries.append(match.entry)
    return entries


class TermsPane(QTreeWidget):
    use_term = Signal(str)  # Enter or double-click: put this translation into the final

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("terms-pane")
        self.setRootIsDecorated(False)
        self.setItemDelegate(WrappingDelegate(self))
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setHeaderLabels([self.tr("Keys"), self.tr("Term"), self.tr("Translation")])
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.entries: list[TermEntry] = []
        self.itemActivated.connect(lambda item, _c: self.use_term.emit(item.data(2, INSERT_ROLE)))
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)  # the desk adds "Ignore here"…

    def show_terms(self, entries: list[TermEntry]) -> None:
        self.clear()
        self.entries = entries
        for number, entry in enumerate(entries, start=1):
            keys = f"Alt+{number}" if number <= 9 else ""
            translation = self.tr("keep as is") if entry.do_not_translate else " / ".join(entry.targets)
            notes = [entry.note] if entry.note else []
            if entry.forbidden:
                notes.append(self.tr("not: {0}").format(", ".join(entry.forbidden)))
                translation += " ≠ " + ", ".join(entry.forbidden)  # what must not be used, at a glance
            item = QTreeWidgetItem([keys, entry.source, translation])
            item.setData(2, INSERT_ROLE, entry.preferred)
            tip = "\n".join([self.tr("Preferred: {0}").format(entry.preferred), *notes])
            for column in range(3):
                item.setToolTip(column, tip)
            self.addTopLevelItem(item)

    def selected_entry(self) -> TermEntry | None:
        """The entry of the selected row, if a row is selected."""
        item = self.currentItem()
        if item is None or not item.isSelected():
            return None
        index = self.indexOfTopLevelItem(item)
        return self.entries[index] if 0 <= index < len(self.entries) else None

    def target(self, number: int) -> str | None:
        """The preferred translation of the n-th term (1-based), if there is one."""
        return self.entries[number - 1].preferred if 1 <= number <= len(self.entries) else None
