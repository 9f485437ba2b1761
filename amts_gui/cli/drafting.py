"""`amts translate` and `amts jobs`: draft a chapter with any engine of the catalog; follow batch jobs."""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from typing import TYPE_CHECKING, Any

from amts_gui.cli.common import (
    confirm,
    end_progress_line,
    endpoint_options,
    non_negative_argument,
    open_project,
    percent_argument,
    positive_int_argument,
    progress_line,
    project_argument,
    services,
)
from amts_gui.core.errors import InputError
from amts_gui.core.memory.thresholds import DEFAULT_MIN_SCORE
from amts_gui.core.project.store import Store
from amts_gui.engines import catalog

if TYPE_CHECKING:
    from amts_gui.core.project.jobs import JobRecord
    from amts_gui.engines.base import DraftRun
    from amts_gui.engines.catalog import EngineEntry, EngineOptions


def _report_run(run: DraftRun, entry: EngineEntry) -> None:
    if entry.paid:
        print(f"{len(run.drafts)} drafts stored; {len(run.failures)} segments without a draft")
        print(f"{run.requests} requests to Amazon Translate")
        for segment, message in list(run.failures.items())[:20]:
            print(f"amts: warning: {segment}: {message}", file=sys.stderr)
    else:  # memory drafts: exact or fuzzy matches
        scores = Counter("exact" if d.meta.get("score") == 100.0 else "fuzzy" for d in run.drafts)
        print(
            f"{len(run.drafts)} drafts stored ({scores['exact']} exact, {scores['fuzzy']} fuzzy); "
            f"{len(run.failures)} segments without a draft"
        )
    if run.kept:
        print(f"{run.kept} segments with the translator's text left as they are")
    if run.cancelled:
        print("amts: cancelled; the drafts made so far are stored", file=sys.stderr)


def _options(store: Store, args: argparse.Namespace, entry: EngineEntry) -> EngineOptions:
    from amts_gui.engines.catalog import EngineOptions, Kind

    workers = args.workers if entry.kind is Kind.REALTIME else 8
    exclude = list(args.chapters) if args.exclude_own_pairs else []
    return EngineOptions(
        store,
        services=lambda: services(store, args, workers=workers),
        min_score=args.min_score,
        workers=args.workers,
        exclude_chapters=exclude,
    )


def _preview_cost(store: Store, args: argparse.Namespace, entry: EngineEntry) -> None:
    from amts_gui.cli.common import aws_settings
    from amts_gui.engines.amazon.costs import estimate_cost
    from amts_gui.engines.catalog import Kind

    act = entry.kind is Kind.BATCH
    estimate = estimate_cost(
        store, args.chapters, aws_settings(store, args), act=act, only=args.only, redraft=args.redraft
    )
    print(f"cost preview: {estimate}")


def cmd_translate(args: argparse.Namespace) -> int:
    from amts_gui.engines.catalog import Kind

    store = open_project(args)
    _choose_chapters(store, args)  # a clear error for an unknown chapter, before any cost
    if not args.chapters:
        print("every segment has a draft or a final already: nothing to translate")
        return 0
    entry = catalog.entry(args.engine)
    if entry.paid:
        _preview_cost(store, args, entry)
    if entry.kind is Kind.BATCH:
        return _start_jobs(store, args, entry)
    if entry.paid:
        confirm(f"Translate with {entry.label} (realtime, without ACT)?", args.yes)
    return _draft_chapters(store, args, entry)


def _choose_chapters(store: Store, args: argparse.Namespace) -> None:
    """``args.chapters`` and ``args.only`` (segments to send; None: all) from --chapter or --all."""
    from amts_gui.core.project.chapters import get_chapter
    from amts_gui.core.project.segments import undrafted_segments

    if args.all == bool(args.chapter):
        raise InputError("give --chapter NAME (repeatable) or --all (every segment without a draft), not both")
    if args.redraft and not args.segment:
        raise InputError("--redraft: name the segments to draft again with --segment N")
    if args.all:
        if args.segment:
            raise InputError("--segment N goes with one --chapter, not with --all")
        undrafted = undrafted_segments(store)
        args.chapters, args.only = list(undrafted), {s for ids in undrafted.values() for s in ids}
        return
    for name in args.chapter:
        get_chapter(store, name)
    args.chapters, args.only = list(dict.fromkeys(args.chapter)), None
    if args.segment:
        args.only = _named_segments(store, args)


def _named_segments(store: Store, args: argparse.Namespace) -> set[str]:
    """The ids of the --segment numbers of the one --chapter; with --redraft, asked first where the translator
    wrote them."""
    from amts_gui.core.project.segments import live_segments, translated_segments

    if len(args.chapters) != 1:
        raise InputError("--segment N goes with exactly one --chapter")
    rows = live_segments(store, args.chapters[0])
    for number in args.segment:
        if number > len(rows):
            raise InputError(f"--segment {number}: {args.chapters[0]} has {len(rows)} segments")
    only = {rows[n - 1].id for n in args.segment}
    done = translated_segments(store, args.chapters[0], only)
    if args.redraft and done:
        confirm(
            f"{len(done)} of these segments have the translator's text (it stays); draft them again?",
            args.yes,
            "--redraft drafts segments the translator wrote",
        )
    return only


def _draft_chapters(store: Store, args: argparse.Namespace, entry: EngineEntry) -> int:
    from amts_gui.engines.drafting import draft_chapter

    engine = entry.create(_options(store, args, entry))
    outcome = 0
    for chapter in args.chapters:
        if len(args.chapters) > 1:
            print(f"{chapter}:")
        run = draft_chapter(
            store, chapter, engine, only=args.only, redraft=args.redraft, progress=progress_line(args.quiet)
        )
        if entry.paid:
            end_progress_line(args.quiet)
        _report_run(run, entry)
        outcome = max(outcome, 0 if run.drafts or not run.failures or not entry.paid else 1)
        if run.cancelled:
            break
    return outcome


