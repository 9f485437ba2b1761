"""The Review tab: the filter bar, the segment table, the editor, moving between segments, and the
translator's writes (edit, accept, undo) – everything a translator does on one chapter.

It reads and writes through ``amts_gui.core.project``; every change goes through the undo stack, and
``segment_written`` tells the window to refresh what depends on it (progress, pending pairs).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from amts_gui.core.errors import AmtsError, ProjectBusyError
from amts_gui.core.progress import Cancelled, Progress
from amts_gui.core.project.finals import QAError, SegmentState, accept_segment, save_edit, snapshot
from amts_gui.core.project.review import ReviewRow, State, review_rows
from amts_gui.core.project.terms import term_finder
from amts_gui.core.text.placeholders import restore
from amts_gui.gui.common.messages import translated
from amts_gui.gui.common.preferences import Place
from amts_gui.gui.common.tasks import TaskRunner
from amts_gui.gui.review.editing_recorder import EditingRecorder
from amts_gui.gui.review.editor_pane import EditorPane
from amts_gui.gui.review.final_fill import FinalFiller
from amts_gui.gui.review.marking import Marker
from amts_gui.gui.review.navigator import Navigator
from amts_gui.gui.review.questions import ask_accept_with_errors
from amts_gui.gui.review.repetition_fill import RepetitionFiller
from amts_gui.gui.review.replace_panel import ReplacePanel
from amts_gui.gui.review.segment_model import ROW_ROLE, Filter, SegmentFilter, SegmentTableModel
from amts_gui.gui.review.segment_table import make_segment_table
from amts_gui.gui.review.suggestions import Suggestions, SuggestionService
from amts_gui.gui.review.term_teaching import TermTeacher
from amts_gui.gui.review.undo import SegmentCommand

if TYPE_CHECKING:
    from amts_gui.gui.common.host import Host

BUSY_RETRY_MS = 3_000

FILTER_LABELS = {
    Filter.ALL: QT_TRANSLATE_NOOP("ReviewTab", "All segments"),
    Filter.UNTRANSLATED: QT_TRANSLATE_NOOP("ReviewTab", "Untranslated"),
    Filter.NEEDS_REVIEW: QT_TRANSLATE_NOOP("ReviewTab", "Needs review"),
    Filter.EDITED: QT_TRANSLATE_NOOP("ReviewTab", "Edited"),
    Filter.ACCEPTED: QT_TRANSLATE_NOOP("ReviewTab", "Accepted"),
    Filter.SOURCE_CHANGED: QT_TRANSLATE_NOOP("ReviewTab", "Source changed"),
    Filter.QA: QT_TRANSLATE_NOOP("ReviewTab", "QA problems"),
    Filter.QA_ERRORS: QT_TRANSLATE_NOOP("ReviewTab", "QA errors"),
    Filter.TERMS: QT_TRANSLATE_NOOP("ReviewTab", "Glossary terms"),
    Filter.PROPAGATED: QT_TRANSLATE_NOOP("ReviewTab", "Filled from repetitions"),
    Filter.COMMENTED: QT_TRANSLATE_NOOP("ReviewTab", "With comments"),
    Filter.LOCKED: QT_TRANSLATE_NOOP("ReviewTab", "Locked"),
}


class ReviewTab(QWidget):
    segment_written = Signal(list)  # segments whose final or pair changed (edit, accept, propagation, undo)

    def __init__(self, host: Host, runner: TaskRunner, undo_stack: QUndoStack) -> None:
        super().__init__()
        self.setObjectName("review-tab")
        self.host, self.runner, self.undo_stack = host, runner, undo_stack
        self._refresh_request = 0
        self.model = SegmentTableModel(host.store, self)
        self.proxy = SegmentFilter(self)
        self.proxy.setDynamicSortFilter(False)  # rows stay put while one works through a filtered list
        self.proxy.setSourceModel(self.model)
        self.table = make_segment_table(self.proxy)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.editor = EditorPane()
        self.recorder = EditingRecorder(self.editor, lambda: host.store, lambda: host.prefs.idle_seconds)
        self.editor.accept_requested.connect(self.accept_and_next)
        self.fill = FinalFiller(self.editor, host)
        self.repetitions = RepetitionFiller(host, self.editor.prompt, undo_stack, self.segments_changed)
        self.editor.use_suggestion.connect(self.fill.use_suggestion)
        self.suggestions = SuggestionService(host.store, runner, self)
        self.suggestions.threshold = host.prefs.suggestion_threshold
        self.suggestions.ready.connect(self._suggestions_ready)
        self.filter_box = QComboBox()
        self.filter_box.setObjectName("filter")
        for kind in Filter:
            self.filter_box.addItem(self.tr(str(FILTER_LABELS[kind])), kind)
        self.filter_box.currentIndexChanged.connect(self._filter_changed)
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Find in source and target (Ctrl+F)"))
        self.search.textChanged.connect(self._search_changed)
        self.shown_label = QLabel()
        self.shown_label.setObjectName("shown-count")
        self.navigate = Navigator(self)
        self.marks = Marker(self)
        self.teach = TermTeacher(self)
        self.glossary_taught: Callable[[], None] = self.glossary_changed  # the window adds its own follow-up
        self.replace = ReplacePanel(self)
        self.hint = QLabel()  # what to do when there is nothing to review
        self.hint.setObjectName("review-hint")
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.hide()
        self.splitter = self._make_splitter()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

    # -- construction -----------------------------------------------------------------------
    def _make_splitter(self) -> QSplitter:
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("review-splitter")
        top = QWidget()
        top.setObjectName("review-list")
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.replace)
        bar = QHBoxLayout()
        show = QLabel(self.tr("Show"))
        show.setObjectName("filter-label")
        bar.addWidget(show)
        bar.addWidget(self.filter_box)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.shown_label)
        bar.addWidget(self.navigate.number_box)
        top_layout.addLayout(bar)
        top_layout.addWidget(self.hint)
        top_layout.addWidget(self.table)
        splitter.addWidget(top)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        return splitter

    # -- the project and the chapter ----------------------------------------------------------
    def project_changed(self) -> None:
        """Another project was opened: forget the old one's rows, suggestions and questions."""
        self.editor.prompt.clear()
        self.model.store = self.host.store
        self.suggestions.store = self.host.store
        self.suggestions.invalidate()
        self.model.load(None)
        self.editor.show_row(None)
        self._update_shown()  # not the old project's "28 of 28"

    def show_chapter(self, name: str) -> None:
        self.commit_edit()
        self.model.load(name)
        self.proxy.invalidate()
        self._update_shown()
        if self.proxy.rowCount():
            self.select_proxy_row(0)
        else:
            self.editor.show_row(None)
        empty = self.tr("This chapter has no sentences to translate: only code, math or other protected markup.")
        self.show_hint(None if self.model.rowCount() else empty)

    def show_hint(self, text: str | None) -> None:
        """A line on what to do instead of an empty table (None: the table is enough)."""
        self.hint.setText(text or "")
        self.hint.setVisible(bool(text))

    def refresh_rows(self, *, background: bool = False) -> None:
        """Re-read the chapter's rows (``background``: in a worker, so a big chapter never stalls the window)."""
        if self.model.chapter is None:
            return
        if not background:
            self.model.refresh()
            self._rows_refreshed()
            return
        self._refresh_request += 1
        request, chapter, store = self._refresh_request, self.model.chapter, self.host.store

        def job(progress: Progress, cancelled: Cancelled) -> list[ReviewRow]:
            return review_rows(store, chapter)

        def done(rows: list[ReviewRow]) -> None:
            if request == self._refresh_request and chapter == self.model.chapter and store is self.host.store:
                self.model.set_rows(chapter, rows)
                self._rows_refreshed()

        self.host.run_quietly(f"quiet:refresh:{request}", job, done, lambda _message: None)

    def _rows_refreshed(self) -> None:
        self.proxy.invalidate()
        self._update_shown()
        row = self.editor.row  # show new drafts or references, unless the translator is typing there
        if row is None or self.editor.is_modified():
            return
        source_row = self.model.row_of(row.id)
        if source_row is not None and self.model.rows[source_row] != row:
            self._show(self.model.rows[source_row])

    # -- the current segment -----------------------------------------------------------------
    def current_row(self) -> ReviewRow | None:
        index = self.table.currentIndex()
        row: ReviewRow | None = index.data(ROW_ROLE) if index.isValid() else None
        return row

    def selected_segments(self) -> list[str]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.proxy.index(r, 0).data(ROW_ROLE).id for r in rows]

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

    def open_segment(self, segment_id: str) -> bool:
        """Select a segment even if the filter or the search hides it; False when it is gone."""
        if not self.select_segment(segment_id):
            self.filter_box.setCurrentIndex(0)
            self.search.clear()
            if not self.select_segment(segment_id):
                return False
        self.editor.setFocus()
        return True

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.commit_edit()
        row: ReviewRow | None = current.data(ROW_ROLE) if current.isValid() else None
        self._show(row)
        self._remember_place()

    def _show(self, row: ReviewRow | None) -> None:
        """The segment in the editor, and a fresh look in the memory for it (a refresh brings new pairs)."""
        self.editor.show_row(row, self.host.store.settings().target_lang)
        if row is not None and not row.from_scratch:  # a control is translated without the memory
            self.suggestions.request(row.id, restore(row.source, row.markup), row.markup)

    # -- where the translator is ---------------------------------------------------------------
    def place(self) -> Place | None:
        """The chapter, segment and filter on screen (None before a chapter is open)."""
        if self.model.chapter is None:
            return None
        row = self.editor.row
        return Place(self.model.chapter, row.id if row is not None else None, str(self.filter_box.currentData()))

    def _remember_place(self) -> None:
        """Kept at every move, so that even a killed session reopens where the translator was."""
        place = self.place()
        if place is not None:
            self.host.prefs.remember_place(str(self.host.store.path), place)

    def restore_place(self, place: Place) -> None:
        """Back to a remembered filter and segment (the chapter is open already)."""
        index = self.filter_box.findData(place.filter)
        if index >= 0:
            self.filter_box.setCurrentIndex(index)
        if place.segment_id is None:
            return
        if not self.select_segment(place.segment_id):
            if not self.proxy.rowCount():
                self.open_segment(place.segment_id)
                return
            self.select_proxy_row(0)  # the segment left the filter (accepted meanwhile): the filter stays
        self.editor.setFocus()

    def open_first(self, state: State) -> bool:
        """Select the chapter's first segment in ``state``; False when it has none."""
        for i in range(self.proxy.rowCount()):
            if self.proxy.index(i, 0).data(ROW_ROLE).state == state:
                self.select_proxy_row(i)
                return True
        return False

    def _suggestions_ready(self, found: Suggestions) -> None:
        if self.editor.row is not None and self.editor.row.id == found.segment_id:
            self.editor.show_suggestions(found)

    def step(self, delta: int) -> None:
        """Go ``delta`` segments down the list (up when negative) and into the final."""
        count = self.proxy.rowCount()
        if not count:
            return
        current = self.table.currentIndex().row()
        target = min(max(current + delta, 0), count - 1) if current >= 0 else 0
        self.select_proxy_row(target)
        self.editor.final.setFocus()

    # -- writes ----------------------------------------------------------------------------------
    def segments_changed(self, segment_ids: list[str]) -> None:
        """Segments were written: refresh their rows and the editor, and tell the window."""
        self.model.refresh(segment_ids)
        current = self.editor.row
        source_row = self.model.row_of(current.id) if current is not None else None
        if current is not None and current.id in segment_ids and source_row is not None:
            typing = self.editor.final.text() if self.editor.is_modified() else None
            fresh = self.model.rows[source_row]
            self._show(fresh)
            if typing is not None and not fresh.locked:  # a comment saved mid-sentence keeps the sentence typed
                self.editor.final.replace_all(typing)
        self.segment_written.emit(segment_ids)

    def commit_edit(self) -> None:
        """Keep the editor's text as an ``edited`` final if the translator changed it (on leaving a segment)."""
        row = self.editor.row
        if row is None or not self.editor.is_modified() or not self.editor.final.text().strip():
            return
        store, text = self.host.store, self.editor.final.text()
        try:
            before = snapshot(store, row.id)
            save_edit(store, row.id, text)
        except AmtsError as exc:
            self.host.notify(translated(exc))
            return
        self._push(before, self.tr("Edit segment {0}").format(row.number))

    def _push(self, before: SegmentState, text: str) -> None:
        store = self.host.store
        after = snapshot(store, before.segment_id)
        self.undo_stack.push(SegmentCommand(store, [before], [after], text, self.segments_changed))
        self.segments_changed([before.segment_id])

    def accept_and_next(self) -> None:
        row = self.editor.row
        if row is None:
            return
        text = self.editor.final.text()
        if not text.strip():
            self.host.notify(self.tr("Nothing to accept: the final is empty. Ctrl+Shift+D copies the draft."))
            return
        store = self.host.store
        try:
            before = snapshot(store, row.id)
            try:
                accepted = accept_segment(store, row.id, text)
            except QAError as refused:  # errors ask (the one question that stops the work); terms only if asked to
                if not ask_accept_with_errors(self, refused.problems):
                    self.editor.final.setFocus()  # to fix it
                    return
                accepted = accept_segment(store, row.id, text, force=True)
        except ProjectBusyError as exc:  # another program is writing: try again while the text is still there
            self.host.notify(self.tr("{0} Trying again in a few seconds…").format(translated(exc)))
            QTimer.singleShot(BUSY_RETRY_MS, lambda: self._retry_accept(row.id, text))
            return
        except AmtsError as exc:
            self.host.notify(translated(exc))
            return
        if not any(f.is_error for f in accepted.findings):
            self.suggestions.add_pair(restore(row.source, row.markup), restore(text, row.markup))
        self._push(before, self.tr("Accept segment {0}").format(row.number))
        if accepted.findings:
            self.host.notify(
                self.tr("Accepted segment {0} with QA findings: {1}").format(
                    row.number, "; ".join(translated(f.text) for f in accepted.findings)
                )
            )
        if not any(f.is_error for f in accepted.findings):
            self.fill_repetitions(row)
        self.navigate.unconfirmed()

    def _retry_accept(self, segment_id: str, text: str) -> None:
        row = self.editor.row
        if row is not None and row.id == segment_id and self.editor.final.text() == text:
            self.accept_and_next()

    # -- repetitions ------------------------------------------------------------------------------
    def fill_repetitions(self, row: ReviewRow) -> None:
        """Offer the accepted translation to the sentence's open repetitions (the bar above the editor)."""
        self.repetitions.offer(row)

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
            self.host.notify(self.tr("Select some words in the source or the final first, then press F3."))
            return
        self.suggestions.request(row.id, restore(row.source, row.markup), row.markup, phrase=phrase)

    # -- filters and search ----------------------------------------------------------------------
    def _filter_changed(self, _index: int) -> None:
        self.commit_edit()
        self.proxy.set_filter(self.filter_box.currentData())
        self._after_refilter()
        self._remember_place()

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
        total = self.model.rowCount()
        self.shown_label.setText(self.tr("{0} of {1}").format(self.proxy.rowCount(), total) if total else "")

    def glossary_changed(self) -> None:
        self.editor.set_glossary(term_finder(self.host.store))
        self.refresh_rows(background=True)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()
