"""`amts pairs export|import|push|pull|status`: the project's pairs as files, and as parallel data on
Amazon Translate.  `amts pd push|pull|status` is kept as a hidden alias that says it is deprecated."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from amts_gui.cli.align import confidence_value
from amts_gui.cli.common import (
    end_progress_line,
    endpoint_options,
    open_project,
    progress_line,
    project_argument,
    services,
)
from amts_gui.core.parallel.formats import FORMATS
from amts_gui.core.project.rows import PAIR_GRANULARITIES


def cmd_export(args: argparse.Namespace) -> int:
    from amts_gui.core.parallel.project_pairs import export_project_pairs
    from amts_gui.core.project.chapters import get_chapter

    store = open_project(args)
    for name in args.exclude_chapter:
        get_chapter(store, name)
    report = export_project_pairs(
        store,
        args.out,
        args.format,
        granularity=args.granularity,
        exclude_chapters=args.exclude_chapter,
        min_confidence=args.min_confidence,
        include_qa=args.include_qa,
    )
    for note in report.notes:
        print(f"  {note}", file=sys.stderr)
    altered = len(report.notes) - report.skipped
    reasons = _reasons(report.skipped_by_kind())
    print(f"wrote {args.out}: {report.written} pairs; {report.skipped} skipped{reasons}, {altered} altered")
    return 0


def _reasons(counts: dict[str, int]) -> str:
    """`` (3 flagged, 1 QA)``, or nothing."""
    return f" ({', '.join(f'{n} {kind}' for kind, n in counts.items())})" if counts else ""


def cmd_import(args: argparse.Namespace) -> int:
    from amts_gui.core.parallel.project_pairs import import_pairs

    report = import_pairs(open_project(args), args.file)
    for note in report.notes:
        print(f"  {note}", file=sys.stderr)
    print(
        f"imported {report.added} pairs from {args.file}; {report.duplicates} already in the project, "
        f"{sum(1 for n in report.notes if n.skipped)} skipped"
    )
    return 0


def _parallel_data(args: argparse.Namespace) -> Any:
    from amts_gui.engines.amazon.parallel_data import ParallelData

    store = open_project(args)
    return ParallelData(store, services(store, args))


def cmd_push(args: argparse.Namespace) -> int:
    result = _parallel_data(args).push(
        exclude_chapters=args.exclude_chapter, include_qa=args.include_qa, progress=progress_line(args.quiet)
    )
    end_progress_line(args.quiet)
    print(
        f"{result.name} {result.version}: {result.status}; {result.pairs} pairs sent, {result.imported} imported, "
        f"{result.failed} failed, {result.skipped} skipped"
    )
    if result.left_out:
        print(f"  not sent: {_reasons(result.left_out).strip(' ()')}")
    if result.message:
        print(f"  Amazon Translate says: {result.message}")
    for line in result.error_summary:
        print(f"  {line}")
    return 0 if result.status == "ACTIVE" else 1


def cmd_pull(args: argparse.Namespace) -> int:
    pulled = _parallel_data(args).pull()
    print(
        f"{pulled.name}: {pulled.remote_pairs} remote pairs; {pulled.added} added, {pulled.replaced} replaced "
        f"by newer remote edits, {pulled.unchanged} unchanged, {len(pulled.conflicts)} conflicts"
    )
    for c in pulled.conflicts:
        print(f"  conflict ({c.winner} kept): {c.source[:60]}\n    local:  {c.local[:60]}\n    remote: {c.remote[:60]}")
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    status = _parallel_data(args).status()
    if not status.exists:
        print(f"{status.name}: not created yet (amts pairs push creates it)")
    else:
        print(
            f"{status.name}: {status.status}, latest update {status.latest_update or '-'}; "
            f"{status.imported} imported, {status.failed} failed, {status.skipped} skipped"
        )
        if status.message:
            print(f"  {status.message}")
    for h in status.history[-10:]:
        print(f"  {h.created_at[:19]}  {h.status:<9} {h.version or '(pull)'}  {h.pairs} pairs")
    return 0


REMOTE = {"push": cmd_push, "pull": cmd_pull, "status": cmd_status}


def cmd_pd(args: argparse.Namespace) -> int:
    """The old `amts pd ACTION`: the same as `amts pairs ACTION`, with a note on stderr."""
    print(f"amts: note: `amts pd {args.action}` is deprecated; use `amts pairs {args.action}`", file=sys.stderr)
    return REMOTE[args.action](args)


def _remote_options(p: argparse.ArgumentParser, *, push: bool) -> None:
    project_argument(p)
    if push:
        p.add_argument(
            "--exclude-chapter",
            action="append",
            default=[],
            metavar="NAME",
            help="leave this chapter's pairs out, to evaluate ACT on it (repeatable)",
        )
        p.add_argument("--include-qa", action="store_true", help="also send pairs accepted with QA errors")
        p.add_argument("--quiet", action="store_true", help="no progress lines")
    endpoint_options(p)


def register(sub: Any) -> None:
    pairs = sub.add_parser(
        "pairs", help="pairs: export and import files; push, pull and check the parallel data on Amazon Translate"
    )
    actions = pairs.add_subparsers(dest="pairs_command", required=True, metavar="ACTION")
    p = actions.add_parser("export", help="write the project's pairs as TMX, CSV or TSV")
    project_argument(p)
    p.add_argument("--format", choices=FORMATS, default="tmx")
    p.add_argument("--out", required=True, type=Path, metavar="FILE")
    p.add_argument("--granularity", choices=PAIR_GRANULARITIES, default="sentence")
    p.add_argument(
        "--exclude-chapter",
        action="append",
        default=[],
        metavar="NAME",
        help="leave this chapter's pairs out, e.g. to evaluate on it (repeatable)",
    )
    p.add_argument(
        "--min-confidence",
        type=confidence_value,
        metavar="X",
        help="keep pairs with at least this confidence, flagged or not (default: leave flagged out)",
    )
    p.add_argument("--include-qa", action="store_true", help="also export pairs accepted with QA errors")
    p.set_defaults(func=cmd_export)
    p = actions.add_parser("import", help="add the pairs of a TMX (OmegaT, Trados), CSV or TSV file")
    project_argument(p)
    p.add_argument("file", type=Path, metavar="FILE.tmx")
    p.set_defaults(func=cmd_import)
    helps = {
        "push": "upload the pairs and create or update (replace) the parallel data, then wait for ACTIVE or FAILED",
        "pull": "merge the active parallel data into the local pairs (newer timestamp wins)",
        "status": "show the parallel data on Amazon Translate and the push history",
    }
    for action, func in REMOTE.items():
        p = actions.add_parser(action, help=helps[action])
        _remote_options(p, push=action == "push")
        p.set_defaults(func=func)
    # the old noun, kept working but not listed in `amts --help`
    p = sub.add_parser("pd")  # no help: not listed
    p.add_argument("action", choices=list(REMOTE))
    _remote_options(p, push=True)
    p.set_defaults(func=cmd_pd)
