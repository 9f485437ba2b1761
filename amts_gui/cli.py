"""`amts`: the headless command line, a thin layer over ``amts_gui.core``."""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Sequence
from pathlib import Path

from amts_gui.core.document import parse
from amts_gui.core.errors import AmtsError, InputError
from amts_gui.core.export import render_chapter
from amts_gui.core.fileio import atomic_write_text, read_text_file
from amts_gui.core.importer import import_paths
from amts_gui.core.segment import sentences
from amts_gui.core.store import Store

EXIT_BAD_INPUT = 2


def _warn(message: str) -> None:
    print(f"amts: warning: {message}", file=sys.stderr)


def cmd_init(args: argparse.Namespace) -> int:
    for flag, root in (("--source-root", args.source_root), ("--target-root", args.target_root)):
        if root is not None and not root.is_dir():
            raise InputError(f"{root}: {flag} is not a directory")
    Store.create(
        args.project,
        args.src,
        args.tgt,
        source_root=str(args.source_root.resolve()) if args.source_root else None,
        target_root=str(args.target_root.resolve()) if args.target_root else None,
    )
    print(f"created {args.project} ({args.src} → {args.tgt})")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    store = Store(args.project)
    results = import_paths(store, args.paths, reference_root=args.reference_root)
    for r in results:
        for warning in r.warnings:
            _warn(f"{r.chapter}: {warning}")
        print(f"{r.chapter}: {r.added} new, {r.kept} unchanged, {r.removed} removed segments")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    store = Store(args.project)
    rendered = render_chapter(store, args.chapter)
    for finding in rendered.findings:
        _warn(f"{args.chapter}: {finding}")
    try:
        atomic_write_text(args.out, rendered.text)
    except OSError as exc:
        raise InputError(f"{args.out}: cannot write ({exc.strerror})") from None
    print(f"wrote {args.out}" + (f" with {len(rendered.findings)} QA findings" if rendered.findings else ""))
    return 1 if args.strict and rendered.findings else 0


def cmd_segment(args: argparse.Namespace) -> int:
    text = read_text_file(args.file)
    blocks: list[list[str]] = []
    if args.plain:
        for para in re.split(r"\r?\n[^\S\n]*\r?\n", text):
            if para.strip():
                blocks.append(sentences(para, args.lang))
    else:
        doc = parse(text, args.lang)
        for warning in doc.warnings:
            _warn(f"{args.file}: {warning}")
        blocks = [[s.text for s in b.segments] for b in doc.blocks if b.segments]
    out = sys.stdout
    for i, block in enumerate(blocks):
        if i:
            out.write("\n")
        for sentence in block:
            out.write(sentence + "\n")
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    stats = Store(args.project).stats()
    if args.json:
        print(json.dumps(stats, ensure_ascii=False, indent=2))
        return 0
    header = f"{'chapter':40} {'segments':>8} {'new':>6} {'draft':>6} {'edited':>6} {'accepted':>8}  reference"
    print(header)
    for c in stats["chapters"]:
        print(
            f"{c['chapter'][:40]:40} {c['segments']:>8} {c['new']:>6} {c['draft']:>6} {c['edited']:>6} "
            f"{c['accepted']:>8}  {'yes' if c['reference'] else 'no'}"
        )
    total = sum(c["segments"] for c in stats["chapters"])
    print(f"{len(stats['chapters'])} chapters, {total} segments, {stats['pairs']} parallel pairs")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="amts", description="AMTS Studio on the command line.")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("init", help="create a project file")
    p.add_argument("project", type=Path, metavar="PROJECT.amts")
    p.add_argument("--src", required=True, help="source language code, e.g. en")
    p.add_argument("--tgt", required=True, help="target language code, e.g. zh")
    p.add_argument("--source-root", type=Path, help="folder that chapter names are relative to")
    p.add_argument("--target-root", type=Path, help="folder of the human reference translation")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("import", help="import .md/.mdx chapters (files or directories)")
    p.add_argument("project", type=Path, metavar="PROJECT.amts")
    p.add_argument("paths", type=Path, nargs="+", metavar="PATH")
    p.add_argument("--reference-root", type=Path, help="folder with the reference translation at the same paths")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("export", help="render a chapter's target Markdown")
    p.add_argument("project", type=Path, metavar="PROJECT.amts")
    p.add_argument("--chapter", required=True, help="chapter name, as `amts stats` lists it")
    p.add_argument("--out", required=True, type=Path, metavar="FILE")
    p.add_argument("--strict", action="store_true", help="exit 1 when QA finds placeholder problems")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("segment", help="print the prose of a file, one sentence per line")
    p.add_argument("--lang", required=True, help="language code: en, zh, es, or any other for the generic rules")
    p.add_argument("--plain", action="store_true", help="plain text, paragraphs separated by blank lines")
    p.add_argument("file", type=Path, metavar="FILE")
    p.set_defaults(func=cmd_segment)

    p = sub.add_parser("stats", help="chapters, segments and statuses")
    p.add_argument("project", type=Path, metavar="PROJECT.amts")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_stats)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except AmtsError as exc:
        print(f"amts: error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("amts: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
