"""How often the human Chinese D2L follows its own term list, and how often translation-memory drafts do,
as one JSON object.

Run: python3 benchmarks/bench_terms.py [--chapters N]

The book is ``../shared/data/d2l-book``: ``en_origin`` (the English the Chinese was translated from) with ``zh``; the
list is its ``zh/TERMINOLOGY.md``.  Each chapter is imported with its translation and aligned into
sentence pairs (``amts align``).  Then every pair's English is searched for the list's terms, and two
translations are checked with the review's term QA (``core.text.qa.term_findings``):

- **human**: the published Chinese sentence;
- **tm**: the draft the translation memory gives for the English, leave-one-out (the memory holds the
  other chapters' pairs, never the chapter's own), at the app's 75 % threshold and with the glossary's
  term repair, as `amts translate --engine tm` drafts it.

It prints, per chapter and for the book, the sentences, the term occurrences, the findings and the
findings per 1,000 sentences (for tm: per 1,000 drafted sentences), and the ten glossary entries
rendered otherwise most often.  ``--chapters`` takes the first N chapters that have a translation
(for a quick look); the default is all of them.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
BOOK = REPO.parent / "shared" / "data" / "d2l-book"


def _tally() -> dict[str, Any]:
    return {"sentences": 0, "term_occurrences": 0, "findings": 0, "violated": Counter[str]()}


def _check(tally: dict[str, Any], finder: Any, source: str, target: str) -> None:
    from amts_gui.core.text.placeholders import protect
    from amts_gui.core.text.qa import term_findings

    english, _ = protect(source)  # placeholders out, as in a segment
    chinese, _ = protect(target)
    tally["sentences"] += 1
    tally["term_occurrences"] += len({m.entry.source for m in finder.find(english)})
    found = term_findings(finder, english, chinese)
    tally["findings"] += len(found)
    entries = {m.text(english).lower(): m.entry.source for m in finder.find(english)}
    tally["violated"].update(entries.get(str(f.detail).split(" → ")[0].lower(), "?") for f in found)


def _summary(tally: dict[str, Any]) -> dict[str, Any]:
    sentences = tally["sentences"]
    return {
        "sentences": sentences,
        "term_occurrences": tally["term_occurrences"],
        "findings": tally["findings"],
        "per_1000": round(1000 * tally["findings"] / sentences, 1) if sentences else 0.0,
    }


def _chapter(store: Any, name: str, pairs: list[Any], finder: Any, book: dict[str, Any]) -> dict[str, Any]:
    """Check one chapter's human sentences and its leave-one-out memory drafts."""
    from amts_gui.core.memory.index import Entry, TranslationMemory

    own = [p for p in pairs if p.chapter == name and not p.flagged]
    memory = TranslationMemory(
        (Entry(p.source, p.target, p.id, p.origin, p.updated_at) for p in pairs if p.chapter != name and not p.flagged),
        terms=finder,
    )
    human, tm = _tally(), _tally()
    for pair in own:
        _check(human, finder, pair.source, pair.target)
        match = memory.lookup(pair.source)
        if match is not None:
            _check(tm, finder, pair.source, match.target)
    for kind, tally in (("human", human), ("tm", tm)):
        book[kind]["violated"].update(tally["violated"])
        for key in ("sentences", "term_occurrences", "findings"):
            book[kind][key] += tally[key]
    return {"chapter": name, "human": _summary(human), "tm": _summary(tm)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--chapters", type=int, default=0, help="only the first N translated chapters (0: all)")
    args = parser.parse_args()
    if not (BOOK / "en_origin").is_dir():
        print(json.dumps({"skipped": f"needs the shared book at {BOOK}"}))
        return

    from amts_gui.core.parallel.project_pairs import align_chapter
    from amts_gui.core.project.chapters import list_chapters
    from amts_gui.core.project.importer import import_paths
    from amts_gui.core.project.pairs import list_pairs
    from amts_gui.core.project.store import Store
    from amts_gui.core.terms.files import read_glossary
    from amts_gui.core.text.terms import TermFinder

    started = time.perf_counter()
    store = Store.create(Path(tempfile.mkdtemp(prefix="amts-bench-terms-")) / "book.amts", "en", "zh")
    import_paths(store, [BOOK / "en_origin"], reference_root=BOOK / "zh")  # the English the Chinese was made from
    chapters = [c.path for c in list_chapters(store) if c.has_reference]
    if args.chapters:
        chapters = chapters[: args.chapters]
    for name in chapters:
        align_chapter(store, name)
    finder = TermFinder(read_glossary(BOOK / "zh" / "TERMINOLOGY.md", "en", "zh"))
    pairs = list(list_pairs(store, granularity="sentence"))
    book = {"human": _tally(), "tm": _tally()}
    per_chapter = [_chapter(store, name, pairs, finder, book) for name in chapters]
    result = {
        "book": str(BOOK.name),
        "chapters": len(per_chapter),
        **{
            kind: {**_summary(tally), "top_violated_terms": tally["violated"].most_common(10)}
            for kind, tally in book.items()
        },
        "worst_chapters_human": sorted(
            (c for c in per_chapter if c["human"]["sentences"] >= 20), key=lambda c: -c["human"]["per_1000"]
        )[:10],
        "per_chapter": per_chapter,
        "seconds": round(time.perf_counter() - started, 1),
    }
    print(json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    main()
