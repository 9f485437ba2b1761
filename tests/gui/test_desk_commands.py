"""The desk's segment commands in the window: copy source, memory match n (whole or at the caret), moving
to what needs work, go to a number, comments and locks (with undo), and find and replace with its preview,
QA re-run and one undo for the whole replace."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt  # noqa: E402

from amts_gui.core.parallel.project_pairs import align_chapter  # noqa: E402
from amts_gui.core.project.marks import marks_of  # noqa: E402
from amts_gui.core.project.review import State, review_rows  # noqa: E402
from amts_gui.engines.drafting import draft_chapter  # noqa: E402
from amts_gui.engines.memory import MemoryEngine  # noqa: E402
from amts_gui.gui.review.segment_model import Filter  # noqa: E402
from tests.gui.helpers import CHAPTER, open_window, row_number, type_text, wait_idle  # noqa: E402


@pytest.fixture
def drafted(sample_store):
    align_chapter(sample_store, CHAPTER)
    draft_chapter(sample_store, CHAPTER, MemoryEngine.for_project(sample_store))
    return sample_store


def _run(window, key: str) -> None:
    window.segments.commands[key].trigger()


def test_copy_source_keeps_chips_and_a_locked_final_refuses_it(qtbot, sample_store):
    window = open_window(qtbot, sample_store)
    review = window.review
    with_chip = next(r for r in review.model.rows if r.markup)
    review.open_segment(with_chip.id)
    _run(window, "copy_source")
    assert review.editor.final.text() == with_chip.source and "⟦1⟧" in review.editor.final.text()
    review.editor.final.replace_all("")
    _run(window, "lock")
    assert marks_of(sample_store, with_chip.id).locked and review.editor.final.isReadOnly()
    _run(window, "copy_source")
    assert review.editor.final.text() == "" and "Locked" in review.editor.notice.text()
    window.commands["undo"].trigger()  # the lock is one undo step
    assert not marks_of(sample_store, with_chip.id).locked and not review.editor.final.isReadOnly()


def test_memory_match_n_as_the_final_or_at_the_caret(qtbot, drafted):
    window = open_window(qtbot, drafted)
    review = window.review
    review.select_proxy_row(5)
    qtbot.waitUntil(lambda: review.editor.suggestions.topLevelItemCount() > 0, timeout=10_000)
    best = review.editor.suggestions.topLevelItem(0).text(1)
    review.editor.final.replace_all("前缀：")
    cursor = review.editor.final.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    review.editor.final.setTextCursor(cursor)
    _run(window, "insert_match")
    assert review.editor.final.text() == "前缀：" + best
    _run(window, "match_1")
    assert review.editor.final.text() == best
    count = review.editor.suggestions.topLevelItemCount()
    if count < 5:
        _run(window, f"match_{count + 1}")
    assert review.editor.final.text() == best  # no such match: nothing changes


def test_next_not_accepted_next_qa_and_go_to_number(qtbot, drafted):
    window = open_window(qtbot, drafted)
    review = window.review
    wait_idle(qtbot, window)
    rows = review.model.rows
    from amts_gui.core.project.finals import accept_segment

    for row in rows[1:4]:
        accept_segment(drafted, row.id, row.target or "译文", force=True)
    review.refresh_rows()
    review.select_proxy_row(0)
    _run(window, "next_unconfirmed")
    assert row_number(window) == 5  # 2–4 are accepted
    _run(window, "previous_unconfirmed")
    assert row_number(window) == 1
    flagged = [r.number for r in review.model.rows if r.findings]
    if flagged:
        _run(window, "next_qa")
        assert row_number(window) == next((n for n in flagged if n > 1), flagged[0])
    review.filter_box.setCurrentIndex(review.filter_box.findData(Filter.ACCEPTED))
    _run(window, "go_to_segment")
    assert review.navigate.number_box.hasFocus()
    qtbot.keyClicks(review.navigate.number_box, "12")
    qtbot.keyClick(review.navigate.number_box, Qt.Key.Key_Return)
    assert row_number(window) == 12 and review.filter_box.currentData() == Filter.ALL  # the filter gave way
    assert not review.navigate.go_to(999) and row_number(window) == 12


def test_a_comment_is_typed_inline_kept_shown_filtered_and_undone(qtbot, sample_store):
    window = open_window(qtbot, sample_store)
    review = window.review
    review.select_proxy_row(2)
    segment = review.current_row().id
    _run(window, "comment")
    assert review.editor.comment.hasFocus()
    type_text(review.editor.comment, "问作者：这里指温度吗？")
    qtbot.keyClick(review.editor.comment, Qt.Key.Key_Return)
    assert marks_of(sample_store, segment).comment == "问作者：这里指温度吗？"
    status = review.proxy.index(2, 6).data()
    assert "✎" in status
    review.filter_box.setCurrentIndex(review.filter_box.findData(Filter.COMMENTED))
    assert review.proxy.rowCount() == 1
    window.commands["undo"].trigger()
    assert marks_of(sample_store, segment).comment is None


def test_find_and_replace_previews_writes_once_reruns_qa_and_undoes_as_one(qtbot, drafted):
    window = open_window(qtbot, drafted)
    review, panel = window.review, window.review.replace
    rows = review.model.rows
    from amts_gui.core.project.finals import accept_segment
    from amts_gui.core.project.marks import set_locked

    temperature = [r for r in rows if r.target and "温度" in r.target]
    assert len(temperature) >= 3
    accept_segment(drafted, temperature[0].id, temperature[0].target, force=True)
    set_locked(drafted, [temperature[1].id], True)
    review.refresh_rows()
    _run(window, "find_replace")
    assert panel.isVisible() and panel.find_text.hasFocus()
    type_text(panel.find_text, "温度")
    type_text(panel.with_text, "温度 2")
    qtbot.keyClick(panel.with_text, Qt.Key.Key_Return)  # Enter previews
    qtbot.waitUntil(lambda: panel.list.topLevelItemCount() == len(temperature), timeout=10_000)
    notes = [panel.list.topLevelItem(i).text(4) for i in range(panel.list.topLevelItemCount())]
    assert notes.count("locked: left alone") == 1
    before = {r.id: r.target for r in review_rows(drafted, CHAPTER)}
    panel.apply_button.click()
    after = {r.id: r for r in review_rows(drafted, CHAPTER)}
    changed = [i for i in before if after[i].target != before[i]]
    assert len(changed) == len(temperature) - 1 and temperature[1].id not in changed
    assert after[temperature[0].id].state == State.ACCEPTED  # accepted stays accepted, QA run again
    assert all(after[i].state in (State.ACCEPTED, State.EDITED) for i in changed)
    assert any("number" in panel.list.topLevelItem(i).text(4) for i in range(panel.list.topLevelItemCount()))
    window.commands["undo"].trigger()  # one step takes every change back
    assert {r.id: r.target for r in review_rows(drafted, CHAPTER)} == before
    qtbot.keyClick(panel.find_text, Qt.Key.Key_Escape)
    assert not panel.isVisible()


def test_a_comment_saved_mid_sentence_keeps_the_sentence_typed(qtbot, sample_store):
    window = open_window(qtbot, sample_store)
    review = window.review
    review.select_proxy_row(1)
    type_text(review.editor.final, "半句译文")
    _run(window, "comment")
    type_text(review.editor.comment, "稍后再查")
    qtbot.keyClick(review.editor.comment, Qt.Key.Key_Return)
    assert review.editor.final.text() == "半句译文" and review.editor.is_modified()
