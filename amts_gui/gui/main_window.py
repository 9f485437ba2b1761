"""The main window: chapters on the left, the chapter's segments on the right."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHeaderView,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QSplitter,
    QTableView,
)

from amts_gui.core.errors import AmtsError
from amts_gui.core.parallel import ChapterAlignment, align_project, export_project_pairs, import_pairs
from amts_gui.core.store import Store
from amts_gui.gui.engine_actions import EngineActions
from amts_gui.gui.segment_model import SegmentTableModel
from amts_gui.gui.tasks import Cancelled, Progress, Worker


class MainWindow(QMainWindow):
    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        self.worker: Worker | None = None
        self.last_message = ""
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
        self.engines = EngineActions(self)
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

        data = self.menuBar().addMenu("&Parallel data")
        self.align_action = QAction("&Align chapters with their reference", self)
        self.align_action.setShortcut(QKeySequence("Ctrl+Shift+A"))
        self.align_action.triggered.connect(self.align_chapters)
        data.addAction(self.align_action)
        export_action = QAction("&Export pairs for Amazon Translate…", self)
        export_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        export_action.triggered.connect(self.export_pairs)
        data.addAction(export_action)
        import_action = QAction("&Import translation memory…", self)
        import_action.triggered.connect(self.import_memory)
        data.addAction(import_action)

    def reload(self) -> None:
        settings = self.store.settings()
        title = settings.name or self.store.path.name
        self.setWindowTitle(f"{title} ({settings.source_lang} → {settings.target_lang}) — AMTS Studio")
        current = self.current_chapter()
        self.chapters.blockSignals(True)
        self.chapters.clear()
        for chapter in self.store.chapters():
            self.chapters.addItem(chapter["path"])
        self.chapters.blockSignals(False)
        names = [self.chapters.item(i).text() for i in range(self.chapters.count())]
        if names:
            self.chapters.setCurrentRow(names.index(current) if current in names else 0)
            self.show_chapter(self.current_chapter() or "")
        stats = self.store.stats()
        total = sum(c["segments"] for c in stats["chapters"])
        chapters = len(stats["chapters"])
        self.statusBar().showMessage(
            f"{_plural(chapters, 'chapter')} · {_plural(total, 'segment')} · {_plural(stats['pairs'], 'pair')}"
        )

    # -- parallel data ----------------------------------------------------------
    def run_in_background(
        self, title: str, label: str, job: Callable[[Progress, Cancelled], Any], done: Callable[[Any, bool], None]
    ) -> Worker | None:
        """Run ``job`` in a worker thread behind a cancellable progress dialog; ``done(result, cancelled)``
        runs on the GUI thread.  One background task at a time."""
        if self.worker is not None:
            self.statusBar().showMessage("Another task is still running.", 5_000)
            return None
        dialog = QProgressDialog(label, "Cancel", 0, 0, self)
        dialog.setWindowTitle(title)
        dialog.setMinimumDuration(300)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        worker = Worker(job, self)
        self.worker = worker

        def progressed(value: int, total: int, what: str) -> None:
            dialog.setMaximum(total)
            dialog.setValue(value)
            if what:
                dialog.setLabelText(f"{title}: {what}")

        def failed(message: str) -> None:
            self.last_message = message
            QMessageBox.warning(self, f"{title} failed", message)

        def finished() -> None:
            dialog.reset()
            self.worker = None

        worker.progressed.connect(progressed)
        worker.succeeded.connect(lambda result: done(result, worker.cancelled))
        worker.failed.connect(failed)
        worker.finished.connect(finished)
        dialog.canceled.connect(worker.cancel)
        worker.start()
        return worker

    def report(self, message: str) -> None:
        self.last_message = message
        self.reload()
        self.statusBar().showMessage(message, 15_000)

    def align_chapters(self) -> None:
        """Align every chapter that has a reference, in a worker thread, with a cancellable progress dialog."""
        store = self.store

        def job(progress: Progress, cancelled: Cancelled) -> list[ChapterAlignment]:
            return align_project(store, progress=progress, cancelled=cancelled)

        def done(results: list[ChapterAlignment], cancelled: bool) -> None:
            pairs = sum(r.sentence_pairs for r in results)
            flagged = sum(r.flagged for r in results)
            note = " (cancelled)" if cancelled else ""
            summary = f"{_plural(pairs, 'sentence pair')}, {flagged} flagged"
            self.report(
                f"Aligned {_plural(len(results), 'chapter')}{note}: {summary}"
                if results
                else "No chapter has a reference translation to align with."
            )

        self.run_in_background("Aligning", "Loading the sentence encoder…", job, done)

    def export_pairs(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, "Export pairs", "pairs.tmx", "TMX 1.4b (*.tmx);;CSV (*.csv);;TSV (*.tsv)"
        )
        if not path:
            return
        out = Path(path)
        fmt = out.suffix.lower().lstrip(".") or "tmx"
        try:
            report = export_project_pairs(self.store, out, fmt)
        except AmtsError as exc:
            QMessageBox.warning(self, "Cannot export", str(exc))
            return
        details = "\n".join(str(n) for n in report.notes[:200])
        text = f"Wrote {_plural(report.written, 'pair')} to {out.name}; {report.skipped} skipped."
        box = QMessageBox(QMessageBox.Icon.Information, "Pairs exported", text, parent=self)
        if details:
            box.setDetailedText(details)
        box.exec()

    def import_memory(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, "Import translation memory", "", "Translation memories (*.tmx *.csv *.tsv)"
        )
        if not path:
            return
        try:
            report = import_pairs(self.store, Path(path))
        except AmtsError as exc:
            QMessageBox.warning(self, "Cannot import", str(exc))
            return
        self.reload()
        self.statusBar().showMessage(
            f"Imported {_plural(report.added, 'pair')}; {report.duplicates} already present", 10_000
        )

    def current_chapter(self) -> str | None:
        item = self.chapters.currentItem()
        return item.text() if item is not None else None

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
