"""`amts evaluate` (the reference study, leave-one-out) and `amts scores` (the project's own drafts)."""

from __future__ import annotations

import argparse
import os
import re
import sys
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from amts_gui.cli.common import (
    aws_settings,
    end_progress_line,
    endpoint_options,
    non_negative_argument,
    open_project,
    progress_line,
    project_argument,
)
from amts_gui.core.errors import InputError
from amts_gui.core.fileio import atomic_write_text
from amts_gui.core.project.store import Store, now
from amts_gui.engines import catalog

if TYPE_CHECKING:
    from amts_gui.core.scoring.report import Report

if TYPE_CHECKING:
    from amts_gui.engines.amazon.services import AmazonServices
    from amts_gui.studies.leave_one_out import EvaluationResult


def _services(store: Store, args: argparse.Namespace) -> tuple[AmazonServices | None, str]:
    """Clients for the Amazon variants, or None and why not; no call is made here."""
    from amts_gui.engines.amazon.secrets import CredentialVault
    from amts_gui.engines.amazon.services import AmazonServices, session
    from amts_gui.engines.base import EngineError

    settings = aws_settings(store, args)
    credentials = CredentialVault().get(settings.profile or "default")
    try:
        found = session(settings, credentials).get_credentials()
    except EngineError as exc:
        return None, str(exc)
    if credentials is None and found is None:
        return None, (
            "no AWS credentials (none in the keyring, the environment, ~/.aws or an instance role); "
            "set them with `amts aws PROJECT --set-keys` or AWS_PROFILE"
        )
    return AmazonServices.connect(settings, credentials), ""


def _prepare_out(path: Path) -> None:
    """Fail before any translation is paid for if the report folder cannot be written."""
    if path.exists() and not path.is_dir():
        raise InputError(f"{path}: --out must be a folder, and this is a file")
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"{path}: cannot create the report folder ({exc.strerror})") from None
    if not os.access(path, os.W_OK):
        raise InputError(f"{path}: the report folder is not writable")


def _slug(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "_", name).strip("_") or "chapter"


def cmd_evaluate(args: argparse.Namespace) -> int:
    from amts_gui.core.project.chapters import get_chapter
    from amts_gui.core.scoring.report import format_table, study_table, write_report
    from amts_gui.studies.leave_one_out import Evaluation

    store = open_project(args)
    for name in args.chapters:
        get_chapter(store, name)  # a clear error before anything runs
    _prepare_out(args.out)
    services, problem = (None, "offline") if args.offline else _services(store, args)
    evaluation = Evaluation(
        store,
        variants=args.variants or catalog.variant_keys(),
        direction_name=args.direction,
        services=services,
        job_timeout=args.timeout,
        aws_problem=problem or "no AWS access",
        progress=progress_line(args.quiet),
    )
    result = evaluation.run(args.chapters)
    end_progress_line(args.quiet)
    for variant, why in result.skipped:
        print(f"amts: skipped {variant}: {why}", file=sys.stderr)
    for chapter, variant, message in result.failures:
        print(f"amts: {chapter}: {variant} failed: {message}", file=sys.stderr)
    report = _evaluation_report(args, result)
    if report.rows:
        print(format_table(study_table(report)))
    else:
        print("nothing could be scored: see the messages above")
    csv_path, html_path = write_report(args.out, report)
    _write_texts(args.out, result)
    for variant in dict.fromkeys(s.variant for s in result.scores):
        scored = [s for s in result.scores if s.variant == variant]
        covered, units = sum(s.covered for s in scored), sum(s.units for s in scored)
        print(f"{variant}: {covered} of {units} units translated; drafts from {result.endpoints[variant]}")
    print(f"wrote {csv_path} and {html_path}")
    if result.cancelled or result.failures:  # a variant that failed is an outcome to act on, not a success
        return 1
    return 0 if report.rows else 1


