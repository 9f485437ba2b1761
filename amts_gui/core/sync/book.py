"""A whole book's source sync on every core: chapters in worker processes, each with its own encoder.

The sentence encoder gains little from threads (tokenizing holds Python's lock: two threads encode
1.2 times as fast as one), so a book is split among processes instead, each syncing whole chapters
with one encoding thread.  Workers are started with *spawn* (the parent may already run threads), and
send back only what the caller writes and reports; nothing is written until every chapter is done.
A drafter that is not the memory's (a paid engine, which asks first and talks to AWS) runs in the
parent, chapter after chapter.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any

from amts_gui.core.align.embed import SpanEncoder

log = logging.getLogger(__name__)
_ENCODER: SpanEncoder | None = None  # a worker's own
_BLAS_LIMIT: Any = None  # a worker's OpenBLAS held to one thread for its life


@dataclass(frozen=True)
class ChapterOutcome:
    """What the caller needs of one chapter's sync: the output, the report, and the summary's figures."""

    name: str
    output: str
    report: dict[str, Any]
    counts: dict[str, int]
    carried_share: float
    drafted: int
    seconds: float


def _start_worker(one_thread: bool = True) -> None:
    global _ENCODER, _BLAS_LIMIT  # noqa: PLW0603 - one encoder per worker process, loaded once
    from amts_gui.core.align.embed import default_encoder, single_blas_thread

    encoder = default_encoder()
    if one_thread:  # the processes are the parallelism: one thread each, OpenBLAS's included
        encoder.workers = 1
        _BLAS_LIMIT = single_blas_thread()
    _ENCODER = encoder


def outcome_of(sync: Any) -> ChapterOutcome:
    return ChapterOutcome(
        sync.name,
        sync.output,
        sync.report(),
        sync.result.counts(),
        sync.result.carried_share,
        sync.drafted,
        sync.seconds,
    )


def _sync_one(job: tuple[str, str, str, str, str, str, bool, Sequence[tuple[str, str]]]) -> ChapterOutcome:
    from amts_gui.core.sync.files import memory_drafts, sync_chapter

    name, old, new, translation, source_lang, target_lang, draft, extra = job
    drafter = memory_drafts if draft else None
    sync = sync_chapter(
        name, old, new, translation, source_lang, target_lang, encoder=_ENCODER, drafter=drafter, extra_pairs=extra
    )
    return outcome_of(sync)


def processes_for(chapters: int) -> int:
    """One process per core the program may use, never more than there are chapters."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return max(1, min(cores, chapters))


def sync_chapters(
    chapters: Sequence[tuple[str, str, str, str]],
    source_lang: str,
    target_lang: str,
    *,
    draft_from_memory: bool,
    extra_pairs: Sequence[tuple[str, str]] = (),
    processes: int | None = None,
) -> Iterator[ChapterOutcome]:
    """Each (name, old, new, translation) synced, in order, drafted from the memory or not at all."""
    jobs = [(n, o, w, t, source_lang, target_lang, draft_from_memory, list(extra_pairs)) for n, o, w, t in chapters]
    workers = processes if processes is not None else processes_for(len(jobs))
    if workers <= 1:
        _start_worker(one_thread=False)
        yield from map(_sync_one, jobs)
        return
    context = multiprocessing.get_context("spawn")
    longest_first = sorted(range(len(jobs)), key=lambda i: -sum(len(t) for t in jobs[i][1:4]))
    given = 0
    try:
        with ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_start_worker) as pool:
            futures = {i: pool.submit(_sync_one, jobs[i]) for i in longest_first}  # the long ones first
            for i in range(len(jobs)):  # in the book's order
                outcome = futures[i].result()
                given += 1
                yield outcome
    except (BrokenProcessPool, OSError) as exc:  # no worker processes here: the rest in this one
        log.warning("source sync: worker processes failed (%s); going on in one process", exc)
        _start_worker(one_thread=False)
        yield from map(_sync_one, jobs[given:])
