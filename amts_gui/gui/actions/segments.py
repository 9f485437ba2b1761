"""The desk's commands on segments, as OmegaT, Trados and memoQ users look for them: copy the source, use a
memory match (the best or the n-th, as the final or at the caret), go to the next segment that needs work
or has a QA finding, go to a number, find and replace across the project, comment, lock.

Their default keys are here; a keymap profile (``gui.common.keymap``) may move them.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QObject

from amts_gui.gui.common.commands import Commands
from amts_gui.gui.review.review_tab import ReviewTab

MATCH_KEYS = 5  # Ctrl+1…5 use the first five memory matches


class SegmentActions(QObject):
    def __init__(self, review: ReviewTab, parent: QObject, open_segment: Callable[[str, str], None]) -> None:
        """``open_segment(chapter, segment id)``: the window shows a segment of any chapter (from the replace list)."""
        super().__init__(parent)
        self.review = review
        review.replace.segment_requested.connect(open_segment)
        self.commands = Commands(self)
        add, fill, go = self.commands.add, review.fill, review.navigate
        add("copy_source", self.tr("Copy &source to final"), fill.copy_source, "Ctrl+Shift+S", "Ctrl+Ins")
        add("clear_final", self.tr("C&lear the final"), fill.clear, "Alt+Del")
        add("fix_punctuation", self.tr("Put a space after each sentence en&d"), fill.fix_punctuation, "Ctrl+Alt+.")
        add("use_match", self.tr("Use the best &match as the final"), lambda: fill.use_match(1), "Ctrl+R")
        add("insert_match", self.tr("&Insert the best match at the caret"), self._insert_match, "Ctrl+I")
        for n in range(1, MATCH_KEYS + 1):
            add(f"match_{n}", self.tr("Use match {0}").format(n), partial(fill.use_match, n), f"Ctrl+{n}")
        add("next_unconfirmed", self.tr("Next segment not &accepted"), lambda: go.unconfirmed(1), "Ctrl+U")
        add(
            "previous_unconfirmed", self.tr("Previous segment not accepted"), lambda: go.unconfirmed(-1), "Ctrl+Shift+U"
        )
        add("next_qa", self.tr("Next segment with a &QA finding"), lambda: go.with_findings(1), "F8")
        add("previous_qa", self.tr("Previous segment with a QA finding"), lambda: go.with_findings(-1), "Shift+F8")
        add("go_to_segment", self.tr("&Go to segment number…"), go.ask_number, "Ctrl+G", "Ctrl+J")
        add("find_replace", self.tr("Find and re&place in the project…"), review.replace.open_panel, "Ctrl+H")
        add("comment", self.tr("C&omment on the segment"), review.editor.edit_comment, "Ctrl+M")
        add("spelling", self.tr("Next spellin&g mistake"), review.editor.spelling.next_mistake, "F7")
        add("lock", self.tr("&Lock or unlock the selected segments"), review.marks.toggle_lock, "Ctrl+L")
        add("ignore_term", self.tr("Ignore the term warning &here"), review.teach.ignore_here, "Ctrl+Alt+I")
        add(
            "never_in_phrase",
            self.tr("Never check the term in this &phrase…"),
            review.teach.never_in_phrase,
            "Ctrl+Alt+X",
        )
        review.editor.terms.addActions([self.commands["ignore_term"], self.commands["never_in_phrase"]])

    def _insert_match(self) -> None:
        self.review.fill.use_match(1, at_caret=True)
