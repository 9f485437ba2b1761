"""Editing glossary entries: rename, change translations, refuse blanks and collisions, all or nothing."""

from __future__ import annotations

import pytest

from amts_gui.core.errors import InputError
from amts_gui.core.project.terms import add_term, edit_term, list_terms, remove_terms
from amts_gui.core.text.terms import TermEntry


def test_an_entry_added_from_a_partial_selection_is_renamed_and_given_more_targets(project):
    add_term(project, "held-out d", "留出数据")
    fixed = edit_term(
        project, "held-out d", TermEntry(" held-out  data ", ("留出数据", " 保留数据 ", ""), ("测试数据",))
    )
    assert fixed.source == "held-out data" and fixed.targets == ("留出数据", "保留数据")
    assert [e.source for e in list_terms(project)] == ["held-out data"]
    assert list_terms(project)[0].forbidden == ("测试数据",)


def test_blank_or_colliding_entries_are_refused_and_nothing_changes(project):
    add_term(project, "softmax", "softmax")
    add_term(project, "logit", "对数几率")
    before = list_terms(project)
    with pytest.raises(InputError, match="source term"):
        edit_term(project, "logit", TermEntry("  ", ("x",)))
    with pytest.raises(InputError, match="give a translation"):
        edit_term(project, "logit", TermEntry("logit", (" ",)))
    with pytest.raises(InputError, match="in the glossary already"):
        edit_term(project, "logit", TermEntry("softmax", ("对数几率",)))
    with pytest.raises(InputError, match="in the glossary already"):
        edit_term(project, None, TermEntry("logit", ("对数",)))
    assert list_terms(project) == before


def test_a_new_entry_and_a_removal(project):
    edit_term(project, None, TermEntry("PyTorch", (), do_not_translate=True))
    assert list_terms(project)[0].preferred == "PyTorch"
    assert remove_terms(project, ["PyTorch"]) == 1 and list_terms(project) == []


def test_a_translation_added_to_a_do_not_translate_term_ends_the_flag(project):
    add_term(project, "GPU", "GPU")
    assert list_terms(project)[0].do_not_translate
    entry, existed = add_term(project, "GPU", "图形处理器")
    assert existed and entry.preferred == "图形处理器" and not entry.do_not_translate
    assert list_terms(project)[0].targets[0] == "图形处理器" and not list_terms(project)[0].do_not_translate


def test_a_term_saved_for_one_target_leaves_the_other_targets_entry_as_it_was(tmp_path):
    from amts_gui.core.project.store import Store
    from amts_gui.core.project.terms import save_terms

    store = Store.create(tmp_path / "two.amts", "en", ["zh", "ja"])
    zh, ja = store.for_target("zh"), store.for_target("ja")
    save_terms(zh, [TermEntry("softmax", ("软最大",))])
    before = zh.db.execute("SELECT * FROM terms WHERE target_lang = 'zh'").fetchall()
    assert save_terms(ja, [TermEntry("softmax", ("ソフトマックス",))]) == (1, 0)  # a new row of its own
    assert zh.db.execute("SELECT * FROM terms WHERE target_lang = 'zh'").fetchall() == before
    assert [e.targets for e in list_terms(zh)] == [("软最大",)]
    assert [e.targets for e in list_terms(ja)] == [("ソフトマックス",)]
    store.close()
