"""Repetitions: an accepted sentence fills its untranslated twins across the book, marked propagated;
undo takes them all back; a translator's own text is never overwritten."""

from __future__ import annotations

import pytest

from amts_gui.core.errors import InputError
from amts_gui.core.overview.counts import project_counts
from amts_gui.core.project.chapters import import_chapter
from amts_gui.core.project.finals import accept_segment, restore_states, save_edit, snapshot
from amts_gui.core.project.pairs import list_pairs
from amts_gui.core.project.repetitions import open_repetitions, propagate
from amts_gui.core.project.review import State, review_rows
from amts_gui.core.project.rows import Draft
from amts_gui.core.project.segments import add_drafts

ONE = "# One\n\nRun `train()` again. A unique first sentence.\n\nRun `train()` again.\n"
TWO = "# Two\n\nRun `train()` again. Run `train()` later.\n\nRun `train()` again.\n"


@pytest.fixture
def book(project):
    import_chapter(project, "one.md", ONE)
    import_chapter(project, "two.md", TWO)
    return project


def _twins(store, chapter: str):
    return [r for r in review_rows(store, chapter) if r.source == "Run ⟦1⟧ again."]


def test_open_repetitions_are_the_same_sentence_without_a_translators_text(book):
    first, second = _twins(book, "one.md")
    third, fourth = _twins(book, "two.md")
    add_drafts(book, [Draft(third.id, "机器", "tm", "tm")])  # a draft only: still open
    save_edit(book, fourth.id, "译者自己的")  # the translator's own text: not open
    assert open_repetitions(book, first.id) == [second.id, third.id]  # reading order across the book


def test_propagation_fills_marks_and_is_undone_as_one(book):
    first, second = _twins(book, "one.md")
    third, fourth = _twins(book, "two.md")
    accept_segment(book, first.id, "再次运行 ⟦1⟧。")
    targets = open_repetitions(book, first.id)
    before = [snapshot(book, t) for t in targets]
    assert propagate(book, first.id, targets) == [second.id, third.id, fourth.id]
    rows = {r.id: r for chapter in ("one.md", "two.md") for r in review_rows(book, chapter)}
    for twin in (second, third, fourth):
        assert rows[twin.id].state == State.ACCEPTED and rows[twin.id].propagated
        assert rows[twin.id].final == "再次运行 ⟦1⟧。"
    assert not rows[first.id].propagated
    assert [p.segment_id for p in list_pairs(book) if p.origin == "accepted"] == [first.id]  # no duplicate pairs
    assert project_counts(book).states[State.ACCEPTED] == 4
    restore_states(book, before)
    assert open_repetitions(book, first.id) == [second.id, third.id, fourth.id]


def test_a_translators_edit_clears_the_mark_and_is_never_overwritten(book):
    first, second = _twins(book, "one.md")
    accept_segment(book, first.id, "再次运行 ⟦1⟧。")
    propagate(book, first.id, open_repetitions(book, first.id))
    save_edit(book, second.id, "改过的 ⟦1⟧")
    [row] = review_rows(book, "one.md", only=[second.id])
    assert row.state == State.EDITED and not row.propagated
    assert second.id not in open_repetitions(book, first.id)
    assert propagate(book, first.id, [second.id]) == []  # no longer open: left alone


def test_a_translation_with_qa_errors_is_not_propagated(book):
    first, _second = _twins(book, "one.md")
    accept_segment(book, first.id, "占位符丢了", force=True)
    with pytest.raises(InputError, match="QA errors"):
        propagate(book, first.id, open_repetitions(book, first.id))
    with pytest.raises(InputError, match="no accepted translation"):
        propagate(book, _twins(book, "two.md")[0].id, [])
