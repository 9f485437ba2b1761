"""`amts align` and `amts align-sents`: chapters with their reference, or two files of sentences."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from amts_gui.cli.common import number_argument, open_project, project_argument, warn
from amts_gui.core.errors import InputError
from amts_gui.core.fileio import atomic_write_text, read_text_file
from amts_gui.core.parallel.formats import DEFAULT_MIN_CONFIDENCE


def cmd_align_sents(args: argparse.Namespace) -> int:
    if args.batch is not None:
        if args.src_file or args.tgt_file:
            raise InputError("give --batch LIST.tsv or SRC.txt TGT.txt, not both")
        return _align_batch(args)
    if not (args.src_file and args.tgt_file):
        raise InputError("give SRC.txt and TGT.txt, or --batch LIST.tsv")
    src = read_text_file(args.src_file).splitlines()
    tgt = read_text_file(args.tgt_file).splitlines()
    sys.stdout.write(_beads_text(src, tgt, args))
    return 0


def _beads_text(src: list[str], tgt: list[str], args: argparse.Namespace) -> str:
    from amts_gui.core.align.aligner import align_sentences
    from amts_gui.core.align.beads import format_bead

    lines = []
    for bead in align_sentences(src, tgt, args.src_lang, args.tgt_lang):
        line = format_bead(bead.src, bead.tgt)
        lines.append(f"{line}\t{bead.confidence:.3f}\n" if args.confidence else line + "\n")
    return "".join(lines)


def _align_batch(args: argparse.Namespace) -> int:
    """Every file pair of the list in one process: the model loads once.  The whole list is checked
    before anything is written; each output file is written atomically."""
    jobs = _batch_jobs(args.batch)
    texts = [(read_text_file(src).splitlines(), read_text_file(tgt).splitlines(), out) for src, tgt, out in jobs]
    for src, tgt, out in texts:
        beads = _beads_text(src, tgt, args)
        try:
            atomic_write_text(out, beads)
        except OSError as exc:
            raise InputError(f"{out}: cannot write ({exc.strerror})") from None
        print(f"{out}: {beads.count(chr(10))} beads from {len(src)} + {len(tgt)} sentences")
    return 0


def _batch_jobs(listing: Path) -> list[tuple[Path, Path, Path]]:
    """(source, target, output) per line of LIST.tsv; relative paths are relative to the list's folder."""
    jobs = []
    for number, line in enumerate(read_text_file(listing).splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != 3 or not all(f.strip() for f in fields):
            raise InputError(f"{listing}:{number}: want SRC.txt<TAB>TGT.txt<TAB>OUT.txt, got {line!r}")
        src, tgt, out = (listing.parent / f.strip() for f in fields)
        for path in (src, tgt):
            if not path.is_file():
                raise InputError(f"{listing}:{number}: {path}: no such file")
        jobs.append((src, tgt, out))
    if not jobs:
        raise InputError(f"{listing}: lists no file pairs (one per line: SRC.txt<TAB>TGT.txt<TAB>OUT.txt)")
    return jobs


def cmd_align(args: argparse.Namespace) -> int:
    from amts_gui.core.parallel.project_pairs import align_project

    store = open_project(args)

    def progress(done: int, total: int, name: str) -> None:
        if name and not args.quiet:
            print(f"[{done + 1}/{total}] aligning {name}", file=sys.stderr)

    from amts_gui.core.project.term_survey import survey_if_glossary

    results = align_project(store, args.chapter or None, threshold=args.threshold, progress=progress, force=args.force)
    survey_if_glossary(store)  # the new pairs say how the glossary's terms are rendered (term QA reads it)
    if not results:
        warn(f"no chapter has a reference translation into {store.target}; import one with --reference-root")
    elif len(store.targets()) > 1:
        print(f"with the {store.target} references (--target LANG for another target):")
    for r in results:
        if r.unchanged:
            print(f"{r.chapter}: unchanged since it was aligned ({r.sentence_pairs} sentence pairs kept)")
            continue
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
    p.add_argument("src_file", type=Path, nargs="?", metavar="SRC.txt")
    p.add_argument("tgt_file", type=Path, nargs="?", metavar="TGT.txt")
    p.add_argument(
        "--batch",
        type=Path,
        metavar="LIST.tsv",
        help="align many file pairs in one process (the model loads once): one SRC<TAB>TGT<TAB>OUT per line",
    )
    p.set_defaults(func=cmd_align_sents)

    p = sub.add_parser("align", help="align chapters with their reference translation and store the pairs")
    project_argument(p)
    p.add_argument("--chapter", action="append", default=[], metavar="NAME", help="only this chapter (repeatable)")
    p.add_argument(
        "--threshold",
        type=confidence_value,
        default=DEFAULT_MIN_CONFIDENCE,
        help=f"flag pairs below this confidence (default {DEFAULT_MIN_CONFIDENCE})",
    )
    p.add_argument("--quiet", action="store_true", help="no progress lines")
    p.add_argument(
        "--force", action="store_true", help="align every chapter, even those unchanged since they were aligned"
    )
    p.set_defaults(func=cmd_align)
