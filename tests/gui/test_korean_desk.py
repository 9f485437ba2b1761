"""A Korean target at the desk: a draft with sentences glued without their space is a QA finding, and one
key (Ctrl+Alt+.) puts the spaces in."""

from __future__ import annotations

from amts_gui.core.project.chapters import import_chapter
from amts_gui.core.project.rows import Draft
from amts_gui.core.project.segments import add_drafts, live_segments
from amts_gui.core.project.store import Store
from tests.gui.helpers import open_window, wait_idle

CHAPTER = "pooling.md"


def test_ctrl_alt_period_puts_the_space_after_each_glued_sentence_end(qtbot, tmp_path):
    store = Store.create(tmp_path / "ko.amts", "en", "ko")
    import_chapter(store, CHAPTER, "# Pooling\n\nWe compute the maximum. Then we stop.\n")
    segment = live_segments(store, CHAPTER)[1]
    add_drafts(store, [Draft(segment.id, "최댓값을 계산합니다.그런 다음 멈춥니다.", "imported", "pooling.md")])
    window = open_window(qtbot, store)
    window.review.show_chapter(CHAPTER)
    wait_idle(qtbot, window)
    window.review.select_segment(segment.id)
    window.review.fill.copy_draft()
    editor = window.review.editor
    qtbot.waitUntil(lambda: "sentence end" in editor.qa_badge.text() or "sentence end" in editor.qa_badge.toolTip())
    window.segments.commands["fix_punctuation"].trigger()
    assert editor.final.text() == "최댓값을 계산합니다. 그런 다음 멈춥니다."
    window.segments.commands["fix_punctuation"].trigger()  # nothing left to fix: the text stays
    assert editor.final.text() == "최댓값을 계산합니다. 그런 다음 멈춥니다."
    window.close()
