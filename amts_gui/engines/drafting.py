"""Draft a chapter with a realtime engine and store the drafts (one transaction per run).

Drafting only fills: segments that hold the translator's text (edited, accepted or filled from a
repetition) are left as they are, unless the translator names them for a re-draft."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace

from amts_gui.core.project.segments import add_drafts, fillable, live_segments
from amts_gui.core.project.store import Store
from amts_gui.engines.base import Cancelled, DraftRun, Progress, RealtimeEngine, SegmentInput


def draft_chapter(
    store: Store,
    chapter: str,
    engine: RealtimeEngine,
    *,
    only: Collection[str] | None = None,
    redraft: bool = False,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> DraftRun:
    """Translate the chapter's segments without the translator's text (of ``only``, when given; ``redraft``:
    every one of ``only``); drafts that came back are stored even when the run was cancelled or some
    segments failed.  ``kept`` counts the segments left alone because the translator wrote them."""
    settings = store.settings()
    live = live_segments(store, chapter)  # read once: what is sent, and what is left alone
    rows = fillable(live, only, redraft=redraft)
    considered = sum(1 for r in live if only is None or r.id in only)
    segments = [SegmentInput.from_row(r) for r in rows]
    run = engine.translate(segments, settings.source_lang, settings.target_lang, progress=progress, cancelled=cancelled)
    add_drafts(store, run.drafts)
    return replace(run, kept=considered - len(rows))
