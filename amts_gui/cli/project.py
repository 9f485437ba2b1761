"""`amts init`, `import`, `export`, `segment` and `stats`: the project and its chapters."""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from amts_gui.cli.common import language_argument, open_project, per_target_root, project_argument, warn
from amts_gui.core.errors import InputError
from amts_gui.core.fileio import atomic_write_text, read_text_file
from amts_gui.core.project.store import Store

if TYPE_CHECKING:
    from amts_gui.core.overview.counts import PairCounts, State


def cmd_init(args: argparse.Namespace) -> int:
    targets = list(dict.fromkeys(args.tgt))
    roots = _reference_roots(args.reference_root or [], targets[0])
    if args.target_root is not None:
        roots.setdefault(targets[0], args.target_root)
    for flag, root in (("--source-root", args.source_root), *(("--reference-root", r) for r in roots.values())):
        if root is not None and not root.is_dir():
            raise InputError(f"{root}: {flag} is not a directory")
    unknown = sorted(set(roots) - set(targets))
    if unknown:
        raise InputError(f"--reference-root {unknown[0]}=…: {unknown[0]} is not one of the --tgt languages")
    if args.src in targets:
        raise InputError(f"--tgt {args.src}: the source language cannot be a target too")
    store = Store.create(
        args.project,
        args.src,
        targets,
        source_root=str(args.source_root.resolve()) if args.source_root else None,
        name=args.name,
    )
    for lang, root in roots.items():
        store.for_target(lang).set_setting("target_root", str(root.resolve()))
    print(f"created {args.project} ({args.src} → {', '.join(targets)})")
    return 0


def _reference_roots(values: list[tuple[str | None, Path]], default: str) -> dict[str, Path]:
    """``--reference-root`` values per target (a plain DIR is the default target's)."""
    roots: dict[str, Path] = {}
    for lang, root in values:
        roots[lang or default] = root
    return roots


def cmd_import(args: argparse.Namespace) -> int:
    from amts_gui.cli.drafts_import import check_drafts_roots, import_drafts
    from amts_gui.core.project.importer import import_paths

    store = open_project(args)
    per_target = _reference_roots(args.reference_root or [], store.target)
    drafts_roots = _reference_roots(args.drafts_root or [], store.target)
    check_drafts_roots(store, drafts_roots)
    results = import_paths(store, args.paths, per_target=per_target, new_source=args.replace)
    several = len(store.targets()) > 1
    for r in results:
        for warning in r.warnings:
            warn(f"{r.chapter}: {warning}")
        carried = ""
        if several and any(r.changed_by_target.values()):
            per_lang = ", ".join(f"{n} in {lang}" for lang, n in r.changed_by_target.items())
            carried = f" (changed, the previous translation kept as a draft: {per_lang})"
        elif r.changed:
            carried = f" ({r.changed} changed: the previous translation kept as a draft)"
        print(f"{r.chapter}: {r.added} new{carried}, {r.kept} unchanged, {r.removed} removed segments")
    if drafts_roots:
        import_drafts(store, [r.chapter for r in results], drafts_roots)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    if args.out_root is not None:
        if args.chapter or args.out:
            raise InputError("give --out-root (the whole book) or --chapter with --out (one chapter), not both")
        return _export_book(args)
    if not (args.chapter and args.out):
        raise InputError("give --chapter and --out (one chapter), or --out-root DIR (every chapter)")
    from amts_gui.core.project.export import render_chapter

    store = open_project(args)
    rendered = render_chapter(store, args.chapter)
    for finding in rendered.findings:
        warn(f"{args.chapter}: {finding}")
    try:
        atomic_write_text(args.out, rendered.text)
    except OSError as exc:
        raise InputError(f"{args.out}: cannot write ({exc.strerror})") from None
    print(f"wrote {args.out}" + (f" with {len(rendered.findings)} QA findings" if rendered.findings else ""))
    return 1 if args.strict and rendered.findings else 0


def _export_book(args: argparse.Namespace) -> int:
    from amts_gui.core.project.export import export_book

    result = export_book(open_project(args), args.out_root)
    for chapter, findings in result.findings.items():
        for finding in findings:
            warn(f"{chapter}: {finding}")
    found = sum(map(len, result.findings.values()))
    print(
        f"{args.out_root}: wrote {len(result.written)} chapters, {len(result.unchanged)} unchanged"
        + (f"; {found} QA findings" if found else "")
    )
    return 1 if args.strict and found else 0


