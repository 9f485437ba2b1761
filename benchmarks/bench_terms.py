"""How often the human Chinese D2L follows its own term list, as one JSON object.

Run: python3 benchmarks/bench_terms.py [--chapters N]

The book is ``../shared/data/d2l-book`` (the English chapters with their Chinese translation) and the
list is its ``zh/TERMINOLOGY.md``.  Each chapter is imported with its translation and aligned into
sentence pairs (``amts align``); then every pair's English is searched for the list's terms and its
Chinese checked with the term QA of the review (``core.terms.qa``).  It prints, per chapter and for the
book, the sentence pairs, the term occurrences, the findings and the findings per 1,000 sentences, and
the ten terms translated otherwise most often (with what the translation said instead is not known: the
check only sees that none of the listed targets is there).  ``--chapters`` takes the first N chapters
that have a translation (for a quick look); the default is all of them.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
BOOK = REPO.parent / "shared" / "data" / "d2l-book"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--chapters", type=int, default=0, help="only the first N translated chapters (0: all)")
    args = parser.parse_args()
    if not (BOOK / "en").is_dir():
        print(json.dumps({"skipped": f"needs the shared book at {BOOK}"}))
        return

    from amts_gui.core.parallel.project_pairs import align_chapter
    from amts_gui.core.project.chapters import list_chapters
    from amts_gui.core.project.importer import import_paths
    from amts_gui.core.project.pairs import list_pairs
    from amts_gui.core.project.store import Store
    from amts_gui.core.terms.files import read_glossary
    from amts_gui.core.text.placeholders import protect
    from amts_gui.core.text.qa import term_findings
    from amts_gui.core.text.terms import TermFinder

    started = time.perf_counter()
    store = Store.create(Path(tempfile.mkdtemp(prefix="amts-bench-terms-")) / "book.amts", "en", "zh")
    import_paths(store, [BOOK / "en"], reference_root=BOOK / "zh")
    chapters = [c.path for c in list_chapters(store) if c.has_reference]
    if args.chapters:
        chapters = chapters[: args.chapters]
    finder = TermFinder(read_glossary(BOOK / "zh" / "TERMINOLOGY.md", "en", "zh"))
    per_chapter, violated = [], Counter[str]()
    for name in chapters:
        align_chapter(store, name)
        sentences = occurrences = findings = 0
        for pair in list_pairs(store, granularity="sentence"):
            if pair.chapter != name or pair.flagged:
                continue
            source, _ = protect(pair.source)  # placeholders out, as in a segment
            target, _ = protect(pair.target)
            sentences += 1
            occurrences += len({m.entry.source for m in finder.find(source)})
            found = term_findings(finder, source, target)
            findings += len(found)
            violated.update(str(f.detail).split(" → ")[0].lower() for f in found)
        per_chapter.append(
            {
                "chapter": name,
                "sentences": sentences,
                "term_occurrences": occurrences,
                "findings": findings,
                "per_1000": round(1000 * findings / sentences, 1) if sentences else 0,
            }
        )
    total = {k: sum(c[k] for c in per_chapter) for k in ("sentences", "term_occurrences", "findings")}
    print(
        json.dumps(
            {
                "book": str(BOOK.name),
                "chapters": len(per_chapter),
                **total,
                "findings_per_1000_sentences": round(1000 * total["findings"] / max(1, total["sentences"]), 1),
                "share_of_term_occurrences_not_followed": round(
                    total["findings"] / max(1, total["term_occurrences"]), 3
                ),
                "top_violated_terms": violated.most_common(10),
                "worst_chapters": sorted(per_chapter, key=lambda c: -c["per_1000"])[:10],
                "seconds": round(time.perf_counter() - started, 1),
            },
            ensure_ascii=False,
        )
    )


if __name__ == "__main__":
    main()
