"""Running the pipeline: one worker per target language, side by side.

Each target goes through its steps in order: align its chapters that have a reference, push its
parallel data (a resource of its own, one update at a time), queue ACT batch jobs for its segments
without a draft, and, with ``wait``, follow the jobs until their drafts are in its review queue.

Amazon's limit of 10 concurrent batch jobs per account is shared: jobs are written ``queued`` and
started as places free up, whichever target they belong to (:meth:`ActJobs.start_queued`).  A target
that fails stops alone; the others go on.  Everything is in the project as it happens, so a run
killed at any point is carried on by running it again: aligned chapters are skipped, identical
parallel data is not sent again, and segments already in a job are not queued twice.
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

from amts_gui.core.errors import AmtsError
from amts_gui.core.messages import message, message_of
from amts_gui.core.project.jobs import list_jobs
from amts_gui.core.project.store import Store
from amts_gui.engines.amazon.batch import ActJobs
from amts_gui.engines.amazon.parallel_data import ParallelData
from amts_gui.engines.amazon.retry import Polling
from amts_gui.engines.amazon.services import AmazonServices
from amts_gui.engines.base import EngineError
from amts_gui.engines.pipeline.plan import TargetPlan

if TYPE_CHECKING:
    from amts_gui.core.align.embed import SpanEncoder


class Step(StrEnum):
    ALIGN = "align"
    PUSH = "push"
    SUBMIT = "submit"
    FETCH = "fetch"


@dataclass
class StepRecord:
    step: Step
    started: float  # seconds since the run began
    ended: float | None = None
    outcome: str = ""


@dataclass
class TargetRun:
    target: str
    status: str = "running"  # done | waiting (jobs left running) | failed | cancelled | skipped
    error: str = ""
    steps: list[StepRecord] = field(default_factory=list)
    jobs: list[int] = field(default_factory=list)
    drafts: int = 0


Report = Callable[[str, Step, str], None]  # target, step, what is happening (a Message where it can be)


@dataclass
class PipelineContext:
    """What every target's worker shares."""

    store: Store
    services_for: Callable[[Store], AmazonServices]
    wait: bool = False
    timeout: float | None = None
    polling: Polling = field(default_factory=Polling)
    encoder: SpanEncoder | None = None
    report: Report | None = None
    cancelled: Callable[[], bool] = lambda: False
    align_lock: threading.Lock = field(default_factory=threading.Lock)  # aligning is CPU-bound: one at a time
    clock: Callable[[], float] = time.monotonic
    began: float = 0.0


def run_pipeline(context: PipelineContext, plans: Sequence[TargetPlan]) -> list[TargetRun]:
    """Every planned target at once; returns how each went, in the plans' order."""
    context.began = context.clock()
    if not plans:
        return []
    with ThreadPoolExecutor(max_workers=len(plans), thread_name_prefix="pipeline") as pool:
        futures = [pool.submit(_run_target, context, plan) for plan in plans]
        return [f.result() for f in futures]


def _run_target(context: PipelineContext, plan: TargetPlan) -> TargetRun:
    run = TargetRun(plan.target)
    if plan.problem:
        run.status, run.error = "skipped", plan.problem
        return run
    store = context.store.for_target(plan.target)
    try:
        if not plan.resource_named:
            store.set_setting("aws.parallel_data_name", plan.resource)
        services = context.services_for(store)
        _align(context, store, run)
        _push(context, store, services, run)
        acts = ActJobs(store, services, polling=context.polling)
        _submit(context, store, acts, plan, run)
        if context.wait:
            _fetch(context, store, acts, run)
        unfinished = list_jobs(store, active_only=True)
        run.status = "cancelled" if context.cancelled() else "waiting" if unfinished else "done"
    except _Cancelled:
        run.status = "cancelled"
    except AmtsError as exc:
        run.status, run.error = "failed", message_of(exc)  # a Message where it was raised with one: translatable
    except Exception as exc:  # noqa: BLE001 - one target's unexpected failure must not stop the others
        run.status, run.error = "failed", f"{type(exc).__name__}: {exc}"
    finally:
        store.close()  # this worker thread's connection
    return run


