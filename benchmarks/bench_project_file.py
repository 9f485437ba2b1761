"""What guarding the project file costs a write (issue 29), as a ratio to the same writes unguarded.

Every write transaction asks the WAL guard, before and after, whether the log is still on disk and the
process still holds its locks (``core/project/wal_guard.py``: a few ``stat`` calls, ``/proc/self/fd`` and
``/proc/locks`` on Linux).  This accepts the same segments of a D2L-sized chapter with the guard and with
it switched off, alternating rounds, and prints JSON:

    python3 benchmarks/bench_project_file.py [--rounds 5] [--accepts 200]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from amts_gui.core.project.chapters import import_chapter  # noqa: E402
from amts_gui.core.project.finals import accept_segment  # noqa: E402
from amts_gui.core.project.segments import live_segments  # noqa: E402
from amts_gui.core.project.store import Store  # noqa: E402
from amts_gui.core.project.wal_guard import WalGuard  # noqa: E402


def chapter(sentences: int) -> str:
    body = "\n\n".join(f"Sentence {n} of the benchmark chapter, plain." for n in range(sentences))
    return f"# Bench\n\n{body}\n"


def accept_all(store: Store, ids: list[str], tag: str) -> float:
    started = time.perf_counter()
    for sid in ids:
        accept_segment(store, sid, f"译文 {tag}")
    return time.perf_counter() - started


class Unguarded(WalGuard):
    def check(self, *, in_transaction: bool = False, locks: bool = True) -> None:  # type: ignore[override]
        return None


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--accepts", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        store = Store.create(Path(scratch) / "bench.amts", "en", "zh")
        import_chapter(store, "bench.md", chapter(args.accepts))
        ids = [r.id for r in live_segments(store, "bench.md")][: args.accepts]
        guard = store._guard
        unguarded = Unguarded(store.path)
        guarded_s, bare_s = [], []
        for n in range(args.rounds):
            store._guard = guard
            guarded_s.append(accept_all(store, ids, f"g{n}"))
            store._guard = unguarded
            bare_s.append(accept_all(store, ids, f"b{n}"))
        store._guard = guard
        started = time.perf_counter()
        for _ in range(1000):
            guard._problem(True)
        check_us = (time.perf_counter() - started) * 1000
    guarded, bare = statistics.median(guarded_s), statistics.median(bare_s)
    print(
        json.dumps(
            {
                "accepts": args.accepts,
                "rounds": args.rounds,
                "guarded_ms_per_accept": round(guarded / args.accepts * 1000, 3),
                "unguarded_ms_per_accept": round(bare / args.accepts * 1000, 3),
                "guarded_vs_unguarded": round(guarded / bare, 3),
                "check_us": round(check_us, 1),
            },
            indent=1,
        )
    )


if __name__ == "__main__":
    main()
