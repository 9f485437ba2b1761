"""The memory engine: drafts from the project's pairs, with tokens and match metadata."""

from __future__ import annotations

import json

from amts_gui.core.memory.index import Entry, TranslationMemory
from amts_gui.core.parallel.project_pairs import align_chapter
from amts_gui.core.project.segments import live_segments
from amts_gui.engines.base import SegmentInput
from amts_gui.engines.memory import MemoryEngine


def tm(*pairs: tuple[str, str], **kw) -> TranslationMemory:
    return TranslationMemory([Entry(s, t, i, "aligned", f"2026-01-0{i + 1}") for i, (s, t) in enumerate(pairs)], **kw)


def test_memory_engine_drafts_with_tokens_and_match_metadata(sample_store):

    align_chapter(sample_store, "softmax-temperature.md")
    rows = live_segments(sample_store, "softmax-temperature.md")
    engine = MemoryEngine.for_project(sample_store)
    segments = [SegmentInput.from_row(r) for r in rows]
    run = engine.translate(segments, "en", "zh")
    assert (len(run.drafts), run.failures, run.cancelled) == (30, {}, False)  # every sentence has its pair
    by_id = {d.segment_id: d for d in run.drafts}
    with_markup = next(s for s in segments if s.markup and s.id in by_id)
    draft = by_id[with_markup.id]
    assert "⟦1⟧" in draft.text and draft.meta["score"] == 100.0
    assert draft.engine == "tm" and json.dumps(draft.meta)
    # leaving the chapter's own pairs out leaves nothing to match in a one-chapter project
    empty = MemoryEngine.for_project(sample_store, exclude_chapters=["softmax-temperature.md"])
    assert empty.translate(segments, "en", "zh").drafts == ()


def test_memory_engine_honours_cancellation():
    engine = MemoryEngine(tm(("a b c", "x")))
    segs = [SegmentInput(str(i), "a b c", (), "a b c") for i in range(5)]
    calls = []
    run = engine.translate(segs, "en", "zh", cancelled=lambda: len(calls) >= 2, progress=lambda *a: calls.append(a))
    assert run.cancelled and len(run.drafts) == 2


# -- thresholds, ordering, tie-breaks and candidate retrieval -------------------------------------------


def test_pairs_accepted_with_qa_errors_stay_out_of_the_memory(sample_store):
    from amts_gui.core.project.finals import accept_segment
    from amts_gui.engines.memory import project_memory

    rows = live_segments(sample_store, "softmax-temperature.md")
    plain = next(r for r in rows if not r.markup)
    broken = next(r for r in rows if r.markup)
    accept_segment(sample_store, plain.id, "干净的译文")
    accept_segment(sample_store, broken.id, "坏的译文", force=True)
    memory = project_memory(sample_store)
    match = memory.lookup(plain.source)
    assert len(memory) == 1 and match is not None and match.entry.target == "干净的译文"


def test_each_target_drafts_from_its_own_memory_at_its_own_threshold(sample_store):
    from amts_gui.core.project.pairs import add_pairs
    from amts_gui.core.project.rows import NewPair
    from amts_gui.core.project.targets import add_target, save_target_settings
    from amts_gui.engines.catalog import EngineOptions

    es = add_target(sample_store, "es")
    [row] = [r for r in live_segments(es, "softmax-temperature.md") if r.source.startswith("A classifier usually")]
    near = row.source_markup.replace("usually", "often")  # a fuzzy match, not an exact one
    add_pairs(es, [NewPair(near, "Un clasificador suele convertir sus puntuaciones.", "imported")])
    segment = [SegmentInput.from_row(row)]
    fuzzy = MemoryEngine.create(EngineOptions(es)).translate(segment, "en", "es")
    assert [d.text for d in fuzzy.drafts] == ["Un clasificador suele convertir sus puntuaciones."]
    assert 75 <= fuzzy.drafts[0].meta["score"] < 100
    assert MemoryEngine.create(EngineOptions(sample_store)).translate(segment, "en", "zh").drafts == ()  # zh's own
    save_target_settings(es, {"memory.threshold": "100"})
    assert MemoryEngine.create(EngineOptions(es)).translate(segment, "en", "es").drafts == ()
    assert MemoryEngine.create(EngineOptions(es, min_score=50)).translate(segment, "en", "es").drafts  # asked for
