"""The first start on the demo: the new chapter's first fuzzy draft, its memory match beside it, and the
repetition that a post-edit fills."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QSettings, Qt  # noqa: E402

from amts_gui.core.project.pairs import list_pairs  # noqa: E402
from amts_gui.core.project.review import State, review_rows  # noqa: E402
from amts_gui.gui.common.preferences import Preferences  # noqa: E402
from tests.gui.helpers import open_window, wait_idle  # noqa: E402

NEW_CHAPTER = "temperature-scaling.md"
POST_EDIT = "温度不会改变各类别的排序，因此准确率保持不变。"


@pytest.fixture
def first_start(qtbot, demo_store, tmp_path):
    prefs = Preferences(QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat))
    return open_window(qtbot, demo_store, prefs)


def test_the_first_start_opens_on_the_new_chapters_first_fuzzy_draft(qtbot, first_start):
    window = first_start
    row = window.review.current_row()
    assert window.review.model.chapter == NEW_CHAPTER
    assert row is not None and row.state == State.DRAFT
    assert row.draft is not None and row.draft.score is not None and 75 <= row.draft.score < 100
    assert window.review.editor.final.text() == row.draft.text  # ready to post-edit
    change = window.review.editor.source_change  # what the memory's sentence lacks: "A *trained* classifier"
    assert change.isVisible() and change.text().startswith("The memory's sentence differs:")
    assert "A classifier" not in change.text() and "trained" in change.text()
    suggestions = window.review.editor.suggestions
    qtbot.waitUntil(lambda: suggestions.topLevelItemCount() > 0, timeout=10_000)
    assert suggestions.topLevelItem(0).text(1) == row.draft.text  # the memory match it came from
    wait_idle(qtbot, window)


def test_post_editing_the_repeated_fuzzy_draft_fills_its_twin(qtbot, first_start, demo_store):
    window = first_start
    window.prefs.propagation = "always"
    rows = review_rows(demo_store, NEW_CHAPTER)
    twins = [
        r
        for r in rows
        if r.source == "Temperature does not change the ranking of the classes, so the accuracy stays the same."
    ]
    assert len(twins) == 2 and all(r.draft is not None and "argmax" in r.draft.text for r in twins)
    assert window.review.select_segment(twins[0].id)
    final = window.review.editor.final
    final.setFocus()
    final.replace_all(POST_EDIT)  # the memory's sentence spoke of argmax; this one of accuracy
    qtbot.keyClick(final, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    after = {r.id: r for r in review_rows(demo_store, NEW_CHAPTER)}
    assert [after[t.id].final for t in twins] == [POST_EDIT, POST_EDIT]
    assert [after[t.id].propagated for t in twins] == [False, True]
    assert any(p.origin == "accepted" and p.target == POST_EDIT for p in list_pairs(demo_store))
    wait_idle(qtbot, window)
