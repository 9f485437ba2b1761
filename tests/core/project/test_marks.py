"""Segment marks: a comment kept per target and exported as an XLIFF note; a lock that every write of a
final respects (edit, accept, propagation, undo), whichever part of the program writes."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from amts_gui.core.bilingual.xliff_write import xliff_bytes
from amts_gui.core.errors import InputError
from amts_gui.core.project.chapters import import_chapter
from amts_gui.core.project.finals import accept_segment, restore_state, save_edit, snapshot
from amts_gui.core.project.marks import MAX_COMMENT_CHARS, SegmentLocked, marks_of, set_comment, set_locked
from amts_gui.core.project.repetitions import open_repetitions
from amts_gui.core.project.review import review_rows
from amts_gui.core.project.targets import add_target

TEXT = "# Marks\n\nThe first sentence. The second sentence.\n\nThe first sentence.\n"


@pytest.fixture
def rows(project):
    import_chapter(project, "marks.md", TEXT)
    return review_rows(project, "marks.md")


def test_a_comment_is_kept_shown_and_removed_when_blank(project, rows):
    set_comment(project, rows[1].id, "  check the term with the editor  ")
    assert review_rows(project, "marks.md")[1].comment == "check the term with the editor"
    assert review_rows(project, "marks.md")[2].comment is None
    set_comment(project, rows[1].id, "   ")
    assert marks_of(project, rows[1].id).comment is None
    assert project.db.execute("SELECT COUNT(*) FROM segment_marks").fetchone()[0] == 0  # no empty rows left


def test_a_comment_too_long_or_on_a_gone_segment_is_refused(project, rows):
    with pytest.raises(InputError, match="at most"):
        set_comment(project, rows[1].id, "x" * (MAX_COMMENT_CHARS + 1))
    with pytest.raises(InputError, match="not in the project"):
        set_comment(project, "no-such-segment", "hello")


def test_comments_and_locks_belong_to_one_target(project, rows):
    add_target(project, "ja")
    set_comment(project, rows[1].id, "zh only")
    set_locked(project, [rows[1].id], True)
    japanese = project.for_target("ja")
    assert marks_of(japanese, rows[1].id).comment is None and not marks_of(japanese, rows[1].id).locked
    save_edit(japanese, rows[1].id, "最初の文。")  # the Japanese final is not locked


def test_a_locked_final_cannot_be_edited_accepted_or_undone(project, rows):
    segment = rows[1].id
    save_edit(project, segment, "第一句。")
    before = snapshot(project, segment)
    assert set_locked(project, [segment, rows[2].id], True) == 2
    assert set_locked(project, [segment], True) == 0  # already locked
    with pytest.raises(SegmentLocked, match="locked"):
        save_edit(project, segment, "改了")
    with pytest.raises(SegmentLocked):
        accept_segment(project, segment, "改了")
    with pytest.raises(SegmentLocked):
        restore_state(project, before)
    assert review_rows(project, "marks.md")[1].final == "第一句。"  # untouched
    assert review_rows(project, "marks.md")[1].locked
    set_locked(project, [segment], False)
    accept_segment(project, segment, "第一句话。")
    assert review_rows(project, "marks.md")[1].final == "第一句话。"


def test_a_locked_repetition_is_not_open_to_filling(project, rows):
    first, twin = rows[1], rows[3]
    assert first.source == twin.source
    assert open_repetitions(project, first.id) == [twin.id]
    set_locked(project, [twin.id], True)
    assert open_repetitions(project, first.id) == []


@pytest.mark.parametrize("version", ["1.2", "2.1"])
def test_a_comment_is_an_xliff_note_on_its_unit(project, rows, version):
    set_comment(project, rows[2].id, "Ask the author: <second> & more")
    data = xliff_bytes("marks.md", review_rows(project, "marks.md"), "en", "zh", version)
    root = ET.fromstring(data)
    units = [e for e in root.iter() if e.tag.rpartition("}")[2] in ("trans-unit", "unit")]
    notes = {u.get("id"): [n.text for n in u.iter() if n.tag.endswith("}note")] for u in units}
    assert notes[rows[2].id] == ["Ask the author: <second> & more"]
    assert all(not notes[r.id] for r in rows if r.id != rows[2].id)
