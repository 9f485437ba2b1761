"""`amts xliff export|import`: a chapter as XLIFF 1.2 or 2.1 for other CAT tools, and its translations back."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from amts_gui.cli.common import open_project, project_argument


def cmd_export(args: argparse.Namespace) -> int:
    from amts_gui.core.bilingual.xliff_write import xliff_bytes
    from amts_gui.core.fileio import atomic_write_bytes
    from amts_gui.core.project.chapters import get_chapter
    from amts_gui.core.project.review import State, review_rows

    store = open_project(args)
    get_chapter(store, args.chapter)
    settings = store.settings()
    rows = review_rows(store, args.chapter)
    data = xliff_bytes(args.chapter, rows, settings.source_lang, settings.target_lang, args.version)
    atomic_write_bytes(args.out, data)
    states = {state: sum(1 for r in rows if r.state == state) for state in State}
    summary = ", ".join(f"{n} {state}" for state, n in states.items())
    print(f"wrote {args.out}: XLIFF {args.version}, {len(rows)} units ({summary})")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from amts_gui.core.bilingual.xliff_import import import_xliff

    report = import_xliff(open_project(args), args.file, args.chapter)
    for problem in report.problems:
        print(f"  {problem}", file=sys.stderr)
    print(
        f"{report.chapter}: {report.accepted} accepted, {report.edited} edited, {report.unchanged} unchanged, "
        f"{report.skipped} skipped; {len(report.problems)} problems"
    )
    if not report.accepted and not report.edited:
        print(f"nothing changed: {report.chapter} already has every translation this file holds")
    return 1 if report.problems else 0


def register(sub: Any) -> None:
    xliff = sub.add_parser("xliff", help="a chapter as XLIFF for other CAT tools, and its translations back")
    actions = xliff.add_subparsers(dest="xliff_command", required=True, metavar="ACTION")
    p = actions.add_parser("export", help="write a chapter's segments as XLIFF (one unit per segment)")
    project_argument(p)
    p.add_argument("--chapter", required=True, metavar="NAME")
    p.add_argument("--out", required=True, type=Path, metavar="FILE.xlf")
    p.add_argument("--version", choices=("1.2", "2.1"), default="1.2", help="XLIFF version (default 1.2)")
    p.set_defaults(func=cmd_export)
    p = actions.add_parser(
        "import", help="write an XLIFF file's targets back: edits, or accepts where the state is final"
    )
    project_argument(p)
    p.add_argument("file", type=Path, metavar="FILE.xlf")
    p.add_argument("--chapter", metavar="NAME", help="the chapter, when the file does not name it")
    p.set_defaults(func=cmd_import)
