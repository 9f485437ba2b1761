"""Teaching the glossary from the desk: "Ignore here" hides one term warning in the current segment;
"Never in this phrase" tells the entry a phrase in which its word is not the term ("toy example"), so no
segment warns about it again.  Both are written through ``core.project.term_senses`` and go on the undo
stack; the glossary editor lists them.

The term is the one selected in the Terms pane, or else the first term of the segment with a warning.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog, QLineEdit

from amts_gui.core.errors import AmtsError
from amts_gui.core.project.term_senses import ignore_here, never_in_phrase, restore_entries
from amts_gui.core.text.qa import TERM_KINDS
from amts_gui.core.text.terms import TermEntry, TermMatch
from amts_gui.gui.common.messages import translated
from amts_gui.gui.review.undo import CallbackCommand

_WORD_BEFORE = re.compile(r"([^\W_]+)\W*$")
_WORD_AFTER = re.compile(r"\W*([^\W_]+)")


class TermTeacher(QObject):
    def __init__(self, review: Any) -> None:  # review: the ReviewTab (it imports this module)
        super().__init__(review)
        self.review = review

    def _warned(self) -> list[TermMatch]:
        """The current segment's term matches whose entries have a warning, in reading order."""
        row = self.review.editor.row
        if row is None or row.terms is None:
            return []
        warned = {str(f.detail).split(" → ")[0].split(":")[0] for f in row.findings if f.kind in TERM_KINDS}
        return [m for m in row.terms.find(row.source) if m.text(row.source) in warned]

    def _chosen(self) -> TermMatch | None:
        """The match of the term selected in the Terms pane, else the first one with a warning."""
        row = self.review.editor.row
        selected: TermEntry | None = self.review.editor.terms.selected_entry()
        if row is not None and row.terms is not None and selected is not None:
            return next((m for m in row.terms.find(row.source) if m.entry == selected), None)
        warned = self._warned()
        return warned[0] if warned else None

    def ignore_here(self) -> None:
        row, match = self.review.editor.row, self._chosen()
        if row is None or match is None:
            self.review.host.notify(self.tr("No term warning in this segment."))
            return
        store, term = self.review.host.store, match.entry.source
        try:
            ignore_here(store, row.id, term)
        except AmtsError as exc:
            self.review.host.notify(translated(exc))
            return
        ids = [row.id]
        command = CallbackCommand(
            self.tr("Ignore {0} here").format(term),
            undo=lambda: (ignore_here(store, row.id, term, ignored=False), self.review.segments_changed(ids)),
            redo=lambda: (ignore_here(store, row.id, term), self.review.segments_changed(ids)),
        )
        self.review.undo_stack.push(command)
        self.review.segments_changed(ids)
        self.review.host.notify(
            self.tr("The warning on {0} is ignored in this segment (Ctrl+Z undoes it).").format(term)
        )

    def suggested_phrase(self, match: TermMatch) -> str:
        """The source selection when it holds the term, else the term with the word before it (or, at the
        start, after it): the term alone would switch the entry off everywhere."""
        row = self.review.editor.row
        selected = " ".join(self.review.editor.selections()[0].split())
        written = match.text(row.source)
        if selected and written.lower() in selected.lower():
            return selected
        before = _WORD_BEFORE.search(row.source[: match.start])
        if before:
            return f"{before.group(1)} {written}"
        after = _WORD_AFTER.match(row.source[match.end :])
        return f"{written} {after.group(1)}" if after else written

    def never_in_phrase(self) -> None:
        match = self._chosen()
        if match is None:
            self.review.host.notify(self.tr("No term warning in this segment."))
            return
        dialog = QInputDialog(self.review)
        dialog.setObjectName("never-in-phrase")
        dialog.setWindowTitle(self.tr("Never in this phrase"))
        dialog.setLabelText(self.tr("The term {0} does not apply in the phrase:").format(match.entry.source))
        dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
        dialog.setTextValue(self.suggested_phrase(match))
        if not dialog.exec() or not dialog.textValue().strip():
            return
        self.teach_phrase(match.entry.source, dialog.textValue())

    def teach_phrase(self, term: str, phrase: str) -> None:
        store = self.review.host.store
        try:
            before = never_in_phrase(store, term, phrase)
        except AmtsError as exc:
            self.review.host.notify(translated(exc))
            return

        def again() -> None:
            never_in_phrase(store, term, phrase)
            self.review.glossary_taught()

        def back() -> None:
            restore_entries(store, [before])
            self.review.glossary_taught()

        self.review.undo_stack.push(
            CallbackCommand(self.tr("Never check {0} in “{1}”").format(term, phrase), undo=back, redo=again)
        )
        self.review.glossary_taught()
        self.review.host.notify(
            self.tr("{0} is no longer checked in “{1}” (Ctrl+Z undoes it; the glossary editor lists it).").format(
                term, " ".join(phrase.split())
            )
        )
