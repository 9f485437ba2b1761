"""The editing log in the project file: per segment, its visits added up (time, keystrokes, characters
typed and removed) and where its draft came from.  One row per segment, one transaction per visit."""

from __future__ import annotations

from dataclasses import dataclass

from amts_gui.core.project.chapters import get_chapter
from amts_gui.core.project.store import Store


@dataclass(frozen=True)
class LoggedVisit:
    segment_id: str
    seconds: float
    keystrokes: int
    inserted: int
    deleted: int
    origin: str  # the draft's engine variant (e.g. TM, ACT), or "none"
    band: str  # the memory's band of a TM draft ("100", "85-94", …), else the origin
    draft_chars: int  # characters of the draft the visit started from
    kept_chars: int  # …of those still in the final when the visit ended
    from_scratch: bool = False  # the draft was hidden: a from-scratch control segment


@dataclass(frozen=True)
class EditingLogRow:
    segment_id: str
    chapter: str
    number: int  # 1-based, as in the review table
    seconds: float
    keystrokes: int
    inserted: int
    deleted: int
    visits: int
    origin: str
    band: str
    draft_chars: int
    kept_chars: int
    from_scratch: bool


def log_visit(store: Store, visit: LoggedVisit) -> None:
    """Add a visit to its segment's row; the draft's origin and the characters kept are the latest."""
    stamp = store.now()
    values = [visit.seconds, visit.keystrokes, visit.inserted, visit.deleted]
    latest = [visit.origin, visit.band, visit.draft_chars, visit.kept_chars, int(visit.from_scratch), stamp]
    with store.transaction() as db:
        db.execute(
            "INSERT INTO editing_log (segment_id, target_lang, seconds, keystrokes, inserted, deleted, visits, "
            "origin, band, draft_chars, kept_chars, from_scratch, updated_at, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(segment_id, target_lang) DO UPDATE SET seconds = seconds + excluded.seconds, "
            "keystrokes = keystrokes + excluded.keystrokes, inserted = inserted + excluded.inserted, "
            "deleted = deleted + excluded.deleted, visits = visits + 1, origin = excluded.origin, "
            "band = excluded.band, draft_chars = excluded.draft_chars, kept_chars = excluded.kept_chars, "
            "from_scratch = excluded.from_scratch, updated_at = excluded.updated_at",
            [visit.segment_id, store.target, *values, *latest, stamp],
        )


def editing_log(store: Store, chapter: str | None = None) -> list[EditingLogRow]:
    """The log's rows in reading order (one chapter, or the whole project)."""
    clause, params = "", [store.target]  # type: tuple[str, list[object]]
    if chapter is not None:
        clause, params = "AND c.id = ?", [*params, get_chapter(store, chapter).id]
    rows = store.db.execute(
        "SELECT l.segment_id, c.path, s.position, l.seconds, l.keystrokes, l.inserted, l.deleted, l.visits, "
        "l.origin, l.band, l.draft_chars, l.kept_chars, l.from_scratch FROM editing_log l "
        "JOIN segments s ON s.id = l.segment_id JOIN chapters c ON c.id = s.chapter_id "
        f"WHERE l.target_lang = ? AND s.removed_at IS NULL {clause} ORDER BY c.path, s.position",
        params,
    ).fetchall()
    return [
        EditingLogRow(sid, path, int(pos) + 1, float(sec), keys, ins, dels, visits, origin, band, dc, kc, bool(fs))
        for sid, path, pos, sec, keys, ins, dels, visits, origin, band, dc, kc, fs in rows
    ]
