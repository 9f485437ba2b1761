"""The editing log recorded at the desk, driven with a fake clock: focus, type, idle, accept, come back."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QTextCursor  # noqa: E402

from amts_gui.core.project.editing_log import editing_log  # noqa: E402
from amts_gui.core.project.review import review_rows  # noqa: E402
from amts_gui.engines import catalog  # noqa: E402
from tests.gui.helpers import open_window, type_text  # noqa: E402

CHAPTER = "temperature-scaling.md"
CTRL = Qt.KeyboardModifier.ControlModifier


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _at_segment(qtbot, store, number: int):
    window = open_window(qtbot, store)
    window.prefs.propagation = "never"
    window.tree.select(CHAPTER)
    clock = FakeClock()
    window.review.recorder.clock = clock
    window.review.recorder.stop()  # whatever the start left open
    row = review_rows(store, CHAPTER)[number - 1]
    assert window.review.select_segment(row.id)
    return window, row, clock


def test_focus_type_idle_and_accept_make_one_visit(qtbot, demo_store):
    window, row, clock = _at_segment(qtbot, demo_store, 9)  # a fuzzy memory draft
    final = window.review.editor.final
    window.review.table.setFocus()
    final.setFocus()  # the visit starts
    final.moveCursor(QTextCursor.MoveOperation.End)
    clock.now += 4.0
    type_text(final, "好")  # 1 keystroke, 1 character in
    clock.now += 300.0  # away for five minutes: counts 30 s
    qtbot.keyClick(final, Qt.Key.Key_Backspace)  # 1 keystroke, 1 character out
    clock.now += 2.0
    qtbot.keyClick(final, Qt.Key.Key_Return, CTRL)  # accept: the visit ends, the next segment begins
    [logged] = [r for r in editing_log(demo_store) if r.segment_id == row.id]
    assert logged.seconds == pytest.approx(4 + 30 + 2)
    assert (logged.keystrokes, logged.inserted, logged.deleted, logged.visits) == (3, 1, 1, 1)  # Ctrl+Enter is a key
    assert (logged.origin, logged.band) == (catalog.TM.variant, "85-94")
    assert logged.draft_chars == logged.kept_chars == len(row.draft.text)  # typed and taken back: all kept


def test_visits_add_up_and_nothing_counts_in_the_background(qtbot, demo_store):
    window, row, clock = _at_segment(qtbot, demo_store, 8)
    final = window.review.editor.final
    window.review.table.setFocus()
    final.setFocus()
    clock.now += 10.0
    window.review.recorder._app_state(Qt.ApplicationState.ApplicationInactive)  # to the background: the visit ends
    clock.now += 500.0  # nothing counts while the app is inactive
    window.review.recorder._app_state(Qt.ApplicationState.ApplicationActive)  # back, the Final still focused
    clock.now += 6.0
    window.review.table.setFocus()  # leaving the Final ends the second visit
    [logged] = [r for r in editing_log(demo_store) if r.segment_id == row.id]
    assert (logged.seconds, logged.visits, logged.keystrokes) == (16.0, 2, 0)


def test_a_visit_without_time_or_keys_is_not_logged(qtbot, demo_store):
    window, _row, _clock = _at_segment(qtbot, demo_store, 8)
    window.review.editor.final.setFocus()
    window.review.table.setFocus()
    assert editing_log(demo_store) == []
