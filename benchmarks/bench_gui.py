"""GUI responsiveness, offscreen, as one JSON object.

Run: python3 benchmarks/bench_gui.py [--segments N] [--starts N]

- ``start_ms``: from launching ``amts-gui`` (a fresh Python process) to the first paint of its
  main window, on the demo project; the median of ``--starts`` runs (each run is also listed).
- ``open_ms``: switching the main window to a chapter of ~2,000 segments, with memory drafts and
  aligned references, until the table and the editor are painted.
- ``stall_ms``: the longest gap between ticks of a 5 ms QTimer heartbeat on the GUI thread while a
  worker drafts those 2,000 segments with the translation memory and, at the same time, the
  parallel data is synced (S3 upload, CreateParallelData, polling) against local doubles: moto's
  S3 server and the project's Amazon Translate double from ``tests/aws_double``.

The big chapter is the demo chapter (our own text) repeated under numbered part headings, and its
Chinese reference likewise; nothing from ../shared is used.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from amts_gui.core.project.chapters import import_chapter
from amts_gui.core.project.segments import live_segments

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "benchmarks"))  # helpers

DEMO = REPO / "resources" / "demo"
CHAPTER = "softmax-temperature.md"
BIG = "big/chapter.md"


def big_chapter(lang: str, segments_wanted: int) -> str:
    text = (DEMO / lang / CHAPTER).read_text(encoding="utf-8")
    body = text.split("\n", 1)[1]  # without the top heading
    parts, per_copy = [], 30
    for k in range(1, segments_wanted // per_copy + 2):
        parts.append(f"## Part {k}\n\n{body}")
    return "# Big chapter\n\n" + "\n\n".join(parts)


def first_paint(command: list[str]) -> float:
    """Seconds from launching ``command`` to the first paint it reports (``first-paint <epoch>``)."""
    started = time.time()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(command, capture_output=True, text=True, check=True, cwd=REPO, env=env).stdout
    return float(next(line.split()[1] for line in out.splitlines() if line.startswith("first-paint"))) - started


def start_times(project: Path, runs: int) -> list[float]:
    compileall.compile_dir(REPO / "amts_gui", quiet=1)  # as an install has it (PYTHONDONTWRITEBYTECODE or not)
    command = [sys.executable, "-m", "amts_gui.gui.app", str(project), "--report-first-paint"]
    return [first_paint(command) * 1000 for _ in range(runs)]


def build_project(folder: Path, segments: int):  # -> Store
    from amts_gui.core.parallel.project_pairs import align_chapter
    from amts_gui.demo.book import create_demo_project
    from amts_gui.engines.drafting import draft_chapter
    from amts_gui.engines.memory import MemoryEngine

    store = create_demo_project(folder / "bench.amts", DEMO)
    import_chapter(store, BIG, big_chapter("en", segments), big_chapter("zh", segments), "big/chapter.md")
    align_chapter(store, BIG)
    draft_chapter(store, BIG, MemoryEngine.for_project(store))
    return store


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--segments", type=int, default=2000)
    parser.add_argument("--starts", type=int, default=5)
    args = parser.parse_args()

    from PySide6.QtCore import QElapsedTimer, QSettings
    from PySide6.QtWidgets import QApplication

    from amts_gui.gui.common.preferences import Preferences
    from amts_gui.gui.main_window import MainWindow

    folder = Path(tempfile.mkdtemp(prefix="amts-bench-gui-"))
    os.environ["XDG_DATA_HOME"] = str(folder / "data")  # never the user's own demo copy or settings
    app = QApplication(sys.argv[:1])
    store = build_project(folder, args.segments)
    segments = len(live_segments(store, BIG))
    starts = start_times(store.path, args.starts)

    prefs = Preferences(QSettings(str(folder / "prefs.ini"), QSettings.Format.IniFormat))
    window = MainWindow(store, prefs)
    window.resize(1400, 860)
    window.show()
    window.tree.select(CHAPTER)  # start on the small demo chapter, then open the big one
    for _ in range(5):
        app.processEvents()
    window.runner.pool.waitForDone()
    app.processEvents()
    assert window.review.model.chapter == CHAPTER

    clock = QElapsedTimer()
    clock.start()
    window.tree.select(BIG)
    window.review.table.viewport().repaint()
    window.review.editor.repaint()
    app.processEvents()
    open_ms = clock.nsecsElapsed() / 1e6
    shown = window.review.model.rowCount()
    assert window.review.model.chapter == BIG and window.review.editor.row is not None

    stall_ms, ticks, worked_ms, sync_status = heartbeat_while_busy(app, window)
    print(
        json.dumps(
            {
                "start_ms": round(statistics.median(starts), 1),
                "start_runs_ms": [round(t, 1) for t in starts],
                "open_ms": round(open_ms, 1),
                "open_segments": shown,
                "stall_ms": round(stall_ms, 1),
                "heartbeat_ticks": ticks,
                "busy_ms": round(worked_ms, 1),
                "drafted_segments": segments,
                "sync": sync_status,
                "goals": {"start_ms": 1500, "open_ms": 300, "stall_ms": 50},
            }
        )
    )
    window.close()


def heartbeat_while_busy(app, window) -> tuple[float, int, float, str]:
    """Max gap between 5 ms heartbeat ticks while the TM drafts the big chapter and a sync runs
    (against the doubles in a process of their own, as AWS is)."""
    from helpers.aws_doubles import CREDENTIALS, doubles_in_child

    from amts_gui.gui.common.garbage import GarbageCollector

    collector = GarbageCollector(app)  # garbage collected as amts-gui collects it once its window shows
    os.environ.update(CREDENTIALS)
    try:
        with doubles_in_child() as endpoints:
            return _heartbeat(app, window, endpoints)
    finally:
        collector.stop()


def _heartbeat(app, window, endpoints: dict[str, str]) -> tuple[float, int, float, str]:
    from PySide6.QtCore import QElapsedTimer, QTimer

    from amts_gui.engines.amazon.services import AwsSettings
    from amts_gui.engines.amazon.settings import save_settings

    save_settings(
        window.store,
        AwsSettings(
            bucket="bench",
            prefix="bench",
            role_arn="arn:aws:iam::123456789012:role/Bench",
            parallel_data_name="bench-en-zh",
            translate_endpoint=endpoints["translate"],
            s3_endpoint=endpoints["s3"],
        ),
    )
    gaps: list[float] = []
    clock = QElapsedTimer()
    last = [0.0]

    def tick() -> None:
        now = clock.nsecsElapsed() / 1e6
        gaps.append(now - last[0])
        last[0] = now

    heartbeat = QTimer()
    heartbeat.setInterval(5)
    heartbeat.timeout.connect(tick)
    clock.start()
    heartbeat.start()
    window.drafting.commands["memory"].trigger()
    window.parallel_data.push_confirmed()  # the push's question answered (issue 29): its dialog is not timed

    while window.busy:
        app.processEvents()
        time.sleep(0.001)
    for _ in range(20):  # the results are shown: reloads and repaints count too
        app.processEvents()
        time.sleep(0.005)
    heartbeat.stop()
    worked = clock.nsecsElapsed() / 1e6
    status = window.parallel_data.push_label.text().strip()
    return max(gaps[1:] or [0.0]), len(gaps), worked, status


if __name__ == "__main__":
    main()
