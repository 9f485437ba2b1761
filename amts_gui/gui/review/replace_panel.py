"""Find and replace across the project, in a panel above the segment list (never a dialog in the way):
the search, a preview of every change, then one Replace that is one step on the undo stack, with QA
re-run on every changed final (``core.project.replace``)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from amts_gui.core.errors import AmtsError
from amts_gui.core.progress import Cancelled, Progress
from amts_gui.core.project.replace import Change, Hit, Query, Scope, Skip, apply_replace, find, plan_replace
from amts_gui.gui.common.messages import translated
from amts_gui.gui.review.undo import SegmentCommand

PLACE_ROLE = Qt.ItemDataRole.UserRole  # (chapter, segment id) of a preview row


def _named(widget: Any, name: str) -> Any:
    widget.setObjectName(name)
    return widget


class ReplacePanel(QWidget):
    segment_requested = Signal(str, str)  # (chapter, segment id): a preview row opened

    def __init__(self, review: Any) -> None:  # review: the ReviewTab (it imports this module)
        super().__init__()
        self.setObjectName("replace-panel")
        self.review = review
        self.changes: list[Change] = []
        self._planned: tuple[Query, str] | None = None
        self.find_text = _named(QLineEdit(), "replace-find")
        self.find_text.setPlaceholderText(self.tr("Find in the project"))
        self.with_text = _named(QLineEdit(), "replace-with")
        self.with_text.setPlaceholderText(self.tr("Replace with"))
        self.scope = _named(QComboBox(), "replace-scope")
        self.scope.addItem(self.tr("in targets"), Scope.TARGET)
        self.scope.addItem(self.tr("in sources"), Scope.SOURCE)
        self.case = _named(QCheckBox(self.tr("Case")), "replace-case")
        self.whole_word = _named(QCheckBox(self.tr("Whole words")), "replace-whole-word")
        self.regex = _named(QCheckBox(self.tr("Regex")), "replace-regex")
        self.this_chapter = _named(QCheckBox(self.tr("This chapter")), "replace-this-chapter")
        self.preview_button = _named(QPushButton(self.tr("Preview")), "replace-preview")
        self.apply_button = _named(QPushButton(self.tr("Replace all")), "replace-apply")
        self.close_button = _named(QPushButton(self.tr("Close")), "replace-close")
        self.list = self._make_list()
        for field in (self.find_text, self.with_text):
            field.returnPressed.connect(self.preview)
        self.preview_button.clicked.connect(self.preview)
        self.apply_button.clicked.connect(self.apply)
        self.close_button.clicked.connect(self.close_panel)
        self.scope.currentIndexChanged.connect(lambda _i: self._scope_changed())
        QShortcut(
            QKeySequence(Qt.Key.Key_Escape),
            self,
            self.close_panel,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        self._lay_out()
        self._scope_changed()
        self.hide()

    def _make_list(self) -> QTreeWidget:
        view = QTreeWidget()
        view.setObjectName("replace-list")
        view.setRootIsDecorated(False)
        view.setHeaderLabels([self.tr("Chapter"), self.tr("#"), self.tr("Now"), self.tr("After"), self.tr("Note")])
        header = view.header()
        header.setStretchLastSection(False)
        for column, mode in enumerate((0, 0, 1, 1, 0)):
            header.setSectionResizeMode(
                column, QHeaderView.ResizeMode.Stretch if mode else QHeaderView.ResizeMode.ResizeToContents
            )
        view.itemActivated.connect(lambda item, _c: self.segment_requested.emit(*item.data(0, PLACE_ROLE)))
        return view

    def _lay_out(self) -> None:
        fields = QHBoxLayout()
        for widget, stretch in ((self.find_text, 2), (self.with_text, 2), (self.scope, 0)):
            fields.addWidget(widget, stretch)
        options = QHBoxLayout()
        for widget in (self.case, self.whole_word, self.regex, self.this_chapter):
            options.addWidget(widget)
        options.addStretch(1)
        for button in (self.preview_button, self.apply_button, self.close_button):
            options.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.addLayout(fields)
        layout.addLayout(options)
        layout.addWidget(self.list)

    # -- opening and closing ------------------------------------------------------------------
    def open_panel(self) -> None:
        """Ctrl+H: the panel, its search filled from the selected words."""
        words = self.review.editor.final.textCursor().selectedText().strip()
        if words and "\u2029" not in words:
            self.find_text.setText(words)
        self.show()
        self.find_text.setFocus()
        self.find_text.selectAll()

    def close_panel(self) -> None:
        self.hide()
        self.review.editor.final.setFocus()

    def _scope_changed(self) -> None:
        targets = self.scope.currentData() == Scope.TARGET
        self.with_text.setEnabled(targets)
        self.apply_button.setEnabled(targets and bool(self._writable()))

    # -- preview ------------------------------------------------------------------------------
    def search(self) -> Query:
        chapter = self.review.model.chapter if self.this_chapter.isChecked() else None
        return Query(
            self.find_text.text(),
            self.scope.currentData(),
            case=self.case.isChecked(),
            whole_word=self.whole_word.isChecked(),
            regex=self.regex.isChecked(),
            chapter=chapter,
        )

    def preview(self) -> None:
        """Find every match in a worker (a whole book takes a moment), then list what would change."""
        self.review.commit_edit()
        query, replacement, store = self.search(), self.with_text.text(), self.review.host.store
        try:
            query.pattern()
        except AmtsError as exc:
            self.review.host.notify(translated(exc))
            return

        def job(progress: Progress, cancelled: Cancelled) -> list[Change] | list[Hit]:
            if query.scope == Scope.SOURCE:
                return find(store, query, progress, cancelled)
            return plan_replace(store, query, replacement, progress, cancelled)

        def done(found: list[Any], cancelled: bool) -> None:
            if not cancelled:
                self.show_found(query, replacement, found)

        self.review.host.run_in_background(self.tr("Find in the project"), query.text, job, done, kind="replace")

    def show_found(self, query: Query, replacement: str, found: list[Any]) -> None:
        self.list.clear()
        self.changes = [c for c in found if isinstance(c, Change)]
        self._planned = (query, replacement) if query.scope == Scope.TARGET else None
        for entry in found:
            hit: Hit = entry.hit if isinstance(entry, Change) else entry
            after = entry.after if isinstance(entry, Change) else ""
            note = self._skip_text(entry.skip) if isinstance(entry, Change) else ""
            item = QTreeWidgetItem([hit.chapter, str(hit.row.number), " ".join(hit.text.split()), after, note])
            item.setData(0, PLACE_ROLE, (hit.chapter, hit.row.id))
            item.setToolTip(2, hit.text)
            item.setToolTip(3, after)
            self.list.addTopLevelItem(item)
        self._scope_changed()
        template = (
            self.tr("{0} segments would change; {1} are left alone.")
            if self._planned
            else self.tr("Found in {0} segments.")
        )
        skipped = len(self.changes) - len(self._writable())
        self.review.host.notify(template.format(len(self._writable()) if self._planned else len(found), skipped))

    def _skip_text(self, skip: Skip | None) -> str:
        if skip == Skip.LOCKED:
            return self.tr("locked: left alone")
        if skip == Skip.PLACEHOLDERS:
            return self.tr("would change a placeholder: left alone")
        return ""

    def _writable(self) -> list[Change]:
        return [c for c in self.changes if c.skip is None]

    # -- replacing ----------------------------------------------------------------------------
    def apply(self) -> None:
        """Write the previewed changes, all or none; one undo step; QA findings shown per segment."""
        self.review.commit_edit()
        if self._planned != (self.search(), self.with_text.text()):
            self.preview()  # the search changed since its preview: show the new one first
            return
        store = self.review.host.store
        try:
            done = apply_replace(store, self._writable())
        except AmtsError as exc:
            self.review.host.notify(translated(exc))
            return
        if not done.segment_ids:
            return
        query, replacement = self._planned
        text = self.tr("Replace “{0}” with “{1}” in {2} segments").format(
            query.text, replacement, len(done.segment_ids)
        )
        self.review.undo_stack.push(SegmentCommand(store, done.before, done.after, text, self.review.segments_changed))
        self.review.segments_changed(done.segment_ids)
        flagged = [i for i, found in done.findings.items() if found]
        self._show_findings(done.findings)
        self.changes, self._planned = [], None
        self._scope_changed()
        self.review.host.notify(
            self.tr("Replaced in {0} segments; {1} now have QA findings. Ctrl+Z takes the whole replace back.").format(
                len(done.segment_ids), len(flagged)
            )
        )

    def _show_findings(self, findings: dict[str, tuple[Any, ...]]) -> None:
        for i in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(i)
            if item is None:
                continue
            segment_id = item.data(0, PLACE_ROLE)[1]
            if segment_id in findings:
                found = findings[segment_id]
                item.setText(4, "⚠ " + "; ".join(translated(f.text) for f in found) if found else self.tr("replaced ✓"))
