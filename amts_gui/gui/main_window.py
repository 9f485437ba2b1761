"""The main window: chapter tree, segment table, editor pane, toolbar, task area.

It is a thin layer: reading and writing go through ``amts_gui.core``/``engines``; long work goes to
``TaskRunner``; segment changes go through the undo stack.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from amts_gui import __version__
from amts_gui.config import user_data_dir
from amts_gui.core.errors import AmtsError
from amts_gui.core.fileio import atomic_write_text
from amts_gui.core.parallel.project_pairs import ChapterAlignment, align_project, export_project_pairs, import_pairs
from amts_gui.core.project.finals import accept_segment, save_edit, snapshot
from amts_gui.core.project.jobs import sync_summary
from amts_gui.core.project.review import ChapterProgress, ReviewRow, State, chapter_progress, review_rows
from amts_gui.core.project.store import Store
from amts_gui.core.text.placeholders import mask, restore
from amts_gui.gui.actions.engine_actions import EngineActions
from amts_gui.gui.chapter_tree import ChapterTree
from amts_gui.gui.dashboard.dashboard import Dashboard
from amts_gui.gui.preferences import Preferences
from amts_gui.gui.review.editor_pane import EditorPane
from amts_gui.gui.review.segment_model import COLUMNS, ROW_ROLE, Column, Filter, SegmentFilter, SegmentTableModel
from amts_gui.gui.review.suggestions import Suggestions, SuggestionService
from amts_gui.gui.review.undo import SegmentCommand
from amts_gui.gui.task_panel import TaskPanel
from amts_gui.gui.tasks import Cancelled, Progress, Task, TaskError, TaskResult, TaskRunner

FILTER_LABELS = {
    Filter.ALL: QT_TRANSLATE_NOOP("MainWindow", "All segments"),
    Filter.UNTRANSLATED: QT_TRANSLATE_NOOP("MainWindow", "Untranslated"),
    Filter.NEEDS_REVIEW: QT_TRANSLATE_NOOP("MainWindow", "Needs review"),
    Filter.EDITED: QT_TRANSLATE_NOOP("MainWindow", "Edited"),
    Filter.ACCEPTED: QT_TRANSLATE_NOOP("MainWindow", "Accepted"),
    Filter.SOURCE_CHANGED: QT_TRANSLATE_NOOP("MainWindow", "Source changed"),
    Filter.QA: QT_TRANSLATE_NOOP("MainWindow", "QA problems"),
}


class MainWindow(QMainWindow):
    def __init__(self, store: Store, prefs: Preferences | None = None) -> None:
        super().__init__()
        self.setObjectName("main-window")
        self.store = store
        self.prefs = prefs or Preferences()
        self.last_message = ""
        self._refresh_request = 0
        self.runner = TaskRunner(self)
        self.undo_stack = QUndoStack(self)
        self.actions: dict[str, QAction] = {}

        self.tree = ChapterTree()
        self.tree.chapter_selected.connect(self.show_chapter)
        self.model = SegmentTableModel(store, self)
        self.proxy = SegmentFilter(self)
        self.proxy.setDynamicSortFilter(False)  # rows stay put while one works through a filtered list
        self.proxy.setSourceModel(self.model)
        self.table = self._make_table()
        self.editor = EditorPane()
        self.editor.accept_requested.connect(self.accept_and_next)
        self.editor.use_suggestion.connect(self.use_suggestion)
        self.suggestions = SuggestionService(store, self.runner, self)
        self.suggestions.threshold = self.prefs.suggestion_threshold
        self.suggestions.ready.connect(self._suggestions_ready)

        self.filter_box = QComboBox()
        self.filter_box.setObjectName("filter")
        for kind in Filter:
            self.filter_box.addItem(self.tr(FILTER_LABELS[kind]), kind)
        self.filter_box.currentIndexChanged.connect(self._filter_changed)
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Find in source and target (Ctrl+F)"))
        self.search.textChanged.connect(self._search_changed)
        self.shown_label = QLabel()

        self.review_splitter = QSplitter(Qt.Orientation.Vertical)
        self.review_splitter.setObjectName("review-splitter")
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Show")))
        bar.addWidget(self.filter_box)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.shown_label)
        top_layout.addLayout(bar)
        top_layout.addWidget(self.table)
        self.review_splitter.addWidget(top)
        self.review_splitter.addWidget(self.editor)
        self.review_splitter.setStretchFactor(0, 3)
        self.review_splitter.setStretchFactor(1, 2)

        self.dashboard = Dashboard(self.runner, self.prefs)
        self.dashboard.set_store(store)
        self.dashboard.segment_requested.connect(self.open_segment)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("tabs")
        self.tabs.addTab(self.review_splitter, self.tr("Review"))
        self.tabs.addTab(self.dashboard, self.tr("Dashboard"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.main_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.main_splitter.setObjectName("main-splitter")
        self.main_splitter.addWidget(self.tree)
        self.main_splitter.addWidget(self.tabs)
        self.main_splitter.setStretchFactor(1, 4)
        self.main_splitter.setSizes([380, 1020])
        self.setCentralWidget(self.main_splitter)

        self.task_panel = TaskPanel(self.runner)
        self.statusBar().addPermanentWidget(self.task_panel)
        self.sync_label = QLabel()
        self.sync_label.setObjectName("sync-status")
        self.jobs_label = QLabel()
        self.jobs_label.setObjectName("job-status")
        self._build_menus()
        self.engines = EngineActions(self)
        self._build_toolbar()
        self.resize(1280, 800)
        geometry = self.prefs.layout("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        self._layout_restored = False
        self.prefs.remember_project(str(store.path))  # the next start opens it
        self.reload()

    # -- construction -----------------------------------------------------------------------
    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("segments")
        table.setModel(self.proxy)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(True)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.verticalHeader().setVisible(False)
        rows = table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(table.fontMetrics().lineSpacing() * 2 + 4)
        header = table.horizontalHeader()
        widths = {Column.NUMBER: 48, Column.ENGINE: 90, Column.STATUS: 96, Column.SCORE: 52}
        for i, column in enumerate(COLUMNS):
            if column in widths:
                header.setSectionResizeMode(i, QHeaderView.ResizeMode.Interactive)
                table.setColumnWidth(i, widths[column])
            else:
                header.setSectionResizeMode(i, QHeaderView.ResizeMode.Stretch)
        table.selectionModel().currentRowChanged.connect(self._current_changed)
        return table

    def _action(
        self, key: str, text: str, slot: Callable[[], Any], shortcut: str | QKeySequence.StandardKey | None = None
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)  # shortcuts work wherever the focus is in the window
        self.actions[key] = action
        return action

    def _build_menus(self) -> None:
        file = self.menuBar().addMenu(self.tr("&File"))
        file.addAction(self._action("new", self.tr("&New project…"), self.new_project, QKeySequence.StandardKey.New))
        file.addAction(
            self._action("open", self.tr("&Open project…"), self.choose_project, QKeySequence.StandardKey.Open)
        )
        self.recent_menu = file.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file.addAction(self._action("import", self.tr("&Import chapters…"), self.import_chapters, "Ctrl+I"))
        file.addAction(self._action("export", self.tr("&Export chapter Markdown…"), self.export_chapter, "Ctrl+E"))
        file.addSeparator()
        file.addAction(self._action("settings", self.tr("Se&ttings…"), self.edit_settings, "Ctrl+,"))
        file.addSeparator()
        file.addAction(self._action("quit", self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit))

        edit = self.menuBar().addMenu(self.tr("&Edit"))
        undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcuts(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcuts(QKeySequence.StandardKey.Redo)
        for key, action in (("undo", undo), ("redo", redo)):
            self.addAction(action)
            self.actions[key] = action
            edit.addAction(action)
        edit.addSeparator()
        edit.addAction(self._action("accept", self.tr("&Accept and go to next"), self.accept_and_next, "Ctrl+Return"))
        self.actions["accept"].setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        edit.addAction(self._action("previous", self.tr("&Previous segment"), lambda: self.move(-1), "Ctrl+Up"))
        edit.addAction(self._action("next", self.tr("&Next segment"), lambda: self.move(1), "Ctrl+Down"))
        edit.addAction(self._action("copy_draft", self.tr("Copy &draft to final"), self.copy_draft, "Ctrl+Shift+D"))
        edit.addAction(
            self._action("copy_reference", self.tr("Copy &reference to final"), self.copy_reference, "Ctrl+Shift+R")
        )
        edit.addSeparator()
        edit.addAction(self._action("find", self.tr("&Find…"), self.focus_search, QKeySequence.StandardKey.Find))
        edit.addAction(
            self._action("concordance", self.tr("&Concordance for the selected words"), self.concordance, "F3")
        )

        data = self.menuBar().addMenu(self.tr("&Parallel data"))
        data.addAction(
            self._action("align", self.tr("&Align chapters with their reference"), self.align_chapters, "Ctrl+Shift+A")
        )
        data.addAction(
            self._action(
                "export_pairs", self.tr("&Export pairs for Amazon Translate…"), self.export_pairs, "Ctrl+Shift+E"
            )
        )
        data.addAction(self._action("import_tm", self.tr("&Import translation memory…"), self.import_memory))

        view = self.menuBar().addMenu(self.tr("&View"))
        view.addAction(self._action("show_review", self.tr("&Review"), self.show_review, "Ctrl+1"))
        view.addAction(self._action("show_dashboard", self.tr("&Dashboard"), self.show_dashboard, "Ctrl+2"))
        view.addAction(self._action("refresh_scores", self.tr("Refresh &scores"), self.refresh_scores, "F5"))

        self.help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.help_menu.addAction(self._action("shortcuts", self.tr("&Keyboard shortcuts"), self.show_shortcuts, "F1"))
        self.help_menu.addAction(self._action("about", self.tr("&About AMTS Studio"), self.about))

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Main"))
        bar.setObjectName("main-toolbar")
        self.addToolBar(bar)
        self.engine_box = QComboBox()
        self.engine_box.setObjectName("engine")
        for key, label in (
            ("tm", self.tr("Translation memory")),
            ("amazon-realtime", self.tr("Amazon Translate")),
            ("amazon-act", self.tr("Amazon Translate + ACT (batch)")),
        ):
            self.engine_box.addItem(label, key)
        index = self.engine_box.findData(self.prefs.engine)
        self.engine_box.setCurrentIndex(max(index, 0))
        self.engine_box.currentIndexChanged.connect(
            lambda _i: setattr(self.prefs, "engine", self.engine_box.currentData())
        )
        bar.addWidget(self.engine_box)
        bar.addAction(self._action("translate", self.tr("Translate chapter"), lambda: self.translate(selected=False)))
        bar.addAction(
            self._action(
                "translate_selected", self.tr("Translate selected"), lambda: self.translate(selected=True), "Ctrl+Alt+T"
            )
        )
        bar.addSeparator()
        sync = self.engines.actions["push"]
        sync.setText(self.tr("Sync parallel data"))
        bar.addAction(sync)
        bar.addWidget(self.sync_label)
        bar.addSeparator()
        bar.addAction(self.actions["align"])
        bar.addAction(self.actions["export"])
        bar.addSeparator()
        bar.addWidget(self.jobs_label)

    # -- project ----------------------------------------------------------------------------
    def set_store(self, store: Store) -> None:
        """Switch to another project (the window, layout and preferences stay)."""
        self.commit_edit()
        self.runner.wait(10_000)
        self.store = store
        self.undo_stack.clear()
        self.model.store = store
        self.suggestions.store = store
        self.suggestions.invalidate()
        self.model.load(None)
        self.editor.show_row(None)
        self.prefs.remember_project(str(store.path))
        self.engines.project_changed()
        self.dashboard.set_store(store)
        self.reload()

    # -- tabs ---------------------------------------------------------------------------------
    def show_review(self) -> None:
        self.tabs.setCurrentWidget(self.review_splitter)

    def show_dashboard(self) -> None:
        self.tabs.setCurrentWidget(self.dashboard)

    def refresh_scores(self) -> None:
        self.show_dashboard()
        self.dashboard.refresh_scores()

    def _tab_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.dashboard:
            self.dashboard.refresh_scores()

    def open_segment(self, chapter: str, segment_id: str) -> None:
        """Show a segment in the review tab (from the dashboard's worst segments)."""
        self.show_review()
        if self.current_chapter() != chapter:
            self.tree.select(chapter)
        if not self.select_segment(segment_id):
            self.filter_box.setCurrentIndex(0)
            self.search.clear()
            if not self.select_segment(segment_id):
                self.notify(self.tr("That segment is no longer in the chapter."), warn=True)
                return
        self.editor.setFocus()

    def reload(self, *, background: bool = False) -> None:
        """Re-read everything from the project: chapters, progress, the current chapter's segments
        (``background``: the segments are read in a worker, so a big chapter never stalls the window)."""
        settings = self.store.settings()
        self.editor.source_lang = settings.source_lang
        title = settings.name or self.store.path.name
        self.setWindowTitle(f"{title} ({settings.source_lang} → {settings.target_lang}) — AMTS Studio")
        progress = self.refresh_progress()
        current = self.current_chapter()
        if current is None and progress:
            self.tree.select(progress[0].chapter)  # emits chapter_selected → show_chapter
        elif current is not None and background:
            self._refresh_rows_in_background()
        elif current is not None:
            self.model.refresh()
            self._rows_refreshed()
        self.update_sync_status()
        if self.tabs.currentWidget() is self.dashboard:
            self.dashboard.refresh_scores()
        segments = sum(p.total for p in progress)
        pairs = self.store.db.execute("SELECT COUNT(*) FROM pairs").fetchone()[0]
        self.statusBar().showMessage(
            self.tr("{0} chapters · {1} segments · {2} pairs").format(len(progress), segments, pairs)
        )

    def _refresh_rows_in_background(self) -> None:
        self._refresh_request += 1
        request, chapter, store = self._refresh_request, self.model.chapter, self.store
        if chapter is None:
            return

        def job(progress: Progress, cancelled: Cancelled) -> list[ReviewRow]:
            return review_rows(store, chapter)

        def done(result: TaskResult) -> None:
            if request == self._refresh_request and chapter == self.model.chapter and store is self.store:
                self.model.set_rows(chapter, result.value)
                self._rows_refreshed()

        self.runner.start("Refresh", job, done, kind=f"quiet:refresh:{request}")

    def _rows_refreshed(self) -> None:
        self.proxy.invalidate()
        self._update_shown()
        self._refresh_editor()

    def _refresh_editor(self) -> None:
        """Show new drafts or references in the editor, unless the translator is typing there."""
        row = self.editor.row
        if row is None or self.editor.is_modified():
            return
        source_row = self.model.row_of(row.id)
        if source_row is not None and self.model.rows[source_row] != row:
            self.editor.show_row(self.model.rows[source_row])

    def refresh_progress(self) -> list[ChapterProgress]:
        progress = chapter_progress(self.store)
        self.tree.show_progress(progress)
        self.dashboard.show_progress(progress)
        return progress

    def current_chapter(self) -> str | None:
        return self.tree.current_chapter()

    def show_chapter(self, name: str) -> None:
        self.commit_edit()
        self.model.load(name)
        self.proxy.invalidate()
        self._update_shown()
        if self.proxy.rowCount():
            self.select_proxy_row(0)
        else:
            self.editor.show_row(None)

    # -- the current segment -----------------------------------------------------------------
    def current_row(self) -> ReviewRow | None:
        index = self.table.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def select_proxy_row(self, row: int) -> None:
        index = self.proxy.index(row, 1)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index)

    def select_segment(self, segment_id: str) -> bool:
        source_row = self.model.row_of(segment_id)
        if source_row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(source_row, 1))
        if not index.isValid():
            return False
        self.select_proxy_row(index.row())
        return True

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.commit_edit()
        row: ReviewRow | None = current.data(ROW_ROLE) if current.isValid() else None
        self.editor.show_row(row, self.store.settings().target_lang)
        if row is not None:
            self.suggestions.request(row.id, restore(row.source, row.markup), row.markup)

    def _suggestions_ready(self, found: Suggestions) -> None:
        if self.editor.row is not None and self.editor.row.id == found.segment_id:
            self.editor.show_suggestions(found)

    def segment_changed(self, segment_id: str) -> None:
        """A segment was written (edit, accept, undo, redo): refresh its row, the editor and the progress."""
        self.model.refresh([segment_id])
        source_row = self.model.row_of(segment_id)
        if self.editor.row is not None and self.editor.row.id == segment_id and source_row is not None:
            self.editor.show_row(self.model.rows[source_row])
        self.refresh_progress()
        self.update_sync_status()

    def commit_edit(self) -> None:
        """Keep the editor's text as an ``edited`` final if the translator changed it (on leaving a segment)."""
        row = self.editor.row
        if row is None or not self.editor.is_modified() or not self.editor.final.text().strip():
            return
        text = self.editor.final.text()
        try:
            before = snapshot(self.store, row.id)
            save_edit(self.store, row.id, text)
        except AmtsError as exc:
            self.notify(str(exc))
            return
        self._push(before, self.tr("Edit segment {0}").format(row.number))

    def _push(self, before: Any, text: str) -> None:
        after = snapshot(self.store, before.segment_id)
        self.undo_stack.push(SegmentCommand(self.store, before, after, text, self.segment_changed))
        self.segment_changed(before.segment_id)

    def accept_and_next(self) -> None:
        row = self.editor.row
        if row is None:
            return
        text = self.editor.final.text()
        if not text.strip():
            self.notify(self.tr("Nothing to accept: the final is empty. Ctrl+Shift+D copies the draft."))
            return
        try:
            before = snapshot(self.store, row.id)
            accepted = accept_segment(self.store, row.id, text)
        except AmtsError as exc:
            self.notify(str(exc))
            return
        self.suggestions.add_pair(restore(row.source, row.markup), restore(text, row.markup))
        self._push(before, self.tr("Accept segment {0}").format(row.number))
        if accepted.findings:
            self.notify(
                self.tr("Accepted segment {0} with QA warnings: {1}").format(
                    row.number, "; ".join(str(f) for f in accepted.findings)
                )
            )
        self.go_to_next_unaccepted()

    def go_to_next_unaccepted(self) -> None:
        count = self.proxy.rowCount()
        start = self.table.currentIndex().row()
        for step in range(1, count + 1):
            candidate = (start + step) % count
            row: ReviewRow = self.proxy.index(candidate, 0).data(ROW_ROLE)
            if row.state != State.ACCEPTED:
                self.select_proxy_row(candidate)
                return
        self.notify(self.tr("Every segment in this list is accepted."))

    def move(self, delta: int) -> None:
        count = self.proxy.rowCount()
        if not count:
            return
        current = self.table.currentIndex().row()
        target = min(max(current + delta, 0), count - 1) if current >= 0 else 0
        self.select_proxy_row(target)
        self.editor.final.setFocus()

    def copy_draft(self) -> None:
        row = self.editor.row
        if row is None or row.draft is None:
            self.notify(self.tr("This segment has no draft yet (Ctrl+T drafts the chapter from memory)."))
            return
        self.editor.final.replace_all(row.draft.text)
        self.editor.final.setFocus()

    def copy_reference(self) -> None:
        row = self.editor.row
        if row is None or row.reference is None:
            self.notify(self.tr("This segment has no aligned reference (Ctrl+Shift+A aligns the chapter)."))
            return
        self.editor.final.replace_all(row.reference)
        self.editor.final.setFocus()

    def use_suggestion(self, target: str) -> None:
        row = self.editor.row
        if row is not None and target:
            self.editor.final.replace_all(mask(target, row.markup))
            self.editor.final.setFocus()

    def concordance(self) -> None:
        row = self.editor.row
        if row is None:
            return
        focus = self.focusWidget()
        phrase = ""
        for view in (focus, self.editor.source, self.editor.final):
            if hasattr(view, "textCursor") and view.textCursor().selectedText().strip():
                phrase = view.textCursor().selectedText().strip()
                break
        phrase = phrase or self.search.text().strip()
        if not phrase:
            self.notify(self.tr("Select some words in the source or the final first, then press F3."))
            return
        self.suggestions.request(row.id, restore(row.source, row.markup), row.markup, phrase=phrase)

    # -- filters and search ----------------------------------------------------------------------
    def _filter_changed(self, _index: int) -> None:
        self.commit_edit()
        self.proxy.set_filter(self.filter_box.currentData())
        self._after_refilter()

    def _search_changed(self, text: str) -> None:
        self.proxy.set_search(text)
        self._after_refilter()

    def _after_refilter(self) -> None:
        self._update_shown()
        current = self.editor.row
        if current is not None and self.select_segment(current.id):
            return
        if self.proxy.rowCount():
            self.select_proxy_row(0)
        else:
            self.editor.show_row(None)

    def _update_shown(self) -> None:
        self.shown_label.setText(self.tr("{0} of {1}").format(self.proxy.rowCount(), self.model.rowCount()))

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # -- background work ------------------------------------------------------------------------
    def run_in_background(
        self,
        title: str,
        label: str,
        job: Callable[[Progress, Cancelled], Any],
        done: Callable[[Any, bool], None],
        *,
        kind: str | None = None,
    ) -> Task | None:
        """Run ``job`` on the pool with a progress bar and Cancel button in the status area;
        ``done(result, cancelled)`` runs on the GUI thread.  One task of each kind at a time."""
        self.commit_edit()

        def succeeded(result: TaskResult) -> None:
            done(result.value, result.cancelled)

        def failed(error: TaskError) -> None:
            self.notify(self.tr("{0} failed: {1}").format(title, error.message), warn=True)

        task = self.runner.start(title, job, succeeded, failed, kind=kind or title)
        if task is None:
            self.notify(self.tr("{0} is still running; wait for it or cancel it.").format(title))
        else:
            self.statusBar().showMessage(f"{title}: {label}", 3_000)
        return task

    @property
    def busy(self) -> bool:
        return any(not t.kind.startswith("quiet:") for t in self.runner.running.values())

    def notify(self, message: str, *, warn: bool = False) -> None:
        """Tell the user something without stopping them; warnings also get a (non-blocking) box."""
        self.last_message = message
        self.statusBar().showMessage(message, 15_000)
        if warn:
            box = QMessageBox(QMessageBox.Icon.Warning, "AMTS Studio", message, parent=self)
            box.setObjectName("warning-box")
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()

    def report(self, message: str) -> None:
        """A task's result: reload what it may have changed and say what happened."""
        self.reload(background=True)
        self.suggestions.invalidate()
        self.last_message = message
        self.statusBar().showMessage(message, 15_000)

    def translate(self, *, selected: bool) -> None:
        only = None
        if selected:
            rows = {i.row() for i in self.table.selectionModel().selectedRows()}
            only = [self.proxy.index(r, 0).data(ROW_ROLE).id for r in sorted(rows)]
            if not only:
                self.notify(self.tr("Select the segments to translate first."))
                return
        self.engines.translate(self.engine_box.currentData(), only)

    def update_sync_status(self) -> None:
        summary = sync_summary(self.store)
        if summary.last_status is None:
            text = self.tr("never synced · {0} pairs pending").format(summary.pending)
        else:
            text = self.tr("last sync {0}: {1} · {2} pairs pending").format(
                (summary.last_at or "")[:16].replace("T", " "), summary.last_status, summary.pending
            )
        self.sync_label.setText(" " + text + " ")
        self.sync_label.setToolTip(summary.message or "")

    def align_chapters(self) -> None:
        """Align every chapter that has a reference, in a worker, with progress and Cancel."""
        store = self.store

        def job(progress: Progress, cancelled: Cancelled) -> list[ChapterAlignment]:
            return align_project(store, progress=progress, cancelled=cancelled)

        def done(results: list[ChapterAlignment], cancelled: bool) -> None:
            pairs = sum(r.sentence_pairs for r in results)
            flagged = sum(r.flagged for r in results)
            note = self.tr(" (cancelled)") if cancelled else ""
            self.report(
                self.tr("Aligned {0} chapters{1}: {2} sentence pairs, {3} flagged").format(
                    len(results), note, pairs, flagged
                )
                if results
                else self.tr("No chapter has a reference translation to align with.")
            )

        self.run_in_background(self.tr("Aligning"), self.tr("loading the sentence encoder…"), job, done)

    # -- files ---------------------------------------------------------------------------------------
    def export_chapter(self) -> None:
        from amts_gui.core.project.export import render_chapter

        chapter = self.current_chapter()
        if chapter is None:
            return
        self.commit_edit()
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export chapter"), Path(chapter).name, "Markdown (*.md)")
        if not path:
            return
        try:
            rendered = render_chapter(self.store, chapter)
            atomic_write_text(Path(path), rendered.text)
        except (AmtsError, OSError) as exc:
            self.notify(self.tr("Cannot export {0}: {1}").format(path, exc), warn=True)
            return
        findings = f" ({len(rendered.findings)} QA warnings)" if rendered.findings else ""
        self.notify(self.tr("Wrote {0}{1}").format(path, findings))

    def export_pairs(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export pairs"), "pairs.tmx", "TMX 1.4b (*.tmx);;CSV (*.csv);;TSV (*.tsv)"
        )
        if not path:
            return
        out = Path(path)
        fmt = out.suffix.lower().lstrip(".") or "tmx"
        try:
            report = export_project_pairs(self.store, out, fmt)
        except AmtsError as exc:
            self.notify(str(exc), warn=True)
            return
        self.notify(self.tr("Wrote {0} pairs to {1}; {2} skipped.").format(report.written, out.name, report.skipped))

    def import_memory(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import translation memory"), "", "Translation memories (*.tmx *.csv *.tsv)"
        )
        if not path:
            return
        try:
            report = import_pairs(self.store, Path(path))
        except AmtsError as exc:
            self.notify(str(exc), warn=True)
            return
        self.report(self.tr("Imported {0} pairs; {1} already present").format(report.added, report.duplicates))

    def import_chapters(self) -> None:
        from amts_gui.gui.dialogs.project_dialogs import ask_import

        request = ask_import(self)
        if request is None:
            return
        paths, reference_root = request
        store = self.store

        def job(progress: Progress, cancelled: Cancelled) -> int:
            from amts_gui.core.project.importer import import_paths

            progress(0, 0, self.tr("reading the files"))
            return len(import_paths(store, paths, reference_root=reference_root))

        self.run_in_background(
            self.tr("Importing"),
            self.tr("reading…"),
            job,
            lambda n, _c: self.report(self.tr("Imported {0} chapters").format(n)),
        )

    def new_project(self) -> None:
        from amts_gui.gui.dialogs.project_dialogs import NewProjectDialog

        dialog = NewProjectDialog(self)
        if not dialog.exec():
            return
        try:
            store = dialog.create()
        except AmtsError as exc:
            self.notify(str(exc), warn=True)
            return
        self.set_store(store)

    def choose_project(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open project"), "", "AMTS projects (*.amts)")
        if path:
            self.open_project(Path(path))

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in self.prefs.recent_projects:
            action = self.recent_menu.addAction(path)
            action.setEnabled(Path(path).exists() and Path(path) != self.store.path)
            action.triggered.connect(lambda _checked=False, path=path: self.open_project(Path(path)))

    def open_project(self, path: Path) -> bool:
        try:
            store = Store(path)
        except AmtsError as exc:
            self.notify(str(exc), warn=True)
            return False
        self.set_store(store)
        return True

    # -- dialogs ----------------------------------------------------------------------------------------
    def edit_settings(self) -> None:
        from amts_gui.gui.dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.prefs, self.engines.settings(), self.engines.vault, self)
        if dialog.exec():
            self.engines.save_settings(dialog.aws_settings())
            self.suggestions.threshold = self.prefs.suggestion_threshold
            index = self.engine_box.findData(self.prefs.engine)
            self.engine_box.setCurrentIndex(max(index, 0))
            self.notify(self.tr("Settings saved. A new interface language applies at the next start."))

    def show_shortcuts(self) -> None:
        from amts_gui.gui.dialogs.shortcut_sheet import ShortcutSheet

        sheet = ShortcutSheet(self)
        sheet.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        sheet.open()

    def about(self) -> None:
        summary = self.tr(
            "AMTS Studio: post-editing that teaches Amazon Translate (Active Custom Translation) "
            "from every accepted sentence."
        )
        version = self.tr("Version")
        data = self.tr("Your data")
        QMessageBox.about(
            self, self.tr("About AMTS Studio"), f"{summary}\n\n{version} {__version__}\n{data}: {user_data_dir()}"
        )

    # -- layout ---------------------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._layout_restored:  # splitters restore best once the window has its size
            self._layout_restored = True
            self._restore_layout()

    def _restore_layout(self) -> None:
        for name, restore_state in (
            ("window", self.restoreState),
            ("main-splitter", self.main_splitter.restoreState),
            ("review-splitter", self.review_splitter.restoreState),
            ("editor-splitter", self.editor.splitter.restoreState),
            ("table-header", self.table.horizontalHeader().restoreState),
        ):
            state = self.prefs.layout(name)
            if state is not None:
                restore_state(state)

    def save_layout(self) -> None:
        self.prefs.save_layout("geometry", self.saveGeometry())
        self.prefs.save_layout("window", self.saveState())
        self.prefs.save_layout("main-splitter", self.main_splitter.saveState())
        self.prefs.save_layout("review-splitter", self.review_splitter.saveState())
        self.prefs.save_layout("editor-splitter", self.editor.splitter.saveState())
        self.prefs.save_layout("table-header", self.table.horizontalHeader().saveState())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.commit_edit()
        self.save_layout()
        self.engines.timer.stop()
        self.runner.wait(30_000)  # let a running write finish its transaction
        super().closeEvent(event)