def cmd_segment(args: argparse.Namespace) -> int:
    from amts_gui.core.text.markdown import parse
    from amts_gui.core.text.sentences import sentences

    text = read_text_file(args.file)
    blocks: list[list[str]] = []
    if args.plain:
        for para in re.split(r"\r?\n[^\S\n]*\r?\n", text):
            if para.strip():
                blocks.append(sentences(para, args.lang))
    else:
        doc = parse(text, args.lang)
        for warning in doc.warnings:
            warn(f"{args.file}: {warning}")
        blocks = [[s.text for s in b.segments] for b in doc.blocks if b.segments]
    out = sys.stdout
    for i, block in enumerate(blocks):
        if i:
            out.write("\n")
        for sentence in block:
            out.write(sentence + "\n")
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    from amts_gui.core.overview.counts import STATES, project_counts

    store = open_project(args)
    if store.read_only:
        print(f"amts: note: {args.project} is read-only: opened for viewing only", file=sys.stderr)
    counts = project_counts(store)
    if args.json:
        print(json.dumps({"target": store.target, **counts.as_dict()}, ensure_ascii=False, indent=2))
        return 0
    states = "".join(f" {state:>12}" for state in STATES)
    print(f"{'chapter':40} {'segments':>8}{states}  reference")
    for c in counts.chapters:
        per_state = "".join(f" {c.counts[state]:>12}" for state in STATES)
        print(f"{c.chapter[:40]:40} {c.total:>8}{per_state}  {'yes' if c.reference else 'no'}")
    print(f"{len(counts.chapters)} chapters, {counts.segments} segments: {_states(counts.states)}")
    print(f"pairs: {_pairs(counts.pairs)}")
    others = [t for t in store.targets() if t != store.target]
    if others:
        print(f"target {store.target}; the project's others: {', '.join(others)} (--target LANG, `amts targets list`)")
    return 0


def _states(states: dict[State, int]) -> str:
    return ", ".join(f"{n} {state}" for state, n in states.items())


def _pairs(pairs: PairCounts) -> str:
    line = f"{pairs.sentence} sentence, {pairs.paragraph} paragraph; {pairs.not_on_amazon} not yet on Amazon"
    reasons = [f"{pairs.to_push} to push"] + [f"{n} {why}" for why, n in pairs.kept_out.items()]
    return f"{line} ({', '.join(reasons)})" if pairs.not_on_amazon else line


def register(sub: Any) -> None:
    _register_init(sub)
    _register_import(sub)
    _register_output(sub)


def _register_init(sub: Any) -> None:
    p = sub.add_parser("init", help="create a project file")
    project_argument(p)
    p.add_argument("--src", required=True, type=language_argument, help="source language code, e.g. en")
    p.add_argument(
        "--tgt",
        required=True,
        action="append",
        type=language_argument,
        help="target language code, e.g. zh; repeat it for several (--tgt zh --tgt es), the first is the default",
    )
    p.add_argument("--source-root", type=Path, help="folder that chapter names are relative to")
    p.add_argument("--target-root", type=Path, help="folder of the first target's human reference translation")
    p.add_argument(
        "--reference-root",
        action="append",
        type=per_target_root,
        metavar="[LANG=]DIR",
        help="folder of a target's human reference translation, e.g. zh=../d2l-zh; repeat it per target",
    )
    p.add_argument("--name", help="a name for the window title (default: the file name)")
    p.set_defaults(func=cmd_init)


def _register_import(sub: Any) -> None:
    p = sub.add_parser("import", help="import .md/.mdx chapters (files or directories) once for every target")
    project_argument(p)
    p.add_argument("paths", type=Path, nargs="+", metavar="PATH")
    p.add_argument(
        "--reference-root",
        action="append",
        type=per_target_root,
        metavar="[LANG=]DIR",
        help="folder with a target's reference translation at the same paths: zh=DIR, repeated per target "
        "(a plain DIR is the --target's); without it, each target's saved folder",
    )
    p.add_argument(
        "--drafts-root",
        action="append",
        type=per_target_root,
        metavar="[LANG=]DIR",
        help="folder with an existing translation at the same paths (a machine translation, an edition "
        "behind its source): aligned, its sentences become drafts of origin 'imported' to review; "
        "ko=DIR, repeated per target",
    )
    p.add_argument(
        "--replace",
        action="store_true",
        help="a file whose chapter name was imported from another file becomes that chapter's new source "
        "(without it, such a file is refused)",
    )
    p.set_defaults(func=cmd_import)


def _register_output(sub: Any) -> None:
    p = sub.add_parser("export", help="render a chapter's target Markdown, or every chapter into a folder")
    project_argument(p)
    p.add_argument("--chapter", help="chapter name, as `amts stats` lists it")
    p.add_argument("--out", type=Path, metavar="FILE", help="the chapter's output file")
    p.add_argument(
        "--out-root",
        type=Path,
        metavar="DIR",
        help="write every chapter at its path under DIR (a checkout of the translated book); unchanged files "
        "are left untouched",
    )
    p.add_argument("--strict", action="store_true", help="exit 1 when QA finds placeholder problems")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("segment", help="print the prose of a file, one sentence per line")
    p.add_argument("--lang", required=True, help="language code: en, zh, es, or any other for the generic rules")
    p.add_argument("--plain", action="store_true", help="plain text, paragraphs separated by blank lines")
    p.add_argument("file", type=Path, metavar="FILE")
    p.set_defaults(func=cmd_segment)

    p = sub.add_parser("stats", help="chapters, segments and statuses")
    project_argument(p)
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_stats)
