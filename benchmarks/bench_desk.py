"""The translator's desk on a whole book: what one accept costs, as one JSON object.

Run: python3 benchmarks/bench_desk.py [--accepts N]

The book is ``../shared/data/d2l-book`` (the English chapters with their Chinese reference) when it is
there, else the demo chapter repeated over 150 chapters (4,500 sentences).
Every sentence gets an aligned pair, as after ``amts align``.  Then, for ``--accepts`` segments spread
over the book, it times what the window does for one Ctrl+Enter:

- ``accept_ms``: storing the final and its pair (``accept_segment``), on the GUI thread;
- ``progress_ms``: the chapters' progress for the tree (``chapter_progress``), on the GUI thread;
- ``pair_counts_ms``: the pair counts for the toolbar and status bar (``pair_counts``), in a worker;
- ``gui_thread_ms``: ``accept_ms + progress_ms``, the stall a translator could feel.

Each figure is a median, and also a ratio to an anchor measured in the same run (reading every segment
row with the sqlite3 module), because these machines are shared and noisy.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
BOOK = REPO.parent / "shared" / "data" / "d2l-book"
DEMO = REPO / "resources" / "demo"
CHAPTER = "softmax-temperature.md"


def build_book(folder: Path):  # -> Store
    from amts_gui.core.project.chapters import import_chapter, list_chapters
    from amts_gui.core.project.importer import import_paths
    from amts_gui.core.project.pairs import add_pairs
    from amts_gui.core.project.rows import NewPair
    from amts_gui.core.project.segments import live_segments
    from amts_gui.core.project.store import Store

    store = Store.create(folder / "book.amts", "en", "zh", source_root=str(BOOK / "en"))
    if (BOOK / "en").is_dir():
        import_paths(store, [BOOK / "en"], reference_root=BOOK / "zh")
    else:
        en, zh = ((DEMO / lang / CHAPTER).read_text(encoding="utf-8") for lang in ("en", "zh"))
        with store.transaction():
            for k in range(150):
                import_chapter(store, f"part{k:03d}/{CHAPTER}", en.replace("# ", f"# {k} ", 1), zh)
    pairs = [
        NewPair(s.source_markup, f"参考 {s.id}", "aligned", segment_id=s.id, segment_ids=(s.id,), confidence=0.95)
        for c in list_chapters(store)
        for s in live_segments(store, c.path)
    ]
    with store.transaction():
        add_pairs(store, pairs)
    return store


def timed(work: Callable[[], object]) -> float:
    started = time.perf_counter()
    work()
    return (time.perf_counter() - started) * 1000


def anchor_ms(path: Path) -> float:
    """Reading every segment row with the standard library: the machine's speed today, not our code's."""

    def scan() -> None:
        with sqlite3.connect(path) as db:
            for _row in db.execute("SELECT * FROM segments"):
                pass

    return statistics.median(timed(scan) for _ in range(5))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--accepts", type=int, default=10)
    args = parser.parse_args()

    from amts_gui.core.overview.counts import pair_counts
    from amts_gui.core.project.chapters import list_chapters
    from amts_gui.core.project.finals import accept_segment
    from amts_gui.core.project.review import chapter_progress
    from amts_gui.core.project.segments import live_segments

    store = build_book(Path(tempfile.mkdtemp(prefix="amts-bench-desk-")))
    chapters = list_chapters(store)
    step = max(1, len(chapters) // args.accepts)
    picked = [live_segments(store, c.path)[0] for c in chapters[::step][: args.accepts]]
    figures: dict[str, list[float]] = {"accept_ms": [], "progress_ms": [], "pair_counts_ms": []}
    for segment in picked:
        text = "译文" + "".join(f"⟦{i + 1}⟧" for i in range(len(segment.markup)))
        figures["accept_ms"].append(timed(lambda s=segment, t=text: accept_segment(store, s.id, t, force=True)))
        figures["progress_ms"].append(timed(lambda: chapter_progress(store)))
        figures["pair_counts_ms"].append(timed(lambda: pair_counts(store)))
    anchor = anchor_ms(store.path)
    medians = {name: statistics.median(values) for name, values in figures.items()}
    medians["gui_thread_ms"] = medians["accept_ms"] + medians["progress_ms"]
    print(
        json.dumps(
            {
                "book": "d2l-book" if (BOOK / "en").is_dir() else "demo chapter x150",
                "chapters": len(chapters),
                "sentence_pairs": pair_counts(store).sentence,
                "accepts": len(picked),
                **{name: round(value, 1) for name, value in medians.items()},
                "anchor_ms": round(anchor, 2),
                "ratios_to_anchor": {name: round(value / anchor, 2) for name, value in medians.items()},
                "goals": {"gui_thread_ms": 50},
            }
        )
    )


if __name__ == "__main__":
    main()
