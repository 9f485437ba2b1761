"""A chapter's segments with their drafts and finals: what engines translate and the exporter renders."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from amts_gui.core.project.chapters import get_chapter
from amts_gui.core.project.marks import refuse_locked
from amts_gui.core.project.rows import FINAL_STATUSES, Draft, SegmentRow, StoredDraft, decode_markup, encode_json
from amts_gui.core.project.store import Store

_LIVE = """SELECT s.id, s.position, s.source, s.markup, s.source_markup, b.kind, b.line,
                  f.text AS final, COALESCE(f.status, 'new') AS status,
                  (SELECT d.text FROM drafts d WHERE d.segment_id = s.id AND d.target_lang = ?1
                   ORDER BY d.created_at DESC, d.id DESC LIMIT 1) AS draft
           FROM segments s JOIN blocks b ON b.id = s.block_id
           LEFT JOIN finals f ON f.segment_id = s.id AND f.target_lang = ?1
           WHERE s.chapter_id = ?2 AND s.removed_at IS NULL ORDER BY s.position"""


def live_segments(store: Store, chapter: str) -> list[SegmentRow]:
    """The chapter's live segments in reading order, with their final and latest draft."""
    rows = store.db.execute(_LIVE, [store.target, get_chapter(store, chapter).id])
    return [
        SegmentRow(sid, position, source, decode_markup(markup), written, kind, line, final, status, draft)
        for sid, position, source, markup, written, kind, line, final, status, draft in rows
    ]


TRANSLATOR_STATUSES = frozenset({"edited", "accepted"})  # a final the translator wrote (or filled, propagated)


def segments_to_draft(
    store: Store, chapter: str, only: Collection[str] | None = None, *, redraft: bool = False
) -> list[SegmentRow]:
    """What a drafting run sends, whatever the engine: the chapter's live segments (just those in ``only``)
    without the translator's text — untranslated, or drafted and untouched.  ``redraft``: the segments in
    ``only`` whatever they hold, because the translator asked for them by name (their finals stay)."""
    return fillable(live_segments(store, chapter), only, redraft=redraft)


def fillable(
    rows: Sequence[SegmentRow], only: Collection[str] | None = None, *, redraft: bool = False
) -> list[SegmentRow]:
    """Of ``rows``, those a drafting run sends (see :func:`segments_to_draft`)."""
    if redraft and only is None:
        raise ValueError("re-drafting needs the segments named (only)")
    named = [r for r in rows if only is None or r.id in only]
    return named if redraft else [r for r in named if r.status not in TRANSLATOR_STATUSES]


def translated_segments(store: Store, chapter: str, only: Collection[str] | None = None) -> list[str]:
    """The ids of the chapter's live segments (of ``only``) that hold the translator's text."""
    return [
        r.id
        for r in live_segments(store, chapter)
        if (only is None or r.id in only) and r.status in TRANSLATOR_STATUSES
    ]


def undrafted_segments(store: Store) -> dict[str, list[str]]:
    """Per chapter (in name order), the live segments with neither a draft nor a final: what
    `amts translate --all` sends."""
    rows = store.db.execute(
        """SELECT c.path, s.id FROM segments s JOIN chapters c ON c.id = s.chapter_id
           WHERE s.removed_at IS NULL
             AND NOT EXISTS (SELECT 1 FROM finals f WHERE f.segment_id = s.id AND f.target_lang = ?1)
             AND NOT EXISTS (SELECT 1 FROM drafts d WHERE d.segment_id = s.id AND d.target_lang = ?1)
           ORDER BY c.path, s.position""",
        [store.target],
    )
    found: dict[str, list[str]] = {}
    for chapter, segment in rows:
        found.setdefault(chapter, []).append(segment)
    return found


def chapters_of(store: Store, segment_ids: Collection[str]) -> frozenset[str]:
    """The chapters the segments belong to (a propagation or an undo may span several)."""
    ids = list(segment_ids)
    found: set[str] = set()
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        rows = store.db.execute(
            f"SELECT DISTINCT c.path FROM segments s JOIN chapters c ON c.id = s.chapter_id "
            f"WHERE s.id IN ({', '.join('?' * len(chunk))})",
            chunk,
        )
        found.update(r[0] for r in rows)
    return frozenset(found)


def live_segment_ids(store: Store) -> set[str]:
    """Every live segment of the project."""
    return {r[0] for r in store.db.execute("SELECT id FROM segments WHERE removed_at IS NULL")}


def is_live(store: Store, segment_id: str) -> bool:
    found = store.db.execute("SELECT 1 FROM segments WHERE id = ? AND removed_at IS NULL", [segment_id]).fetchone()
    return found is not None


def best_translations(store: Store, chapter: str) -> dict[str, str]:
    """Per segment id: the final text if any (accepted, edited or draft status), else the latest draft."""
    return {row.id: text for row in live_segments(store, chapter) if (text := row.translation) is not None}


def add_drafts(store: Store, drafts: Sequence[Draft]) -> int:
    """Store many drafts in one transaction; returns how many."""
    stamp = store.now()
    with store.transaction() as db:
        db.insert_all(
            "drafts",
            [
                {
                    "segment_id": d.segment_id,
                    "target_lang": store.target,
                    "engine": d.engine,
                    "variant": d.variant,
                    "text": d.text,
                    "meta": encode_json(d.meta),
                    "created_at": stamp,
                }
                for d in drafts
            ],
        )
    return len(drafts)


def chapter_drafts(store: Store, chapter: str) -> list[StoredDraft]:
    """Every draft of the chapter's live segments, oldest first."""
    rows = store.db.execute(
        """SELECT d.segment_id, d.engine, d.variant, d.text, s.markup FROM drafts d
           JOIN segments s ON s.id = d.segment_id
           WHERE d.target_lang = ? AND s.chapter_id = ? AND s.removed_at IS NULL ORDER BY d.created_at, d.id""",
        [store.target, get_chapter(store, chapter).id],
    )
    return [
        StoredDraft(sid, engine, variant, text, decode_markup(markup)) for sid, engine, variant, text, markup in rows
    ]


def set_final(
    store: Store, segment_id: str, text: str, status: str, editor: str | None = None, origin: str | None = None
) -> None:
    """Write a segment's final; ``origin`` marks one the translator did not write there (propagated)."""
    if status not in FINAL_STATUSES:
        raise ValueError(f"status must be one of {FINAL_STATUSES}, not {status!r}")
    stamp = store.now()
    with store.transaction() as db:
        refuse_locked(store, [segment_id])
        old = db.execute(
            "SELECT created_at FROM finals WHERE segment_id = ? AND target_lang = ?", [segment_id, store.target]
        ).fetchone()
        seen = db.execute(  # the draft on the desk as the final is saved: what it was edited from
            "SELECT id FROM drafts WHERE segment_id = ? AND target_lang = ? ORDER BY created_at DESC, id DESC LIMIT 1",
            [segment_id, store.target],
        ).fetchone()
        db.insert(
            "finals",
            {
                "segment_id": segment_id,
                "target_lang": store.target,
                "text": text,
                "status": status,
                "editor": editor,
                "created_at": old[0] if old else stamp,
                "updated_at": stamp,
                "origin": origin,
                "draft_id": seen[0] if seen else None,
            },
            replace=True,
        )
