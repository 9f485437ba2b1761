"""`amts translate`, `amts jobs`, `amts pd` and `amts aws`: the engines, headless."""

from __future__ import annotations

import argparse
import getpass
import sys
from collections import Counter
from dataclasses import asdict, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from amts_gui.core.errors import AmtsError
from amts_gui.core.project.jobs import JobRecord, list_jobs
from amts_gui.core.project.store import Store
from amts_gui.engines.base import ENGINES, DraftRun, EngineError

if TYPE_CHECKING:  # boto3 and keyring load only when a command needs them
    from amts_gui.engines.amazon.services import AwsSettings

ACT_ENGINE = "amazon-act"


def _progress(quiet: bool) -> Any:
    def show(done: int, total: int, what: str) -> None:
        if not quiet:
            print(f"\r  {done}/{total} {what[:50]:<50}", end="", file=sys.stderr, flush=True)

    return show


def _settings(store: Store, args: argparse.Namespace) -> AwsSettings:
    from amts_gui.engines.amazon.services import load_settings

    settings = load_settings(store)
    overrides = {
        "translate_endpoint": getattr(args, "endpoint_url", None),
        "s3_endpoint": getattr(args, "s3_endpoint_url", None),
        "profile": getattr(args, "profile", None),
        "region": getattr(args, "region_override", None),
    }
    return replace(settings, **{k: v for k, v in overrides.items() if v})


def _clients(settings: AwsSettings, workers: int = 8) -> tuple[Any, Any]:
    from amts_gui.engines.amazon.secrets import CredentialVault
    from amts_gui.engines.amazon.services import clients

    credentials = CredentialVault().get(settings.profile or "default")
    return clients(settings, credentials, workers=workers)


def _confirm(question: str, yes: bool) -> None:
    if yes:
        return
    if not sys.stdin.isatty():
        raise AmtsError("this costs money on your AWS account: add --yes to confirm")
    answer = input(f"{question} [y/N] ").strip().lower()
    if answer not in ("y", "yes"):
        raise AmtsError("cancelled; nothing was sent")


def _report_run(run: DraftRun, engine: str) -> None:
    scores = Counter("exact" if d.meta.get("score") == 100.0 else "fuzzy" for d in run.drafts if engine == "tm")
    detail = f" ({scores['exact']} exact, {scores['fuzzy']} fuzzy)" if engine == "tm" else ""
    print(f"{len(run.drafts)} drafts stored{detail}; {len(run.failures)} segments without a draft")
    if engine != "tm":
        print(f"{run.requests} requests to Amazon Translate")
    for segment, message in list(run.failures.items())[:20]:
        if engine != "tm":
            print(f"amts: warning: {segment}: {message}", file=sys.stderr)
    if run.cancelled:
        print("amts: cancelled; the drafts made so far are stored", file=sys.stderr)


def cmd_translate(args: argparse.Namespace) -> int:
    from amts_gui.engines.drafting import draft_chapter

    store = Store(args.project)
    store.chapter(args.chapter)  # a clear error for an unknown chapter, before any cost
    if args.engine == "tm":
        from amts_gui.engines.memory import MemoryEngine

        exclude = [args.chapter] if args.exclude_own_pairs else []
        engine = MemoryEngine.for_project(store, exclude_chapters=exclude, min_score=args.min_score)
        _report_run(draft_chapter(store, args.chapter, engine, progress=_progress(args.quiet)), "tm")
        return 0
    from amts_gui.engines.amazon.batch import ActJobs, estimate_cost

    settings = _settings(store, args)
    estimate = estimate_cost(store, [args.chapter], settings, act=args.engine == ACT_ENGINE)
    print(f"cost preview: {estimate}")
    if args.engine == "amazon-realtime":
        from amts_gui.engines.amazon.realtime import AmazonRealtimeEngine

        _confirm("Translate with Amazon Translate (realtime, without ACT)?", args.yes)
        translate, _s3 = _clients(settings, args.workers)
        engine_rt = AmazonRealtimeEngine(translate, settings, workers=args.workers)
        run = draft_chapter(store, args.chapter, engine_rt, progress=_progress(args.quiet))
        if not args.quiet:
            print(file=sys.stderr)
        _report_run(run, args.engine)
        return 0 if run.drafts or not run.failures else 1
    _confirm(f"Start an ACT batch job with parallel data {settings.parallel_data_name!r}?", args.yes)
    translate, s3 = _clients(settings)
    jobs = ActJobs(store, translate, s3, settings)
    job = jobs.submit([args.chapter])
    print(f"job {job.id} started: {job.params['job_name']} (Amazon Translate JobId {job.job_id})")
    if args.wait:
        job = jobs.wait(job, timeout=args.timeout, progress=_progress(args.quiet))
        if not args.quiet:
            print(file=sys.stderr)
        _print_job(job)
    else:
        print("follow it with: amts jobs PROJECT.amts --resume")
    return 0


