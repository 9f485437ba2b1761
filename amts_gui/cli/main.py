"""`amts`: the headless command line, a thin layer over the same operations as the app.

Each command group registers itself from its own module; this one builds the parser and turns
errors into one line and an exit code.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from amts_gui import __version__
from amts_gui.cli import (
    align,
    analysis,
    aws,
    check,
    drafting,
    editing_log,
    pairs,
    pipeline,
    project,
    qa,
    review,
    scores,
    source_sync,
    targets,
    terms,
    workload,
    xliff,
)
from amts_gui.cli.common import EXIT_BAD_INPUT, end_progress_line
from amts_gui.core.errors import AmtsError

GROUPS = (
    project,
    targets,
    pipeline,
    align,
    pairs,
    xliff,
    terms,
    qa,
    check,
    analysis,
    drafting,
    aws,
    review,
    scores,
    editing_log,
    workload,
    source_sync,
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="amts", description="AMTS Studio on the command line.")
    parser.add_argument("--version", action="version", version=f"amts {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for group in GROUPS:
        group.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except AmtsError as exc:
        return _error_line(exc)
    except KeyboardInterrupt:
        print("amts: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # a project error that reached the surface outside a write (a read kept waiting)
        from amts_gui.core.project.store import user_error

        known = user_error(exc, getattr(args, "project", None))
        if known is None:
            raise
        return _error_line(known)


def _error_line(exc: Exception) -> int:
    end_progress_line()  # the error on a line of its own, never after a progress line
    print(f"amts: error: {exc}", file=sys.stderr)
    return EXIT_BAD_INPUT


if __name__ == "__main__":
    if getattr(sys, "frozen", False):  # the frozen program's worker processes (a book's source sync) start here
        import multiprocessing

        multiprocessing.freeze_support()
    sys.exit(main())
