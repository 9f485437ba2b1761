"""Filling an accepted sentence's repetitions: offered in the bar above the editor, never in a dialog.

The preference decides first (always, never, ask); asked, the bar waits while the translator works on
(Ctrl+Alt+F fills, Ctrl+Alt+N lets it be), and the fill takes the repetitions still open when it runs.
The texts keep the Review tab's translation context, where they were first written.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack

from amts_gui.core.errors import AmtsError
from amts_gui.core.project.finals import snapshot
from amts_gui.core.project.repetitions import open_repetitions, propagate
from amts_gui.core.project.review import ReviewRow
from amts_gui.gui.common.messages import translated
from amts_gui.gui.review.prompt_bar import Choice, PromptBar
from amts_gui.gui.review.undo import SegmentCommand

if TYPE_CHECKING:
    from amts_gui.gui.common.host import Host


class RepetitionFiller:
    def __init__(
        self, host: Host, prompt: PromptBar, undo_stack: QUndoStack, changed: Callable[[list[str]], None]
    ) -> None:
        self.host, self.prompt, self.undo_stack, self.changed = host, prompt, undo_stack, changed

    def offer(self, row: ReviewRow) -> None:
        count = len(open_repetitions(self.host.store, row.id))
        preference = self.host.prefs.propagation
        if not count or preference == "never":
            return
        if preference == "always":
            self.fill(row.id, row.number)
            return
        text = QCoreApplication.translate(
            "ReviewTab",
            "Segment {0} occurs %n more time(s) without your text. Fill them with this translation?",
            None,
            count,
        ).format(row.number)
        self.prompt.ask(
            "repetitions",
            text,
            [
                Choice(
                    "fill",
                    QCoreApplication.translate("ReviewTab", "Fill (Ctrl+Alt+F)"),
                    lambda: self.fill(row.id, row.number),
                ),
                Choice("skip", QCoreApplication.translate("ReviewTab", "Not now (Ctrl+Alt+N)"), lambda: None),
                Choice("always", QCoreApplication.translate("ReviewTab", "Always fill"), lambda: self._always(row)),
                Choice("never", QCoreApplication.translate("ReviewTab", "Never ask"), self._never),
            ],
        )

    def accept_offer(self) -> None:
        """Ctrl+Alt+F: fill the repetitions the bar offers."""
        if not self.prompt.answer("fill"):
            self.host.notify(QCoreApplication.translate("ReviewTab", "No repetitions are offered to fill."))

    def decline_offer(self) -> None:
        """Ctrl+Alt+N: leave them as they are."""
        self.prompt.answer("skip")

    def _always(self, row: ReviewRow) -> None:
        self.host.prefs.propagation = "always"
        self.fill(row.id, row.number)

    def _never(self) -> None:
        self.host.prefs.propagation = "never"

    def fill(self, segment_id: str, number: int) -> None:
        store = self.host.store
        targets = open_repetitions(store, segment_id)  # as they are now: one may have been translated meanwhile
        if not targets:
            return
        before = {t: snapshot(store, t) for t in targets}
        try:
            filled = propagate(store, segment_id, targets)
        except AmtsError as exc:
            self.host.notify(translated(exc))
            return
        after = [snapshot(store, t) for t in filled]
        text = QCoreApplication.translate("ReviewTab", "Fill %n repetition(s)", None, len(filled))
        self.undo_stack.push(SegmentCommand(store, [before[t] for t in filled], after, text, self.changed))
        self.changed(filled)
        note = QCoreApplication.translate(
            "ReviewTab", "Filled %n repetition(s) of segment {0}; Ctrl+Z takes them back.", None, len(filled)
        )
        self.host.notify(note.format(number))
