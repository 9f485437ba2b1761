"""Draft a chapter with a realtime engine and store the drafts (one transaction per run)."""

from __future__ import annotations

from collections.abc import Collection

from amts_gui.core.project.segments import add_drafts, live_segments
from amts_gui.core.project.store import Store
from amts_gui.engines.base import Cancelled, DraftRun, Progress, RealtimeEngine, SegmentInput


def draft_chapter(
    store: Store,
    chapter: str,
    engine: RealtimeEngine,
    *,
    only: Collection[str] | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> DraftRun:
    """Translate the chapter's live segments (or the ids in ``only``); drafts that came back are stored
    even when the run was cancelled or some segments failed."""
    settings = store.settings()
    segments = [SegmentInput.from_row(r) for r in live_segments(store, chapter) if only is None or r.id in only]
    run = engine.translate(segments, settings.source_lang, settings.target_lang, progress=progress, cancelled=cancelled)
    add_drafts(store, run.drafts)
    return run
