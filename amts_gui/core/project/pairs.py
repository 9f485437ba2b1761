"""The project's pairs: sentence (and paragraph) pairs from alignment, accepted edits and imports.

Pairs hold text with its markup written out, as Amazon Translate and other CAT tools expect.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from amts_gui.core.project.chapters import get_chapter
from amts_gui.core.project.rows import PAIR_GRANULARITIES, PAIR_ORIGINS, NewPair, PairRow, encode_json, pair_row
from amts_gui.core.project.store import Store


def _prepared(store: Store, pairs: Sequence[NewPair]) -> list[dict[str, Any]]:
    stamp = store.now()
    settings = store.settings()
    rows = []
    for pair in pairs:
        if pair.origin not in PAIR_ORIGINS:
            raise ValueError(f"pair origin must be one of {PAIR_ORIGINS}")
        if pair.granularity not in PAIR_GRANULARITIES:
            raise ValueError(f"pair granularity must be one of {PAIR_GRANULARITIES}")
        rows.append(
            {
                "source": pair.source,
                "target": pair.target,
                "source_lang": settings.source_lang,
                "target_lang": settings.target_lang,
                "origin": pair.origin,
                "chapter_id": pair.chapter_id,
                "segment_id": pair.segment_id,
                "segment_ids": json.dumps(list(pair.segment_ids)) if pair.segment_ids is not None else None,
                "confidence": pair.confidence,
                "flagged": int(pair.flagged),
                "granularity": pair.granularity,
                "qa": json.dumps(list(pair.qa), ensure_ascii=False) if pair.qa else None,
                "extra": encode_json(pair.extra) if pair.extra else None,
                "created_at": stamp,
                "updated_at": stamp,
            }
        )
    return rows


def add_pairs(store: Store, pairs: Sequence[NewPair]) -> int:
    """Store pairs in one transaction; returns how many."""
    rows = _prepared(store, pairs)
    with store.transaction() as db:
        db.insert_all("pairs", rows)
    return len(rows)


def add_pair(store: Store, pair: NewPair) -> int:
    """Store one pair; returns its id."""
    [row] = _prepared(store, [pair])
    with store.transaction() as db:
        return db.insert("pairs", row)


def replace_aligned_pairs(store: Store, chapter: str, pairs: Sequence[NewPair], aligned_from: str | None = None) -> int:
    """Swap a chapter's aligned pairs for ``pairs`` in one transaction; other origins are untouched.
    ``aligned_from``: what they were made from (see :func:`alignment_mark`), stored with them."""
    chapter_id = get_chapter(store, chapter).id
    rows = _prepared(store, pairs)
    for row in rows:
        row.update(origin="aligned", chapter_id=chapter_id)
    with store.transaction() as db:
        db.execute(
            "DELETE FROM pairs WHERE target_lang = ? AND origin = 'aligned' AND chapter_id = ?",
            [store.target, chapter_id],
        )
        db.insert_all("pairs", rows)
        db.execute(
            "UPDATE chapter_references SET aligned_from = ? WHERE chapter_id = ? AND target_lang = ?",
            [aligned_from, chapter_id, store.target],
        )
    return len(rows)


def alignment_mark(store: Store, chapter: str) -> tuple[str | None, str, str | None]:
    """(what the chapter's pairs were aligned from, its source hash, a hash of its reference text)."""
    row = store.db.execute(
        """SELECT r.aligned_from, c.source_hash, r.hash FROM chapters c
           LEFT JOIN chapter_references r ON r.chapter_id = c.id AND r.target_lang = ? WHERE c.id = ?""",
        [store.target, get_chapter(store, chapter).id],
    ).fetchone()
    return row[0], row[1], row[2]


def aligned_counts(store: Store, chapter: str) -> tuple[int, int, int]:
    """The chapter's aligned pairs: sentence pairs, paragraph pairs, flagged sentence pairs."""
    row = store.db.execute(
        """SELECT COALESCE(SUM(granularity = 'sentence'), 0), COALESCE(SUM(granularity = 'paragraph'), 0),
                  COALESCE(SUM(granularity = 'sentence' AND flagged = 1), 0)
           FROM pairs WHERE target_lang = ? AND origin = 'aligned' AND chapter_id = ?""",
        [store.target, get_chapter(store, chapter).id],
    ).fetchone()
    return int(row[0]), int(row[1]), int(row[2])


def list_pairs(
    store: Store,
    *,
    granularity: str | None = None,
    exclude_chapters: Sequence[str] = (),
    origins: Sequence[str] | None = None,
) -> Iterator[PairRow]:
    """Pairs oldest first (so that later rows win a deduplication), with their chapter's name."""
    where: list[str] = ["p.target_lang = ?"]
    params: list[object] = [store.target]
    if granularity is not None:
        where.append("p.granularity = ?")
        params.append(granularity)
    if exclude_chapters:
        ids = [get_chapter(store, name).id for name in exclude_chapters]
        where.append(f"(p.chapter_id IS NULL OR p.chapter_id NOT IN ({', '.join('?' * len(ids))}))")
        params.extend(ids)
    if origins is not None:
        where.append(f"p.origin IN ({', '.join('?' * len(origins))})")
        params.extend(origins)
    rows = store.db.query(
        f"""SELECT p.*, c.path AS chapter FROM pairs p LEFT JOIN chapters c ON c.id = p.chapter_id
            WHERE {" AND ".join(where)} ORDER BY p.updated_at, p.id""",
        params,
    )
    return (pair_row(r) for r in rows)


def count_pairs(store: Store, *, without_chapter: bool = False, granularity: str | None = None) -> int:
    """All pairs, those of one granularity, or those that belong to no chapter (imported memories)."""
    where, params = ["target_lang = ?"], [store.target]
    if without_chapter:
        where.append("chapter_id IS NULL")
    if granularity is not None:
        where.append("granularity = ?")
        params.append(granularity)
    return int(store.db.execute(f"SELECT COUNT(*) FROM pairs WHERE {' AND '.join(where)}", params).fetchone()[0])


def imported_pair_texts(store: Store) -> set[tuple[str, str]]:
    """(source, target) of every imported pair, to skip duplicates on the next import."""
    rows = store.db.execute(
        "SELECT source, target FROM pairs WHERE target_lang = ? AND origin = 'imported'", [store.target]
    )
    return set(rows.fetchall())


def aligned_units(store: Store, chapter: str) -> list[PairRow]:
    """The chapter's aligned, unflagged sentence pairs in the reading order of their first segment."""
    rows = store.db.query(
        """SELECT p.*, NULL AS chapter FROM pairs p
           LEFT JOIN segments s ON s.id = p.segment_id
           WHERE p.target_lang = ? AND p.chapter_id = ? AND p.origin = 'aligned' AND p.granularity = 'sentence'
             AND p.flagged = 0
           ORDER BY COALESCE(s.position, 1e9), p.id""",
        [store.target, get_chapter(store, chapter).id],
    )
    return [pair_row(r) for r in rows]


@dataclass(frozen=True)
class Concordance:
    source: str
    target: str
    origin: str
    chapter: str | None


def concordance(store: Store, phrase: str, limit: int = 20) -> list[Concordance]:
    """Sentence pairs whose source or target contains ``phrase`` (case-insensitive), newest first."""
    phrase = phrase.strip()
    if not phrase:
        return []
    pattern = "%" + phrase.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    rows = store.db.execute(
        """SELECT p.source, p.target, p.origin, c.path AS chapter FROM pairs p
           LEFT JOIN chapters c ON c.id = p.chapter_id
           WHERE p.target_lang = ? AND p.granularity = 'sentence'
             AND (p.source LIKE ? ESCAPE '\\' OR p.target LIKE ? ESCAPE '\\')
           ORDER BY p.updated_at DESC, p.id DESC LIMIT ?""",
        [store.target, pattern, pattern, limit],
    )
    return [Concordance(*r) for r in rows]
