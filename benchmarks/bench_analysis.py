"""The analysis of the five shared D2L sections against a memory built from the rest of the book, as JSON.

Run: python3 benchmarks/bench_analysis.py

Every chapter of ``../shared/data/d2l-book/en_origin`` is imported with its Chinese (``zh``); every chapter
except the five sections of ``../shared/data/d2l`` is aligned into sentence pairs, which make the
translation memory.  The five are then analysed (``amts analyze``): words per band, the characters
Amazon Translate would bill, and the cost at the default prices.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
SHARED = REPO.parent / "shared" / "data"
BOOK = SHARED / "d2l-book"


def main() -> None:
    if not (BOOK / "en_origin").is_dir() or not (SHARED / "d2l").is_dir():
        print(json.dumps({"skipped": f"needs the shared book at {BOOK} and the sections at {SHARED / 'd2l'}"}))
        return
    from amts_gui.core.parallel.project_pairs import align_chapter
    from amts_gui.core.project.chapters import list_chapters
    from amts_gui.core.project.importer import import_paths
    from amts_gui.core.project.store import Store
    from amts_gui.engines.amazon.costs import price
    from amts_gui.engines.amazon.settings import DEFAULT_RATES_CHECKED, AwsSettings
    from amts_gui.studies.analysis import analyze_chapters

    started = time.perf_counter()
    store = Store.create(Path(tempfile.mkdtemp(prefix="amts-bench-analysis-")) / "book.amts", "en", "zh")
    import_paths(store, [BOOK / "en_origin"], reference_root=BOOK / "zh")
    sections = {p.name for p in (SHARED / "d2l").iterdir() if (p / "en_origin.md").is_file()}
    chapters = [c.path for c in list_chapters(store)]
    analysed = [c for c in chapters if Path(c).stem in sections]
    translated = {c.path for c in list_chapters(store) if c.has_reference}
    memory_chapters = [c for c in chapters if c not in analysed and c in translated]
    for name in memory_chapters:
        align_chapter(store, name)
    analysis = analyze_chapters(store, analysed)
    characters = analysis.total.total_characters
    settings = AwsSettings()
    print(
        json.dumps(
            {
                **analysis.as_dict(),
                "memory": {"chapters": len(memory_chapters), "book": BOOK.name},
                "amazon": {
                    "characters": characters,
                    "realtime_usd": round(price(characters, settings, act=False), 2),
                    "act_batch_usd": round(price(characters, settings, act=True), 2),
                    "default_rates_checked": DEFAULT_RATES_CHECKED,
                },
                "seconds": round(time.perf_counter() - started, 1),
            },
            ensure_ascii=False,
        )
    )


if __name__ == "__main__":
    main()