@contextmanager
def _step(context: PipelineContext, run: TargetRun, step: Step) -> Iterator[StepRecord]:
    if context.cancelled():
        raise _Cancelled
    record = StepRecord(step, round(context.clock() - context.began, 3))
    run.steps.append(record)
    _say(context, run.target, step, message("started"))
    try:
        yield record
    finally:
        record.ended = round(context.clock() - context.began, 3)
        _say(context, run.target, step, record.outcome or message("stopped"))


class _Cancelled(AmtsError):
    def __init__(self) -> None:
        super().__init__(message("cancelled"))


def _say(context: PipelineContext, target: str, step: Step, text: str) -> None:
    """Tell the caller; ``text`` is a Message where it can be, so that a GUI shows it translated."""
    if context.report is not None:
        context.report(target, step, text)


def _align(context: PipelineContext, store: Store, run: TargetRun) -> None:
    from amts_gui.core.parallel.project_pairs import align_project  # the aligner loads when it is needed

    with context.align_lock, _step(context, run, Step.ALIGN) as record:  # one target at a time: CPU-bound
        if context.encoder is None:  # one model for every target: loading it takes about a second
            from amts_gui.core.align.embed import default_encoder

            context.encoder = default_encoder()
        results = align_project(store, encoder=context.encoder, cancelled=context.cancelled)
        aligned = [r for r in results if not r.unchanged]
        record.outcome = message(
            "chapters aligned: {aligned}, unchanged: {skipped}",
            aligned=len(aligned),
            skipped=len(results) - len(aligned),
        )


def _push(context: PipelineContext, store: Store, services: AmazonServices, run: TargetRun) -> None:
    with _step(context, run, Step.PUSH) as record:
        data = ParallelData(store, services, polling=context.polling)
        result = data.push(reuse_unchanged=True, cancelled=context.cancelled)
        record.outcome = message(
            "{name}: {status}, pairs: {pairs} ({version})",
            name=result.name,
            status=result.status,
            pairs=result.pairs,
            version=result.version,
        )
        if result.status != "ACTIVE":
            detail = "; ".join(result.error_summary) or result.message
            raise EngineError(
                message("parallel data {name!r} failed to import: {detail}", name=result.name, detail=detail)
            )


def _submit(context: PipelineContext, store: Store, acts: ActJobs, plan: TargetPlan, run: TargetRun) -> None:
    from amts_gui.engines.pipeline.plan import plan_target

    with _step(context, run, Step.SUBMIT) as record:
        now = plan_target(store, acts.settings, {})  # again: what changed since the plan (a restart, an import)
        only = {i for ids in now.to_draft.values() for i in ids}
        queued = acts.enqueue(list(now.to_draft), only=only) if only else []
        unfinished = list_jobs(store, active_only=True)
        started = [acts.start_queued(job) for job in unfinished if job.status == "queued"]
        run.jobs = [job.id for job in unfinished]
        record.outcome = message(
            "segments sent: {segments}; new jobs: {new}; jobs at Amazon: {running}; queued: {waiting}",
            segments=now.segments,
            new=len(queued),
            running=sum(1 for j in list_jobs(store, active_only=True) if j.status != "queued"),
            waiting=sum(1 for j in started if j.status == "queued"),
        )


def _fetch(context: PipelineContext, store: Store, acts: ActJobs, run: TargetRun) -> None:
    with _step(context, run, Step.FETCH) as record:
        delays = context.polling.delays()
        deadline = None if context.timeout is None else context.clock() + context.timeout
        while unfinished := list_jobs(store, active_only=True):
            states = []
            for job in unfinished:
                done = acts.refresh(job)
                states.append(done.service_status or done.status)
                if not done.active:
                    run.drafts += int(done.detail.get("drafts", 0))
            said = ", ".join(f"{n} {state}" for state, n in sorted(Counter(states).items()))
            _say(context, run.target, Step.FETCH, message("jobs: {states}", states=said))
            if context.cancelled() or (deadline is not None and context.clock() >= deadline):
                break
            if list_jobs(store, active_only=True):
                context.polling.sleep(next(delays))
        record.outcome = message("drafts fetched: {drafts}", drafts=run.drafts)
