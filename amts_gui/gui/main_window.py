"""The main window: chapters on the left, the chapter's segments on the right."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHeaderView,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTableView,
)

from amts_gui.core.errors import AmtsError
from amts_gui.core.store import Store
from amts_gui.gui.segment_model import SegmentTableModel


class MainWindow(QMainWindow):
    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        self.chapters = QListWidget()
        self.chapters.setObjectName("chapters")
        self.model = SegmentTableModel(store, self)
        self.table = QTableView()
        self.table.setObjectName("segments")
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.chapters)
        splitter.addWidget(self.table)
        splitter.setStretchFactor(1, 4)
        self.setCentralWidget(splitter)
        self._build_menu()
        self.chapters.currentTextChanged.connect(self.show_chapter)
        self.reload()
        self.resize(1200, 760)

    def _build_menu(self) -> None:
        menu = self.menuBar().addMenu("&File")
        open_action = QAction("&Open project…", self)
        open_action.setShortcut(QKeySequence.StandardKey.Open)
        open_action.triggered.connect(self.choose_project)
        menu.addAction(open_action)
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        menu.addAction(quit_action)

    def reload(self) -> None:
        settings = self.store.settings()
        title = settings.name or self.store.path.name
        self.setWindowTitle(f"{title} ({settings.source_lang} → {settings.target_lang}) — AMTS Studio")
        self.chapters.clear()
        for chapter in self.store.chapters():
            self.chapters.addItem(chapter["path"])
        if self.chapters.count():
            self.chapters.setCurrentRow(0)
        stats = self.store.stats()
        total = sum(c["segments"] for c in stats["chapters"])
        chapters = len(stats["chapters"])
        self.statusBar().showMessage(
            f"{_plural(chapters, 'chapter')} · {_plural(total, 'segment')} · {_plural(stats['pairs'], 'pair')}"
        )

    def show_chapter(self, name: str) -> None:
        if name:
            self.model.load(name)
            self.table.resizeRowsToContents()

    def choose_project(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Open project", "", "AMTS projects (*.amts)")
        if not path:
            return
        try:
            self.store = Store(path)
        except AmtsError as exc:
            QMessageBox.warning(self, "Cannot open project", str(exc))
            return
        self.model = SegmentTableModel(self.store, self)
        self.table.setModel(self.model)
        self.reload()


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"
