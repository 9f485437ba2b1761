"""`amts export --out-root`: every chapter at its path, atomically, and unchanged files left alone."""

from __future__ import annotations

import os

import pytest

from amts_gui.cli.main import main
from amts_gui.core.errors import InputError
from amts_gui.core.project.export import export_book, render_chapter
from amts_gui.core.project.finals import accept_segment
from amts_gui.core.project.review import review_rows


def test_every_chapter_is_written_and_a_second_export_touches_nothing(sample_store, tmp_path):
    out = tmp_path / "book"
    first = export_book(sample_store, out)
    names = sorted(first.written)
    assert names and not first.unchanged
    for name in names:
        assert (out / name).read_text(encoding="utf-8") == render_chapter(sample_store, name).text
    stamps = {name: (out / name).stat().st_mtime_ns for name in names}
    os.utime(out / names[0], ns=(1, 1))  # a touched-looking time must not matter either: contents decide
    again = export_book(sample_store, out)
    assert again.written == () and sorted(again.unchanged) == names
    assert all((out / n).stat().st_mtime_ns == stamps[n] for n in names[1:])


def test_only_the_chapter_that_changed_is_rewritten(sample_store, tmp_path):
    out = tmp_path / "book"
    first = export_book(sample_store, out)
    chapter = first.written[0]
    row = next(r for r in review_rows(sample_store, chapter) if not r.markup)
    accept_segment(sample_store, row.id, "一个新的译文。")
    again = export_book(sample_store, out)
    assert again.written == (chapter,)
    assert "一个新的译文。" in (out / chapter).read_text(encoding="utf-8")


def test_a_file_as_out_root_is_refused_without_writing(sample_store, tmp_path, capsys):
    target = tmp_path / "a-file"
    target.write_text("keep me", encoding="utf-8")
    with pytest.raises(InputError, match="must be a folder"):
        export_book(sample_store, target)
    assert main(["export", str(sample_store.path), "--out-root", str(target)]) == 2
    assert "--out-root must be a folder" in capsys.readouterr().err
    assert target.read_text(encoding="utf-8") == "keep me"


def test_the_command_reports_written_and_unchanged(sample_store, tmp_path, capsys):
    out = tmp_path / "book"
    assert main(["export", str(sample_store.path), "--out-root", str(out)]) == 0
    count = len(export_book(sample_store, out).unchanged)
    assert main(["export", str(sample_store.path), "--out-root", str(out)]) == 0
    assert f"wrote 0 chapters, {count} unchanged" in capsys.readouterr().out
    assert main(["export", str(sample_store.path), "--out-root", str(out), "--chapter", "x"]) == 2
