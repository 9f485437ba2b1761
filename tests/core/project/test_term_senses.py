"""What the translator teaches the glossary: ignored findings, phrases an entry never applies in, the
ambiguous flag, each undoable; and ambiguity measured from the project's own pairs."""

from __future__ import annotations

import pytest

from amts_gui.cli.main import main
from amts_gui.core.errors import InputError
from amts_gui.core.project.pairs import add_pair
from amts_gui.core.project.review import review_rows
from amts_gui.core.project.rows import NewPair
from amts_gui.core.project.term_senses import (
    ignore_here,
    ignored_terms,
    list_ignored,
    never_in_phrase,
    restore_entries,
    set_ambiguous,
)
from amts_gui.core.project.term_survey import pushable_entries, term_usage
from amts_gui.core.project.term_usage import MINIMUM
from amts_gui.core.project.terms import edit_term, list_terms, save_terms, term_finder
from amts_gui.core.text.terms import TermEntry

EXAMPLE = TermEntry("example", ("样例",))
TOKEN = TermEntry("token", ("词元",))


def test_an_entrys_variants_phrases_and_flag_are_stored_and_read_back(project):
    entry = TermEntry(
        "convolution kernel", ("卷积核",), variants=("conv kernel",), not_in=("toy example",), ambiguous=True
    )
    save_terms(project, [entry])
    assert list_terms(project) == [entry]
    edited = edit_term(
        project,
        "convolution kernel",
        TermEntry(
            " convolution  kernel", ("卷积核",), variants=(" ", "conv  kernel", "convolution kernel"), not_in=("a", "a")
        ),
    )
    assert (edited.variants, edited.not_in) == (("conv kernel",), ("a",))


def test_never_in_this_phrase_is_learnt_by_the_finder_and_undone(project):
    save_terms(project, [EXAMPLE])
    text = "A cooking example and a training example."
    assert [m.text(text) for m in term_finder(project).find(text)] == ["example", "example"]
    before = never_in_phrase(project, "example", "cooking  example")
    assert before == EXAMPLE and list_terms(project)[0].not_in == ("cooking example",)
    assert [m.start for m in term_finder(project).find(text)] == [text.rindex("example")]
    never_in_phrase(project, "example", "cooking example")  # twice is once
    assert list_terms(project)[0].not_in == ("cooking example",)
    restore_entries(project, [before])  # the undo
    assert list_terms(project) == [EXAMPLE]
    with pytest.raises(InputError, match="not in the glossary"):
        never_in_phrase(project, "sample", "x")
    with pytest.raises(InputError, match="give the phrase"):
        never_in_phrase(project, "example", "  ")


def test_ignore_here_hides_one_finding_in_one_segment_and_comes_back(demo_store):
    save_terms(demo_store, [TermEntry("accuracy", ("准确率",))])
    chapter = "temperature-scaling.md"
    row = next(r for r in review_rows(demo_store, chapter) if r.findings and "accuracy" in r.source.lower())
    assert ignore_here(demo_store, row.id, "accuracy") is False
    assert ignored_terms(demo_store, row.id) == {"accuracy"}
    again = next(r for r in review_rows(demo_store, chapter) if r.id == row.id)
    assert not any("accuracy" in str(f.detail) for f in again.findings)
    others = [r for r in review_rows(demo_store, chapter) if r.id != row.id]
    assert any("accuracy" in str(f.detail) for r in others for f in r.findings)  # only here
    assert [i.segment_id for i in list_ignored(demo_store, "accuracy")] == [row.id]
    assert ignore_here(demo_store, row.id, "accuracy", ignored=False) is True  # the undo
    assert ignored_terms(demo_store, row.id) == frozenset()


def _pair(store, source: str, target: str) -> None:
    add_pair(store, NewPair(source, target, "aligned"))


def test_ambiguity_is_measured_from_the_pairs_and_flags_the_entry(project, capsys):
    save_terms(project, [EXAMPLE, TOKEN])
    for number in range(MINIMUM):
        _pair(project, f"Each training example of batch {number} has a token.", f"每个训练样本{number}都有一个词元。")
    _pair(project, "One example.", "一个样例。")
    usage = {u.term: u for u in term_usage(project)}
    assert (usage["example"].pairs, usage["example"].rendered, usage["example"].ambiguous) == (MINIMUM + 1, 1, True)
    assert (usage["token"].pairs, usage["token"].rendered, usage["token"].ambiguous) == (MINIMUM, MINIMUM, False)
    assert pushable_entries(project) == ([TOKEN], ["example"])
    assert pushable_entries(project, include_ambiguous=True)[1] == []
    assert main(["terms", "list", str(project.path)]) == 0
    out, err = capsys.readouterr()
    assert f"example\t样例\t(ambiguous: 1 of {MINIMUM + 1} pairs use it)" in out
    assert "token\t词元\n" in out and "1 entries flagged ambiguous" in err


def test_too_few_pairs_say_nothing_and_a_hand_flag_counts(project):
    save_terms(project, [EXAMPLE, TOKEN])
    _pair(project, "A training example.", "一个训练样本。")
    assert not any(u.ambiguous for u in term_usage(project))
    set_ambiguous(project, "token", True)
    assert [u.term for u in term_usage(project) if u.ambiguous] == ["token"]


def test_a_phrase_must_hold_the_term_and_more_than_the_term(project):
    save_terms(project, [EXAMPLE])
    with pytest.raises(InputError, match="is not in “toy model”"):
        never_in_phrase(project, "example", "toy model")
    with pytest.raises(InputError, match="is the term itself"):
        never_in_phrase(project, "example", "Examples")
    assert list_terms(project) == [EXAMPLE]


def test_the_survey_keeps_roles_and_qa_stays_quiet_where_the_pairs_render_otherwise(project):
    from amts_gui.core.project.term_usage import read_usage

    truth = TermEntry("ground truth", ("真实值",))
    save_terms(project, [truth])
    for number in range(MINIMUM):
        _pair(project, f"The ground-truth box {number} is drawn.", f"真实框{number}画出来了。")
        _pair(project, f"We compare with the ground truth {number}.", f"我们与真实值{number}比较。")
    [usage] = term_usage(project)
    assert usage.roles == {"modifier": (MINIMUM, 0), "head": (MINIMUM, MINIMUM)}
    # the modifier is rendered otherwise; the verb, never seen, is quiet because the entry is ambiguous (5 of 10)
    assert usage.ambiguous and usage.quiet_roles == frozenset({"modifier", "verb"})
    assert read_usage(project, [truth])[0].roles == usage.roles  # kept in the project
    finder = term_finder(project)
    assert "modifier" in finder.quiet["ground truth"]
    from amts_gui.core.text.qa import term_findings

    assert term_findings(finder, "The ground-truth box is drawn.", "真实框画出来了。") == []
    assert term_findings(finder, "We compare with the ground truth.", "我们与真实情况比较。")