def _print_job(job: JobRecord) -> None:
    chapters = ", ".join(d["chapter"] for d in job.params["documents"].values())
    line = f"{job.id:>4}  {job.status:<8} {job.service_status or '-':<21} {job.params['job_name']}  [{chapters}]"
    print(line)
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


def cmd_jobs(args: argparse.Namespace) -> int:
    store = Store(args.project)
    if args.resume or args.stop is not None:
        from amts_gui.engines.amazon.batch import ActJobs

        settings = _settings(store, args)
        translate, s3 = _clients(settings)
        jobs = ActJobs(store, translate, s3, settings)
        if args.stop is not None:
            _print_job(jobs.stop(jobs.job(args.stop)))
            return 0
        resumed = jobs.resume(timeout=args.timeout)
        if not resumed:
            print("no unfinished jobs")
        for job in resumed:
            _print_job(job)
        return 0
    records = list_jobs(store)
    if not records:
        print("no batch jobs yet")
    for job in records:
        _print_job(job)
    return 0


def cmd_pd(args: argparse.Namespace) -> int:
    from amts_gui.engines.amazon.parallel_data import ParallelDataSync

    store = Store(args.project)
    settings = _settings(store, args)
    translate, s3 = _clients(settings)
    sync = ParallelDataSync(store, translate, s3, settings)
    if args.action == "push":
        result = sync.push(exclude_chapters=args.exclude_chapter, progress=_progress(args.quiet))
        if not args.quiet:
            print(file=sys.stderr)
        print(
            f"{result.name} {result.version}: {result.status}; {result.pairs} pairs sent, {result.imported} imported, "
            f"{result.failed} failed, {result.skipped} skipped"
        )
        if result.message:
            print(f"  Amazon Translate says: {result.message}")
        for line in result.error_summary:
            print(f"  {line}")
        return 0 if result.status == "ACTIVE" else 1
    if args.action == "pull":
        pulled = sync.pull()
        print(
            f"{pulled.name}: {pulled.remote_pairs} remote pairs; {pulled.added} added, {pulled.replaced} replaced "
            f"by newer remote edits, {pulled.unchanged} unchanged, {len(pulled.conflicts)} conflicts"
        )
        for c in pulled.conflicts:
            print(
                f"  conflict ({c.winner} kept): {c.source[:60]}\n"
                f"    local:  {c.local[:60]}\n    remote: {c.remote[:60]}"
            )
        return 0
    status = sync.status()
    if not status["exists"]:
        print(f"{status['name']}: not created yet (amts pd push creates it)")
    else:
        print(
            f"{status['name']}: {status['status']}, latest update {status['latest_update'] or '-'}; "
            f"{status['imported']} imported, {status['failed']} failed, {status['skipped']} skipped"
        )
        if status["message"]:
            print(f"  {status['message']}")
    for h in status["history"][-10:]:
        print(f"  {h['created_at'][:19]}  {h['status']:<9} {h['version'] or '(pull)'}  {h['pairs']} pairs")
    return 0


def cmd_aws(args: argparse.Namespace) -> int:
    from amts_gui.engines.amazon.secrets import Credentials, CredentialVault
    from amts_gui.engines.amazon.services import load_settings, update_settings

    store = Store(args.project)
    changes = {
        "region": args.region,
        "bucket": args.bucket,
        "prefix": args.prefix,
        "role_arn": args.role_arn,
        "parallel_data_name": args.parallel_data_name,
        "profile": args.profile,
        "standard_rate": args.standard_rate,
        "act_rate": args.act_rate,
        "formality": args.formality,
    }
    settings = (
        update_settings(store, **changes) if any(v is not None for v in changes.values()) else load_settings(store)
    )
    vault = CredentialVault()
    key_name = settings.profile or "default"
    if args.set_keys:
        access = input("AWS access key id: ").strip()
        secret = getpass.getpass("AWS secret access key: ").strip()
        if not access or not secret:
            raise EngineError("both the access key id and the secret are needed")
        kept = vault.set(Credentials(access, secret), key_name)
        print("keys stored in the system keyring" if kept else "no keyring available: keys are NOT stored")
    if args.forget_keys:
        vault.delete(key_name)
        print("keys removed from the keyring")
    for name, value in asdict(settings).items():
        print(f"{name:<20} {value}")
    stored = vault.get(key_name)
    where = "keyring" if vault.persistent else "none (no keyring backend)"
    print(f"{'access keys':<20} {'stored, id ' + stored.access_key_id[:4] + '…' if stored else 'not stored'} ({where})")
    return 0


