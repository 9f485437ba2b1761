"""File ▸ Export book: every chapter into the chosen folder, in a worker, with a report."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtWidgets")

from amts_gui.core.project.chapters import list_chapters  # noqa: E402
from amts_gui.core.project.export import render_chapter  # noqa: E402
from tests.gui.helpers import open_window, wait_idle  # noqa: E402


def test_export_book_writes_every_chapter_and_reports(qtbot, sample_store, tmp_path, monkeypatch):
    out = tmp_path / "checkout"
    out.mkdir()
    monkeypatch.setattr("amts_gui.gui.common.file_dialogs.choose_folder", lambda *a, **k: str(out))
    window = open_window(qtbot, sample_store)
    action = window.chapters.commands["export_book"]
    assert action.shortcut().toString() == "Ctrl+Shift+E"
    action.trigger()
    wait_idle(qtbot, window)
    chapters = list_chapters(sample_store)
    assert len(chapters) == 1
    assert "1 chapter written, 0 unchanged" in window.last_message, window.last_message
    for chapter in chapters:
        assert (out / chapter.path).read_text(encoding="utf-8") == render_chapter(sample_store, chapter.path).text
    action.trigger()
    wait_idle(qtbot, window)
    assert "0 chapters written, 1 unchanged" in window.last_message, window.last_message


def test_a_repetition_filled_in_another_chapter_updates_that_chapters_progress(qtbot, sample_store, monkeypatch):
    """The accept writes the current chapter, its propagation another one: both rows of the tree
    are counted again (by the segments written, in a worker)."""
    from amts_gui.core.project.chapters import import_chapter, source_text
    from amts_gui.core.project.review import State, review_rows
    from tests.gui.helpers import CHAPTER

    import_chapter(sample_store, "copy/same.md", source_text(sample_store, CHAPTER))
    window = open_window(qtbot, sample_store)
    window.prefs.propagation = "always"
    window.tree.select(CHAPTER)
    wait_idle(qtbot, window)
    row = next(r for r in review_rows(sample_store, CHAPTER) if not r.markup)
    window.review.select_segment(row.id)
    window.review.editor.final.replace_all("一个译文。")
    window.review.accept_and_next()
    wait_idle(qtbot, window)
    copied = [r for r in review_rows(sample_store, "copy/same.md") if r.source == row.source]
    assert copied and all(r.state != State.UNTRANSLATED for r in copied)
    counts = {p.chapter: p.counts for p in window._counts.progress}
    assert counts["copy/same.md"][State.UNTRANSLATED] == len(review_rows(sample_store, "copy/same.md")) - len(copied)
    assert counts[CHAPTER][State.ACCEPTED] == 1
