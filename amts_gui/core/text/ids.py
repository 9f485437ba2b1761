"""Stable ids: the same chapter, text and occurrence always give the same id.

So re-importing unchanged text keeps its segment ids, and with them the drafts and finals
stored against them.
"""

from __future__ import annotations

import hashlib
from collections import Counter

from amts_gui.core.text.document import Document, SegmentKey


def stable_id(*parts: str) -> str:
    return hashlib.sha1("\x00".join(parts).encode("utf-8")).hexdigest()[:16]


def segment_ids(chapter: str, doc: Document) -> dict[SegmentKey, str]:
    """Stable ids for the segments of ``doc``: same chapter + same text + same occurrence → same id."""
    seen: Counter[str] = Counter()
    ids: dict[SegmentKey, str] = {}
    for seg in doc.segments():
        seen[seg.text] += 1
        ids[seg.key] = stable_id(chapter, seg.text, str(seen[seg.text]))
    return ids
