"""`amts accept` and `amts edit`: the review pane's writes, headless (scripts, batch post-editing)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from amts_gui.cli.common import open_project, project_argument
from amts_gui.core.errors import InputError
from amts_gui.core.project.store import Store


def _segment(store: Store, chapter: str, number: int) -> Any:
    from amts_gui.core.project.review import review_rows

    rows = review_rows(store, chapter)
    if not 1 <= number <= len(rows):
        raise InputError(f"{chapter}: has segments 1 to {len(rows)}, not {number}")
    return rows[number - 1]


def _final_text(text: str, markup: tuple[str, ...]) -> str:
    """Accept the translation with ⟦n⟧ tokens, or with the markup written out as in the source."""
    from amts_gui.core.text.placeholders import TOKEN_RE, mask

    return text if TOKEN_RE.search(text) or not markup else mask(text, markup)


def cmd_accept(args: argparse.Namespace) -> int:
    from amts_gui.core.project.finals import QAError, accept_segment, save_edit
    from amts_gui.core.project.repetitions import open_repetitions, propagate

    store = open_project(args)
    row = _segment(store, args.chapter, args.segment)
    text = _final_text(args.text, row.markup)
    if args.edit_only:
        save_edit(store, row.id, text)
        print(f"{args.chapter} #{args.segment}: edited")
        return 0
    try:
        accepted = accept_segment(store, row.id, text, force=args.force)
    except QAError as refused:
        for finding in refused.problems:
            kind = "QA error" if finding.is_error else "glossary"
            print(f"amts: {kind}: {args.chapter} #{args.segment}: {finding}", file=sys.stderr)
        print(f"{args.chapter} #{args.segment}: not accepted; fix it, or accept it anyway with --force")
        return 1
    for finding in accepted.findings:
        print(f"amts: warning: {args.chapter} #{args.segment}: {finding}")
    kept_out = (
        " (kept out of exports and pushes until fixed: QA errors)" if any(f.is_error for f in accepted.findings) else ""
    )
    print(f"{args.chapter} #{args.segment}: accepted (pair {accepted.pair_id}){kept_out}")
    if args.propagate and not kept_out:
        filled = propagate(store, row.id, open_repetitions(store, row.id))
        print(f"{len(filled)} repetitions filled with the same translation (marked propagated)")
    return 0


def register(sub: Any) -> None:
    p = sub.add_parser("accept", help="accept a translation of one segment (stores the final and its sentence pair)")
    project_argument(p)
    p.add_argument("--chapter", required=True, metavar="NAME")
    p.add_argument("--segment", required=True, type=int, metavar="N", help="1-based, as in the review table")
    p.add_argument("--text", required=True, help="the translation, with ⟦n⟧ tokens or the source's markup")
    p.add_argument("--edit-only", action="store_true", help="keep it as an edit, not accepted (no pair)")
    p.add_argument(
        "--force", action="store_true", help="accept it even with QA errors (its pair stays out of exports and pushes)"
    )
    p.add_argument(
        "--propagate",
        action="store_true",
        help="also fill the sentence's untranslated repetitions elsewhere in the project (marked propagated)",
    )
    p.set_defaults(func=cmd_accept)
