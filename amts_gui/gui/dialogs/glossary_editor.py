"""Glossary ▸ Edit terms…: the project's glossary in a table with a filter, and a form to edit, add or
delete an entry; every change can be undone (Ctrl+Z here).  It does not block the window: the translator
may go on working beside it.  Ctrl+Shift+G opens it on a new entry filled from the editor's selections.

Each entry shows its senses: the other ways the source writes it, the phrases it never applies in (taught
from the desk with "Never in this phrase"), the "ambiguous" flag, the segments where its warning was
ignored ("Ignore here"), and how often the project's pairs render it with its targets (measured in the
background when the editor opens; an entry below the threshold is flagged ⚠ and left out of pushes).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from amts_gui.core.errors import AmtsError
from amts_gui.core.project.store import Store
from amts_gui.core.project.term_senses import ignore_here, list_ignored
from amts_gui.core.project.term_usage import TermUsage
from amts_gui.core.project.terms import edit_term, list_terms, remove_terms, save_terms
from amts_gui.core.text.terms import TermEntry
from amts_gui.gui.common.messages import translated

SEPARATOR = " / "
# the table's columns (translated through self.tr at use)
COLUMNS = (
    QT_TRANSLATE_NOOP("GlossaryEditor", "Term"),
    QT_TRANSLATE_NOOP("GlossaryEditor", "Translation"),
    QT_TRANSLATE_NOOP("GlossaryEditor", "Not"),
    QT_TRANSLATE_NOOP("GlossaryEditor", "Never in"),
    QT_TRANSLATE_NOOP("GlossaryEditor", "Use"),
    QT_TRANSLATE_NOOP("GlossaryEditor", "Note"),
)


@dataclass(frozen=True)
class Change:
    """One edit, to undo: the entry before (None: it was new) and the source term it has now (None: deleted);
    or the segments whose ignored warnings were shown again (``shown_again``)."""

    before: TermEntry | None
    now: str | None
    shown_again: tuple[str, ...] = ()


Measure = Callable[[Callable[[list[TermUsage]], None]], None]  # runs term_usage in the background


def _split(text: str) -> tuple[str, ...]:
    return tuple(t.strip() for t in text.replace(";", "/").split("/") if t.strip())


class GlossaryEditor(QDialog):
    def __init__(
        self, store: Store, changed: Callable[[], None], parent: QWidget | None = None, measure: Measure | None = None
    ) -> None:
        """``changed()`` runs after every write (the desk's terms and QA follow); ``measure(done)`` measures
        the entries' use in the background."""
        super().__init__(parent)
        self.setObjectName("glossary-editor")
        self.setWindowTitle(self.tr("Glossary"))
        self.store, self._changed, self._measure = store, changed, measure
        self.entries: list[TermEntry] = []
        self.usage: dict[str, TermUsage] = {}
        self.editing: str | None = None  # the source term of the entry in the form (None: a new one)
        self.undo_list: list[Change] = []
        self.filter = self._line("glossary-filter", self.tr("Filter terms and translations"))
        self.filter.textChanged.connect(lambda _t: self._fill())
        self.table = self._make_table()
        self.source = self._line("term-source", "")
        self.targets = self._line("term-targets", self.tr("preferred first; more after /"))
        self.forbidden = self._line("term-forbidden", self.tr("translations not to use, separated by /"))
        self.note = self._line("term-note", "")
        self.variants = self._line("term-variants", self.tr("other ways the source writes it, separated by /"))
        self.not_in = self._line("term-not-in", self.tr("phrases where it is not the term, e.g. toy example"))
        self.ambiguous = QCheckBox(self.tr("Ambiguous (not pushed to Amazon)"))
        self.ambiguous.setObjectName("term-ambiguous")
        self.ignored = QLabel()
        self.ignored.setObjectName("term-ignored")
        self.keep = QCheckBox(self.tr("Keep as is (do not translate)"))
        self.keep.setObjectName("term-keep")
        self.case = QCheckBox(self.tr("Case-sensitive"))
        self.case.setObjectName("term-case")
        self.error = QLabel()
        self.error.setObjectName("glossary-error")
        self.error.setStyleSheet("color: #c62828")
        self.error.setWordWrap(True)
        self._lay_out()
        QShortcut(QKeySequence.StandardKey.Undo, self, self.undo)
        self.resize(760, 520)
        self.reload()
        self.new_entry()
        self.measure()

    def _line(self, name: str, placeholder: str) -> QLineEdit:
        line = QLineEdit()
        line.setObjectName(name)
        line.setPlaceholderText(placeholder)
        line.returnPressed.connect(self.save)
        return line

    def _make_table(self) -> QTableWidget:
        table = QTableWidget(0, len(COLUMNS))
        table.setObjectName("glossary-table")
        table.setHorizontalHeaderLabels([self.tr(str(c)) for c in COLUMNS])
        table.verticalHeader().setVisible(False)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.currentCellChanged.connect(lambda row, _c, _r, _pc: self._load(row))
        return table

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Term"), self.source)
        form.addRow(self.tr("Translation"), self.targets)
        form.addRow(self.tr("Not"), self.forbidden)
        form.addRow(self.tr("Note"), self.note)
        form.addRow(self.tr("Also written"), self.variants)
        form.addRow(self.tr("Never in"), self.not_in)
        flags = QHBoxLayout()
        for box in (self.keep, self.case, self.ambiguous):
            flags.addWidget(box)
        flags.addStretch(1)
        form.addRow(flags)
        ignored = QHBoxLayout()
        ignored.addWidget(self.ignored, 1)
        self.unignore = self._button("term-unignore", self.tr("Show them again"), self.show_ignored_again)
        ignored.addWidget(self.unignore)
        form.addRow(ignored)
        buttons = QHBoxLayout()
        for name, text, slot in (
            ("glossary-save", self.tr("Save (Enter)"), self.save),
            ("glossary-new", self.tr("New entry"), self.new_entry),
            ("glossary-delete", self.tr("Delete"), self.delete),
            ("glossary-undo", self.tr("Undo (Ctrl+Z)"), self.undo),
            ("glossary-measure", self.tr("Measure use"), self.measure),
            ("glossary-close", self.tr("Close"), self.close),
        ):
            buttons.addWidget(self._button(name, text, slot))
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

    def _button(self, name: str, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    # -- the list ---------------------------------------------------------------------------------
    def reload(self) -> None:
        self.entries = list_terms(self.store)
        self._fill()

    def shown(self) -> list[TermEntry]:
        needle = self.filter.text().strip().casefold()
        if not needle:
            return self.entries
        return [e for e in self.entries if needle in " ".join((e.source, *e.targets, *e.variants, e.note)).casefold()]

    def _fill(self) -> None:
        self.table.blockSignals(True)
        entries = self.shown()
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            translation = entry.preferred if entry.do_not_translate else SEPARATOR.join(entry.targets)
            cells = (entry.source, translation, SEPARATOR.join(entry.forbidden), SEPARATOR.join(entry.not_in))
            for column, text in enumerate((*cells, self._use(entry), entry.note)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.blockSignals(False)

    def _use(self, entry: TermEntry) -> str:
        """The Use column: pairs rendering the term with a target, of those holding it; ⚠ when ambiguous."""
        usage = self.usage.get(entry.source)
        text = self.tr("{0} of {1}").format(usage.rendered, usage.pairs) if usage and usage.pairs else ""
        flagged = entry.ambiguous or (usage is not None and usage.measured_ambiguous)
        return f"⚠ {text}".strip() if flagged else text

    def measure(self) -> None:
        """Measure the entries' use in the project's pairs, in the background; the table follows."""
        if self._measure is not None:
            self._measure(self._measured)

    def _measured(self, usage: list[TermUsage]) -> None:
        self.usage = {u.term: u for u in usage}
        self._fill()

    def _load(self, row: int) -> None:
        entries = self.shown()
        if 0 <= row < len(entries):
            self.show_entry(entries[row])

    # -- the form ---------------------------------------------------------------------------------
    def show_entry(self, entry: TermEntry | None, *, source: str = "", target: str = "") -> None:
        """An entry in the form to edit, or (None) a new one, filled with ``source`` and ``target``."""
        self.editing = entry.source if entry is not None else None
        self.source.setText(entry.source if entry else " ".join(source.split()))
        self.targets.setText(SEPARATOR.join(entry.targets) if entry else " ".join(target.split()))
        self.forbidden.setText(SEPARATOR.join(entry.forbidden) if entry else "")
        self.note.setText(entry.note if entry else "")
        self.variants.setText(SEPARATOR.join(entry.variants) if entry else "")
        self.not_in.setText(SEPARATOR.join(entry.not_in) if entry else "")
        self.keep.setChecked(entry.do_not_translate if entry else False)
        self.case.setChecked(entry.case_sensitive if entry else False)
        self.ambiguous.setChecked(entry.ambiguous if entry else False)
        self._show_ignored()
        self.error.clear()
        (self.targets if entry is None and source and not target else self.source).setFocus()

    def new_entry(self, source: str = "", target: str = "") -> None:
        self.table.clearSelection()
        self.show_entry(None, source=source, target=target)

    def form_entry(self) -> TermEntry:
        return TermEntry(
            self.source.text(),
            _split(self.targets.text()),
            _split(self.forbidden.text()),
            self.note.text().strip(),
            self.case.isChecked(),
            self.keep.isChecked(),
            _split(self.variants.text()),
            _split(self.not_in.text()),
            self.ambiguous.isChecked(),
        )

    # -- writes -----------------------------------------------------------------------------------
    def save(self) -> None:
        before = next((e for e in self.entries if e.source == self.editing), None)
        try:
            saved = edit_term(self.store, self.editing, self.form_entry())
        except AmtsError as exc:
            self.error.setText(translated(exc))
            return
        self.undo_list.append(Change(before, saved.source))
        self._after(saved.source)

    def delete(self) -> None:
        before = next((e for e in self.entries if e.source == self.editing), None)
        if before is None:
            return
        remove_terms(self.store, [before.source])
        self.undo_list.append(Change(before, None))
        self._after(None)

    def _show_ignored(self) -> None:
        count = len(list_ignored(self.store, self.editing)) if self.editing else 0
        self.ignored.setText(self.tr("Its warning is ignored in %n segment(s).", "", count) if count else "")
        self.unignore.setVisible(bool(count))

    def show_ignored_again(self) -> None:
        """The segments where this entry's warning was ignored warn again (undoable)."""
        if self.editing is None:
            return
        ids = tuple(i.segment_id for i in list_ignored(self.store, self.editing))
        with self.store.transaction():
            for segment_id in ids:
                ignore_here(self.store, segment_id, self.editing, ignored=False)
        self.undo_list.append(Change(None, self.editing, shown_again=ids))
        self._changed()
        self._show_ignored()

    def undo(self) -> None:
        if not self.undo_list:
            return
        change = self.undo_list.pop()
        if change.shown_again:
            with self.store.transaction():
                for segment_id in change.shown_again:
                    ignore_here(self.store, segment_id, str(change.now))
            self._after(change.now)
            return
        with self.store.transaction():
            if change.now is not None:
                remove_terms(self.store, [change.now])
            if change.before is not None:
                save_terms(self.store, [change.before])
        self._after(change.before.source if change.before else None)

    def _after(self, source: str | None) -> None:
        self.reload()
        self._changed()
        shown = [e.source for e in self.shown()]
        if source in shown:
            self.table.selectRow(shown.index(source))
            self._load(shown.index(source))
        else:
            self.new_entry()
