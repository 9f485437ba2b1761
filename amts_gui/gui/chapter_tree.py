"""The chapter tree: folders and chapters with their progress (% accepted and segments per state)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHeaderView, QSplitter, QTreeWidget, QTreeWidgetItem, QWidget

from amts_gui.core.overview.counts import STATES, State
from amts_gui.core.project.review import ChapterProgress
from amts_gui.gui.common.vocabulary import state_names

PATH_ROLE = Qt.ItemDataRole.UserRole + 1


class ChapterTree(QTreeWidget):
    chapter_selected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chapters")
        self.others: list[str] = []  # the project's other targets: a % column each
        self.setHeaderLabels([self.tr("Chapter"), self.tr("%"), *state_names()])
        self.setUniformRowHeights(True)
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 6):
            self.header().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.header().setStretchLastSection(False)
        self.items: dict[str, QTreeWidgetItem] = {}
        self.currentItemChanged.connect(self._changed)

    def show_progress(self, progress: list[ChapterProgress]) -> None:
        """Rebuild when the chapters changed, else update the numbers in place (keeps selection and scroll)."""
        self.show_chapters([p.chapter for p in progress])
        for p in progress:
            item = self.items[p.chapter]
            item.setText(1, f"{p.percent_accepted:.0f} %")
            for column, state in enumerate(STATES, 2):
                item.setText(column, str(p.counts[state]))
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight)
            item.setToolTip(
                1,
                self.tr("{0} of %n segment(s) accepted", "", p.total).format(p.counts[State.ACCEPTED]),
            )

    def set_targets(self, current: str, targets: list[str]) -> None:
        """The % and state columns are the current target's; each other target gets a % column."""
        others = [t for t in targets if t != current]
        percent = self.tr("%") if len(targets) < 2 else f"{current} %"
        self.setHeaderLabels([self.tr("Chapter"), percent, *state_names(), *(f"{t} %" for t in others)])
        for column in range(6, 6 + len(others)):
            self.header().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.setColumnCount(6 + len(others))
        if others != self.others:
            for item in self.items.values():
                for column in range(6, 6 + len(self.others)):
                    item.setText(column, "")
        self.others = others

    def fit_in(self, splitter: QSplitter, others_width: int) -> None:
        """Widen the tree in ``splitter`` when its columns (one more per target) leave no room for the
        chapters' names, as long as the rest keeps ``others_width``."""
        tree, other = splitter.sizes()
        wanted = self.wanted_width()
        if tree < wanted and tree + other - wanted >= others_width:
            splitter.setSizes([wanted, tree + other - wanted])

    def wanted_width(self, names: int = 140) -> int:
        """The width that shows every number column and ``names`` pixels of the chapters' names."""
        header = self.header()
        numbers = sum(max(header.sectionSize(c), header.sectionSizeHint(c)) for c in range(1, self.columnCount()))
        return names + numbers + self.indentation() * 2

    def show_other_targets(self, progress: dict[str, list[ChapterProgress]]) -> None:
        """Each other target's % accepted per chapter."""
        for column, target in enumerate(self.others, 6):
            for p in progress.get(target, []):
                item = self.items.get(p.chapter)
                if item is not None:
                    item.setText(column, f"{p.percent_accepted:.0f} %")
                    item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight)
                    item.setToolTip(
                        column,
                        self.tr("{0}: {1} of %n segment(s) accepted", "", p.total).format(
                            target, p.counts[State.ACCEPTED]
                        ),
                    )

    def show_chapters(self, names: list[str]) -> None:
        """The chapters (their numbers come with :meth:`show_progress`); rebuilt only when they changed."""
        if sorted(self.items) != sorted(names):
            current = self.current_chapter()
            self.blockSignals(True)
            self.clear()
            self.items = {}
            folders: dict[str, QTreeWidgetItem] = {}
            for name in names:
                parent: QTreeWidget | QTreeWidgetItem = self
                parts = name.split("/")
                for depth in range(1, len(parts)):
                    key = "/".join(parts[:depth])
                    if key not in folders:
                        folder = QTreeWidgetItem(parent, [parts[depth - 1] + "/"])
                        folder.setExpanded(True)
                        folders[key] = folder
                    parent = folders[key]
                item = QTreeWidgetItem(parent, [parts[-1]])
                item.setData(0, PATH_ROLE, name)
                item.setToolTip(0, name)
                self.items[name] = item
            self.expandAll()
            self.blockSignals(False)
            if current in self.items:
                self.setCurrentItem(self.items[current])

    def current_chapter(self) -> str | None:
        item = self.currentItem()
        value = item.data(0, PATH_ROLE) if item is not None else None
        return str(value) if value else None

    def select(self, name: str) -> bool:
        item = self.items.get(name)
        if item is None:
            return False
        self.setCurrentItem(item)
        return True

    def _changed(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        name = current.data(0, PATH_ROLE) if current is not None else None
        if name:
            self.chapter_selected.emit(str(name))
