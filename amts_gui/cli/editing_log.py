"""`amts editing-log`: the editing log as a CSV, one row per segment (time, effort, origin, keystrokes)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from amts_gui.cli.common import open_project, project_argument


def cmd_editing_log(args: argparse.Namespace) -> int:
    from amts_gui.core.fileio import atomic_write_text
    from amts_gui.core.scoring.editing_report import NOTES, editing_report, render_editing_csv, untimed_accepts

    store = open_project(args)
    rows = editing_report(store, args.chapter)
    atomic_write_text(args.out, render_editing_csv(rows))
    seconds = sum(r.log.seconds for r in rows)
    words = sum(r.words for r in rows)
    per_word = f", {seconds / words:.2f} s per word" if words else ""
    print(f"wrote {args.out}: {len(rows)} segments, {words} words, {seconds:.0f} s of active editing{per_word}")
    untimed = untimed_accepts(store, args.chapter)
    if untimed:
        print(
            f"{untimed} accepted segments have no time: accepted outside the app (amts accept, an XLIFF import), "
            "where no editing is timed; they are not in the log"
        )
    for note in NOTES:
        print(f"  {note}")
    return 0


def register(sub: Any) -> None:
    p = sub.add_parser(
        "editing-log", help="the editing log as CSV: seconds, s/word, PEE, HTER, origin, band per segment"
    )
    project_argument(p)
    p.add_argument("--chapter", metavar="NAME", help="only this chapter")
    p.add_argument("--out", required=True, type=Path, metavar="FILE.csv")
    p.set_defaults(func=cmd_editing_log)
