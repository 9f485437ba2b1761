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
    monkeypatch.setattr("amts_gui.gui.actions.chapters.QFileDialog.getExistingDirectory", lambda *a, **k: str(out))
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
