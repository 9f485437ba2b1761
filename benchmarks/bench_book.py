"""The whole D2L book and a million-pair memory, timed against anchors from the same run, as JSON.

Run: python3 benchmarks/bench_book.py [--quick] [--book DIR]

On ``../shared/data/d2l-book`` (the English each Chinese chapter was translated from, and the
Chinese), it times: ``amts --version``; importing and aligning the book; a re-align after a small
source change; ``amts stats``; opening the largest chapter; the GUI's start and its longest stall
with the book loaded, and its peak memory; the memory's build, reopen and lookups at 100 k and
1 M pairs made from the book's own pairs, varied.  Every timing has its anchor beside it:

- start: a bare PySide6 window with a tree, a 200-row table and a text box (anchors/bare_window.py);
- the memory: SQLite FTS5 (trigram) over the same pairs, re-ranked with rapidfuzz;
- alignment: the sentence encoder alone on the same sentences (each one to its embedding, once);
- ``amts --version``: ``python -c pass``.

``--quick`` (under 10 minutes on 2 cores) builds the largest memory at 300 k pairs and scales its
size and reopen time to 1 M linearly; such figures are marked ``"extrapolated_from": 300000``.
The top-level ``summary`` holds the figures the README's goals table names.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "benchmarks"))
BOOK = REPO.parent / "shared" / "data" / "d2l-book"


def child_cpu(command: list[str], runs: int) -> float:
    """Median CPU seconds (user + system) of a command."""
    times = []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run(command, check=True, capture_output=True, cwd=REPO)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        times.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return statistics.median(times)


def version_cpu(runs: int) -> dict[str, float]:
    amts = child_cpu([sys.executable, "-m", "amts_gui.cli.main", "--version"], runs)
    bare = child_cpu([sys.executable, "-c", "pass"], runs)
    return {"version_cpu_s": round(amts, 3), "python_cpu_s": round(bare, 3), "ratio": round(amts / bare, 2)}


def cpu_of(fn):  # noqa: ANN001, ANN201 - any call
    started = time.process_time()
    value = fn()
    return value, time.process_time() - started


class RecordingEncoder:
    """The aligner's encoder, noting every text it is asked to encode (the anchor encodes them alone)."""

    def __init__(self, inner) -> None:  # noqa: ANN001
        self.inner = inner
        self.texts: list[str] = []
        self.name, self.version, self.pooled_ok = inner.name, inner.version, inner.pooled_ok

    def units(self, texts):  # noqa: ANN001, ANN201
        self.texts.extend(texts)
        return self.inner.units(texts)

    def head(self, pooled, tokens):  # noqa: ANN001, ANN201
        return self.inner.head(pooled, tokens)


def build_book(folder: Path, book: Path) -> tuple[Path, dict[str, object]]:
    from amts_gui.core.align.embed import default_encoder
    from amts_gui.core.parallel.project_pairs import align_project
    from amts_gui.core.project.importer import import_paths
    from amts_gui.core.project.store import Store

    path = folder / "book.amts"
    store = Store.create(path, "en", "zh", source_root=str(book / "en_origin"), target_root=str(book / "zh"))
    _, import_s = cpu_of(lambda: import_paths(store, [book / "en_origin"], reference_root=book / "zh"))
    encoder = RecordingEncoder(default_encoder())
    results, align_s = cpu_of(lambda: align_project(store, encoder=encoder))
    unique = sorted(set(encoder.texts))

    def encode_alone() -> object:  # the encoder's own job: each sentence to its embedding, once
        units = encoder.inner.units(unique)
        return encoder.inner.head(units.pooled, units.tokens)

    _, encode_s = cpu_of(encode_alone)
    sentences = len(unique)
    store.close()
    return path, {
        "chapters": len(results),
        "import_cpu_s": round(import_s, 2),
        "align_cpu_s": round(align_s, 2),
        "encoded_texts": len(encoder.texts),
        "unique_sentences": sentences,
        "align_sentences_per_cpu_s": round(sentences / align_s, 1),
        "encoder_alone_cpu_s": round(encode_s, 2),
        "encoder_sentences_per_cpu_s": round(sentences / encode_s, 1),
        "align_vs_encoder": round(encode_s / align_s, 3),
    }


def largest_chapter(store, with_reference: bool = False):  # noqa: ANN001, ANN201 - Store, ChapterRow
    from amts_gui.core.project.chapters import list_chapters, source_text

    chapters = [c for c in list_chapters(store) if c.has_reference or not with_reference]
    return max(chapters, key=lambda c: len(source_text(store, c.path)))