def _start_jobs(store: Store, args: argparse.Namespace, entry: EngineEntry) -> int:
    jobs = entry.create(_options(store, args, entry))
    confirm(f"Start an ACT batch job with parallel data {jobs.settings.parallel_data_name!r}?", args.yes)
    started = jobs.submit_many(args.chapters, only=args.only, redraft=args.redraft)
    for job in started:
        print(f"job {job.id} started: {job.params['job_name']} (Amazon Translate JobId {job.job_id})")
    if not args.wait:
        print("follow it with: amts jobs PROJECT.amts --resume")
        return 0
    finished = [jobs.wait(job, timeout=args.timeout, progress=progress_line(args.quiet)) for job in started]
    end_progress_line(args.quiet)
    for job in finished:
        _print_job(job)
    return _outcome(finished)


def _outcome(jobs: list[JobRecord]) -> int:
    """1 when a job failed or came back partly (said on stderr with the reason), else 0."""
    bad = [j for j in jobs if j.status in ("failed", "partial")]
    for job in bad:
        why = job.message or f"{job.detail.get('missing_segments', 0)} segments came back without a translation"
        print(f"amts: job {job.id} ({job.params['job_name']}) {job.status}: {why}", file=sys.stderr)
    return 1 if bad else 0


def _print_job(job: JobRecord) -> None:
    chapters = ", ".join(d["chapter"] for d in job.params["documents"].values())
    print(
        f"{job.id:>4}  {job.target_lang:<5} {job.status:<8} {job.service_status or '-':<21} "
        f"{job.params['job_name']}  [{chapters}]"
    )
    if job.detail:
        print(
            f"      drafts {job.detail.get('drafts', 0)}, "
            f"missing chapters {job.detail.get('missing_chapters') or '-'}, "
            f"missing segments {job.detail.get('missing_segments', 0)}"
        )
        for error in job.detail.get("errors", [])[:5]:
            print(f"      error: {error}")
    if job.message:
        print(f"      {job.message}")


def _batch_engine() -> EngineEntry:
    from amts_gui.engines.catalog import Kind

    return next(e for e in catalog.ENGINES if e.kind is Kind.BATCH)


def cmd_jobs(args: argparse.Namespace) -> int:
    """List, resume or stop batch jobs: of the --target, or of every target when none is named."""
    from amts_gui.core.project.jobs import get_job, list_jobs

    store = open_project(args)
    views = [store] if args.target else [store.for_target(t) for t in store.targets()]
    if args.stop is not None:
        job = get_job(store, args.stop)
        view = store.for_target(job.target_lang)
        _print_job(_jobs_engine(view, args).stop(job))
        return 0
    if args.resume:
        resumed = [job for view in views for job in _jobs_engine(view, args).resume(timeout=args.timeout)]
        if not resumed:
            print("no unfinished jobs")
        for job in resumed:
            _print_job(job)
        return _outcome(resumed)
    records = list_jobs(store, every_target=not args.target)
    if not records:
        print("no batch jobs yet")
    for job in records:
        _print_job(job)
    return 0


def _jobs_engine(store: Store, args: argparse.Namespace) -> Any:
    from amts_gui.engines.catalog import EngineOptions

    return _batch_engine().create(EngineOptions(store, services=lambda: services(store, args)))


def register(sub: Any) -> None:
    p = sub.add_parser("translate", help="draft chapters: translation memory, Amazon Translate, or ACT batch jobs")
    project_argument(p)
    p.add_argument("--chapter", action="append", default=[], metavar="NAME", help="a chapter (repeatable)")
    p.add_argument(
        "--all",
        action="store_true",
        help="every segment without a draft or final, in every chapter (batch: as few ACT jobs as the limits allow)",
    )
    p.add_argument(
        "--segment",
        action="append",
        type=positive_int_argument,
        default=[],
        metavar="N",
        help="just segment N of the --chapter (1-based, as in the table; repeatable)",
    )
    p.add_argument(
        "--redraft",
        action="store_true",
        help="draft the --segment segments again even where the translator's text is (it stays; asks first)",
    )
    p.add_argument("--engine", choices=catalog.names(), default=catalog.DEFAULT.name)
    p.add_argument("--yes", action="store_true", help="confirm the cost preview (and --redraft) without asking")
    p.add_argument("--workers", type=positive_int_argument, default=4, help="parallel TranslateText calls (default 4)")
    p.add_argument("--wait", action="store_true", help="batch: wait for the job and store its drafts")
    p.add_argument("--timeout", type=non_negative_argument, help="seconds to wait at most (with --wait)")
    p.add_argument(
        "--min-score",
        type=percent_argument,
        help=f"memory: lowest fuzzy match in percent (default: the target's own, else {DEFAULT_MIN_SCORE:.0f})",
    )
    p.add_argument(
        "--exclude-own-pairs", action="store_true", help="memory: leave the chapter's own pairs out (for evaluation)"
    )
    p.add_argument("--quiet", action="store_true", help="no progress lines")
    endpoint_options(p)
    p.set_defaults(func=cmd_translate)

    p = sub.add_parser("jobs", help="list ACT batch jobs; --resume carries on unfinished ones after a restart")
    project_argument(p)
    p.add_argument("--resume", action="store_true", help="start pending jobs (same ClientToken), poll running ones")
    p.add_argument("--stop", type=int, metavar="ID", help="ask Amazon Translate to stop job ID")
    p.add_argument("--timeout", type=non_negative_argument, help="seconds to wait at most")
    endpoint_options(p)
    p.set_defaults(func=cmd_jobs)
