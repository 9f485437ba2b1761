"""Run the benchmarks and set each figure beside the one recorded at the last release.

Run: python3 benchmarks/compare.py [--quick] [--only NAME] [--from NAME=FILE.json] [--record]

Every figure compared is a ratio to an anchor measured in the same run, or a quality figure
(recall, F1), so a busier machine does not move it much.  A figure more than 20 % worse than the
recorded one is flagged, and the exit code is 1.  ``--record`` writes the new runs as the recorded
ones (``benchmarks/results/<name>.json``), at a release.  ``--from`` compares a run made before
instead of running the benchmark again.  Timings never fail CI: run this before a release.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results"
TOLERANCE = 0.20


@dataclass(frozen=True)
class Figure:
    path: str  # dotted path in the benchmark's JSON
    better: str  # "lower" or "higher"


@dataclass(frozen=True)
class Benchmark:
    name: str
    command: tuple[str, ...]
    quick: tuple[str, ...]
    figures: tuple[Figure, ...]


BENCHMARKS = (
    Benchmark(
        "bench_book",
        ("bench_book.py",),
        ("--quick",),
        (
            Figure("summary.start_vs_bare", "lower"),
            Figure("summary.stall_ms_book", "lower"),
            Figure("summary.tm_memory_vs_fts_1m", "lower"),
            Figure("detail.memory.at_100k.p95_vs_fts", "lower"),
            Figure("summary.tm_recall_zh_100k", "higher"),
            Figure("summary.align_vs_encoder", "higher"),
            Figure("summary.realign_speedup", "higher"),
            Figure("detail.version.ratio", "lower"),
        ),
    ),
    Benchmark(
        "bench_align",
        ("bench_align.py", "--no-baseline", "--no-sections"),
        (),
        (Figure("sets.d2l-dev.amts.strict.f1", "higher"), Figure("sets.mac-dev.amts.strict.f1", "higher")),
    ),
    Benchmark(
        "bench_exchange",
        ("bench_exchange.py",),
        (),
        (
            Figure("summary.tmx_identical_share", "higher"),
            Figure("summary.xliff_identical_share", "higher"),
            Figure("summary.tbx_identical_share", "higher"),
            Figure("summary.import_vs_parse", "lower"),
            Figure("summary.export_vs_parse", "lower"),
        ),
    ),
    Benchmark(
        "bench_sync_history",
        ("bench_sync_history.py",),
        (),
        (
            Figure("total.chrf_output", "higher"),
            Figure("total.carry_precision", "higher"),
            Figure("total.carry_recall", "higher"),
        ),
    ),
    Benchmark("bench_sync_book", ("bench_sync_book.py",), (), (Figure("book_sync_vs_parse", "lower"),)),
    Benchmark(
        "bench_editions",
        ("bench_editions.py",),
        ("--chapters", "40"),
        tuple(
            Figure(f"editions.{lang}.{path}", "higher")
            for lang in ("ja", "ko", "tr")
            for path in ("gold.strict_f1", "target_in_unflagged_pairs")
        ),
    ),
    Benchmark(
        "bench_unknown_language",
        ("bench_unknown_language.py", "--chapters", "10"),
        (),
        (Figure("gold.strict_f1", "higher"), Figure("correct_pairs_flagged", "lower")),
    ),
    Benchmark(
        "bench_term_matching",
        ("bench_term_matching.py",),
        (),
        (Figure("held_out.precision", "higher"), Figure("held_out.recall", "higher")),
    ),
)


def lookup(data: Any, path: str) -> float | None:
    for part in path.split("."):
        if not isinstance(data, dict) or part not in data:
            return None
        data = data[part]
    return float(data) if isinstance(data, int | float) and not isinstance(data, bool) else None


def worse_by(recorded: float, now: float, better: str) -> float:
    """How much worse ``now`` is, as a share of ``recorded`` (negative: better)."""
    if recorded == 0:
        return 0.0 if now == recorded else (1.0 if better == "lower" else -1.0)
    change = (now - recorded) / abs(recorded)
    return change if better == "lower" else -change


def compare(name: str, recorded: Any, now: Any, figures: Sequence[Figure]) -> tuple[list[str], int]:
    """Lines for the table, and how many figures got more than TOLERANCE worse."""
    lines, flagged = [], 0
    for figure in figures:
        old, new = lookup(recorded, figure.path), lookup(now, figure.path)
        if new is None:
            lines.append(f"{name:<20} {figure.path:<40} {'-':>10} {'missing':>10}")
            continue
        if old is None:
            lines.append(f"{name:<20} {figure.path:<40} {'-':>10} {new:>10.4g}  (nothing recorded)")
            continue
        worse = worse_by(old, new, figure.better)
        flag = f"  WORSE by {worse:.0%}" if worse > TOLERANCE else ""
        flagged += bool(flag)
        lines.append(f"{name:<20} {figure.path:<40} {old:>10.4g} {new:>10.4g} {-worse:>+8.0%}{flag}")
    return lines, flagged


def run(benchmark: Benchmark, quick: bool) -> Any:
    command = [sys.executable, str(HERE / benchmark.command[0]), *benchmark.command[1:]]
    if quick:
        command += benchmark.quick
    out = subprocess.run(command, capture_output=True, text=True, check=True, cwd=HERE.parent).stdout
    return json.loads(out[out.index("{") :])


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="the benchmarks' quick modes (bench_book --quick)")
    parser.add_argument("--only", action="append", choices=[b.name for b in BENCHMARKS], help="this one (repeatable)")
    parser.add_argument("--from", dest="given", action="append", default=[], metavar="NAME=FILE.json")
    parser.add_argument("--record", action="store_true", help="keep the new runs as the recorded ones")
    args = parser.parse_args(argv)
    given = dict(item.split("=", 1) for item in args.given)
    chosen = [b for b in BENCHMARKS if not args.only or b.name in args.only]
    print(f"{'benchmark':<20} {'figure':<40} {'recorded':>10} {'now':>10} {'change':>8}")
    flagged = 0
    for benchmark in chosen:
        now = (
            json.loads(Path(given[benchmark.name]).read_text())
            if benchmark.name in given
            else run(benchmark, args.quick)
        )
        recorded_file = RESULTS / f"{benchmark.name}.json"
        recorded = json.loads(recorded_file.read_text()) if recorded_file.exists() else {}
        lines, bad = compare(benchmark.name, recorded, now, benchmark.figures)
        print("\n".join(lines))
        flagged += bad
        if args.record:
            recorded_file.write_text(json.dumps(now, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    if flagged:
        print(f"{flagged} figure(s) more than {TOLERANCE:.0%} worse than recorded")
    return 1 if flagged else 0


if __name__ == "__main__":
    sys.exit(main())