def realign(path: Path, book: Path, first_book_s: float) -> dict[str, object]:
    """Change one sentence of the largest chapter and align again: the book (only that chapter is
    aligned again, and only its new sentences are encoded) against the first align of the book;
    and that chapter alone against its first align in a project of its own."""
    from amts_gui.core.parallel.project_pairs import align_chapter, align_project
    from amts_gui.core.project.chapters import import_chapter, source_text
    from amts_gui.core.project.store import Store

    store = Store(path)
    chapter = largest_chapter(store, with_reference=True)
    first_copy = Store.create(path.with_name("first.amts"), "en", "zh")
    source = source_text(store, chapter.path)
    reference = (book / "zh" / chapter.path).read_text(encoding="utf-8")
    import_chapter(first_copy, chapter.path, source, reference, chapter.path)
    _, first_s = cpu_of(lambda: align_chapter(first_copy, chapter.path))
    changed = source.replace(". ", ". Indeed, ", 1)
    import_chapter(store, chapter.path, changed, reference, chapter.path)
    results, book_again_s = cpu_of(lambda: align_project(store))
    _, again_s = cpu_of(lambda: align_chapter(store, chapter.path))
    store.close()
    first_copy.close()
    return {
        "chapter": chapter.path,
        "book_first_align_cpu_s": round(first_book_s, 2),
        "book_realign_cpu_s": round(book_again_s, 2),
        "chapters_aligned_again": sum(not r.unchanged for r in results),
        "realign_speedup": round(first_book_s / book_again_s, 1),
        "chapter_first_align_cpu_s": round(first_s, 2),
        "chapter_realign_cpu_s": round(again_s, 2),
        "chapter_realign_speedup": round(first_s / again_s, 2),
    }


def stats_and_open(path: Path) -> dict[str, object]:
    from amts_gui.core.project.review import review_rows
    from amts_gui.core.project.store import Store

    stats_s = child_cpu([sys.executable, "-m", "amts_gui.cli.main", "stats", str(path)], 3)
    store = Store(path)
    largest = largest_chapter(store)
    rows, open_s = cpu_of(lambda: review_rows(store, largest.path))
    store.close()
    return {
        "stats_cpu_s": round(stats_s, 3),
        "largest_chapter": largest.path,
        "largest_rows": len(rows),
        "open_largest_cpu_ms": round(open_s * 1000, 1),
    }


def gui_start(path: Path, runs: int) -> dict[str, object]:
    """Alternating runs of the app on the book and of the bare window; the median of the paired ratios."""
    from bench_gui import first_paint

    app_cmd = [sys.executable, "-m", "amts_gui.gui.app", str(path), "--report-first-paint"]
    bare_cmd = [sys.executable, str(REPO / "benchmarks" / "anchors" / "bare_window.py")]
    app, bare = [], []
    for _ in range(runs):
        bare.append(first_paint(bare_cmd))
        app.append(first_paint(app_cmd))
    ratios = [a / b for a, b in zip(app, bare, strict=True)]
    return {
        "app_s": [round(t, 3) for t in app],
        "bare_s": [round(t, 3) for t in bare],
        "start_vs_bare": round(statistics.median(ratios), 2),
    }


def gui_stall(path: Path) -> dict[str, object]:
    """In a child process: the book with a 2,000-segment chapter added, drafting it and syncing."""
    return in_child("--stall-child", path)


def in_child(flag: str, path: Path) -> dict[str, object]:
    """Run this script with ``flag`` in a fresh offscreen process; its last line of output is JSON."""
    out = subprocess.run(
        [sys.executable, str(Path(__file__)), flag, str(path)],
        capture_output=True,
        text=True,
        check=True,
        cwd=REPO,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    ).stdout
    result: dict[str, object] = json.loads(out.strip().splitlines()[-1])
    return result


def peak_rss_mb() -> float:
    """This process's peak resident memory (VmHWM): ``ru_maxrss`` would report a parent's peak, as
    Linux keeps it across exec."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def gui_memory(path: Path) -> dict[str, object]:
    """In a child process: the peak memory of the app with the whole book open (see memory_child)."""
    return in_child("--memory-child", path)


def memory_child(path: Path) -> None:
    """Open the book as a translator does: the window, then the five largest chapters one after
    another, each with its suggestions (the memory) and counts; print the process's peak memory."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from amts_gui.core.project.chapters import list_chapters, source_text
    from amts_gui.core.project.store import Store
    from amts_gui.gui.common.preferences import Preferences
    from amts_gui.gui.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    store = Store(path)
    prefs = Preferences(QSettings(str(path.parent / "prefs-memory.ini"), QSettings.Format.IniFormat))
    window = MainWindow(store, prefs)
    window.resize(1400, 860)
    window.show()
    largest = sorted(list_chapters(store), key=lambda c: -len(source_text(store, c.path)))[:5]
    for chapter in largest:
        window.tree.select(chapter.path)
        for _ in range(10):
            app.processEvents()
        window.runner.pool.waitForDone()
        app.processEvents()
    print(json.dumps({"gui_peak_rss_mb_book_open": round(peak_rss_mb()), "chapters_opened": len(largest)}))
    window.close()


