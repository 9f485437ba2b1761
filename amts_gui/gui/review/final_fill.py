"""Filling the Final box from what the desk shows: the source, the draft, the reference, a memory suggestion
(the whole final, or at the caret).

The texts keep the Review tab's translation context, where they were first written.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from amts_gui.core.project.review import ReviewRow
from amts_gui.core.text.placeholders import mask
from amts_gui.core.text.punctuation import fix_sentence_spaces
from amts_gui.gui.review.editor_pane import SUGGESTION_ROLE, EditorPane

if TYPE_CHECKING:
    from amts_gui.gui.common.host import Host


class FinalFiller:
    def __init__(self, editor: EditorPane, host: Host) -> None:
        self.editor, self.host = editor, host

    def copy_draft(self) -> None:
        row = self.editor.row
        missing = QCoreApplication.translate(
            "ReviewTab", "This segment has no draft yet (Ctrl+T drafts the chapter from memory)."
        )
        self._copy(row, row.draft.text if row and row.draft else None, missing)

    def copy_source(self) -> None:
        """The source sentence as the final, its placeholders as chips (for names, code-like text, titles)."""
        row = self.editor.row
        if row is not None and self.editor.writable():
            self.editor.final.replace_all(row.source)
            self.editor.final.setFocus()

    def clear(self) -> None:
        """An empty final, to type from scratch (Ctrl+Z in the editor brings the text back)."""
        if self.editor.writable():
            self.editor.final.replace_all("")
            self.editor.final.setFocus()

    def use_match(self, number: int = 1, *, at_caret: bool = False) -> None:
        """The n-th translation-memory suggestion (1: the best) as the whole final, or at the caret."""
        row, view = self.editor.row, self.editor.suggestions
        if row is None:
            return
        if not 1 <= number <= view.topLevelItemCount():
            self.host.notify(
                QCoreApplication.translate("ReviewTab", "No memory suggestion {0} for this segment.").format(number)
            )
            return
        item = view.topLevelItem(number - 1)
        target = item.data(1, SUGGESTION_ROLE) if item is not None else ""
        if not at_caret:
            self.use_suggestion(target)
        elif self.editor.writable():
            self.editor.final.insertPlainText(mask(target, row.markup))
            self.editor.final.setFocus()

    def copy_reference(self) -> None:
        row = self.editor.row
        missing = QCoreApplication.translate(
            "ReviewTab", "This segment has no aligned reference (Ctrl+Shift+A aligns the chapter)."
        )
        self._copy(row, row.reference if row else None, missing)

    def _copy(self, row: ReviewRow | None, text: str | None, missing: str) -> None:
        if row is not None and row.from_scratch:
            self.host.notify(
                QCoreApplication.translate("ReviewTab", "A from-scratch control: its draft and reference stay hidden.")
            )
        elif row is None or text is None:
            self.host.notify(missing)
        elif self.editor.writable():
            self.editor.final.replace_all(text)
            self.editor.final.setFocus()

    def fix_punctuation(self) -> None:
        """The final with the space its language puts after a sentence end where it was glued to the next
        sentence (the Korean edition's ``했습니다.특히``), as its QA finding asks."""
        row = self.editor.row
        if row is None or not self.editor.writable():
            return
        text = self.editor.final.text()
        fixed = fix_sentence_spaces(text) if "sentence-space" in row.rules else text
        if fixed == text:
            self.host.notify(QCoreApplication.translate("ReviewTab", "Nothing to fix in the final's punctuation."))
            return
        self.editor.final.replace_all(fixed)
        self.editor.final.setFocus()

    def use_suggestion(self, target: str) -> None:
        row = self.editor.row
        if row is not None and target and self.editor.writable():
            self.editor.final.replace_all(mask(target, row.markup))
            self.editor.final.setFocus()
