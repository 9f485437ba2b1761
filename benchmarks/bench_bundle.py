"""Start time of the built bundle, against the same code run from the checkout; prints JSON.

    python benchmarks/bench_bundle.py [BUNDLE_FOLDER] [--runs N]

BUNDLE_FOLDER defaults to the newest ``dist/amts-studio-*`` folder (run ``python build_installer.py``
first). Every run starts with a fresh user profile, so the first start (which copies the demo project
into the user's data folder) is measured separately from a later start on the existing demo project:

- ``gui_first_start_ms`` / ``gui_start_ms``: from launching ``amts-gui`` to the first paint of its window
  (offscreen), median of N runs;
- ``cli_version_ms``: ``amts --version``, the command line's fixed cost (it imports everything);
- the same for ``python -m`` from the checkout, for comparison; and the bundle and archive sizes.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def environment(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "XDG_"))}
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"),
        QT_QPA_PLATFORM="offscreen",
    )
    return env


def first_paint_ms(command: list[str], env: dict[str, str]) -> float:
    started = time.time()
    out = subprocess.run(command + ["--report-first-paint"], env=env, capture_output=True, text=True, check=True)
    painted = float(next(line.split()[1] for line in out.stdout.splitlines() if line.startswith("first-paint")))
    return (painted - started) * 1000


def wall_ms(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, env=env, capture_output=True, check=True)
    return (time.perf_counter() - started) * 1000


def measure(gui: list[str], cli: list[str], runs: int) -> dict[str, float]:
    first, later, version = [], [], []
    for _ in range(runs):
        with tempfile.TemporaryDirectory(prefix="amts-bench-") as folder:
            env = environment(Path(folder))
            first.append(first_paint_ms(gui, env))  # creates the demo project
            later.append(first_paint_ms(gui, env))
            version.append(wall_ms(cli + ["--version"], env))
    return {
        "gui_first_start_ms": round(statistics.median(first)),
        "gui_start_ms": round(statistics.median(later)),
        "cli_version_ms": round(statistics.median(version)),
    }


def newest_bundle() -> Path:
    bundles = sorted((p for p in (ROOT / "dist").glob("amts-studio-*") if p.is_dir()), key=lambda p: p.stat().st_mtime)
    if not bundles:
        sys.exit("bench_bundle: no bundle under dist/; run: python build_installer.py")
    return bundles[-1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", nargs="?", type=Path, help="the bundle folder (default: the newest in dist/)")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    bundle = (args.bundle or newest_bundle()).resolve()
    suffix = ".exe" if sys.platform == "win32" else ""
    built = measure([str(bundle / f"amts-gui{suffix}")], [str(bundle / f"amts{suffix}")], args.runs)
    source = measure([sys.executable, "-m", "amts_gui.gui.app"], [sys.executable, "-m", "amts_gui.cli.main"], args.runs)
    report_file = bundle.with_name(bundle.name + ".build.json")
    report = json.loads(report_file.read_text(encoding="utf-8")) if report_file.is_file() else {}
    print(
        json.dumps(
            {
                "folder": str(bundle),
                "runs": args.runs,
                "bundle_mb": report.get("bundle_mb"),
                "archive_mb": report.get("archive_mb"),
                "build_seconds": report.get("build_seconds"),
                "built": built,
                "checkout": source,
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
