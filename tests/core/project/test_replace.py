"""Find and replace across the project: scopes, case, whole words (Latin edges only, as CJK has no spaces),
regular expressions; placeholders and locks are never changed; one transaction, undone as one."""

from __future__ import annotations

import pytest

from amts_gui.core.errors import InputError
from amts_gui.core.project.chapters import import_chapter
from amts_gui.core.project.finals import accept_segment, restore_states, save_edit
from amts_gui.core.project.marks import set_locked
from amts_gui.core.project.pairs import list_pairs
from amts_gui.core.project.replace import Query, Scope, Skip, apply_replace, find, plan_replace
from amts_gui.core.project.review import State, review_rows
from amts_gui.core.project.rows import Draft
from amts_gui.core.project.segments import add_drafts
from amts_gui.core.text.placeholders import FindingKind

ONE = "# One\n\nThe model learns. Call `fit(1)` once.\n\nA modeling trick.\n"
TWO = "# Two\n\nThe Model overfits.\n"


@pytest.fixture
def book(project):
    import_chapter(project, "one.md", ONE)
    import_chapter(project, "two.md", TWO)
    one, two = review_rows(project, "one.md"), review_rows(project, "two.md")
    accept_segment(project, one[1].id, "模型在学习。")
    save_edit(project, one[2].id, "调用 ⟦1⟧ 一次，模型。")
    add_drafts(project, [Draft(one[3].id, "一个建模技巧。", "tm", "tm")])
    accept_segment(project, two[1].id, "Model 过拟合了。")
    return project


def _numbers(hits):
    return [(h.chapter, h.row.number) for h in hits]


def test_find_in_source_by_case_and_whole_word(book):
    assert _numbers(find(book, Query("model", Scope.SOURCE))) == [("one.md", 2), ("one.md", 4), ("two.md", 2)]
    assert _numbers(find(book, Query("Model", Scope.SOURCE, case=True))) == [("two.md", 2)]
    assert _numbers(find(book, Query("model", Scope.SOURCE, whole_word=True))) == [("one.md", 2), ("two.md", 2)]
    assert _numbers(find(book, Query("model", Scope.SOURCE, chapter="two.md"))) == [("two.md", 2)]


def test_find_in_target_covers_finals_and_drafts_and_whole_word_ignores_cjk_edges(book):
    assert _numbers(find(book, Query("模型"))) == [("one.md", 2), ("one.md", 3)]
    assert _numbers(find(book, Query("模型", whole_word=True))) == [("one.md", 2), ("one.md", 3)]
    assert _numbers(find(book, Query("建模"))) == [("one.md", 4)]  # a draft counts: it is what one sees


def test_a_regular_expression_and_its_groups(book):
    hits = find(book, Query(r"(\w+)技巧", regex=True))
    assert [h.text[slice(*h.spans[0])] for h in hits] == ["一个建模技巧"]
    changes = plan_replace(book, Query(r"一个(\w+)技巧", regex=True), r"\1 的窍门")
    assert [c.after for c in changes] == ["建模 的窍门。"]
    with pytest.raises(InputError, match="not a regular expression"):
        find(book, Query("(unclosed", regex=True))
    with pytest.raises(InputError, match="not a replacement"):
        plan_replace(book, Query("模型", regex=True), r"\3")


def test_placeholder_tokens_never_match_nor_change(book):
    assert find(book, Query("1")) == []  # the 1 inside ⟦1⟧ is not text
    changes = plan_replace(book, Query("一次"), "⟦2⟧")
    assert [c.skip for c in changes] == [Skip.PLACEHOLDERS]
    assert apply_replace(book, changes).segment_ids == []


def test_replace_writes_all_keeps_states_reruns_qa_and_undoes_as_one(book):
    one = review_rows(book, "one.md")
    set_locked(book, [one[2].id], True)
    changes = plan_replace(book, Query("模型"), "Model")
    assert [(c.hit.row.number, c.skip) for c in changes] == [(2, None), (3, Skip.LOCKED)]
    done = apply_replace(book, changes)
    assert done.segment_ids == [one[1].id]
    after = review_rows(book, "one.md")
    assert after[1].final == "Model在学习。" and after[1].state == State.ACCEPTED
    assert after[2].final == "调用 ⟦1⟧ 一次，模型。"  # locked: untouched
    pair = next(p for p in list_pairs(book) if p.segment_id == one[1].id)
    assert pair.target == "Model在学习。"  # the accepted pair follows its final
    assert done.findings[one[1].id] == ()
    restore_states(book, done.before)
    assert review_rows(book, "one.md")[1].final == "模型在学习。"
    assert next(p for p in list_pairs(book) if p.segment_id == one[1].id).target == "模型在学习。"


def test_a_draft_replaced_becomes_an_edit_and_qa_findings_come_back(book):
    one = review_rows(book, "one.md")
    done = apply_replace(book, plan_replace(book, Query("建模"), "2 个建模"))
    assert done.segment_ids == [one[3].id]
    row = review_rows(book, "one.md")[3]
    assert row.state == State.EDITED and row.final == "一个2 个建模技巧。"
    assert [f.kind for f in done.findings[row.id]] == [FindingKind.NUMBER_EXTRA]


def test_the_source_is_never_replaced_and_a_stale_plan_is_refused(book):
    with pytest.raises(InputError, match="only the target"):
        plan_replace(book, Query("model", Scope.SOURCE), "x")
    changes = plan_replace(book, Query("模型"), "Model")
    save_edit(book, changes[0].hit.row.id, "译者改过了，模型。")
    with pytest.raises(InputError, match="changed since the search"):
        apply_replace(book, changes)
    assert review_rows(book, "one.md")[2].final == "调用 ⟦1⟧ 一次，模型。"  # all or none
