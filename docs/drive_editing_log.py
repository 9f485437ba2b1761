"""Fill an editing log by driving the app in a real X11 window, then photograph the dashboard's Workload view.

    python3 docs/drive_editing_log.py          (after the README's install command)

A demonstration, not a finding: the timings come from xdotool typing with pauses, not from a translator.
The demo project is created, half of its segments are made from-scratch controls (the most the option
allows, so that 48 segments give the 20 controls the saving needs), the translated chapter is drafted
from the memory, and then 48 segments are worked through: a click in Final, typing with pauses
(a from-scratch segment gets a whole sentence typed, a draft a few characters), Ctrl+Enter.  Writes
``docs/screenshot-workload.png`` and prints the editing log's totals.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from docs.make_screenshots import Session  # noqa: E402

SEGMENTS = 48
CHAPTERS = ("softmax-temperature.md", "temperature-scaling.md")


def prepare(home: Path) -> Path:
    """The demo as a first start makes it, with the control at 50 % and the first chapter drafted."""
    from amts_gui.core.project.control import set_control
    from amts_gui.core.project.store import Store
    from amts_gui.core.project.terms import remove_terms
    from amts_gui.engines.drafting import draft_chapter
    from amts_gui.engines.memory import MemoryEngine

    [demo] = list((home / "data").rglob("demo.amts"))
    store = Store(demo)
    set_control(store, 0.5)
    remove_terms(store)  # typed stand-in text would miss every term, and each accept would ask
    draft_chapter(store, CHAPTERS[0], MemoryEngine.for_project(store))
    store.close()
    return demo


def work_through(session: Session, demo: Path, rng: random.Random) -> None:
    """About 40 segments, chapter by chapter (the app opened at each one's first segment)."""
    from amts_gui.core.project.review import review_rows
    from amts_gui.core.project.store import Store

    left = SEGMENTS
    for chapter in CHAPTERS:
        store = Store(demo)
        rows = review_rows(store, chapter)[:left]
        store.close()
        left -= len(rows)
        session.start("--language", "en", "--chapter", chapter, "--segment", "1")
        session.click("final-edit", 0.5, 12)
        for row in rows:
            work_on(session, row, rng)
        session.stop()


def work_on(session: Session, row: object, rng: random.Random) -> None:
    """Read, type with pauses, accept: a whole sentence for a from-scratch control, a touch for a draft."""
    time.sleep(rng.uniform(0.5, 2.0))  # reading the source
    if row.from_scratch or row.draft is None:  # type: ignore[attr-defined]
        session.key("ctrl+a", "Delete")
        text = "the translation typed in full " * 2 + ("*so* " if "*" in row.source else "")  # type: ignore[attr-defined]
        session.xdo("type", "--delay", str(rng.randint(90, 160)), text)
        for number in range(1, len(row.markup) + 1):  # type: ignore[attr-defined]  # its placeholders
            session.key(f"ctrl+alt+{number}")
    else:
        session.key("End")
        session.xdo("type", "--delay", str(rng.randint(90, 160)), " ok")
    time.sleep(rng.uniform(0.3, 1.2))
    session.key("ctrl+Return")
    session.key("Escape")  # a repetition question, if one comes, is answered "not now"


def main() -> None:
    rng = random.Random(20)
    with tempfile.TemporaryDirectory() as home_name:
        home = Path(home_name)
        session = Session(home)
        try:
            session.start("--language", "en")  # the first start creates the demo
            session.stop()
            demo = prepare(home)
            work_through(session, demo, rng)
            session.start("--language", "en")
            session.key("ctrl+2")  # the dashboard; the app reports where its widgets are now
            time.sleep(2.0)
            session.widgets = json.loads((home / "widgets.json").read_text(encoding="utf-8"))
            left, top, _width, _height = session.widgets["dashboard-details"]
            session.xdo("mousemove", "--sync", str(left + 235), str(top + 12), "click", "1")  # the Workload tab
            time.sleep(1.5)
            session.shot("screenshot-workload.png")
            session.stop()
        finally:
            session.close()
        out = home / "log.csv"
        subprocess.run(
            [sys.executable, "-m", "amts_gui.cli.main", "editing-log", str(demo), "--out", str(out)], check=True
        )
        print(out.read_text(encoding="utf-8"))


if __name__ == "__main__":
    main()
