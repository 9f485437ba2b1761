"""``amts check``: a translation's Markdown files checked as a reader meets them, and fixed on request."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from amts_gui.cli.common import language_argument
from amts_gui.core.errors import InputError
from amts_gui.core.fileio import atomic_write_text, read_text_file


def _files(paths: list[Path]) -> list[Path]:
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted(p for p in path.rglob("*") if p.suffix in (".md", ".mdx") and p.is_file())
        elif path.is_file():
            found.append(path)
        else:
            raise InputError(f"{path}: no such file or folder; give Markdown files or folders of them")
    return found


def cmd_check(args: argparse.Namespace) -> int:
    from amts_gui.core.text.file_check import fix_glued_sentence_ends, glued_sentence_ends
    from amts_gui.core.text.markdown import parse

    files = _files(args.paths)
    texts = {path: read_text_file(path) for path in files}  # every file read before any is written
    found = fixed = 0
    for path, text in texts.items():
        doc = parse(text, args.lang)
        glued = glued_sentence_ends(doc)
        found += len(glued)
        for end in glued:
            print(f"{path}:{end.line}: no space after a sentence end: {end.excerpt!r}")
        if args.fix and glued:
            atomic_write_text(path, fix_glued_sentence_ends(doc))
            fixed += 1
    summary = f"{found} sentence ends glued to the next sentence in {len(files)} files"
    print(summary + (f"; {fixed} files fixed" if args.fix else ("; --fix puts the spaces in" if found else "")))
    return 1 if found and not args.fix else 0


def register(sub: Any) -> None:
    p = sub.add_parser(
        "check", help="check a translation's Markdown files as a reader meets them: sentences glued without a space"
    )
    p.add_argument("paths", type=Path, nargs="+", metavar="PATH", help="Markdown files or folders")
    p.add_argument("--lang", required=True, type=language_argument, help="the files' language, e.g. ko")
    p.add_argument("--fix", action="store_true", help="put the missing spaces in (each file written atomically)")
    p.set_defaults(func=cmd_check)
