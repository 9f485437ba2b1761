"""A translator's marks on a segment, per target language: a comment, and a lock.

A locked segment's final cannot change: every write of a final (edit, accept, propagation, replace,
undo) asks :func:`refuse_locked` first, so a lock holds whichever part of the program writes.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from amts_gui.core.errors import InputError
from amts_gui.core.messages import message
from amts_gui.core.project.store import Store

MAX_COMMENT_CHARS = 4_000


class SegmentLocked(InputError):
    """A write to a locked segment's final."""

    def __init__(self, segment_id: str) -> None:
        self.segment_id = segment_id
        super().__init__(message("segment {segment_id} is locked; unlock it first (Ctrl+L)", segment_id=segment_id))


@dataclass(frozen=True)
class Marks:
    comment: str | None = None
    locked: bool = False


def marks_of(store: Store, segment_id: str) -> Marks:
    row = store.db.execute(
        "SELECT comment, locked FROM segment_marks WHERE segment_id = ? AND target_lang = ?",
        [segment_id, store.target],
    ).fetchone()
    return Marks(row[0], bool(row[1])) if row else Marks()


def is_locked(store: Store, segment_id: str) -> bool:
    return marks_of(store, segment_id).locked


def refuse_locked(store: Store, segment_ids: Iterable[str]) -> None:
    """Raise :class:`SegmentLocked` for the first locked segment among ``segment_ids``."""
    for segment_id in segment_ids:
        if is_locked(store, segment_id):
            raise SegmentLocked(segment_id)


def set_comment(store: Store, segment_id: str, comment: str | None) -> None:
    """Keep (or, with None or blank text, remove) the segment's comment."""
    text = (comment or "").strip() or None
    if text is not None and len(text) > MAX_COMMENT_CHARS:
        raise InputError(
            message(
                "segment {segment_id}: a comment holds at most {n} characters",
                segment_id=segment_id,
                n=MAX_COMMENT_CHARS,
            )
        )
    _write(store, segment_id, comment=text)


def set_locked(store: Store, segment_ids: Iterable[str], locked: bool) -> int:
    """Lock (or unlock) the segments, all in one transaction; how many changed."""
    ids = list(segment_ids)
    changed = 0
    with store.transaction():
        for segment_id in ids:
            if marks_of(store, segment_id).locked != locked:
                _write(store, segment_id, locked=locked)
                changed += 1
    return changed


def set_marks(store: Store, segment_id: str, marks: Marks) -> None:
    """Put a segment's comment and lock back as they were (undo)."""
    _write(store, segment_id, comment=marks.comment, locked=marks.locked)


def _write(store: Store, segment_id: str, **values: object) -> None:
    if store.db.execute("SELECT 1 FROM segments WHERE id = ? AND removed_at IS NULL", [segment_id]).fetchone() is None:
        raise InputError(
            message("segment {segment_id} is not in the project (was the chapter re-imported?)", segment_id=segment_id)
        )
    old = marks_of(store, segment_id)
    row = {"comment": old.comment, "locked": int(old.locked)} | {
        k: (int(v) if isinstance(v, bool) else v) for k, v in values.items()
    }
    with store.transaction() as db:
        if row["comment"] is None and not row["locked"]:
            db.execute("DELETE FROM segment_marks WHERE segment_id = ? AND target_lang = ?", [segment_id, store.target])
            return
        db.insert(
            "segment_marks",
            {"segment_id": segment_id, "target_lang": store.target, **row, "updated_at": store.now()},
            replace=True,
        )
