"""`amts evaluate` (the reference study, leave-one-out) and `amts scores` (the project's own drafts)."""

from __future__ import annotations

import argparse
import os
import re
import sys
from dataclasses import replace
from pathlib import Path

from amts_gui.cli.engines import _endpoint_options, _progress, _settings
from amts_gui.core.errors import InputError
from amts_gui.core.fileio import atomic_write_text
from amts_gui.core.project.store import Store, now
from amts_gui.core.scoring.history import effort_rows, rows_of
from amts_gui.core.scoring.report import Chart, Report, bar_chart_svg, format_table, study_table, write_report
from amts_gui.core.scoring.units import KNOWN_VARIANTS, score_project_chapter


def _aws_access(store: Store, args: argparse.Namespace) -> tuple[object | None, str]:
    """Clients for the Amazon variants, or None and why not; no call is made here."""
    from amts_gui.engines.amazon.secrets import CredentialVault
    from amts_gui.engines.amazon.services import session
    from amts_gui.engines.base import EngineError
    from amts_gui.studies.leave_one_out import AwsAccess

    settings = _settings(store, args)
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
    from amts_gui.engines.amazon.services import clients

    translate, s3 = clients(settings, credentials)
    return AwsAccess(translate, s3, settings, job_timeout=args.timeout), ""


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
    from amts_gui.studies.leave_one_out import Evaluation

    store = Store(args.project)
    for name in args.chapters:
        store.chapter(name)  # a clear error before anything runs
    _prepare_out(args.out)
    variants = args.variants or list(KNOWN_VARIANTS)
    aws, problem = (None, "offline") if args.offline else _aws_access(store, args)
    evaluation = Evaluation(
        store,
        variants=variants,
        direction_name=args.direction,
        aws=aws,  # type: ignore[arg-type]
        aws_problem=problem or "no AWS access",
        progress=_progress(args.quiet),
    )
    result = evaluation.run(args.chapters)
    if not args.quiet:
        print(file=sys.stderr)
    for variant, why in result.skipped:
        print(f"amts: skipped {variant}: {why}", file=sys.stderr)
    for chapter, variant, message in result.failures:
        print(f"amts: {chapter}: {variant} failed: {message}", file=sys.stderr)
    rows = rows_of(result.scores)
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
        rows=rows,
        endpoints=result.endpoints,
        skipped=result.skipped,
        notes=notes,
    )
    if rows:
        report = replace(report, charts=[Chart("BLEU per article (0–100)", svg=bar_chart_svg(report))])
    if rows:
        print(format_table(study_table(report)))
    else:
        print("nothing could be scored: see the messages above")
    csv_path, html_path = write_report(args.out, report)
    for (chapter, variant), hyps in result.texts.items():
        atomic_write_text(args.out / "texts" / f"{_slug(chapter)}.{variant}.txt", "".join(f"{h or ''}\n" for h in hyps))
    for chapter, refs in result.references.items():
        atomic_write_text(args.out / "texts" / f"{_slug(chapter)}.reference.txt", "".join(f"{r}\n" for r in refs))
    for variant in dict.fromkeys(s.variant for s in result.scores):
        scored = [s for s in result.scores if s.variant == variant]
        covered, units = sum(s.covered for s in scored), sum(s.units for s in scored)
        print(f"{variant}: {covered} of {units} units translated; drafts from {result.endpoints[variant]}")
    print(f"wrote {csv_path} and {html_path}")
    if result.cancelled:
        return 1
    return 0 if rows else 1


def cmd_scores(args: argparse.Namespace) -> int:
    """Score the project's current drafts and post-edit effort per chapter; keep the scores as history."""
    from amts_gui.core.scoring.effort import chapter_effort
    from amts_gui.core.scoring.history import record_if_changed
    from amts_gui.core.scoring.units import direction

    store = Store(args.project)
    names = args.chapters or [c["path"] for c in store.chapters() if c["has_reference"]]
    rows = []
    for name in names:
        rows += rows_of(score_project_chapter(store, name))
        rows += effort_rows(name, chapter_effort(store, name))
    how = direction(store)
    record_if_changed(store, rows, direction=how.name, endpoint="project drafts")
    report = Report("AMTS Studio scores", str(args.project), how.name, now(), rows, {})
    if any(r.metric == "BLEU" for r in rows):
        print(format_table(study_table(report, unit_scale=not args.percent, decimals=3 if not args.percent else 1)))
    for r in rows:
        if r.variant == "post-edit":
            print(f"{r.chapter}: {r.metric} {r.value:.1f} ({r.covered} accepted segments with a draft)")
    if not rows:
        print("no chapter has both drafts and an aligned reference yet")
    return 0


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "evaluate",
        help="score draft variants against the human reference, leave-one-out (the reference study's design)",
    )
    p.add_argument("project", type=Path)
    p.add_argument("--chapters", nargs="+", required=True, metavar="NAME")
    p.add_argument(
        "--variants",
        nargs="+",
        choices=KNOWN_VARIANTS,
        metavar="VARIANT",
        help=f"default: all of {', '.join(KNOWN_VARIANTS)}; those that cannot run are skipped",
    )
    p.add_argument("--direction", help="en-zh (the project's) or zh-en (the reverse); default: the project's")
    p.add_argument("--out", type=Path, required=True, help="folder for scores.csv, report.html and texts/")
    p.add_argument("--offline", action="store_true", help="do not use AWS even if credentials exist")
    p.add_argument("--timeout", type=float, default=None, help="seconds to wait for each ACT batch job")
    _endpoint_options(p)
    p.add_argument("--quiet", action="store_true")
    p.set_defaults(func=cmd_evaluate)

    p = sub.add_parser("scores", help="score the project's drafts and post-edit effort per chapter (kept as history)")
    p.add_argument("project", type=Path)
    p.add_argument("--chapters", nargs="*", metavar="NAME")
    p.add_argument("--percent", action="store_true", help="sacrebleu's 0–100 scale instead of the study's 0–1")
    p.set_defaults(func=cmd_scores)
