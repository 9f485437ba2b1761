"""The sync's JSON report: its counts, and every segment that is not carried verbatim with why."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from amts_gui.core.sync.three_way import Status, SyncResult
from amts_gui.core.text.diffs import Change, Op
from amts_gui.core.text.document import SegmentKey


def diff_text(changes: Sequence[Change]) -> str:
    """A word diff as text: ``[-old-]{+new+}``."""
    parts = []
    for c in changes:
        if c.op == Op.EQUAL:
            parts.append(c.text)
        elif c.op == Op.DELETE:
            parts.append(f"[-{c.text}-]")
        else:
            parts.append(f"{{+{c.text}+}}")
    return "".join(parts)


def report(
    result: SyncResult, ids: Mapping[SegmentKey, str], timing: Mapping[str, float] | None = None
) -> dict[str, Any]:
    """The JSON report: counts, and every segment that is not carried verbatim (with its id and source)."""
    listed = []
    for seg in result.segments:
        if seg.status in (Status.UNCHANGED, Status.MOVED) and not seg.review and seg.translation is not None:
            continue
        entry: dict[str, Any] = {"id": ids.get(seg.key), "status": seg.status.value, "source": seg.source}
        if seg.old_source is not None and seg.old_source != seg.source:
            entry["old_source"] = seg.old_source
            entry["source_diff"] = diff_text(seg.source_diff)
        if seg.status is Status.TRIVIAL:
            entry["note"] = seg.reasons[0]
        if seg.translation is not None:
            entry["translation"] = seg.translation
        if seg.confidence is not None:
            entry["confidence"] = round(seg.confidence, 3)
        if seg.review:
            entry["review"] = list(seg.reasons)
        listed.append(entry)
    return {
        "counts": result.counts(),
        "carried_share": round(result.carried_share, 4),
        "segments": listed,
        "removed": [{"source": r.source, "translation": r.translation} for r in result.removed],
        **({"seconds": dict(timing)} if timing else {}),
    }
