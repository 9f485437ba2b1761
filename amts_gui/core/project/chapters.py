"""Chapters in the project: importing a source (and its reference), listing and reading them, counts.

Importing indexes the chapter's blocks and segments.  Segment ids come from the text
(:mod:`amts_gui.core.text.ids`), so unchanged sentences keep their ids; vanished ones are marked
removed, never deleted, so nothing that pointed at them is lost.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from amts_gui.core.errors import ProjectError
from amts_gui.core.messages import message
from amts_gui.core.project.rows import ChapterRow
from amts_gui.core.project.store import Store, text_hash
from amts_gui.core.text.document import Document, SegmentKey
from amts_gui.core.text.ids import segment_ids, stable_id

_LIST = (  # a chapter with its reference for the store's target, if it has one
    "SELECT c.id, c.path, c.source_hash, r.path, r.chapter_id IS NOT NULL, c.imported_at, c.updated_at, "
    "c.source_file "
    "FROM chapters c LEFT JOIN chapter_references r ON r.chapter_id = c.id AND r.target_lang = ?"
)


@dataclass(frozen=True)
class ImportResult:
    chapter: str
    added: int
    kept: int
    removed: int
    warnings: tuple[str, ...]
    changed: int = 0  # of the added: sentences that got the previous translation of the one they replace
    changed_by_target: Mapping[str, int] = field(default_factory=dict)  # the same, per target language


def _chapter_row(r: Any) -> ChapterRow:
    return ChapterRow(r[0], r[1], r[2], r[3], bool(r[4]), r[5], r[6], r[7])


def list_chapters(store: Store) -> list[ChapterRow]:
    return [_chapter_row(r) for r in store.db.execute(_LIST + " ORDER BY c.path", [store.target])]


def get_chapter(store: Store, name: str) -> ChapterRow:
    """The chapter, or a ProjectError that lists the chapters there are."""
    row = store.db.execute(_LIST + " WHERE c.path = ?", [store.target, name]).fetchone()
    if row is None:
        known = ", ".join(c.path for c in list_chapters(store)) or "none yet"
        raise ProjectError(
            message("no chapter named {name!r} in {path} (chapters: {known})", name=name, path=store.path, known=known)
        )
    return _chapter_row(row)


def source_text(store: Store, name: str) -> str:
    text: str = store.db.execute(
        "SELECT source_text FROM chapters WHERE id = ?", [get_chapter(store, name).id]
    ).fetchone()[0]
    return text


def source_document(store: Store, name: str) -> Document:
    from amts_gui.core.text.markdown import parse  # the parser loads when a chapter is read, not at start

    return parse(source_text(store, name), store.settings().source_lang)


def reference_document(store: Store, name: str) -> Document | None:
    """The chapter's human translation into the store's target, parsed, or None if it has none."""
    chapter = get_chapter(store, name)
    row = store.db.execute(
        "SELECT text FROM chapter_references WHERE chapter_id = ? AND target_lang = ?", [chapter.id, store.target]
    ).fetchone()
    from amts_gui.core.project.targets import target_settings
    from amts_gui.core.text.markdown import parse

    return parse(row[0], target_settings(store).segmentation_lang) if row is not None else None


def import_chapter(
    store: Store,
    name: str,
    source: str,
    reference_text: str | None = None,
    reference_path: str | None = None,
    source_file: str | None = None,
) -> ImportResult:
    """Add or update a chapter (``source_file``: the file it was read from, kept to tell another file with the
    same name).  Unchanged segments keep their ids; vanished ones are marked removed."""
    from amts_gui.core.text.markdown import parse

    doc = parse(source, store.settings().source_lang)
    ids = segment_ids(name, doc)
    stamp = store.now()
    with store.transaction() as db:
        values: dict[str, Any] = {"path": name, "source_hash": text_hash(source), "source_text": source}
        values["updated_at"] = stamp
        if source_file is not None:
            values["source_file"] = source_file
        row = db.execute("SELECT id FROM chapters WHERE path = ?", [name]).fetchone()
        if row is None:
            chapter_id = db.insert("chapters", {**values, "imported_at": stamp})
        else:
            chapter_id = row[0]
            db.update("chapters", chapter_id, values)
        if reference_text is not None:
            set_reference(store, chapter_id, reference_text, reference_path)
        # the chapter as it stood: segments removed by an earlier import are not counted again
        live_before = "SELECT id FROM segments WHERE chapter_id = ? AND removed_at IS NULL"
        existing = {r[0] for r in db.execute(live_before, [chapter_id])}
        block_rows, segment_rows = _index_rows(name, chapter_id, doc, ids, stamp)
        _write_index(store, chapter_id, block_rows, segment_rows, stamp)
        live = set(ids.values())
        gone = existing - live
        db.execute(
            "UPDATE segments SET removed_at = ? WHERE chapter_id = ? AND removed_at IS NULL AND id IN "
            "(SELECT value FROM json_each(?))",
            [stamp, chapter_id, json.dumps(sorted(gone))],
        )
    return ImportResult(name, len(live - existing), len(live & existing), len(gone), doc.warnings)


def set_reference(store: Store, chapter_id: int, text: str, path: str | None) -> None:
    """The chapter's human translation into the store's target (its alignment mark kept while it is unchanged)."""
    store.db.execute(
        """INSERT INTO chapter_references (chapter_id, target_lang, path, hash, text) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT (chapter_id, target_lang) DO UPDATE SET path = excluded.path, hash = excluded.hash,
           text = excluded.text""",
        [chapter_id, store.target, path, text_hash(text), text],
    )


def _write_index(
    store: Store, chapter_id: int, block_rows: list[dict[str, Any]], segment_rows: list[dict[str, Any]], stamp: str
) -> None:
    """Upsert the chapter's blocks and segments (ids kept) and mark blocks that are gone as removed."""
    db = store.db
    db.upsert_all("blocks", block_rows, pk="id")
    if segment_rows:
        columns = list(segment_rows[0])
        updates = ", ".join(f'"{c}" = excluded."{c}"' for c in columns if c not in ("id", "created_at"))
        quoted = ", ".join(f'"{c}"' for c in columns)
        db.conn.executemany(
            f"INSERT INTO segments ({quoted}) VALUES ({', '.join('?' * len(columns))}) "
            f"ON CONFLICT(id) DO UPDATE SET {updates}",
            [[row[c] for c in columns] for row in segment_rows],
        )
    db.execute(
        "UPDATE blocks SET removed_at = ? WHERE chapter_id = ? AND removed_at IS NULL AND id NOT IN "
        "(SELECT value FROM json_each(?))",
        [stamp, chapter_id, json.dumps([r["id"] for r in block_rows])],
    )


def _index_rows(
    name: str, chapter_id: int, doc: Document, ids: dict[SegmentKey, str], stamp: str
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    block_rows: list[dict[str, Any]] = []
    segment_rows: list[dict[str, Any]] = []
    seen: Counter[str] = Counter()
    position = 0
    for block in doc.blocks:
        if not block.segments:
            continue
        seen[block.raw] += 1
        block_id = stable_id(name, block.kind, block.raw, str(seen[block.raw]))
        block_rows.append(
            {
                "id": block_id,
                "chapter_id": chapter_id,
                "position": block.index,
                "kind": str(block.kind),
                "line": block.line,
                "text": block.text,
                "removed_at": None,
            }
        )
        for seg in block.segments:
            segment_rows.append(
                {
                    "id": ids[seg.key],
                    "chapter_id": chapter_id,
                    "block_id": block_id,
                    "position": position,
                    "ordinal": seg.ordinal,
                    "source": seg.source,
                    "markup": json.dumps(seg.markup, ensure_ascii=False),
                    "source_markup": seg.text,
                    "start": seg.start,
                    "end": seg.end,
                    "created_at": stamp,
                    "removed_at": None,
                }
            )
            position += 1
    return block_rows, segment_rows
