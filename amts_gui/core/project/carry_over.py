"""Incremental source sync inside a project: re-importing a newer source keeps what it can.

Segment ids come from the text, so unchanged sentences keep their ids, drafts and finals by
themselves.  What this adds: a sentence that *changed* (or moved to another occurrence) gets the
translation of the sentence it replaces as a draft (engine ``sync``), with the old source in the
draft's meta so the review can show what changed.  Runs inside the import's transaction.
"""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz

from amts_gui.core.project.rows import Draft, SegmentRow
from amts_gui.core.project.segments import add_drafts, live_segments
from amts_gui.core.project.store import Store
from amts_gui.core.sync.three_way import Status, match_sentences
from amts_gui.core.sync.trivial import carry_trivial, trivial_change
from amts_gui.core.text.placeholders import mask, restore

ENGINE = "sync"
VARIANT = "previous translation"


@dataclass(frozen=True)
class CarriedOver:
    changed: int  # new sentences that got the previous translation of the sentence they replace
    moved: int  # identical sentences at another occurrence


def carry_over(store: Store, chapter: str, before: list[SegmentRow]) -> CarriedOver:
    """``before``: the chapter's live segments before the re-import; empty when the source did not
    change (nothing to carry, nothing read)."""
    if not before:
        return CarriedOver(0, 0)
    after = live_segments(store, chapter)
    before_ids = {r.id for r in before}
    after_ids = {r.id for r in after}
    gone = [r for r in before if r.id not in after_ids]
    fresh = [r for r in after if r.id not in before_ids]
    if not gone or not fresh:
        return CarriedOver(0, 0)
    matched, _ = match_sentences([r.source_markup for r in gone], [r.source_markup for r in fresh])
    drafts = []
    counts = {Status.CHANGED: 0, Status.MOVED: 0}
    for j, (i, status) in sorted(matched.items()):
        old, new = gone[i], fresh[j]
        text = old.translation
        if text is None:
            continue
        meta = {
            "old_source": old.source_markup,
            "from_segment": old.id,
            "from_status": old.status,
            "similarity": round(fuzz.ratio(old.source_markup, new.source_markup), 1),
        }
        written = restore(text, old.markup)
        kinds = trivial_change(old.source_markup, new.source_markup)
        repaired = carry_trivial(old.source_markup, new.source_markup, written) if kinds else None
        if kinds and repaired is not None:  # a change of form only: the translation repaired, and said
            written, meta["trivial"] = repaired, list(kinds)
        drafts.append(Draft(new.id, mask(written, new.markup), ENGINE, VARIANT, meta))
        counts[Status.MOVED if status is Status.MOVED else Status.CHANGED] += 1
    add_drafts(store, drafts)
    return CarriedOver(counts[Status.CHANGED], counts[Status.MOVED])
