"""Accepting a post-edit writes the final and its pair together; QA findings for reviewers."""

from __future__ import annotations

import pytest

from amts_gui.core.errors import InputError
from amts_gui.core.project import finals
from amts_gui.core.project.finals import accept_segment
from amts_gui.core.project.pairs import list_pairs
from amts_gui.core.project.segments import live_segments
from amts_gui.core.text.placeholders import FindingKind
from amts_gui.core.text.qa import check_final, number_findings

CHAPTER = "softmax-temperature.md"


def _segment_with_markup(store):
    return next(r for r in live_segments(store, CHAPTER) if r.markup)


def test_accept_writes_final_and_upserts_one_accepted_pair(demo_store):
    seg = _segment_with_markup(demo_store)
    markup = seg.markup
    text = "译文 " + " ".join(f"⟦{i + 1}⟧" for i in range(len(markup)))
    first = accept_segment(demo_store, seg.id, text, editor="li")
    second = accept_segment(demo_store, seg.id, text + "。")
    assert first.pair_id == second.pair_id and second.findings == ()
    pairs = [p for p in list_pairs(demo_store) if p.origin == "accepted"]
    assert len(pairs) == 1
    assert pairs[0].source == seg.source_markup and pairs[0].target.endswith("。")
    assert markup[0] in pairs[0].target  # the pair has the markup written out, not tokens
    row = next(r for r in live_segments(demo_store, CHAPTER) if r.id == seg.id)
    assert row.status == "accepted" and row.final == text + "。"


def test_accept_is_atomic(demo_store, monkeypatch):
    seg = _segment_with_markup(demo_store)

    def broken(store, pair):
        raise RuntimeError("disk full")

    monkeypatch.setattr(finals, "add_pair", broken)
    with pytest.raises(RuntimeError):
        accept_segment(demo_store, seg.id, "译文")
    row = next(r for r in live_segments(demo_store, CHAPTER) if r.id == seg.id)
    assert row.final is None and row.status == "new"  # the final was rolled back with the pair


def test_accept_refuses_empty_and_unknown_segments(demo_store):
    seg = _segment_with_markup(demo_store)
    with pytest.raises(InputError, match="empty"):
        accept_segment(demo_store, seg.id, "  ")
    with pytest.raises(InputError, match="not in the project"):
        accept_segment(demo_store, "nope", "x")


def test_qa_reports_placeholders_numbers_and_emptiness():
    kinds = [f.kind for f in check_final("Set ⟦1⟧ to 0.5 for 10 epochs.", ("`lr`",), "将学习率设为0.5，训练20轮。")]
    assert kinds == [FindingKind.MISSING, FindingKind.NUMBER_MISSING, FindingKind.NUMBER_EXTRA]
    assert check_final("Run ⟦1⟧ 3 times.", ("`f`",), "运行⟦1⟧３次。") == []  # full-width digits count
    assert [f.kind for f in check_final("x", (), " ")] == [FindingKind.EMPTY]
    assert number_findings("1,000 samples", "1000个样本") == []
