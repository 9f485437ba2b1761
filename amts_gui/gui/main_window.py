"""The main window: the chapter tree, the Review and Dashboard tabs, menus, toolbar and the task area,
and switching projects.

It hosts the parts that do the work (:class:`~amts_gui.gui.common.host.Host`): the review tab, the dashboard
and the actions know the window only through that protocol.  Reading and writing go through
``amts_gui.core``/``engines``; long work goes to the ``TaskRunner``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6 import QtWidgets  # dialogs by attribute: their types are made when first used
from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QResizeEvent, QShowEvent, QUndoStack
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QSplitter, QTabWidget, QVBoxLayout, QWidget

from amts_gui.core.changes import EVERYTHING, Changes
from amts_gui.core.errors import AmtsError
from amts_gui.core.overview.counts import ProjectCounts
from amts_gui.core.project.chapters import list_chapters
from amts_gui.core.project.review import ChapterProgress, State, first_chapter_in_state
from amts_gui.core.project.store import Store
from amts_gui.gui.actions.chapters import ChapterActions
from amts_gui.gui.actions.drafting import DraftingActions
from amts_gui.gui.actions.glossary import GlossaryActions
from amts_gui.gui.actions.parallel_data import ParallelDataActions
from amts_gui.gui.actions.project_file import ProjectFileActions
from amts_gui.gui.actions.segments import SegmentActions
from amts_gui.gui.actions.targets import TargetActions
from amts_gui.gui.chapter_tree import ChapterTree
from amts_gui.gui.common import file_dialogs
from amts_gui.gui.common.commands import Commands
from amts_gui.gui.common.counts_refresher import CountsRefresher
from amts_gui.gui.common.first_paint import AfterFirstPaint
from amts_gui.gui.common.keymap import Keymap, apply_keymap
from amts_gui.gui.common.messages import translated
from amts_gui.gui.common.preferences import Preferences
from amts_gui.gui.common.task_panel import TaskPanel
from amts_gui.gui.common.tasks import Job, Task, TaskError, TaskResult, TaskRunner
from amts_gui.gui.common.vocabulary import project_text
from amts_gui.gui.review.review_tab import ReviewTab
from amts_gui.gui.window_bars import build_menus, build_toolbar
from amts_gui.gui.window_layout import REVIEW_WIDTH, WindowLayout

if TYPE_CHECKING:
    from amts_gui.gui.dashboard.dashboard import Dashboard

DASHBOARD_TAB = 1
WINDOW_BUSY_TIMEOUT_S = 2.0  # a write on the window's thread waits this long for another program, then says so


class MainWindow(QMainWindow):
    def __init__(self, store: Store, prefs: Preferences | None = None) -> None:
        super().__init__()
        self.setObjectName("main-window")
        self._prefs = prefs or Preferences()
        self._store = self._prefs.on_last_target(store)
        self._store.set_busy_timeout(WINDOW_BUSY_TIMEOUT_S)
        self.last_message = ""  # what the status bar said last
        self.runner = TaskRunner(self)
        self.runner.hold()  # background work starts once the window has painted
        self._first_paint = AfterFirstPaint(self, self.runner.release)
        self.undo_stack = QUndoStack(self)
        self.commands = Commands(self)
        self.layout_keeper = WindowLayout(self)  # remembered, and shrinking in proportion
        self.tree = ChapterTree()
        self.review = ReviewTab(self, self.runner, self.undo_stack)
        self.review.segment_written.connect(self._segment_written)
        self.segments = SegmentActions(self.review, self, self.open_segment)
        self.tree.chapter_selected.connect(self.review.show_chapter)
        self._dashboard: Dashboard | None = None  # built when first shown: pyqtgraph loads only then
        self._counts = CountsRefresher(self, self._show_progress, self._show_counts, self.tree.show_other_targets)
        self.recent_menu: QMenu | None = None  # File ▸ Open recent, filled when it opens (by build_menus)
        self.counts_label = QLabel()
        self.counts_label.setObjectName("project-counts")
        self.dashboard_page = QWidget()
        self.dashboard_page.setObjectName("dashboard-page")
        QVBoxLayout(self.dashboard_page).setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("tabs")
        self.tabs.addTab(self.review, self.tr("Review"))
        self.tabs.addTab(self.dashboard_page, self.tr("Dashboard"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.main_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.main_splitter.setObjectName("main-splitter")
        self.main_splitter.addWidget(self.tree)
        self.main_splitter.addWidget(self.tabs)
        self.main_splitter.setStretchFactor(1, 4)
        self.main_splitter.setSizes([380, 1020])
        self.setCentralWidget(self.main_splitter)
        self.task_panel = TaskPanel(self.runner)
        self.statusBar().addWidget(self.counts_label, 1)  # hidden while a message shows, back after it
        # explicitly: QStatusBar's own hiding is undone when the permanent task panel comes and goes (X11)
        self.statusBar().messageChanged.connect(lambda text: self.counts_label.setVisible(not text))
        self.statusBar().addPermanentWidget(self.task_panel)
        self.drafting = DraftingActions(self, self)
        self.parallel_data = ParallelDataActions(self, self, self.drafting.services)
        self.chapters = ChapterActions(self, self)
        self.glossary = self._glossary_actions()
        self.targets = TargetActions(self, self, self.set_target, self.drafting.services_for, self.set_store)
        self.project_file = ProjectFileActions(self, self)
        self._build_commands()
        build_menus(self)
        build_toolbar(self)
        self.resize(1280, 800)
        geometry = self._prefs.layout("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        self._prefs.remember_project(str(store.path))  # the next start opens it
        self.reload()

    # -- the host protocol ----------------------------------------------------------------------
    @property
    def store(self) -> Store:
        return self._store

    @property
    def prefs(self) -> Preferences:
        return self._prefs

    def current_chapter(self) -> str | None:
        return self.tree.current_chapter()

    def selected_segments(self) -> list[str]:
        return self.review.selected_segments()

    def commit_edit(self) -> None:
        self.review.commit_edit()

    def run_in_background(
        self, title: str, label: str, job: Job, done: Callable[[Any, bool], None], *, kind: str | None = None
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

    def run_quietly(self, kind: str, job: Job, done: Callable[[Any], None], failed: Callable[[str], None]) -> bool:
        task = self.runner.start(
            kind, job, lambda result: done(result.value), lambda error: failed(error.message), kind=kind
        )
        return task is not None

    def notify(self, message: str, *, warn: bool = False) -> None:
        self.last_message = message
        self.statusBar().showMessage(message, 15_000)
        if warn:
            box = QtWidgets.QMessageBox(QtWidgets.QMessageBox.Icon.Warning, "AMTS Studio", message, parent=self)
            box.setObjectName("warning-box")
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()

    def report(self, message: str, changes: Changes = EVERYTHING) -> None:
        self.reload(background=True, changes=changes)
        self.review.suggestions.invalidate()
        self.last_message = message
        self.statusBar().showMessage(message, 15_000)

    @property
    def busy(self) -> bool:
        return any(not t.kind.startswith("quiet:") for t in self.runner.running.values())

    @property
    def dashboard(self) -> Dashboard:
        """The Dashboard tab's widget, built on first use."""
        if self._dashboard is None:
            from amts_gui.gui.dashboard.dashboard import Dashboard

            self._dashboard = Dashboard(self.runner, self._prefs)
            self._dashboard.set_store(self.store)
            self._dashboard.show_progress(self._counts.progress)
            self._dashboard.segment_requested.connect(self.open_segment)
            layout = self.dashboard_page.layout()
            assert layout is not None
            layout.addWidget(self._dashboard)
        return self._dashboard

    # -- construction -----------------------------------------------------------------------------
    def _glossary_actions(self) -> GlossaryActions:
        """The Glossary menu; what the desk teaches the glossary goes through it (the editor, the status follow)."""
        review = self.review
        glossary = GlossaryActions(
            self, self, self.drafting.services, review.editor.selections, review.glossary_changed
        )
        review.glossary_taught = glossary.after_change
        return glossary

    def _build_commands(self) -> None:
        add, review = self.commands.add, self.review
        add("new", self.tr("&New project…"), self.new_project, QKeySequence.StandardKey.New)
        add("open", self.tr("&Open project…"), self.choose_project, QKeySequence.StandardKey.Open)
        add("settings", self.tr("Se&ttings…"), self.edit_settings, "Ctrl+,")
        add("quit", self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        undo = self.commands.keep("undo", self.undo_stack.createUndoAction(self, self.tr("&Undo")))
        undo.setShortcuts(QKeySequence.StandardKey.Undo)
        redo = self.commands.keep("redo", self.undo_stack.createRedoAction(self, self.tr("&Redo")))
        redo.setShortcuts(QKeySequence.StandardKey.Redo)
        for step in (undo, redo):  # what the status bar said of the step undone (or redone) no longer holds
            step.triggered.connect(lambda _checked=False: self.notify(""))
        add("accept", self.tr("&Accept and go to next"), review.accept_and_next, "Ctrl+Return", "Ctrl+Enter")
        add("previous", self.tr("&Previous segment"), lambda: review.step(-1), "Ctrl+Up")
        add("next", self.tr("&Next segment"), lambda: review.step(1), "Ctrl+Down")
        add("copy_draft", self.tr("Copy &draft to final"), review.fill.copy_draft, "Ctrl+Shift+D")
        add("copy_reference", self.tr("Copy r&eference to final"), review.fill.copy_reference, "Ctrl+Shift+R")
        add("find", self.tr("&Find…"), review.focus_search, QKeySequence.StandardKey.Find)
        add("concordance", self.tr("&Concordance for the selected words"), review.concordance, "F3")
        add("fill_repetitions", self.tr("Fill the repe&titions offered"), review.repetitions.accept_offer, "Ctrl+Alt+F")
        add("skip_repetitions", self.tr("Do &not fill them"), review.repetitions.decline_offer, "Ctrl+Alt+N")
        add("show_review", self.tr("&Review"), self.show_review, "Ctrl+PgUp")
        add("show_dashboard", self.tr("&Dashboard"), self.show_dashboard, "Ctrl+PgDown")
        add("toggle_chapters", self.tr("&Chapters pane"), lambda: self.layout_keeper.toggle_chapters(), "Ctrl+Shift+H")
        add("refresh_scores", self.tr("Refresh &scores"), self.refresh_scores, "F5")
        add("shortcuts", self.tr("&Keyboard shortcuts"), self.show_shortcuts, "F1")
        add("about", self.tr("&About AMTS Studio"), self.about)
        actions = [action for commands in self.all_commands() for action in commands]
        self.addActions(actions)  # shortcuts work wherever the focus is in the window
        apply_keymap(Keymap(self._prefs.keymap), actions)

    def all_commands(self) -> list[Commands]:
        return [
            self.commands,
            self.segments.commands,
            self.chapters.commands,
            self.drafting.commands,
            self.parallel_data.commands,
            self.glossary.commands,
            self.targets.commands,
            self.project_file.commands,
        ]

    # -- project ----------------------------------------------------------------------------------
    def set_store(self, store: Store) -> None:
        """Switch to another project, or target (the window, layout and preferences stay; so does the place, when
        the chapter is there too)."""
        chapter, row = self.current_chapter(), self.review.current_row()
        self.commit_edit()
        self.review.recorder.stop()  # the editing log's visit belongs to the old project
        self.runner.wait(10_000)
        self._store = self._prefs.on_last_target(store)
        self._store.set_busy_timeout(WINDOW_BUSY_TIMEOUT_S)
        self.undo_stack.clear()
        self.review.project_changed()
        self._prefs.remember_project(str(store.path))
        self.drafting.project_changed()
        if self._dashboard is not None:
            self._dashboard.set_store(self._store)
        self.reload()
        if chapter is not None and self.current_chapter() == chapter:  # e.g. the same sentence, another language
            self.review.show_chapter(chapter)
            if row is not None:
                self.review.open_segment(row.id)

    def set_target(self, lang: str) -> None:
        """Work on another target language of the project: the review, the drafting and the counts."""
        if lang == self.store.target:
            return
        self._prefs.remember_target(str(self.store.path), lang)
        self.set_store(self.store.for_target(lang))
        self.tree.fit_in(self.main_splitter, REVIEW_WIDTH)
        self.notify(self.tr("Now translating into {0}.").format(lang))

    def reload(self, *, background: bool = False, changes: Changes = EVERYTHING) -> None:
        """Re-read the project: chapters, progress, the current chapter's segments.  ``background``:
        only what ``changes`` names, and every query in a worker, so the whole book never stalls
        the window."""
        settings = self.store.settings()
        self.review.editor.source_lang = settings.source_lang
        self.targets.project_changed()
        self.tree.set_targets(self.store.target, self.store.targets())
        title = settings.name or self.store.path.name
        if self.store.read_only:  # viewing only: every write says so in words
            title = self.tr("{0} [read-only]").format(title)
        self.setWindowTitle(f"{title} ({settings.source_lang} → {settings.target_lang}) — AMTS Studio")
        if background and self.current_chapter() is not None:  # else: open where the work is, as at start
            self._counts.refresh_in_background(changes)
            if changes.touches(self.current_chapter()):
                self.review.refresh_rows(background=True)
            if changes.scores and self.tabs.currentIndex() == DASHBOARD_TAB:
                self.dashboard.refresh_scores()
            return
        chapters = [c.path for c in list_chapters(self.store)]  # at once; their counts come from a worker
        self.tree.show_chapters(chapters)
        self._counts.refresh_in_background(EVERYTHING)
        if not chapters:
            self.review.show_hint(
                self.tr("No chapters yet. Import the book's Markdown chapters: File ▸ Import chapters… (Ctrl+Shift+O).")
            )
        elif self.current_chapter() is None:
            self._open_at_start(chapters)
        else:
            self.review.refresh_rows(background=background)
        if self.tabs.currentIndex() == DASHBOARD_TAB:
            self.dashboard.refresh_scores()

    def _open_at_start(self, chapters: list[str]) -> None:
        """Where the translator left the project; the first time, where the work is: the first draft to
        review, else the first untranslated segment."""
        place = self._prefs.place(str(self.store.path))
        if place is not None and self.tree.select(place.chapter):  # the review shows the chapter
            self.review.restore_place(place)
            return
        for state in (State.DRAFT, State.UNTRANSLATED):
            chapter = first_chapter_in_state(self.store, state)
            if chapter is not None and self.tree.select(chapter) and self.review.open_first(state):
                return
        self.tree.select(chapters[0])

    def _show_progress(self, progress: list[ChapterProgress]) -> None:
        self.tree.show_progress(progress)
        if self._dashboard is not None:
            self._dashboard.show_progress(progress)

    def _show_counts(self, counts: ProjectCounts) -> None:
        self.parallel_data.show_pairs(counts.pairs)
        self.glossary.show_status()
        self.counts_label.setText(project_text(counts))

    def _segment_written(self, segment_ids: list[str]) -> None:
        """A repetition filled elsewhere, or an undo, may touch other chapters: counted by segment."""
        self._counts.refresh_in_background(Changes.in_chapters([], pairs=True), segments=segment_ids)

    def new_project(self) -> None:
        from amts_gui.gui.dialogs.project_dialogs import NewProjectDialog

        dialog = NewProjectDialog(self)
        if not dialog.exec():
            return
        try:
            store = dialog.create_project()
        except AmtsError as exc:
            self.notify(translated(exc), warn=True)
            return
        self.set_store(store)

    def choose_project(self) -> None:
        path = file_dialogs.open_file(self, self.tr("Open project"), "", self.tr("AMTS projects (*.amts)"))
        if path:
            self.open_project(Path(path))

    def fill_recent_menu(self) -> None:
        if self.recent_menu is None:
            return
        self.recent_menu.clear()
        for path in self._prefs.recent_projects:
            action = self.recent_menu.addAction(path)
            action.setEnabled(Path(path).exists() and Path(path) != self.store.path)
            action.triggered.connect(lambda _checked=False, path=path: self.open_project(Path(path)))

    def open_project(self, path: Path) -> bool:
        try:
            store = Store(path)
        except AmtsError as exc:
            self.notify(translated(exc), warn=True)
            return False
        self.set_store(store)
        return True

    # -- tabs -------------------------------------------------------------------------------------
    def show_review(self) -> None:
        self.tabs.setCurrentWidget(self.review)

    def show_dashboard(self) -> None:
        self.tabs.setCurrentIndex(DASHBOARD_TAB)

    def refresh_scores(self) -> None:
        self.show_dashboard()
        self.dashboard.refresh_scores()

    def _tab_changed(self, index: int) -> None:
        if index == DASHBOARD_TAB:
            self.dashboard.refresh_scores()

    def open_segment(self, chapter: str, segment_id: str) -> None:
        """Show a segment in the review tab (from the dashboard's worst segments)."""
        self.show_review()
        if self.current_chapter() != chapter:
            self.tree.select(chapter)
        if not self.review.open_segment(segment_id):
            self.notify(self.tr("That segment is no longer in the chapter."), warn=True)

    # -- dialogs ----------------------------------------------------------------------------------
    def edit_settings(self) -> None:
        from amts_gui.gui.dialogs.settings_dialog import edit_settings

        edit_settings(self)

    def show_shortcuts(self) -> None:
        from amts_gui.gui.dialogs.shortcut_sheet import ShortcutSheet

        sheet = ShortcutSheet([a for commands in self.all_commands() for a in commands], self)
        sheet.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        sheet.open()

    def about(self) -> None:
        from amts_gui.gui.dialogs.about_dialog import show_about

        show_about(self)

    # -- layout -----------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.layout_keeper.restore_once()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.layout_keeper.resized()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.commit_edit()
        self.review.recorder.stop()
        self.layout_keeper.save()
        self.drafting.timer.stop()
        self.runner.wait(30_000)  # let a running write finish its transaction
        super().closeEvent(event)
