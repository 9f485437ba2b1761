"""The input documents of ACT batch jobs, within Amazon Translate's limits.

A chapter becomes one HTML document; a chapter over the per-document limit goes in parts (each
part maps its own segments back).  Documents are then packed into as few jobs as the per-job
limits allow, in chapter order.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from typing import Any

from amts_gui.core.messages import message
from amts_gui.core.project.store import Store
from amts_gui.engines.amazon.costs import chapter_segments
from amts_gui.engines.amazon.html import chapter_html
from amts_gui.engines.base import EngineError, SegmentInput

MAX_DOCUMENT_BYTES = 20 * 1024 * 1024  # one input document
MAX_JOB_BYTES = 5 * 1024 * 1024 * 1024  # all the documents of one job
MAX_JOB_DOCUMENTS = 1_000_000

Documents = dict[str, dict[str, Any]]  # document name → chapter, html, markup per segment id


def document_name(chapter: str, part: int = 0) -> str:
    stem = re.sub(r"[^A-Za-z0-9._-]+", "_", chapter.removesuffix(".md")).strip("_.") or "chapter"
    return f"{stem}.html" if part == 0 else f"{stem}.part{part + 1}.html"


def chapter_documents(
    store: Store, chapters: Sequence[str], source_lang: str, only: Collection[str] | None = None, redraft: bool = False
) -> Documents:
    """Every chapter's segments to draft (without the translator's text; of ``only``; ``redraft``: all of ``only``)
    as documents, under names unique in the job."""
    documents: Documents = {}
    for chapter in chapters:
        segments = chapter_segments(store, chapter, only, redraft=redraft)
        if not segments:
            continue
        for part, (html, members) in enumerate(_parts(chapter, source_lang, segments)):
            name = document_name(chapter, part)
            while name in documents:  # "a/b.md" and "a_b.md" would share a name
                name = "x" + name
            documents[name] = {"chapter": chapter, "html": html, "markup": {s.id: list(s.markup) for s in members}}
    return documents


def _parts(chapter: str, lang: str, segments: list[SegmentInput]) -> list[tuple[str, list[SegmentInput]]]:
    html = chapter_html(chapter, lang, segments)
    if len(html.encode("utf-8")) <= MAX_DOCUMENT_BYTES or len(segments) == 1:
        return [(html, segments)]
    half = len(segments) // 2
    return _parts(chapter, lang, segments[:half]) + _parts(chapter, lang, segments[half:])


def pack_jobs(documents: Documents) -> list[Documents]:
    """The documents grouped into jobs, each within the per-job limits, in order."""
    jobs: list[Documents] = []
    current: Documents = {}
    size = 0
    for name, document in documents.items():
        nbytes = len(document["html"].encode("utf-8"))
        if current and (size + nbytes > MAX_JOB_BYTES or len(current) >= MAX_JOB_DOCUMENTS):
            jobs.append(current)
            current, size = {}, 0
        current[name] = document
        size += nbytes
    if current:
        jobs.append(current)
    return jobs


def require_places(jobs: int, free: int, most: int | None = None) -> None:
    """Refuse, before anything is paid, jobs that cannot all start now (or more than ``most``)."""
    places = max(0, min(free, most if most is not None else free))
    if jobs > places:
        raise EngineError(
            message(
                "the chapters need {jobs} batch jobs and only {free} can start now (Amazon Translate runs 10 at a "
                "time); translate fewer chapters, or wait for running jobs (`amts jobs --resume`)",
                jobs=jobs,
                free=places,
            )
        )