def _evaluation_report(args: argparse.Namespace, result: EvaluationResult) -> Report:
    from amts_gui.core.scoring.history import rows_of
    from amts_gui.core.scoring.report import Chart, Report, bar_chart_svg
    from amts_gui.studies.reference import REFERENCE_BLEU

    notes = [
        "Leave-one-out: each chapter is translated without its own pairs (memory and parallel data).",
        "Units are the chapter's aligned sentence beads (flagged alignments left out); a unit without a "
        "translation counts as empty.",
        *(f"{s.chapter} · {s.variant}: {s.covered} of {s.units} units translated" for s in result.scores),
        *result.notes,
        *(f"{c} · {v}: failed: {m}" for c, v, m in result.failures),
    ]
    report = Report(
        title="AMTS Studio evaluation",
        project=str(args.project),
        direction=result.direction,
        created_at=now(),
        rows=rows_of(result.scores),
        endpoints=result.endpoints,
        skipped=result.skipped,
        notes=notes,
        order=catalog.variant_keys(),
        labels=catalog.variant_labels(),
        reference=REFERENCE_BLEU.get(result.direction, {}),
    )
    if report.rows:
        report = replace(report, charts=[Chart("BLEU per article (0–100)", svg=bar_chart_svg(report))])
    return report


def _write_texts(out: Path, result: EvaluationResult) -> None:
    """The scored texts, one line per unit, to check the figures with the sacrebleu command line."""
    for (chapter, variant), hyps in result.texts.items():
        atomic_write_text(out / "texts" / f"{_slug(chapter)}.{variant}.txt", "".join(f"{h or ''}\n" for h in hyps))
    for chapter, refs in result.references.items():
        atomic_write_text(out / "texts" / f"{_slug(chapter)}.reference.txt", "".join(f"{r}\n" for r in refs))


def cmd_scores(args: argparse.Namespace) -> int:
    """Score the project's current drafts and post-edit effort per chapter; keep the scores as history."""
    from amts_gui.core.project.chapters import list_chapters
    from amts_gui.core.project.finals import accepted_finals
    from amts_gui.core.scoring.effort import chapter_effort
    from amts_gui.core.scoring.history import POST_EDIT, effort_rows, record_if_changed, rows_of
    from amts_gui.core.scoring.report import Report, format_table, study_table
    from amts_gui.core.scoring.units import direction, score_project_chapter

    store = open_project(args)
    accepted = {a.chapter for a in accepted_finals(store)}  # their post-edit effort, reference or not
    names = args.chapters or [c.path for c in list_chapters(store) if c.has_reference or c.path in accepted]
    rows = []
    for name in names:
        rows += rows_of(score_project_chapter(store, name, catalog.variant_keys()))
        rows += effort_rows(name, chapter_effort(store, name))
    how = direction(store)
    record_if_changed(store, rows, direction=how.name, endpoint="project drafts")
    report = Report("AMTS Studio scores", str(args.project), how.name, now(), rows, {}, order=catalog.variant_keys())
    if any(r.metric == "BLEU" for r in rows):
        print(format_table(study_table(report, unit_scale=not args.percent, decimals=3 if not args.percent else 1)))
    for r in rows:
        if r.variant == POST_EDIT:
            print(f"{r.chapter}: {r.metric} {r.value:.1f} ({r.covered} accepted segments with a draft)")
    if not rows:
        print("no chapter has drafts and an aligned reference, or accepted segments, yet")
    return 0


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "evaluate",
        help="score draft variants against the human reference, leave-one-out (the reference study's design)",
    )
    project_argument(p)
    p.add_argument("--chapters", nargs="+", required=True, metavar="NAME")
    p.add_argument(
        "--variants",
        nargs="+",
        choices=catalog.variant_keys(),
        metavar="VARIANT",
        help=f"default: all of {', '.join(catalog.variant_keys())}; those that cannot run are skipped",
    )
    p.add_argument("--direction", help="en-zh (the project's) or zh-en (the reverse); default: the project's")
    p.add_argument("--out", type=Path, required=True, help="folder for scores.csv, report.html and texts/")
    p.add_argument("--offline", action="store_true", help="do not use AWS even if credentials exist")
    p.add_argument("--timeout", type=non_negative_argument, default=None, help="seconds to wait for each ACT batch job")
    endpoint_options(p)
    p.add_argument("--quiet", action="store_true")
    p.set_defaults(func=cmd_evaluate)

    p = sub.add_parser("scores", help="score the project's drafts and post-edit effort per chapter (kept as history)")
    project_argument(p)
    p.add_argument("--chapters", nargs="*", metavar="NAME")
    p.add_argument("--percent", action="store_true", help="sacrebleu's 0–100 scale instead of the study's 0–1")
    p.set_defaults(func=cmd_scores)
