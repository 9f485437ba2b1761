from __future__ import annotations

import re

import pytest

from amts_gui.core.errors import InputError
from amts_gui.core.overview.counts import pair_counts
from amts_gui.core.parallel.project_pairs import align_chapter
from amts_gui.core.project.chapters import import_chapter, source_text
from amts_gui.core.project.finals import accept_segment, restore_state, save_edit, snapshot
from amts_gui.core.project.pairs import concordance
from amts_gui.core.project.pushes import push_summary, record_push
from amts_gui.core.project.review import State, chapter_progress, first_chapter_in_state, review_rows
from amts_gui.core.project.rows import Draft
from amts_gui.core.project.segments import add_drafts
from amts_gui.engines.drafting import draft_chapter
from amts_gui.engines.memory import MemoryEngine

CHAPTER = "softmax-temperature.md"


def _pairs(store, origin):
    return list(store.db.query("SELECT * FROM pairs WHERE origin = ?", [origin]))


def test_rows_carry_draft_reference_and_state(sample_store):
    rows = review_rows(sample_store, CHAPTER)
    assert len(rows) == 30 and all(r.state == State.UNTRANSLATED and r.draft is None for r in rows)
    align_chapter(sample_store, CHAPTER)
    draft_chapter(sample_store, CHAPTER, MemoryEngine.for_project(sample_store))
    rows = review_rows(sample_store, CHAPTER)
    with_reference = [r for r in rows if r.reference]
    assert len(with_reference) == 30  # the demo chapter aligns sentence for sentence
    drafted = [r for r in rows if r.draft]
    assert len(drafted) == 30 and all(r.state == State.DRAFT for r in drafted)
    assert drafted[0].draft.engine == "tm" and drafted[0].draft.label.startswith("TM ")
    # the reference is shown with the segment's tokens, so it can be copied into the final as is
    tokened = [r for r in with_reference if r.markup]
    assert len(tokened) == 12
    assert all(sorted(re.findall("⟦\\d+⟧", r.reference)) == sorted(re.findall("⟦\\d+⟧", r.source)) for r in tokened)


def test_progress_counts_each_state(sample_store):
    rows = review_rows(sample_store, CHAPTER)
    add_drafts(sample_store, [Draft(rows[0].id, "软最大温度", "tm", "tm", {"score": 80})])
    save_edit(sample_store, rows[1].id, "编辑过的句子")
    accept_segment(sample_store, rows[2].id, "接受的句子", force=True)
    [progress] = chapter_progress(sample_store)
    assert progress.counts == {State.UNTRANSLATED: 27, State.DRAFT: 1, State.EDITED: 1, State.ACCEPTED: 1}
    assert progress.total == 30 and round(progress.percent_accepted, 1) == 3.3


def test_qa_findings_and_source_changes_are_in_the_rows(sample_store):
    row = next(r for r in review_rows(sample_store, CHAPTER) if r.markup)
    save_edit(sample_store, row.id, "没有占位符 42")
    [fresh] = review_rows(sample_store, CHAPTER, only=[row.id])
    kinds = {str(f.kind) for f in fresh.findings}
    assert "missing placeholder" in kinds and "number not in the source" in kinds
    assert not fresh.source_changed
    text = source_text(sample_store, CHAPTER).replace("Softmax Temperature", "Softmax Temperature Scaling")
    import_chapter(sample_store, CHAPTER, text)
    changed = [r for r in review_rows(sample_store, CHAPTER) if r.source_changed]
    assert [r.source for r in changed] == ["Softmax Temperature Scaling"]


def test_snapshot_and_restore_undo_an_acceptance_with_its_pair(sample_store):
    row = review_rows(sample_store, CHAPTER)[0]
    before = snapshot(sample_store, row.id)
    save_edit(sample_store, row.id, "初稿")
    edited = snapshot(sample_store, row.id)
    accept_segment(sample_store, row.id, "Softmax 温度")
    assert len(_pairs(sample_store, "accepted")) == 1
    restore_state(sample_store, edited)
    [now] = review_rows(sample_store, CHAPTER, only=[row.id])
    assert now.status == "edited" and now.final == "初稿" and _pairs(sample_store, "accepted") == []
    restore_state(sample_store, before)
    [now] = review_rows(sample_store, CHAPTER, only=[row.id])
    assert now.final is None and now.state == State.UNTRANSLATED