def _endpoint_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--endpoint-url", metavar="URL", help="Amazon Translate endpoint (a proxy or a test double)")
    p.add_argument("--s3-endpoint-url", metavar="URL", help="S3 endpoint (a proxy or a local S3)")
    p.add_argument("--profile", help="AWS profile for this run (default: the project's, else boto3's default chain)")


def register(sub: Any) -> None:
    p = sub.add_parser("translate", help="draft a chapter: translation memory, Amazon Translate, or an ACT batch job")
    p.add_argument("project", type=Path, metavar="PROJECT.amts")
    p.add_argument("--chapter", required=True, metavar="NAME")
    p.add_argument("--engine", choices=list(ENGINES), default="tm")
    p.add_argument("--yes", action="store_true", help="confirm the cost preview without asking")
    p.add_argument("--workers", type=int, default=4, help="parallel TranslateText calls (default 4)")
    p.add_argument("--wait", action="store_true", help="amazon-act: wait for the job and store its drafts")
    p.add_argument("--timeout", type=float, help="seconds to wait at most (with --wait)")
    p.add_argument("--min-score", type=float, default=50.0, help="tm: lowest fuzzy match in percent (default 50)")
    p.add_argument(
        "--exclude-own-pairs", action="store_true", help="tm: leave the chapter's own pairs out (for evaluation)"
    )
    p.add_argument("--quiet", action="store_true", help="no progress lines")
    _endpoint_options(p)
    p.set_defaults(func=cmd_translate)

    p = sub.add_parser("jobs", help="list ACT batch jobs; --resume carries on unfinished ones after a restart")
    p.add_argument("project", type=Path, metavar="PROJECT.amts")
    p.add_argument("--resume", action="store_true", help="start pending jobs (same ClientToken), poll running ones")
    p.add_argument("--stop", type=int, metavar="ID", help="ask Amazon Translate to stop job ID")
    p.add_argument("--timeout", type=float, help="seconds to wait at most")
    _endpoint_options(p)
    p.set_defaults(func=cmd_jobs)

    p = sub.add_parser("pd", help="parallel data on Amazon Translate: push, pull (merge), status")
    p.add_argument("action", choices=["push", "pull", "status"])
    p.add_argument("project", type=Path, metavar="PROJECT.amts")
    p.add_argument(
        "--exclude-chapter",
        action="append",
        default=[],
        metavar="NAME",
        help="push: leave this chapter's pairs out, to evaluate ACT on it (repeatable)",
    )
    p.add_argument("--quiet", action="store_true", help="no progress lines")
    _endpoint_options(p)
    p.set_defaults(func=cmd_pd)

    p = sub.add_parser("aws", help="show or set the project's Amazon Translate settings; store access keys")
    p.add_argument("project", type=Path, metavar="PROJECT.amts")
    p.add_argument("--region")
    p.add_argument("--bucket")
    p.add_argument("--prefix")
    p.add_argument("--role-arn", help="DataAccessRoleArn for batch jobs")
    p.add_argument("--parallel-data-name")
    p.add_argument("--profile", help="AWS profile name (credentials from ~/.aws)")
    p.add_argument("--standard-rate", type=float, help="USD per million characters, realtime")
    p.add_argument("--act-rate", type=float, help="USD per million characters, ACT batch")
    p.add_argument("--formality", choices=["FORMAL", "INFORMAL", ""])
    p.add_argument("--set-keys", action="store_true", help="type access keys (kept in the system keyring)")
    p.add_argument("--forget-keys", action="store_true", help="remove stored access keys")
    p.set_defaults(func=cmd_aws)
