"""`amts sync-source`: carry a translation over to a newer source, for one file or a whole book."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from amts_gui.cli.common import endpoint_options, open_project, per_target_root
from amts_gui.core.errors import InputError
from amts_gui.core.fileio import read_text_file
from amts_gui.engines import catalog

if TYPE_CHECKING:
    from amts_gui.core.sync.files import ChapterSync, Drafter
    from amts_gui.engines.catalog import EngineEntry

if TYPE_CHECKING:
    from amts_gui.core.align.embed import SpanEncoder


def _service_drafter(args: argparse.Namespace, entry: EngineEntry, source_lang: str, target_lang: str) -> Drafter:
    from amts_gui.cli.common import confirm, services
    from amts_gui.core.sync.three_way import Status, SyncResult
    from amts_gui.engines.base import SegmentInput
    from amts_gui.engines.catalog import EngineOptions

    if args.project is None:
        raise InputError(f"--engine {entry.name} needs --project PROJECT.amts for the AWS settings")
    store = open_project(args)
    confirm(f"Draft the new segments with {entry.label} (realtime, without ACT)?", args.yes)
    engine = entry.create(EngineOptions(store, services=lambda: services(store, args)))

    def draft(result: SyncResult, _memory: Any) -> dict:  # type: ignore[type-arg]
        new = {s.key for s in result.segments if s.status is Status.NEW}
        segments = [
            SegmentInput(f"{seg.block}.{seg.ordinal}", seg.source, seg.markup, seg.text)
            for seg in result.new_doc.segments()
            if seg.key in new
        ]
        run = engine.translate(segments, source_lang, target_lang)
        for segment, message in run.failures.items():
            print(f"amts: warning: segment {segment}: {message}", file=sys.stderr)
        return {tuple(int(x) for x in d.segment_id.split(".")): d.text for d in run.drafts}

    return draft


NO_ENGINE = "none"


def _engines() -> list[EngineEntry]:
    """The engines that can draft the new segments while you wait."""
    from amts_gui.engines.catalog import Kind

    return [e for e in catalog.ENGINES if e.kind is Kind.REALTIME]


def _drafter(args: argparse.Namespace) -> Drafter | None:
    from amts_gui.core.sync.files import memory_drafts

    if args.engine == NO_ENGINE:
        return None
    entry = catalog.entry(args.engine)
    if entry.paid:
        return _service_drafter(args, entry, args.src, args.tgt)
    return memory_drafts


def _extra_pairs(args: argparse.Namespace, lang: str | None = None) -> list[tuple[str, str]]:
    """The project's sentence pairs (of target ``lang``, else the project's own) for the memory."""
    from amts_gui.core.project.pairs import list_pairs

    if args.project is None or args.engine == NO_ENGINE or catalog.entry(args.engine).paid:
        return []
    store = open_project(args)
    pairs = list_pairs(store.for_target(lang) if lang else store, granularity="sentence")
    return [(r.source, r.target) for r in pairs if not r.flagged]


def _summary(name: str, sync: Any) -> str:
    """One line per chapter; ``sync`` is a :class:`~amts_gui.core.sync.book.ChapterOutcome`."""
    c = sync.counts
    left = c["untranslated"] - sync.drafted
    return (
        f"{name}: {c['unchanged']} unchanged, {c['moved']} moved, {c['trivial']} changed in form only (carried), "
        f"{c['changed']} changed, {c['new']} new, "
        f"{c['omitted']} left out as the old translation did, {c['removed']} removed; "
        f"{sync.carried_share:.0%} carried over, {c['blocks_carried']} localized code/math blocks kept, "
        f"{c['review']} to review, {sync.drafted} drafted, {left} untranslated ({sync.seconds:.2f} s)"
    )


def cmd_sync_source(args: argparse.Namespace) -> int:
    from amts_gui.core.align.embed import default_encoder

    single = (args.old, args.new, args.translation, args.out)
    old_roots = dict(args.old_root or [])
    if args.translation_root is not None and (len(old_roots) != 1 or None not in old_roots):
        if old_roots:
            raise InputError("with --translation-root, give one plain --old-root DIR (LANG=DIR is for --project)")
    args.old_roots, args.old_root = old_roots, old_roots.get(None)
    book = (bool(old_roots), args.new_root, args.out_root)
    every_target = args.project is not None and args.translation_root is None
    if any(single) == any(book) or not (all(single) or (all(book) and (args.translation_root or every_target))):
        raise InputError(
            "give either --old, --new, --translation and --out (one file), "
            "or --old-root, --new-root, --translation-root and --out-root (a book), "
            "or --old-root, --new-root, --out-root and --project (the book of every target the project has)"
        )
    drafter = _drafter(args)
    if all(single):
        return _sync_file(args, _How(drafter, _extra_pairs(args), default_encoder()))
    if args.translation_root is not None:
        edition = Edition(args.tgt, args.translation_root, args.out_root, args.report, args.old_root)
        return _sync_book(args, drafter, edition)
    return _sync_every_target(args, drafter)


@dataclass(frozen=True)
class Edition:
    """One target's book: its language, its translation and the source it was made from, where its sync
    goes, and its report."""

    lang: str
    translation_root: Path
    out_root: Path
    report: Path | None
    old_root: Path


def _sync_every_target(args: argparse.Namespace, drafter: Drafter | None) -> int:
    """Each target of the project whose reference folder is set, into ``OUT_ROOT/<lang>``, each with its
    report (``REPORT`` named ``<stem>.<lang><suffix>``)."""
    from amts_gui.core.project.importer import reference_roots

    if drafter is not None and catalog.entry(args.engine).paid:
        raise InputError(f"--engine {args.engine} drafts one target at a time: give --translation-root and --tgt")
    roots = reference_roots(open_project(args))
    if not roots:
        raise InputError(
            f"{args.project}: no target has a reference folder; set one with `amts targets` or give --translation-root"
        )
    unknown = sorted(set(args.old_roots) - {None} - set(roots))
    if unknown:
        raise InputError(f"--old-root {unknown[0]}=…: {unknown[0]} is not a target with a reference folder")
    for lang in sorted(roots):
        if args.old_roots.get(lang, args.old_roots.get(None)) is None:
            raise InputError(f"--old-root: give {lang}=DIR, the English {lang} was translated from, or a plain DIR")
    for lang, root in sorted(roots.items()):
        report = args.report.with_name(f"{args.report.stem}.{lang}{args.report.suffix}") if args.report else None
        print(f"== {lang}: {root}")
        old_root = args.old_roots.get(lang, args.old_roots.get(None))
        _sync_book(args, drafter, Edition(lang, root, args.out_root / lang, report, old_root))
    return 0


@dataclass(frozen=True)
class _How:
    """How new segments are drafted: the drafter, extra memory pairs, and the sentence encoder."""

    drafter: Drafter | None
    extra_pairs: list[tuple[str, str]]
    encoder: SpanEncoder

    def sync(self, name: str, old: str, new: str, translation: str, args: argparse.Namespace) -> ChapterSync:
        from amts_gui.core.sync.files import sync_chapter

        return sync_chapter(
            name,
            old,
            new,
            translation,
            args.src,
            args.tgt,
            encoder=self.encoder,
            drafter=self.drafter,
            extra_pairs=self.extra_pairs,
        )


def _sync_file(args: argparse.Namespace, how: _How) -> int:
    from amts_gui.core.sync.book import outcome_of
    from amts_gui.core.sync.files import write_outputs

    old, new, translation = (read_text_file(p) for p in (args.old, args.new, args.translation))  # all read first
    sync = how.sync(args.new.name, old, new, translation, args)
    outputs = {args.out: sync.output}
    if args.report:
        outputs[args.report] = json.dumps(sync.report(), ensure_ascii=False, indent=2) + "\n"
    write_outputs(outputs)
    print(_summary(args.new.name, outcome_of(sync)))
    return 0


def _book_outcomes(
    args: argparse.Namespace, drafter: Drafter | None, chapters: list[tuple[str, str, str, str]], lang: str
) -> Any:
    """The chapters synced: in worker processes, one per core, unless a paid engine drafts (it runs here,
    where it asked first)."""
    from amts_gui.core.align.embed import default_encoder
    from amts_gui.core.sync.book import outcome_of, sync_chapters
    from amts_gui.core.sync.files import memory_drafts

    if drafter is None or drafter is memory_drafts:
        yield from sync_chapters(
            chapters, args.src, lang, draft_from_memory=drafter is not None, extra_pairs=_extra_pairs(args, lang)
        )
        return
    how = _How(drafter, [], default_encoder())
    for rel, old, new, translation in chapters:
        yield outcome_of(how.sync(rel, old, new, translation, args))


def _sync_book(args: argparse.Namespace, drafter: Drafter | None, edition: Edition) -> int:
    from amts_gui.core.sync.files import plan_book, write_outputs

    plan = plan_book(edition.old_root, args.new_root, edition.translation_root)
    chapters = [(rel, *(read_text_file(p) for p in paths)) for rel, *paths in plan.chapters]  # all read first
    outputs: dict[Path, str] = {}
    reports = []
    for outcome in _book_outcomes(args, drafter, chapters, edition.lang):  # type: ignore[arg-type]
        outputs[edition.out_root / outcome.name] = outcome.output
        reports.append(outcome.report)
        print(_summary(outcome.name, outcome))
    for rel in plan.only_new + plan.missing_translation:
        outputs[edition.out_root / rel] = read_text_file(args.new_root / rel)  # untranslated: the English as it is
        print(f"{rel}: untranslated (no {'old source' if rel in plan.only_new else 'translation'} to carry over)")
    for rel in plan.only_translation:
        print(f"{rel}: only in the translation; left alone", file=sys.stderr)
    if edition.report:
        book_report = {
            "chapters": reports,
            "renamed": plan.renamed,
            "untranslated": plan.only_new + plan.missing_translation,
            "only_in_translation": plan.only_translation,
        }
        outputs[edition.report] = json.dumps(book_report, ensure_ascii=False, indent=2) + "\n"
    write_outputs(outputs)
    return 0


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]

    p = sub.add_parser(
        "sync-source",
        help="carry a translation over to a newer source: unchanged, moved, changed in form only, changed, "
        "omitted, new, removed",
    )
    p.add_argument("--old", type=Path, help="the source the translation was made from")
    p.add_argument("--new", type=Path, help="the current source")
    p.add_argument("--translation", type=Path, help="the translation of --old")
    p.add_argument("--out", type=Path, help="the updated translation to write")
    p.add_argument(
        "--old-root",
        action="append",
        type=per_target_root,
        metavar="[LANG=]DIR",
        help="the source the translations were made from; with --project, LANG=DIR per target whose edition "
        "was made from another version (a plain DIR for the others)",
    )
    p.add_argument("--new-root", type=Path)
    p.add_argument("--translation-root", type=Path)
    p.add_argument("--out-root", type=Path)
    p.add_argument(
        "--report", type=Path, help="a JSON report: counts, and every changed, new or doubtful segment with its reason"
    )
    p.add_argument("--src", default="en")
    p.add_argument("--tgt", default="zh")
    p.add_argument(
        "--engine",
        choices=[*(e.name for e in _engines()), NO_ENGINE],
        default=catalog.DEFAULT.name,
        help=f"drafts for new segments: {catalog.DEFAULT.name} (the chapter's own pairs, plus --project's), "
        f"{', '.join(e.name for e in _engines() if e.paid)}, or {NO_ENGINE}",
    )
    p.add_argument("--project", type=Path, help="a project: its pairs join the memory; its AWS settings")
    p.add_argument("--yes", action="store_true", help="confirm the cost of amazon-realtime")
    endpoint_options(p)
    p.set_defaults(func=cmd_sync_source)
