"""`amts align` and `amts align-sents`: chapters with their reference, or two files of sentences."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from amts_gui.cli.common import number_argument, warn
from amts_gui.core.fileio import read_text_file
from amts_gui.core.parallel.formats import DEFAULT_MIN_CONFIDENCE
from amts_gui.core.project.store import Store


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
        warn("no chapter has a reference translation; import one with --reference-root")
    for r in results:
        levels = ", ".join(f"{n} {k}" for k, n in r.levels.items())
        print(
            f"{r.chapter}: {r.sentence_pairs} sentence pairs ({levels}), {r.paragraph_pairs} paragraph pairs; "
            f"unaligned: {r.unaligned_source} source, {r.unaligned_target} target sentences"
        )
    return 0


confidence_value = number_argument(float, 0.0, 1.0, "must be between 0 and 1")


def register(sub: Any) -> None:
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
        type=confidence_value,
        default=DEFAULT_MIN_CONFIDENCE,
        help=f"flag pairs below this confidence (default {DEFAULT_MIN_CONFIDENCE})",
    )
    p.add_argument("--quiet", action="store_true", help="no progress lines")
    p.set_defaults(func=cmd_align)
