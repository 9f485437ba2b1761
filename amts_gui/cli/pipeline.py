"""`amts pipeline`: every target language at once: align, push parallel data, ACT batch jobs, drafts."""

from __future__ import annotations

import argparse
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from amts_gui.cli.common import (
    aws_settings,
    confirm,
    endpoint_options,
    language_argument,
    non_negative_argument,
    services,
)
from amts_gui.core.errors import InputError
from amts_gui.core.project.store import Store

if TYPE_CHECKING:
    from amts_gui.engines.pipeline.plan import TargetPlan
    from amts_gui.engines.pipeline.run import Step, TargetRun


def cmd_pipeline(args: argparse.Namespace) -> int:
    from amts_gui.engines.pipeline.plan import plan_pipeline
    from amts_gui.engines.pipeline.run import PipelineContext, run_pipeline

    store = Store(args.project)
    plans = plan_pipeline(store, args.target, lambda view: aws_settings(view, args))
    for view in (store.for_target(p.target) for p in plans):
        aws_settings(view, args).require("bucket", "role_arn")  # shared by every target: stop before anything
    _print_plan(plans)
    runnable = [p for p in plans if not p.problem]
    if not runnable:
        raise InputError("no target can run; see above")
    charged = [p.estimate for p in runnable if p.estimate.charged and p.estimate.segments]
    if charged:
        confirm("Run the pipeline and start the ACT batch jobs?", args.yes)
    lock = threading.Lock()

    def report(target: str, step: Step, text: str) -> None:
        if not args.quiet:
            with lock:
                print(f"[{target}] {step}: {text}", file=sys.stderr, flush=True)

    context = PipelineContext(
        store, lambda view: services(view, args), wait=args.wait, timeout=args.timeout, report=report
    )
    runs = run_pipeline(context, plans)
    _print_timeline(runs)
    return 1 if any(r.status in ("failed", "skipped") for r in runs) else 0


def _print_plan(plans: list[TargetPlan]) -> None:
    total = 0.0
    for p in plans:
        named = "" if p.resource_named else " (a new name, saved to the target)"
        print(f"{p.target}: {p.references} chapters with a reference to align; parallel data {p.resource}{named}")
        carried = f"; {p.unfinished_jobs} unfinished jobs carried on" if p.unfinished_jobs else ""
        print(f"  drafts: {p.estimate}{carried}")
        if p.problem:
            print(f"  skipped: {p.problem}")
        else:
            total += p.estimate.cost
    print(f"cost preview, all targets: ${total:.2f}")


def _print_timeline(runs: list[TargetRun]) -> None:
    print("timeline (seconds from the start):")
    for run in runs:
        for record in run.steps:
            ended = f"{record.ended:8.2f}" if record.ended is not None else "       -"
            print(f"  {run.target:6} {record.step:7} {record.started:8.2f} → {ended}  {record.outcome}")
    for run in runs:
        detail = f": {run.error}" if run.error else ""
        print(f"{run.target}: {run.status}{detail}")


def register(sub: Any) -> None:
    p = sub.add_parser(
        "pipeline", help="for every target at once: align, push parallel data, start ACT jobs, fetch the drafts"
    )
    p.add_argument("project", type=Path, metavar="PROJECT.amts")
    p.add_argument(
        "--target", action="append", type=language_argument, metavar="LANG", help="only this target (repeatable)"
    )
    p.add_argument("--yes", action="store_true", help="confirm the cost preview without asking")
    p.add_argument("--wait", action="store_true", help="wait for the jobs and store their drafts")
    p.add_argument("--timeout", type=non_negative_argument, help="seconds to wait at most (with --wait)")
    p.add_argument("--quiet", action="store_true", help="no progress lines")
    endpoint_options(p)
    p.set_defaults(func=cmd_pipeline)
