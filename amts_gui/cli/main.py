"""`amts`: the headless command line, a thin layer over ``amts_gui.core``."""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Sequence
from pathlib import Path

from amts_gui import __version__
from amts_gui.cli.engines import register as register_engine_commands
from amts_gui.cli.review import register as register_review_commands
from amts_gui.cli.scores import register as register_evaluate_commands
from amts_gui.cli.source_sync import register as register_sync_commands
from amts_gui.core.errors import AmtsError, InputError
from amts_gui.core.fileio import atomic_write_text, read_text_file
from amts_gui.core.parallel.formats import DEFAULT_MIN_CONFIDENCE, FORMATS
from amts_gui.core.project.export import render_chapter
from amts_gui.core.project.importer import import_paths
from amts_gui.core.project.store import PAIR_GRANULARITIES, Store
from amts_gui.core.text.document import parse
from amts_gui.core.text.sentences import sentences

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
        name=args.name,
    )
    print(f"created {args.project} ({args.src} → {args.tgt})")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    store = Store(args.project)
    results = import_paths(store, args.paths, reference_root=args.reference_root)
    for r in results:
        for warning in r.warnings:
            _warn(f"{r.chapter}: {warning}")
        carried = f" ({r.changed} changed: the previous translation kept as a draft)" if r.changed else ""
        print(f"{r.chapter}: {r.added} new{carried}, {r.kept} unchanged, {r.removed} removed segments")
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


def cmd_align_sents(args: argparse.Namespace) -> int:
    from amts_gui.core.align.aligner import align_sentences
    from amts_gui.core.align.beads import format_bead

    src = read_text_file(args.src_file).splitlines()
    tgt = read_text_file(args.tgt_file).splitlines()
    out = sys.stdout
    for bead in align_sentences(src, tgt, args.src_lang, args.tgt_lang):
        line = format_bead(bead.src, bead.tgt)
        out.write(f"{line}\t{bead.confidence:.3f}\n" if args.confidence else line + "\n")
    return 0


def cmd_align(args: argparse.Namespace) -> int:
    from amts_gui.core.parallel.project_pairs import align_project

    store = Store(args.project)

    def progress(done: int, total: int, name: str) -> None:
        if name and not args.quiet:
            print(f"[{done + 1}/{total}] aligning {name}", file=sys.stderr)

    results = align_project(store, args.chapter or None, threshold=args.threshold, progress=progress)
    if not results:
        _warn("no chapter has a reference translation; import one with --reference-root")
    for r in results:
        levels = ", ".join(f"{n} {k}" for k, n in r.levels.items())
        print(
            f"{r.chapter}: {r.sentence_pairs} sentence pairs ({levels}), {r.paragraph_pairs} paragraph pairs; "
            f"unaligned: {r.unaligned_source} source, {r.unaligned_target} target sentences"
        )
    return 0


def cmd_pairs_export(args: argparse.Namespace) -> int:
    from amts_gui.core.parallel.project_pairs import export_project_pairs

    store = Store(args.project)
    for name in args.exclude_chapter:
        store.chapter(name)
    report = export_project_pairs(
        store,
        args.out,
        args.format,
        granularity=args.granularity,
        exclude_chapters=args.exclude_chapter,
        min_confidence=args.min_confidence,
    )
    for note in report.notes:
        print(f"  {note}", file=sys.stderr)
    altered = len(report.notes) - report.skipped
    print(f"wrote {args.out}: {report.written} pairs; {report.skipped} skipped, {altered} altered")
    return 0


def cmd_pairs_import(args: argparse.Namespace) -> int:
    from amts_gui.core.parallel.project_pairs import import_pairs

    report = import_pairs(Store(args.project), args.file)
    for note in report.notes:
        print(f"  {note}", file=sys.stderr)
    print(
        f"imported {report.added} pairs from {args.file}; {report.duplicates} already in the project, "
        f"{sum(1 for n in report.notes if n.skipped)} skipped"
    )
    return 0


def _confidence(value: str) -> float:
    try:
        x = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if not 0.0 <= x <= 1.0:
        raise argparse.ArgumentTypeError("must be between 0 and 1")
    return x


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="amts", description="AMTS Studio on the command line.")
    parser.add_argument("--version", action="version", version=f"amts {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("init", help="create a project file")
    p.add_argument("project", type=Path, metavar="PROJECT.amts")
    p.add_argument("--src", required=True, help="source language code, e.g. en")
    p.add_argument("--tgt", required=True, help="target language code, e.g. zh")
    p.add_argument("--source-root", type=Path, help="folder that chapter names are relative to")
    p.add_argument("--target-root", type=Path, help="folder of the human reference translation")
    p.add_argument("--name", help="a name for the window title (default: the file name)")
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

    p = sub.add_parser("align-sents", help="align two files of sentences (one per line); print beads")
    p.add_argument("--src-lang", required=True, help="language of SRC.txt")
    p.add_argument("--tgt-lang", required=True, help="language of TGT.txt")
    p.add_argument("--confidence", action="store_true", help="add each bead's confidence after a tab")
    p.add_argument("src_file", type=Path, metavar="SRC.txt")
    p.add_argument("tgt_file", type=Path, metavar="TGT.txt")
    p.set_defaults(func=cmd_align_sents)

    p = sub.add_parser("align", help="align chapters with their reference translation and store the pairs")
    p.add_argument("project", type=Path, metavar="PROJECT.amts")
    p.add_argument("--chapter", action="append", default=[], metavar="NAME", help="only this chapter (repeatable)")
    p.add_argument(
        "--threshold",
        type=_confidence,
        default=DEFAULT_MIN_CONFIDENCE,
        help=f"flag pairs below this confidence (default {DEFAULT_MIN_CONFIDENCE})",
    )
    p.add_argument("--quiet", action="store_true", help="no progress lines")
    p.set_defaults(func=cmd_align)

    pairs = sub.add_parser("pairs", help="parallel data: export for Amazon Translate, import memories")
    pairs_sub = pairs.add_subparsers(dest="pairs_command", required=True, metavar="ACTION")
    p = pairs_sub.add_parser("export", help="write the project's pairs as TMX, CSV or TSV")
    p.add_argument("project", type=Path, metavar="PROJECT.amts")
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
        type=_confidence,
        metavar="X",
        help="keep pairs with at least this confidence, flagged or not (default: leave flagged out)",
    )
    p.set_defaults(func=cmd_pairs_export)
    p = pairs_sub.add_parser("import", help="add the pairs of a TMX (OmegaT, Trados), CSV or TSV file")
    p.add_argument("project", type=Path, metavar="PROJECT.amts")
    p.add_argument("file", type=Path, metavar="FILE.tmx")
    p.set_defaults(func=cmd_pairs_import)
    register_engine_commands(sub)
    register_review_commands(sub)
    register_evaluate_commands(sub)
    register_sync_commands(sub)
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
