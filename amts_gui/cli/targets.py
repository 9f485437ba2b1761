"""`amts targets list|add|remove|set`: the project's target languages and each one's own settings."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from amts_gui.cli.common import language_argument, percent_argument
from amts_gui.core.errors import AmtsError
from amts_gui.core.project.store import Store
from amts_gui.core.project.targets import (
    add_target,
    remove_target,
    save_target_settings,
    target_settings,
    target_summaries,
)


def cmd_list(args: argparse.Namespace) -> int:
    from amts_gui.core.project.pairs import count_pairs
    from amts_gui.engines.amazon.settings import load_settings

    store = Store(args.project)
    for summary in target_summaries(store):
        lang = store.for_target(summary.lang)
        own = target_settings(lang)
        aws = load_settings(lang)
        threshold = f"{own.memory_threshold:g} %" if own.memory_threshold is not None else "default"
        print(
            f"{summary.lang}{' (default)' if summary.position == 0 else ''}: "
            f"{summary.rows['finals']} finals, {summary.rows['drafts']} drafts, "
            f"{count_pairs(lang, granularity='sentence')} sentence pairs, "
            f"{summary.rows['chapter_references']} references, {summary.rows['jobs']} jobs"
        )
        print(
            f"  segmentation {own.segmentation_lang}; memory threshold {threshold}; "
            f"QA rules {', '.join(own.qa_rules) or 'none'}; references from {own.reference_root or '-'}"
        )
        print(
            f"  parallel data {aws.parallel_data_name or '-'}; terminology {aws.terminology_name or '-'}; "
            f"formality {aws.formality or 'default'}"
        )
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    store = Store(args.project)
    add_target(store, args.lang, args.reference_root)
    print(f"{args.project}: added {args.lang} (targets: {', '.join(store.targets())})")
    if args.reference_root is not None:
        print(f"import the chapters again to read its references: amts import {args.project} SOURCE_DIR")
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    store = Store(args.project)
    store.for_target(args.lang)  # an unknown language is named before any question
    if not args.yes:
        if not sys.stdin.isatty():
            raise AmtsError(f"removing {args.lang} deletes its translations: add --yes to confirm")
        answer = input(f"Remove {args.lang} and every translation into it (a backup is kept)? [y/N] ")
        if answer.strip().lower() not in ("y", "yes"):
            raise AmtsError("cancelled; nothing was removed")
    backup = remove_target(store, args.lang)
    print(f"{args.project}: removed {args.lang}; the project before it is kept in {backup}")
    return 0


def cmd_set(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from amts_gui.engines.amazon.settings import load_settings, save_settings

    store = Store(args.project, target=args.lang)
    changes = {
        key: value
        for key, value in (
            ("segmentation_lang", args.segmentation_lang),
            ("memory.threshold", None if args.memory_threshold is None else str(args.memory_threshold)),
            ("qa.rules", args.qa_rules),
            ("target_root", str(args.reference_root.resolve()) if args.reference_root else None),
        )
        if value is not None
    }
    aws = {
        name: value
        for name, value in (
            ("parallel_data_name", args.parallel_data_name),
            ("terminology_name", args.terminology_name),
            ("formality", args.formality),
        )
        if value is not None
    }
    if args.reference_root is not None and not args.reference_root.is_dir():
        raise AmtsError(f"{args.reference_root}: --reference-root is not a directory")
    with store.transaction():
        if changes:
            save_target_settings(store, changes)
        if aws:
            save_settings(store, replace(load_settings(store), **aws))
    print(f"{args.project}: {args.lang} settings saved")
    return 0


def register(sub: Any) -> None:
    group = sub.add_parser("targets", help="the project's target languages: list, add, remove, set")
    commands = group.add_subparsers(dest="targets_command", required=True, metavar="ACTION")

    p = commands.add_parser("list", help="every target, what it holds and its own settings")
    p.add_argument("project", type=Path, metavar="PROJECT.amts")
    p.set_defaults(func=cmd_list)

    p = commands.add_parser("add", help="add a target language")
    p.add_argument("project", type=Path, metavar="PROJECT.amts")
    p.add_argument("lang", type=language_argument, metavar="LANG")
    p.add_argument("--reference-root", type=Path, metavar="DIR", help="folder of its human reference translation")
    p.set_defaults(func=cmd_add)

    p = commands.add_parser("remove", help="remove a target and its translations (asks; keeps a backup)")
    p.add_argument("project", type=Path, metavar="PROJECT.amts")
    p.add_argument("lang", type=language_argument, metavar="LANG")
    p.add_argument("--yes", action="store_true", help="do not ask")
    p.set_defaults(func=cmd_remove)

    p = commands.add_parser("set", help="a target's own settings")
    p.add_argument("project", type=Path, metavar="PROJECT.amts")
    p.add_argument("lang", type=language_argument, metavar="LANG")
    p.add_argument("--segmentation-lang", type=language_argument, metavar="LANG", help="sentence rules to use")
    p.add_argument("--memory-threshold", type=percent_argument, metavar="PERCENT", help="lowest memory match")
    p.add_argument("--qa-rules", metavar="RULE,…", help="punctuation rules, comma-separated ('' for none)")
    p.add_argument("--reference-root", type=Path, metavar="DIR", help="folder of its reference translation")
    p.add_argument("--parallel-data-name", metavar="NAME", help="its Amazon Translate parallel-data resource")
    p.add_argument("--terminology-name", metavar="NAME", help="its Amazon Translate custom terminology")
    p.add_argument("--formality", choices=("FORMAL", "INFORMAL", ""), help="where Amazon Translate supports it")
    p.set_defaults(func=cmd_set)