def test_save_edit_refuses_unknown_segments(sample_store):
    with pytest.raises(InputError, match="not in the project"):
        save_edit(sample_store, "nope", "x")


def test_concordance_finds_phrases_in_either_language(sample_store):
    align_chapter(sample_store, CHAPTER)
    found = concordance(sample_store, "temperature")
    assert len(found) == 10 and all("temperature" in (c.source + c.target).lower() for c in found)
    assert [c.origin for c in found] == ["aligned"] * 10 and all(c.chapter == CHAPTER for c in found)
    assert len(concordance(sample_store, "温度")) == 8  # nine lines of the chapter, two of them one sentence
    assert concordance(sample_store, "100%_no_such") == []
    assert concordance(sample_store, "  ") == []


def test_push_summary_counts_pairs_since_the_last_good_push(sample_store):
    align_chapter(sample_store, CHAPTER)
    total = sample_store.db.execute(
        "SELECT COUNT(*) FROM pairs WHERE granularity = 'sentence' AND flagged = 0"
    ).fetchone()[0]
    assert pair_counts(sample_store).to_push == total and push_summary(sample_store).last_status is None
    record_push(sample_store, "d2l-en-zh", "v1", "ACTIVE", total, {})
    assert pair_counts(sample_store).to_push == 0
    row = review_rows(sample_store, CHAPTER)[0]
    accept_segment(sample_store, row.id, "Softmax 温度")
    record_push(sample_store, "d2l-en-zh", "v2", "FAILED", total + 1, {"message": "bad file"})
    summary = push_summary(sample_store)
    assert pair_counts(sample_store).to_push == 1
    assert summary.last_status == "FAILED" and summary.message == "bad file"


def _first_by_progress(store, state):
    return next((p.chapter for p in chapter_progress(store) if p.counts[state]), None)


def test_the_first_chapter_in_a_state_is_the_one_the_counts_name(sample_store):
    """The window opens where the work is without counting the book first: the query for the first
    chapter with a draft (or an untranslated segment) agrees with the full count at every step."""
    import_chapter(sample_store, "a/intro.md", "# Intro\n\nThe first sentence.\n\nThe second one.\n", None)
    intro = review_rows(sample_store, "a/intro.md")
    later = review_rows(sample_store, CHAPTER)
    steps = [
        lambda: None,  # nothing drafted: the first chapter is untranslated
        lambda: add_drafts(sample_store, [Draft(later[3].id, "草稿", "tm", "tm", {"score": 90})]),
        lambda: save_edit(sample_store, intro[0].id, "编辑过"),
        lambda: add_drafts(sample_store, [Draft(intro[1].id, "草稿", "tm", "tm", {"score": 90})]),
        lambda: [accept_segment(sample_store, r.id, "接受", force=True) for r in intro],  # drafts accepted
        lambda: [accept_segment(sample_store, r.id, "接受", force=True) for r in later],  # nothing left
    ]
    seen = []
    for step in steps:
        step()
        for state in (State.DRAFT, State.UNTRANSLATED):
            assert first_chapter_in_state(sample_store, state) == _first_by_progress(sample_store, state), state
        seen.append(
            (
                first_chapter_in_state(sample_store, State.DRAFT),
                first_chapter_in_state(sample_store, State.UNTRANSLATED),
            )
        )
    assert seen[0] == (None, "a/intro.md") and seen[1] == (CHAPTER, "a/intro.md")
    assert seen[3] == ("a/intro.md", "a/intro.md")  # its heading is still untranslated
    assert seen[4] == (CHAPTER, CHAPTER) and seen[5] == (None, None)
    with pytest.raises(ValueError):
        first_chapter_in_state(sample_store, State.ACCEPTED)