def stall_child(path: Path) -> None:
    from bench_gui import BIG, big_chapter, heartbeat_while_busy
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from amts_gui.core.project.chapters import import_chapter
    from amts_gui.core.project.store import Store
    from amts_gui.gui.common.preferences import Preferences
    from amts_gui.gui.main_window import MainWindow

    os.environ["XDG_DATA_HOME"] = str(path.parent / "data")
    app = QApplication(sys.argv[:1])
    store = Store(path)
    import_chapter(store, BIG, big_chapter("en", 2000), big_chapter("zh", 2000), BIG)
    prefs = Preferences(QSettings(str(path.parent / "prefs.ini"), QSettings.Format.IniFormat))
    window = MainWindow(store, prefs)
    window.resize(1400, 860)
    window.show()
    window.tree.select(BIG)
    for _ in range(5):
        app.processEvents()
    window.runner.pool.waitForDone()
    app.processEvents()
    stall_ms, ticks, busy_ms, sync = heartbeat_while_busy(app, window)
    peak_mb = peak_rss_mb()
    print(
        json.dumps(
            {
                "stall_ms_book": round(stall_ms, 1),
                "ticks": ticks,
                "busy_ms": round(busy_ms),
                "sync": sync,
                "gui_peak_rss_mb_while_drafting": round(peak_mb),
            }
        )
    )
    window.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="300 k pairs for the largest memory, fewer runs")
    parser.add_argument("--book", type=Path, default=BOOK)
    parser.add_argument("--stall-child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--memory-child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.stall_child:
        return stall_child(args.stall_child)
    if args.memory_child:
        return memory_child(args.memory_child)
    if not (args.book / "en_origin").is_dir():
        sys.exit(f"bench_book: {args.book}: no d2l-book here (en_origin/, zh/); pass --book DIR")
    from helpers.memory_book import memory_figures

    compileall.compile_dir(REPO / "amts_gui", quiet=1)  # as an install has it (PYTHONDONTWRITEBYTECODE or not)
    folder = Path(tempfile.mkdtemp(prefix="amts-bench-book-"))
    runs = 5 if args.quick else 9
    detail: dict[str, object] = {"version": version_cpu(runs)}
    path, detail["align"] = build_book(folder, args.book)
    detail["realign"] = realign(path, args.book, float(detail["align"]["align_cpu_s"]))  # type: ignore[index]
    detail["stats_and_open"] = stats_and_open(path)
    detail["gui_start"] = gui_start(path, runs)
    detail["gui_memory"] = gui_memory(path)
    detail["gui_stall"] = gui_stall(path)
    detail["memory"] = memory_figures(path, folder, largest=300_000 if args.quick else 1_000_000)
    print(json.dumps({"summary": summary(detail), "quick": args.quick, "detail": detail}, ensure_ascii=False))
    return None


def summary(detail: dict) -> dict[str, object]:  # type: ignore[type-arg]
    memory = detail["memory"]
    return {
        "start_vs_bare": detail["gui_start"]["start_vs_bare"],
        "stall_ms_book": detail["gui_stall"]["stall_ms_book"],
        "gui_peak_rss_mb": detail["gui_memory"]["gui_peak_rss_mb_book_open"],
        "tm_index_mb_1m": memory["at_1m"]["index_mb"],
        "tm_memory_vs_fts_1m": memory["at_1m"]["index_vs_fts"],
        "tm_reopen_s_1m": memory["at_1m"]["reopen_s"],
        "tm_1m_extrapolated_from": memory["at_1m"].get("extrapolated_from"),
        "tm_p95_ms_100k": memory["at_100k"]["p95_ms"],
        "tm_recall_zh_100k": memory["at_100k"]["recall_zh"],
        "align_vs_encoder": detail["align"]["align_vs_encoder"],
        "realign_speedup": detail["realign"]["realign_speedup"],
        "version_cpu_s": detail["version"]["version_cpu_s"],
    }


if __name__ == "__main__":
    main()
