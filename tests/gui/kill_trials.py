"""Kill trials of issue 29: accepted work survives a file dialog that lists the project, a terminal beside
the app, and ``kill -9``.

One trial, on a fresh project, in a real X11 window:

1. the app accepts a segment (acknowledged once another process reads it from the project);
2. a file dialog (File ▸ Export chapter Markdown, or File ▸ Open project) is opened, the project's folder
   typed into "File name" so that the dialog lists the project, its ``-wal`` and ``-shm``, then Cancel;
3. a terminal accepts another segment (``amts accept``: acknowledged by its exit code) and reads the
   project (``amts stats``), as the issue's reproduction did;
4. the app accepts two more segments;
5. ``kill -9`` of the app; then every acknowledged accept must be in the project, with its text.

Before the fix, step 2 dropped the app's locks and step 3 deleted its log: the accepts of step 4 never
reached the disk.  ``python -m tests.gui.kill_trials --trials 10`` runs many and prints JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from tests.conftest import REPO
from tests.gui.real_window import App, start_display, stop_display

CHAPTER = "trial.md"
SENTENCES = [
    f"This is sentence {word} of the trial chapter."
    for word in ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
]
DIALOGS = {"export": ("ctrl+e", "Export chapter"), "open": ("ctrl+o", "Open project")}
TERMINAL_SEGMENT = 10  # far from the segments the app accepts (1, 2, 3)


@dataclass
class Trial:
    dialog: str
    acknowledged: list[str] = field(default_factory=list)  # "app:1", "terminal:10"…
    lost: list[str] = field(default_factory=list)
    dialog_seen: bool = False
    wal_unlinked: bool = False  # the app held a deleted -wal before the kill
    integrity: str = ""
    refused: str = ""  # what the terminal said when its accept was refused


def make_project(folder: Path) -> Path:
    """A project of one plain chapter (no placeholders, so any typed text passes QA)."""
    from amts_gui.core.project.importer import import_paths
    from amts_gui.core.project.store import Store

    folder.mkdir(parents=True, exist_ok=True)
    (folder / "src").mkdir(exist_ok=True)
    (folder / "src" / CHAPTER).write_text("# Trial\n\n" + "\n\n".join(SENTENCES) + "\n", encoding="utf-8")
    project = folder / "trial.amts"
    store = Store.create(project, "en", "zh", source_root=str(folder / "src"))
    import_paths(store, [folder / "src" / CHAPTER])
    store.close()
    return project


def accepted(project: Path) -> dict[int, str]:
    """The finals accepted, by segment number, as another process reads them (and closes, as `amts stats` does)."""
    with sqlite3.connect(project, timeout=30) as db:
        rows = db.execute(
            "SELECT s.position, f.text FROM finals f JOIN segments s ON s.id = f.segment_id "
            "JOIN chapters c ON c.id = s.chapter_id WHERE f.status = 'accepted' AND c.path = ?",
            [CHAPTER],
        ).fetchall()
    db.close()
    return {position + 1: text for position, text in rows}


def wait_for(condition, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.2)
    return False


def amts(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "amts_gui.cli.main", *args], cwd=REPO, capture_output=True, text=True)


def deleted_project_files(pid: int, project: Path) -> bool:
    fds = Path(f"/proc/{pid}/fd")
    links = []
    for fd in fds.iterdir():
        try:
            links.append(os.readlink(fd))
        except OSError:
            continue
    return any(link.startswith(str(project)) and link.endswith("(deleted)") for link in links)


def app_accept(app: App, project: Path, number: int, text: str, trial: Trial) -> None:
    """Type ``text`` into the Final box and accept (Ctrl+Enter); acknowledged when another process sees it."""
    app.xdo("mousemove", "0", "0")  # away first: `mousemove --sync` to where the pointer is waits for a move
    app.click("final-edit", 0.5, 12)
    app.xdo("key", "ctrl+a")
    app.xdo("type", "--delay", "20", text)
    app.xdo("key", "ctrl+Return")
    name = f"app:{number}"
    if wait_for(lambda: accepted(project).get(number) == text, 10):
        trial.acknowledged.append(name)
    else:
        trial.lost.append(name + " (never reached the project)")


def open_and_cancel_dialog(app: App, dialog: str, folder: Path, trial: Trial) -> None:
    key, title = DIALOGS[dialog]
    app.xdo("key", key)
    trial.dialog_seen = wait_for(lambda: _window_titled(app, title), 10)
    time.sleep(0.5)
    app.xdo("type", "--delay", "20", f"{folder}/")
    time.sleep(2.0)  # the dialog lists the folder and fills in its columns
    app.xdo("key", "Escape")
    time.sleep(0.5)
    app.xdo("key", "Escape")  # the completer's popup, then the dialog
    time.sleep(0.5)


def _window_titled(app: App, title: str) -> bool:
    found = subprocess.run(
        ["xdotool", "search", "--name", title], env={**os.environ, "DISPLAY": app.display}, capture_output=True
    )
    return found.returncode == 0 and bool(found.stdout.strip())


def run_trial(display: str, folder: Path, dialog: str) -> Trial:
    trial = Trial(dialog)
    project = make_project(folder)
    app = App(display, project, folder / "home", "--language", "en", "--chapter", CHAPTER, "--segment", "2")
    try:
        app_accept(app, project, 2, "app accept one", trial)
        open_and_cancel_dialog(app, dialog, folder, trial)
        text = "terminal accept"
        done = amts("accept", str(project), "--chapter", CHAPTER, "--segment", str(TERMINAL_SEGMENT), "--text", text)
        if done.returncode == 0:
            trial.acknowledged.append(f"terminal:{TERMINAL_SEGMENT}")
        else:
            trial.refused = f"exit {done.returncode}: {done.stderr.strip()[-500:]}"
        amts("stats", str(project))
        app_accept(app, project, 3, "app accept two", trial)
        app_accept(app, project, 4, "app accept three", trial)
        trial.wal_unlinked = deleted_project_files(app.process.pid, project)
    finally:
        app.process.send_signal(signal.SIGKILL)
        app.process.wait(timeout=10)
    texts = accepted(project)
    wanted = {2: "app accept one", 3: "app accept two", 4: "app accept three", TERMINAL_SEGMENT: "terminal accept"}
    for name in trial.acknowledged:
        number = int(name.split(":")[1])
        if texts.get(number) != wanted[number]:
            trial.lost.append(name)
    with sqlite3.connect(project) as db:
        trial.integrity = db.execute("PRAGMA integrity_check").fetchone()[0]
    db.close()
    return trial


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=10, help="trials per dialog")
    args = parser.parse_args(argv)
    display, server = start_display()
    trials: list[Trial] = []
    try:
        with tempfile.TemporaryDirectory() as scratch:
            for dialog in DIALOGS:
                for n in range(args.trials):
                    trials.append(run_trial(display, Path(scratch) / f"{dialog}-{n}", dialog))
    finally:
        stop_display(server)
    summary = {
        dialog: {
            "trials": sum(t.dialog == dialog for t in trials),
            "dialog_seen": sum(t.dialog == dialog and t.dialog_seen for t in trials),
            "acknowledged": sum(len(t.acknowledged) for t in trials if t.dialog == dialog),
            "lost": sum(len(t.lost) for t in trials if t.dialog == dialog),
            "wal_unlinked": sum(t.dialog == dialog and t.wal_unlinked for t in trials),
            "integrity_ok": sum(t.dialog == dialog and t.integrity == "ok" for t in trials),
        }
        for dialog in DIALOGS
    }
    print(json.dumps({"summary": summary, "trials": [asdict(t) for t in trials]}, indent=1, ensure_ascii=False))
    return 0 if all(not t.lost and not t.wal_unlinked for t in trials) else 1


if __name__ == "__main__":
    sys.exit(main())
