"""Typed rows of the project file: what the rest of the program gets instead of SQL results.

Every row is frozen; JSON columns (a segment's ``markup``, a pair's ``segment_ids``, a draft's
``meta``) are decoded here, once.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

FINAL_STATUSES = ("new", "draft", "edited", "accepted")
PAIR_ORIGINS = ("aligned", "accepted", "imported")
PAIR_GRANULARITIES = ("sentence", "paragraph")


def decode_markup(value: str) -> tuple[str, ...]:
    """A segment's ``markup`` column: the original of each ``⟦n⟧`` token, in order."""
    return tuple(json.loads(value))


def encode_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


@dataclass(frozen=True)
class Settings:
    source_lang: str
    target_lang: str
    source_root: str | None
    target_root: str | None
    name: str | None


@dataclass(frozen=True)
class ChapterRow:
    id: int
    path: str  # the chapter's name: its path under the source root
    source_hash: str
    reference_path: str | None
    has_reference: bool
    imported_at: str
    updated_at: str
    source_file: str | None = None  # the file it was last imported from (None: imported before this was kept)


@dataclass(frozen=True)
class SegmentRow:
    """A live segment with its final and its latest draft, as the engines and the exporter read it."""

    id: str
    position: int  # 0-based, in reading order
    source: str  # with ⟦n⟧ tokens
    markup: tuple[str, ...]
    source_markup: str  # the sentence as written, markup in place
    kind: str  # the kind of its block
    line: int
    final: str | None
    status: str  # one of FINAL_STATUSES
    draft: str | None  # the latest draft's text, with ⟦n⟧ tokens

    @property
    def translation(self) -> str | None:
        """What would be exported: the final unless its status is ``new``, else the latest draft."""
        if self.final is not None and self.status != "new":
            return self.final
        return self.draft


@dataclass(frozen=True)
class Draft:
    """A machine translation of one segment, with ⟦n⟧ tokens like the segment's source."""

    segment_id: str
    text: str
    engine: str
    variant: str
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class StoredDraft:
    """A stored draft and the markup of its segment (to write the markup out)."""

    segment_id: str
    engine: str
    variant: str
    text: str
    markup: tuple[str, ...]


@dataclass(frozen=True)
class NewPair:
    """A sentence (or paragraph) pair to store; markup written out on both sides."""

    source: str
    target: str
    origin: str
    chapter_id: int | None = None
    segment_id: str | None = None
    segment_ids: tuple[str, ...] | None = None  # every segment of an aligned bead
    confidence: float | None = None
    flagged: bool = False
    granularity: str = "sentence"
    qa: tuple[str, ...] = ()  # the QA errors it was accepted with
    extra: dict[str, Any] | None = None  # from another tool: inline codes, notes, props (see PairExtra)


@dataclass(frozen=True)
class PairRow:
    id: int
    source: str
    target: str
    origin: str
    granularity: str
    chapter: str | None  # the chapter's name, or None for an imported pair
    chapter_id: int | None
    segment_id: str | None
    segment_ids: tuple[str, ...]  # the bead's segments (its first one is segment_id)
    confidence: float | None
    flagged: bool
    source_lang: str
    target_lang: str
    created_at: str
    updated_at: str
    qa: tuple[str, ...] = ()  # QA errors it was accepted with: it stays out of exports and pushes
    extra: dict[str, Any] | None = None  # from another tool: inline codes, notes, props


def pair_row(r: dict[str, Any]) -> PairRow:
    ids = r["segment_ids"]
    segment_ids = tuple(json.loads(ids)) if ids else ((r["segment_id"],) if r["segment_id"] else ())
    return PairRow(
        id=r["id"],
        source=r["source"],
        target=r["target"],
        origin=r["origin"],
        granularity=r["granularity"],
        chapter=r.get("chapter"),
        chapter_id=r["chapter_id"],
        segment_id=r["segment_id"],
        segment_ids=segment_ids,
        confidence=r["confidence"],
        flagged=bool(r["flagged"]),
        source_lang=r["source_lang"],
        target_lang=r["target_lang"],
        created_at=r["created_at"],
        updated_at=r["updated_at"],
        qa=tuple(json.loads(r["qa"])) if r.get("qa") else (),
        extra=json.loads(r["extra"]) if r.get("extra") else None,
    )


@dataclass(frozen=True)
class FinalRow:
    segment_id: str
    text: str
    status: str
    editor: str | None
    created_at: str
    updated_at: str
    origin: str | None = None  # None: the translator's own; "propagated": filled from an identical sentence
    draft_id: int | None = None  # the draft the translator saw when the final was saved (what HTER compares with)
