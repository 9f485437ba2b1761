"""Accepting a post-edit writes the final and its pair together; QA findings for reviewers."""

from __future__ import annotations

import pytest

from amts_gui.core.errors import InputError
from amts_gui.core.project import finals
from amts_gui.core.project.finals import accept_segment
from amts_gui.core.project.pairs import list_pairs
from amts_gui.core.project.segments import live_segments

CHAPTER = "softmax-temperature.md"


def _segment_with_markup(store):
    return next(r for r in live_segments(store, CHAPTER) if r.markup)


def test_accept_writes_final_and_upserts_one_accepted_pair(sample_store):
    seg = _segment_with_markup(sample_store)
    markup = seg.markup
    text = "译文 " + " ".join(f"⟦{i + 1}⟧" for i in range(len(markup)))
    first = accept_segment(sample_store, seg.id, text, editor="li")
    second = accept_segment(sample_store, seg.id, text + "。")
    assert first.pair_id == second.pair_id and second.findings == ()
    pairs = [p for p in list_pairs(sample_store) if p.origin == "accepted"]
    assert len(pairs) == 1
    assert pairs[0].source == seg.source_markup and pairs[0].target.endswith("。")
    assert markup[0] in pairs[0].target  # the pair has the markup written out, not tokens
    row = next(r for r in live_segments(sample_store, CHAPTER) if r.id == seg.id)
    assert row.status == "accepted" and row.final == text + "。"


def test_accept_is_atomic(sample_store, monkeypatch):
    seg = _segment_with_markup(sample_store)

    def broken(store, pair):
        raise RuntimeError("disk full")

    monkeypatch.setattr(finals, "add_pair", broken)
    with pytest.raises(RuntimeError):
        accept_segment(sample_store, seg.id, "译文", force=True)
    row = next(r for r in live_segments(sample_store, CHAPTER) if r.id == seg.id)
    assert row.final is None and row.status == "new"  # the final was rolled back with the pair


def test_accept_refuses_empty_and_unknown_segments(sample_store):
    seg = _segment_with_markup(sample_store)
    with pytest.raises(InputError, match="empty"):
        accept_segment(sample_store, seg.id, "  ")
    with pytest.raises(InputError, match="not in the project"):
        accept_segment(sample_store, "nope", "x")
