"""Term QA on the Korean and Turkish D2L editions with their own term lists, as one JSON object.

Run: python3 benchmarks/bench_term_editions.py

For each edition (``../shared/data/d2l-book-{ko,tr}``), two chapter folders of ``en_origin`` are imported
with the edition's translation as the reference and aligned into sentence pairs; the edition's
``TERMINOLOGY.md`` is imported (the Korean table, the Turkish ``english; türkçe`` lines).  Then every
pair's English is searched for the list's terms and the edition's sentence is checked by term QA with the
language's own rules (Korean nouns with particles, Turkish words with suffixes).  Prints, per edition, the
pairs, the term occurrences, the findings, the share of occurrences rendered as the list says, and the
entries rendered otherwise most often.  Before issue 31, a Korean translation never "held" a Hangul term
(every occurrence was a finding) and Turkish words were cut at the first non-ASCII letter.
"""

from __future__ import annotations

import json
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
SHARED = REPO.parent / "shared" / "data"
CHAPTERS = ("chapter_linear-networks", "chapter_multilayer-perceptrons")


def edition(language: str) -> dict[str, Any]:
    from amts_gui.core.parallel.project_pairs import align_chapter
    from amts_gui.core.project.chapters import list_chapters
    from amts_gui.core.project.importer import import_paths
    from amts_gui.core.project.pairs import list_pairs
    from amts_gui.core.project.store import Store
    from amts_gui.core.project.term_survey import term_usage
    from amts_gui.core.project.terms import save_terms, term_finder
    from amts_gui.core.terms.files import read_glossary
    from amts_gui.core.text.placeholders import protect
    from amts_gui.core.text.qa import term_findings

    book = SHARED / f"d2l-book-{language}"
    store = Store.create(Path(tempfile.mkdtemp(prefix=f"amts-terms-{language}-")) / "b.amts", "en", language)
    import_paths(store, [book / "en_origin" / c for c in CHAPTERS], reference_root=book / language)
    for chapter in list_chapters(store):
        if chapter.has_reference:
            align_chapter(store, chapter.path)
    entries = read_glossary(book / language / "TERMINOLOGY.md", "en", language)
    save_terms(store, entries)
    term_usage(store)
    finder = term_finder(store)
    occurrences = findings = pairs = 0
    otherwise: Counter[str] = Counter()
    for pair in list_pairs(store, granularity="sentence"):
        if pair.flagged:
            continue
        pairs += 1
        english, translated = protect(pair.source)[0], protect(pair.target)[0]
        occurrences += len({m.entry.source for m in finder.find(english) if m.entry.targets})
        found = term_findings(finder, english, translated)
        findings += len(found)
        otherwise.update(str(f.detail).split(" → ")[0].lower() for f in found)
    return {
        "entries": len(entries),
        "pairs": pairs,
        "term_occurrences": occurrences,
        "findings": findings,
        "rendered_share": round(1 - findings / occurrences, 3) if occurrences else None,
        "rendered_otherwise_most": otherwise.most_common(8),
    }


def main() -> None:
    missing = [lang for lang in ("ko", "tr") if not (SHARED / f"d2l-book-{lang}" / lang / "TERMINOLOGY.md").exists()]
    if missing:
        print(json.dumps({"skipped": f"needs the shared editions at {SHARED} (d2l-book-ko, d2l-book-tr)"}))
        return
    print(json.dumps({lang: edition(lang) for lang in ("ko", "tr")}, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
