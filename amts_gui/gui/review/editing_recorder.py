"""The editing log's recorder: one visit per stay in the Final box, from its focus until it loses it, the
segment is accepted or left, or the app goes to the background; each visit is added to the project.

Only counts are kept (time, keystrokes, characters typed and removed, characters of the draft kept) and
where the draft came from: no text beyond what the project already holds.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication

from amts_gui.core.errors import AmtsError
from amts_gui.core.project.editing_log import LoggedVisit, log_visit
from amts_gui.core.project.review import ReviewRow
from amts_gui.core.project.store import Store
from amts_gui.core.scoring.editing_time import Visit

if TYPE_CHECKING:
    from amts_gui.gui.review.editor_pane import EditorPane


def draft_origin(row: ReviewRow) -> tuple[str, str]:
    """(origin, band) of the draft the final starts from: the engine's variant, and a memory draft's band."""
    from amts_gui.core.overview.analysis import band_of  # its word patterns load when a visit is logged

    draft = row.draft
    if draft is None:
        return "none", "none"
    origin = draft.variant or draft.engine
    return origin, band_of(draft.score) if draft.score is not None else origin


class EditingRecorder(QObject):
    def __init__(
        self,
        editor: EditorPane,
        store: Callable[[], Store],
        idle_seconds: Callable[[], float],
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(editor)
        self.editor, self._store, self._idle, self.clock = editor, store, idle_seconds, clock
        self.visit: Visit | None = None
        self.row: ReviewRow | None = None
        editor.final.installEventFilter(self)
        self.text = ""  # the Final's text at the last change: edits are measured against it
        editor.final.textChanged.connect(self._changed)
        editor.leaving_row.connect(self.stop)
        editor.row_shown.connect(self._row_shown)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.applicationStateChanged.connect(self._app_state)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind == QEvent.Type.FocusIn:
            self.start()
        elif kind == QEvent.Type.FocusOut:
            self.stop()
        elif kind == QEvent.Type.KeyPress and self.visit is not None:
            self.visit.keystroke(self.clock())
        return False

    def start(self) -> None:
        row = self.editor.row
        if self.visit is None and row is not None and self.editor.final.isEnabled():
            self.visit, self.row = Visit(self.clock(), self._idle()), row
            self.text = self.editor.final.text()

    def stop(self) -> None:
        """End the visit and add it to the project (nothing when nothing happened)."""
        visit, row, self.visit, self.row = self.visit, self.row, None, None
        if visit is None or row is None:
            return
        totals = visit.stop(self.clock())
        store = self._store()
        if (totals.seconds <= 0 and not totals.keystrokes) or store.read_only:
            return
        draft = row.draft.text if row.draft and not row.from_scratch else ""
        origin, band = draft_origin(row)
        from rapidfuzz.distance import LCSseq  # not needed to open the window

        kept = int(LCSseq.similarity(draft, self.editor.final.text())) if draft else 0
        counts = (totals.seconds, totals.keystrokes, totals.inserted, totals.deleted)
        logged = LoggedVisit(row.id, *counts, origin, band, len(draft), kept, from_scratch=row.from_scratch)
        try:
            log_visit(store, logged)
        except AmtsError:
            pass  # the segment left the project meanwhile (a re-import): its log goes with it

    def _changed(self) -> None:
        """Characters typed in and taken out, from the text before and after (a change of format is none)."""
        if self.visit is None:
            return
        old, new = self.text, self.editor.final.text()
        self.text = new
        prefix = next((i for i, (a, b) in enumerate(zip(old, new, strict=False)) if a != b), min(len(old), len(new)))
        limit = min(len(old), len(new)) - prefix
        suffix = next((i for i in range(limit) if old[-1 - i] != new[-1 - i]), limit)
        removed, added = len(old) - prefix - suffix, len(new) - prefix - suffix
        if removed or added:
            self.visit.changed(self.clock(), added, removed)

    def _row_shown(self) -> None:
        shown = self.editor.row
        if self.visit is not None and shown is not None and self.row is not None and shown.id == self.row.id:
            self.row = shown  # the same segment, read again (a new draft, say): the visit goes on
        elif self.editor.final.hasFocus() and QApplication.applicationState() == Qt.ApplicationState.ApplicationActive:
            self.start()  # the focus stayed in the Final box: accepting moved on to the next segment

    def _app_state(self, state: Qt.ApplicationState) -> None:
        if state != Qt.ApplicationState.ApplicationActive:
            self.stop()
        elif self.editor.final.hasFocus():
            self.start()
