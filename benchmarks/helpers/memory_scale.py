"""The memory at book scale: pairs made from the book's own sentence pairs, varied, and its anchor.

Used by bench_book.py.  ``varied_pairs`` grows a few thousand real pairs to 100 k or a million by
editing their sources the way revisions do (a word swapped, dropped or repeated, a number
changed, two sentences joined, a clause cut off), so the memory has the near-duplicates a real
one has.  ``FtsAnchor`` is the obvious alternative to our index: SQLite FTS5 (trigram tokenizer,
the one that works for Chinese without spaces) over the same pairs, with rapidfuzz re-ranking its
top hits by the same token percentage.
"""

from __future__ import annotations

import random
import re
import sqlite3
import time
from collections.abc import Sequence
from pathlib import Path

from amts_gui.core.memory.index import Entry, TranslationMemory, similarity, tokenize

_NUMBER = re.compile(r"\d+")


def _vary(source: str, rng: random.Random, words: Sequence[str]) -> str:
    tokens = list(tokenize(source).raw)
    cjk = any("\u4e00" <= ch <= "\u9fff" for ch in source)
    joiner = "" if cjk else " "
    kind = rng.randrange(6)
    if kind == 0 and len(tokens) > 2:
        tokens[rng.randrange(len(tokens))] = rng.choice(words)
    elif kind == 1 and len(tokens) > 3:
        del tokens[rng.randrange(len(tokens))]
    elif kind == 2:
        tokens.insert(rng.randrange(len(tokens) + 1), rng.choice(words))
    elif kind == 3:
        return _NUMBER.sub(lambda m: str(int(m.group()) + rng.randrange(1, 9)), source) + joiner + rng.choice(words)
    elif kind == 4 and len(tokens) > 6:
        tokens = tokens[: rng.randrange(3, len(tokens))]
    else:
        tokens += [rng.choice(words) for _ in range(rng.randrange(1, 4))]
    return joiner.join(tokens)


def varied_pairs(base: Sequence[tuple[str, str]], count: int, seed: int = 7) -> list[tuple[str, str]]:
    """``count`` pairs: the base pairs first, then varied copies of them (targets kept)."""
    rng = random.Random(seed)
    words = [t for s, _ in base[:2000] for t in tokenize(s).raw if t.isalnum()]
    out = list(base[:count])
    while len(out) < count:
        source, target = rng.choice(base)
        out.append((_vary(source, rng, words), target))
    return out


def queries_for(base: Sequence[tuple[str, str]], count: int, seed: int = 11) -> list[str]:
    """Lookups as a translator makes them: a third exact, a third edited, a third short phrases
    (headings, table cells, list items: the ≤ 4-token segments that share no bigram with a match)."""
    rng = random.Random(seed)
    words = [t for s, _ in base[:2000] for t in tokenize(s).raw if t.isalnum()]
    out: list[str] = []
    for k in range(count):
        source = rng.choice(base)[0]
        if k % 3 == 0:
            out.append(source)
        elif k % 3 == 1:
            out.append(_vary(source, rng, words))
        else:
            tokens = list(tokenize(source).raw)
            start = rng.randrange(max(1, len(tokens) - 3))
            cjk = any("\u4e00" <= ch <= "\u9fff" for ch in source)
            out.append(("" if cjk else " ").join(tokens[start : start + rng.randrange(2, 5)]))
    return out


def memory_of(pairs: Sequence[tuple[str, str]], min_score: float) -> TranslationMemory:
    entries = [Entry(s, t, i, "aligned", "2026-01-01") for i, (s, t) in enumerate(pairs)]
    return TranslationMemory(entries, min_score=min_score)


def brute_force_best(query: str, sources: Sequence[tuple[str, ...]], min_score: float) -> float:
    """The best token percentage over every source (the ground truth for recall)."""
    tokens = tokenize(query).raw
    best = 0.0
    n = len(tokens)
    for source in sources:
        longest = max(n, len(source))
        if longest and abs(len(source) - n) > (1 - min_score / 100) * longest:
            continue  # cannot reach min_score
        best = max(best, similarity(source, tokens))
    return best if best >= min_score else 0.0


def recall(memory: TranslationMemory, queries: Sequence[str], pairs: Sequence[tuple[str, str]]) -> dict[str, float]:
    """Share of queries with a match at min_score for which the memory returns one as good."""
    sources = [tokenize(s).raw for s, _ in pairs]
    wanted = found = short_wanted = short_found = 0
    for query in queries:
        best = brute_force_best(query, sources, memory.min_score)
        if not best:
            continue
        match = memory.lookup(query)
        got = similarity(tokenize(match.source).raw, tokenize(query).raw) if match else 0.0
        hit = got >= best - 1e-9
        wanted += 1
        found += hit
        if len(tokenize(query).raw) <= 4:
            short_wanted += 1
            short_found += hit
    return {
        "recall": round(found / wanted, 4) if wanted else 1.0,
        "queries_with_a_match": wanted,
        "short_recall": round(short_found / short_wanted, 4) if short_wanted else 1.0,
        "short_queries_with_a_match": short_wanted,
    }


class FtsAnchor:
    """SQLite FTS5 (trigram) over the same pairs; a lookup re-ranks its 24 best hits with rapidfuzz."""

    def __init__(self, pairs: Sequence[tuple[str, str]], path: Path) -> None:
        path.unlink(missing_ok=True)
        self.path = path
        self.db = sqlite3.connect(path)
        self.db.execute("CREATE VIRTUAL TABLE tm USING fts5(source, target, tokenize='trigram')")
        with self.db:
            self.db.executemany("INSERT INTO tm (source, target) VALUES (?, ?)", pairs)
        self.db.execute("INSERT INTO tm(tm) VALUES ('optimize')")
        self.db.commit()

    @property
    def size_bytes(self) -> int:
        return self.path.stat().st_size

    def lookup(self, text: str) -> str | None:
        grams = {text[i : i + 3] for i in range(max(0, len(text) - 2))}
        terms = " OR ".join('"' + g.replace('"', '""') + '"' for g in grams if g.strip())
        if not terms:
            return None
        rows = self.db.execute("SELECT source FROM tm WHERE tm MATCH ? ORDER BY rank LIMIT 24", [terms]).fetchall()
        query = tokenize(text).raw
        scored = [(similarity(tokenize(r[0]).raw, query), r[0]) for r in rows]
        return max(scored)[1] if scored else None


def cpu_ms(fn, items: Sequence[str]) -> list[float]:  # noqa: ANN001 - any one-argument lookup
    times = []
    for item in items:
        started = time.process_time()
        fn(item)
        times.append((time.process_time() - started) * 1000)
    return times
