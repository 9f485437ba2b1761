"""`amts terms import|export|list|push`: the project's glossary, and its push to Amazon Translate as a
Custom Terminology."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from amts_gui.cli.common import endpoint_options, open_project, project_argument
from amts_gui.core.errors import InputError
from amts_gui.core.messages import message


def cmd_import(args: argparse.Namespace) -> int:
    from amts_gui.core.project.term_survey import survey_if_glossary
    from amts_gui.core.project.terms import save_terms
    from amts_gui.core.terms.files import read_glossary_file

    store = open_project(args)
    settings = store.settings()
    glossary = read_glossary_file(args.file, settings.source_lang, settings.target_lang)  # whole, before any write
    entries = glossary.entries
    for note in glossary.notes:
        print(f"  {args.file}: {note}", file=sys.stderr)
    added, replaced = save_terms(store, entries)
    survey_if_glossary(store)  # how the project's pairs render the new terms (term QA reads it)
    unchanged = len(entries) - added - replaced
    print(f"imported {len(entries)} terms from {args.file}: {added} new, {replaced} replaced, {unchanged} unchanged")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from amts_gui import __version__
    from amts_gui.core.fileio import atomic_write_bytes
    from amts_gui.core.project.terms import list_terms
    from amts_gui.core.terms.files import FORMATS, glossary_bytes

    store = open_project(args)
    settings = store.settings()
    fmt = args.format or args.out.suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        raise InputError(message("{out}: give --format md, csv, tsv, tbx or tmx", out=args.out))
    entries = list_terms(store)
    data = glossary_bytes(entries, fmt, settings.source_lang, settings.target_lang, __version__)
    atomic_write_bytes(args.out, data)
    print(f"wrote {args.out}: {len(entries)} terms")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from amts_gui.core.project.term_survey import term_usage
    from amts_gui.core.project.terms import list_terms

    store = open_project(args)
    usage = {u.term: u for u in term_usage(store)}
    flagged = 0
    for entry in list_terms(store):
        extras = [f"not {', '.join(entry.forbidden)}"] if entry.forbidden else []
        extras += [f"also {', '.join(entry.variants)}"] if entry.variants else []
        extras += [f"never in {', '.join(repr(p) for p in entry.not_in)}"] if entry.not_in else []
        extras += ["case-sensitive"] if entry.case_sensitive else []
        extras += ["do not translate"] if entry.do_not_translate else []
        extras += [entry.note] if entry.note else []
        used = usage[entry.source]
        if used.ambiguous:
            flagged += 1
            extras.append(_ambiguity(used))
        print(f"{entry.source}\t{' / '.join(entry.targets)}" + (f"\t({'; '.join(extras)})" if extras else ""))
    if flagged:
        print(f"amts: {flagged} entries flagged ambiguous; `amts terms push` leaves them out", file=sys.stderr)
    return 0


def _ambiguity(used: Any) -> str:
    """How an ambiguous entry was flagged, for a listing."""
    if used.measured_ambiguous:
        return f"ambiguous: {used.rendered} of {used.pairs} pairs use it"
    return "ambiguous (flagged)"


def cmd_push(args: argparse.Namespace) -> int:
    from amts_gui.cli.common import services
    from amts_gui.engines.amazon.terminology import push_glossary

    store = open_project(args)
    pushed = push_glossary(store, services(store, args), include_ambiguous=args.include_ambiguous)
    for skipped in pushed.skipped:
        print(f"amts: skipped: {skipped}", file=sys.stderr)
    if pushed.left_out:
        print(
            f"amts: left out {len(pushed.left_out)} ambiguous entries: {', '.join(pushed.left_out)} "
            "(--include-ambiguous sends them)",
            file=sys.stderr,
        )
    on_amazon = "" if pushed.amazon_terms is None else f"; Amazon Translate holds {pushed.amazon_terms} terms"
    if pushed.amazon_skipped:
        on_amazon += f" and skipped {pushed.amazon_skipped}"
    print(f"pushed {pushed.terms} terms to terminology {pushed.name} ({len(pushed.skipped)} skipped){on_amazon}")
    return 0


def register(sub: Any) -> None:
    terms = sub.add_parser("terms", help="the project's glossary: import, export, list and push terms")
    actions = terms.add_subparsers(dest="terms_command", required=True, metavar="ACTION")
    p = actions.add_parser(
        "import", help="add terms from D2L's TERMINOLOGY.md, a CSV/TSV with language codes, TBX or TMX"
    )
    project_argument(p)
    p.add_argument("file", type=Path, metavar="FILE")
    p.set_defaults(func=cmd_import)
    p = actions.add_parser("export", help="write the glossary as Amazon's CSV/TSV, TBX-Basic, TMX or a D2L term list")
    project_argument(p)
    p.add_argument("--out", required=True, type=Path, metavar="FILE")
    p.add_argument("--format", choices=("md", "csv", "tsv", "tbx", "tmx"), help="default: from the file's suffix")
    p.set_defaults(func=cmd_export)
    p = actions.add_parser("list", help="print the glossary, one term per line")
    project_argument(p)
    p.set_defaults(func=cmd_list)
    p = actions.add_parser(
        "push",
        help="send the glossary to Amazon Translate as the Custom Terminology named in the settings "
        "(`amts aws --terminology-name`); drafts then apply it",
    )
    project_argument(p)
    endpoint_options(p)
    p.add_argument(
        "--include-ambiguous",
        action="store_true",
        help="send the entries flagged ambiguous too (by hand, or because the project's pairs seldom use them)",
    )
    p.set_defaults(func=cmd_push)
