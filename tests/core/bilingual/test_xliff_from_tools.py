"""XLIFF files as they come back from other tools (``tests/fixtures/exchange``): units of several
segments, approval states, segment marks, a unit id twice; each imported once, exported again whole."""

from __future__ import annotations

import sys

import pytest

from amts_gui.core.bilingual.xliff_import import import_xliff
from amts_gui.core.bilingual.xliff_read import read_xliff
from amts_gui.core.errors import InputError
from amts_gui.core.project.review import State, review_rows
from tests.conftest import REPO

sys.path.insert(0, str(REPO / "benchmarks"))
from bench_exchange import CHAPTER, FIXTURES, XLIFF_FILES, xliff_row  # noqa: E402


@pytest.mark.parametrize("name", list(XLIFF_FILES))
def test_each_xliff_comes_in_once_and_goes_out_with_the_same_content(name, tmp_path):
    row = xliff_row(name, tmp_path)
    reported = {p.split()[1] for p in row["problems"]}  # "unit ID …": units left alone, and said
    assert set(row["differs"]) <= reported
    assert row["units_out_identical"] == row["translated_units_in"] - len(row["differs"])
    assert row["second_import"]["accepted"] == row["second_import"]["edited"] == 0


def rows_by_id(store):
    return {r.id: r for r in review_rows(store, CHAPTER)}


def test_a_unit_of_two_segments_is_joined_with_its_ignorable_and_accepted_when_reviewed(demo_store):
    report = import_xliff(demo_store, FIXTURES / "xliff-2.0-segments.xlf")
    rows = rows_by_id(demo_store)
    joined = rows["8cc1e1e481147f85"]
    assert joined.state == State.ACCEPTED
    assert joined.final == "然而，这些概率往往过于自信： 在置信度为90%的预测中，远不到90%是正确的。"
    assert rows["713454238c5c20ee"].state == State.ACCEPTED  # "reviewed" is an approval
    assert rows["4aba0589b8a3ecb8"].state == State.EDITED  # "translated" is not
    assert rows["4aba0589b8a3ecb8"].final == "我们在留出数据上而不是在训练集上拟合⟦1⟧。"
    assert rows["618d39ea198e1745"].state == State.UNTRANSLATED  # half a unit is never taken
    assert report.problems == ["unit 618d39ea198e1745 (#10): 1 of its 2 segments have no target; not cut"]


def test_approved_units_of_translate_toolkit_are_accepts_and_a_second_import_changes_nothing(demo_store):
    first = import_xliff(demo_store, FIXTURES / "translate-toolkit-1.2.xlf")
    assert (first.accepted, first.edited, first.problems) == (4, 0, [])
    again = import_xliff(demo_store, FIXTURES / "translate-toolkit-1.2.xlf")
    assert (again.accepted, again.edited, again.skipped) == (0, 0, 0)


def test_okapi_segment_marks_are_read_through_and_signed_off_is_final(demo_store):
    report = import_xliff(demo_store, FIXTURES / "okapi-1.2-segmented.xlf")
    rows = rows_by_id(demo_store)
    assert (report.accepted, report.edited) == (2, 1)
    assert rows["618d39ea198e1745"].final == "拟合温度" and rows["618d39ea198e1745"].state == State.ACCEPTED
    assert rows["4aba0589b8a3ecb8"].state == State.EDITED


def test_a_unit_id_twice_is_said_with_both_lines_and_only_the_first_is_read(demo_store):
    document = read_xliff(FIXTURES / "duplicate-ids-1.2.xlf")
    assert [u.line for u in document.units] == [5, 9]
    report = import_xliff(demo_store, FIXTURES / "duplicate-ids-1.2.xlf")
    assert (report.accepted, report.skipped) == (1, 1)
    assert report.problems == [
        "unit 713454238c5c20ee (line 9): the same unit id as unit 713454238c5c20ee (line 5); only the first is read"
    ]
    assert rows_by_id(demo_store)["713454238c5c20ee"].final == "温度缩放"


def test_an_xliff_with_a_dtd_subset_is_refused_in_the_name_of_xliff(tmp_path):
    path = tmp_path / "dtd.xlf"
    path.write_text('<!DOCTYPE xliff [<!ENTITY a "x">]><xliff version="1.2"/>', encoding="utf-8")
    with pytest.raises(InputError) as refused:
        read_xliff(path)
    assert "XLIFF needs neither" in str(refused.value) and "TMX" not in str(refused.value)
