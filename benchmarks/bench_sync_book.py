"""The whole book's source sync: ``amts sync-source`` from ``d2l-book/en_origin`` to ``d2l-book/en`` with
``zh``, as a person runs it (a fresh process, the model loaded, every chapter written).

Run: python3 benchmarks/bench_sync_book.py

Prints JSON: the wall time, the cores, and the time as a ratio to an anchor measured in the same run
(parsing the book's three versions once, in this process: pure Python on one core), since these machines
are shared and noisy.  The goal is at most 20 s on 2 cores.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BOOK = REPO.parent / "shared" / "data" / "d2l-book"
sys.path.insert(0, str(REPO))


def anchor() -> float:
    from amts_gui.core.text.markdown import parse

    files = [
        (p, "zh" if part == "zh" else "en") for part in ("en_origin", "en", "zh") for p in (BOOK / part).rglob("*.md")
    ]
    texts = [(p.read_text(encoding="utf-8"), lang) for p, lang in files]
    begin = time.perf_counter()
    for text, lang in texts:
        parse(text, lang)
    return time.perf_counter() - begin


def book_sync() -> float:
    with tempfile.TemporaryDirectory() as out:
        command = [
            sys.executable,
            "-m",
            "amts_gui.cli.main",
            "sync-source",
            "--old-root",
            str(BOOK / "en_origin"),
            "--new-root",
            str(BOOK / "en"),
            "--translation-root",
            str(BOOK / "zh"),
            "--out-root",
            out,
        ]
        begin = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True, cwd=REPO)
        return time.perf_counter() - begin


def main() -> int:
    if not BOOK.exists():
        print(json.dumps({"skipped": f"needs the book at {BOOK}"}))
        return 0
    base = min(anchor() for _ in range(3))
    runs = [book_sync() for _ in range(2)]
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    print(
        json.dumps(
            {
                "cores": cores,
                "book_sync_s": round(min(runs), 2),
                "anchor_parse_s": round(base, 3),
                "book_sync_vs_parse": round(min(runs) / base, 1),
                "goal_s": 20,
            },
            indent=1,
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
