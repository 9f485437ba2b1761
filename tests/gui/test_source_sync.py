"""A re-imported, changed source sentence in the review: its carried draft and what changed."""

from __future__ import annotations

from amts_gui.core.project.finals import accept_segment
from amts_gui.core.project.importer import import_paths
from amts_gui.core.project.segments import live_segments
from amts_gui.gui.review.segment_model import Filter
from tests.gui.helpers import open_window


def _changed_source(qtbot, project, tmp_path, before: str, final: str, after: str):
    """A chapter whose first sentence was accepted as ``final``, re-imported with ``before`` changed to
    ``after``; the window on the one sentence whose source changed."""
    chapter = tmp_path / "src" / "c.md"  # the project's source root
    chapter.write_text(f"# Title\n\n{before} It stops early.\n", encoding="utf-8")
    import_paths(project, [chapter])
    first = next(r for r in live_segments(project, "c.md") if r.source_markup == before)
    accept_segment(project, first.id, final)
    chapter.write_text(f"# Title\n\n{after} It stops early.\n", encoding="utf-8")
    import_paths(project, [chapter])
    window = open_window(qtbot, project)
    window.review.filter_box.setCurrentIndex(window.review.filter_box.findData(Filter.SOURCE_CHANGED))
    assert window.review.proxy.rowCount() == 1
    window.review.select_proxy_row(0)
    return window


def test_a_changed_source_sentence_shows_its_previous_translation_and_the_source_diff(qtbot, project, tmp_path):
    window = _changed_source(
        qtbot, project, tmp_path, "The `model` learns fast.", "⟦1⟧ 学得很快。", "The `model` learns very fast."
    )
    editor = window.review.editor
    assert editor.row is not None and editor.row.draft is not None and editor.row.draft.engine == "sync"
    assert editor.final.text() == "⟦1⟧ 学得很快。"  # the previous translation, ready to post-edit
    assert editor.source_change.isVisible()
    html = editor.source_change.text()
    assert "underline" in html and "very" in html  # the inserted word
    window.review.filter_box.setCurrentIndex(window.review.filter_box.findData(Filter.ALL))
    other = next(
        i for i in range(window.review.model.rowCount()) if window.review.model.rows[i].source == "It stops early."
    )
    window.review.select_proxy_row(window.review.proxy.mapFromSource(window.review.model.index(other, 1)).row())
    assert editor.row is not None and editor.row.source == "It stops early."
    assert not editor.source_change.isVisible()


def test_a_change_of_form_only_says_so_above_the_carried_translation(qtbot, project, tmp_path):
    window = _changed_source(
        qtbot, project, tmp_path, "Now we calculate $y$.", "现在计算⟦1⟧。", "(**Now we calculate $y$.**)"
    )
    editor = window.review.editor
    assert editor.final.text() == "(**现在计算⟦1⟧。**)"  # the marker put around the whole translation
    assert editor.source_change.isVisible()
    assert "Only the form of the source changed (slide markers)" in editor.source_change.text()
