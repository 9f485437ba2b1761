"""bench_book.py's memory figures: build, save, reopen and look up at 100 k and at the largest size,
with SQLite FTS5 over the same pairs as the anchor (see helpers/memory_scale.py for how pairs are made)."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from amts_gui.core.memory.index import TranslationMemory
from amts_gui.core.memory.index_file import SavedIndex, load_index, save_index
from amts_gui.core.memory.postings import build
from amts_gui.core.memory.thresholds import STUDY_MIN_SCORE
from amts_gui.core.memory.tokens import tokenize
from helpers.memory_scale import FtsAnchor, cpu_ms, queries_for, recall, varied_pairs

MB = 1024 * 1024


def book_pairs(project: Path) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """The aligned sentence pairs of the book, as en→zh and as zh→en."""
    db = sqlite3.connect(project)
    rows = db.execute("SELECT source, target FROM pairs WHERE granularity = 'sentence' AND flagged = 0").fetchall()
    db.close()
    return rows, [(t, s) for s, t in rows]


def one_size(pairs: list[tuple[str, str]], folder: Path, fts: bool) -> dict[str, object]:
    import numpy as np

    started = time.process_time()
    postings = build((tokenize(s).classes for s, _ in pairs), [s for s, _ in pairs])
    build_s = time.process_time() - started
    path = folder / f"bench-{len(pairs)}.tmindex"
    save_index(path, SavedIndex(postings, np.arange(len(pairs), dtype=np.int64), 0, "bench"))
    started_wall, started = time.perf_counter(), time.process_time()
    reopened = load_index(path)
    reopen_s, reopen_wall_s = time.process_time() - started, time.perf_counter() - started_wall
    assert reopened is not None and len(reopened.postings) == len(pairs)
    figures: dict[str, object] = {
        "pairs": len(pairs),
        "build_cpu_s": round(build_s, 2),
        "index_mb": round(path.stat().st_size / MB, 1),
        "bytes_per_pair": round(path.stat().st_size / len(pairs)),
        "reopen_s": round(max(reopen_s, reopen_wall_s), 3),
    }
    if fts:
        anchor = FtsAnchor(pairs, folder / f"fts-{len(pairs)}.db")
        figures["fts_mb"] = round(anchor.size_bytes / MB, 1)
        figures["index_vs_fts"] = round(path.stat().st_size / anchor.size_bytes, 3)
        anchor.db.close()
        (folder / f"fts-{len(pairs)}.db").unlink()
    path.unlink()
    return figures


def lookups(pairs: list[tuple[str, str]], base: list[tuple[str, str]], folder: Path) -> dict[str, object]:
    """p50/p95 lookup CPU at this size for our memory and for FTS5 + rapidfuzz."""
    from amts_gui.core.memory.index import Entry

    memory = TranslationMemory(
        [Entry(s, t, i, "aligned", "2026-01-01") for i, (s, t) in enumerate(pairs)], min_score=STUDY_MIN_SCORE
    )
    queries = queries_for(base, 300)
    ours = sorted(cpu_ms(memory.lookup, queries))
    anchor = FtsAnchor(pairs, folder / "fts-lookups.db")
    theirs = sorted(cpu_ms(anchor.lookup, queries))
    anchor.db.close()
    return {
        "p50_ms": round(ours[len(ours) // 2], 3),
        "p95_ms": round(ours[int(len(ours) * 0.95)], 3),
        "fts_p95_ms": round(theirs[int(len(theirs) * 0.95)], 3),
        "p95_vs_fts": round(ours[int(len(ours) * 0.95)] / theirs[int(len(theirs) * 0.95)], 3),
        "memory": memory,
        "queries": queries,
    }


def memory_figures(project: Path, folder: Path, largest: int) -> dict[str, object]:
    en_zh, zh_en = book_pairs(project)
    at_100k = one_size(varied_pairs(zh_en, 100_000), folder, fts=True)
    zh_pairs = varied_pairs(zh_en, 100_000)
    looked = lookups(zh_pairs, zh_en, folder)
    memory, queries = looked.pop("memory"), looked.pop("queries")
    at_100k |= looked
    at_100k["recall_zh"] = recall(memory, queries[:150], zh_pairs)["recall"]  # type: ignore[arg-type]
    at_100k["recall_detail"] = recall(memory, queries[:150], zh_pairs)  # type: ignore[arg-type]
    en_looked = lookups(varied_pairs(en_zh, 100_000), en_zh, folder)
    at_100k["p95_ms_en"] = en_looked["p95_ms"]
    big = one_size(varied_pairs(en_zh, largest), folder, fts=True)
    at_1m = dict(big)
    if largest < 1_000_000:
        scale = 1_000_000 / largest
        for key in ("index_mb", "fts_mb", "reopen_s", "build_cpu_s"):
            at_1m[key] = round(float(big[key]) * scale, 2)  # type: ignore[arg-type]
        at_1m["extrapolated_from"] = largest
    return {"at_100k": at_100k, "largest": big, "at_1m": at_1m}
