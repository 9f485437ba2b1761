"""The QA gate: a translation with QA errors is accepted only when forced, and its pair then stays out of
exports, pushes and the memory until the segment is fixed (or the user includes it explicitly)."""

from __future__ import annotations

import pytest

from amts_gui.core.parallel.formats import QA, read_pairs_file
from amts_gui.core.parallel.project_pairs import align_chapter, export_project_pairs
from amts_gui.core.project.finals import QAError, accept_segment
from amts_gui.core.project.pairs import list_pairs
from amts_gui.core.project.review import State, review_rows
from amts_gui.core.project.segments import live_segments
from amts_gui.core.text.placeholders import FindingKind

CHAPTER = "softmax-temperature.md"


def _with_markup(store):
    return next(r for r in review_rows(store, CHAPTER) if len(r.markup) >= 2)


def _good(row) -> str:
    return "译文 " + " ".join(f"⟦{i + 1}⟧" for i in range(len(row.markup)))


def test_errors_refuse_the_accept_and_write_nothing(sample_store):
    row = _with_markup(sample_store)
    with pytest.raises(QAError) as refused:
        accept_segment(sample_store, row.id, "译文，占位符都丢了")
    assert [f.kind for f in refused.value.problems] == [FindingKind.MISSING] * len(row.markup)
    [after] = review_rows(sample_store, CHAPTER, only=[row.id])
    assert after.state != State.ACCEPTED and after.final is None
    assert not [p for p in list_pairs(sample_store) if p.origin == "accepted"]


def test_warnings_alone_do_not_stop_an_accept(sample_store):
    row = next(r for r in review_rows(sample_store, CHAPTER) if not r.markup)
    accepted = accept_segment(sample_store, row.id, "共 3 个")  # a number not in the source is only a warning
    assert accepted.findings and not any(f.is_error for f in accepted.findings)
    [pair] = [p for p in list_pairs(sample_store) if p.origin == "accepted"]
    assert pair.qa == ()


def test_a_forced_pair_is_kept_out_until_fixed(sample_store, tmp_path):
    row = _with_markup(sample_store)
    accept_segment(sample_store, row.id, "译文，占位符都丢了", force=True)
    [pair] = [p for p in list_pairs(sample_store) if p.origin == "accepted"]
    assert len(pair.qa) == len(row.markup) and "missing placeholder" in pair.qa[0]

    out = tmp_path / "pairs.tmx"
    report = export_project_pairs(sample_store, out, "tmx")
    assert report.written == 0 and report.skipped_by_kind() == {QA: 1}
    assert "fix the segment" in str(report.notes[0])
    included = export_project_pairs(sample_store, out, "tmx", include_qa=True)
    assert included.written == 1 and included.skipped_by_kind() == {}
    assert [t for _, t in read_pairs_file(out, "en", "zh").pairs] == [pair.target]

    accept_segment(sample_store, row.id, _good(row))  # fixed: the same pair, clean again
    [fixed] = [p for p in list_pairs(sample_store) if p.origin == "accepted"]
    assert fixed.id == pair.id and fixed.qa == ()
    assert export_project_pairs(sample_store, out, "tmx").written == 1


def test_a_forced_pair_replaces_no_good_aligned_pair(sample_store, tmp_path):
    align_chapter(sample_store, CHAPTER)
    aligned = {p.source: p.target for p in list_pairs(sample_store) if p.origin == "aligned" and not p.flagged}
    row = next(r for r in live_segments(sample_store, CHAPTER) if r.markup and r.source_markup in aligned)
    accept_segment(sample_store, row.id, "坏的译文", force=True)
    out = tmp_path / "pairs.tsv"
    report = export_project_pairs(sample_store, out, "tsv")
    assert report.skipped_by_kind().get(QA) == 1
    written = dict(line.split("\t") for line in out.read_text(encoding="utf-8").splitlines())
    assert written[row.source_markup] == aligned[row.source_markup]  # the reviewed alignment still goes out
    assert "坏的译文" not in written.values()


def test_emphasis_lost_is_an_error(sample_store):
    row = next(r for r in review_rows(sample_store, CHAPTER) if "*" in r.source)
    with pytest.raises(QAError) as refused:
        accept_segment(sample_store, row.id, "没有强调的译文" + " ".join(f"⟦{i + 1}⟧" for i in range(len(row.markup))))
    assert [f.kind for f in refused.value.problems] == [FindingKind.EMPHASIS_MISSING]
