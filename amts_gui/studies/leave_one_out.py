"""`amts evaluate`: the reference study's design, leave-one-out, on the project's aligned chapters.

Each chapter's aligned sentence beads are translated afresh by each variant and scored against the
human reference.  Nothing of the evaluated chapter helps translate it:

* ``tm``: a memory of the project's sentence pairs without the chapter's own pairs;
* ``amazon-realtime``: TranslateText, which has no parallel data;
* ``amazon-act`` / ``amazon-act-paragraph``: a dedicated parallel-data resource per chapter
  (``<name>-loo-<chapter>-sent|para``) holding every sentence (or paragraph) pair except the chapter's,
  then a batch job with it.  The job's translations stay in its job row (never the chapter's drafts); a
  repeated run finds the job by its tag instead of starting a second one.

Variants that cannot run (no credentials, incomplete settings) are skipped with the reason; nothing is
ever invented for them.
"""

from __future__ import annotations

import hashlib
import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any
from urllib.parse import urlparse

from amts_gui.core.errors import AmtsError, InputError
from amts_gui.core.memory.index import Entry, TranslationMemory
from amts_gui.core.project.jobs import EVALUATION_INFIX
from amts_gui.core.project.store import Store
from amts_gui.core.scoring.history import record, rows_of
from amts_gui.core.scoring.units import (
    KNOWN_VARIANTS,
    Direction,
    Unit,
    VariantScore,
    chapter_units,
    direction,
    score_variant,
)
from amts_gui.core.text.placeholders import protect, restore
from amts_gui.engines.amazon.services import AwsSettings
from amts_gui.engines.base import Cancelled, EngineError, Progress, SegmentInput

MEMORY_ENDPOINT = "the project's translation memory, offline (leave-one-out: the chapter's own pairs left out)"
_MAX_RESOURCE_NAME = 256


def endpoint_label(settings: AwsSettings) -> str:
    """Where Amazon Translate requests went, worded so that a test double cannot pass for Amazon."""
    url = settings.translate_endpoint
    if not url:
        return f"Amazon Translate, region {settings.region} (https://translate.{settings.region}.amazonaws.com)"
    host = (urlparse(url).hostname or "").lower()
    if host.endswith(".amazonaws.com") or host.endswith(".amazonaws.com.cn"):
        return f"Amazon Translate at {url}"
    return f"{url}: NOT Amazon Translate (a local or custom endpoint such as a test double); not Amazon's figures"


def evaluation_resource(base: str, chapter: str, granularity: str, how: Direction) -> str:
    """The name of a chapter's leave-one-out parallel data (allowed by ``^([A-Za-z0-9-]_?)+$``)."""
    slug = re.sub(r"[^A-Za-z0-9]+", "-", chapter.removesuffix(".md")).strip("-") or "chapter"
    suffix = "para" if granularity == "paragraph" else "sent"
    name = f"{base}{EVALUATION_INFIX}{slug}-{suffix}" + (f"-{how.name}" if how.reversed else "")
    if len(name) > _MAX_RESOURCE_NAME:
        digest = hashlib.sha1(name.encode("utf-8")).hexdigest()[:10]
        name = name[: _MAX_RESOURCE_NAME - 11].rstrip("-_") + "-" + digest
    return name


@dataclass(frozen=True)
class AwsAccess:
    """boto3 clients and settings for the Amazon variants; the polling delays can be shortened for tests."""

    translate: Any
    s3: Any
    settings: AwsSettings
    poll_base: float = 5.0
    poll_cap: float = 60.0
    job_timeout: float | None = None

    def _timing(self) -> dict[str, Any]:
        return {"poll_base": self.poll_base, "poll_cap": self.poll_cap}


def act_requirements(settings: AwsSettings) -> str | None:
    """Why ACT cannot run with these settings, or None."""
    missing = [
        label
        for name, label in (("bucket", "an S3 bucket"), ("role_arn", "a DataAccessRoleArn"))
        if not getattr(settings, name)
    ]
    if missing:
        return "ACT batch jobs need " + " and ".join(missing) + " in the Amazon Translate settings (`amts aws`)"
    return None


@dataclass
class EvaluationResult:
    run: str
    direction: str
    chapters: list[str]
    scores: list[VariantScore] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (variant, why) for the whole run
    failures: list[tuple[str, str, str]] = field(default_factory=list)  # (chapter, variant, message)
    endpoints: dict[str, str] = field(default_factory=dict)
    texts: dict[tuple[str, str], list[str | None]] = field(default_factory=dict)  # (chapter, variant) → hyps
    references: dict[str, list[str]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    cancelled: bool = False


def _segments(units: Sequence[Unit]) -> list[SegmentInput]:
    out = []
    for unit in units:
        masked, markup = protect(unit.source)
        out.append(SegmentInput(f"u{unit.pair_id}", masked, markup, unit.source))
    return out


class Evaluation:
    """One evaluation run over chapters and variants."""

    def __init__(
        self,
        store: Store,
        *,
        variants: Sequence[str] = KNOWN_VARIANTS,
        direction_name: str | None = None,
        aws: AwsAccess | None = None,
        aws_problem: str = "no AWS credentials",
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> None:
        unknown = [v for v in variants if v not in KNOWN_VARIANTS]
        if unknown:
            raise InputError(f"unknown variant {unknown[0]!r}; use {', '.join(KNOWN_VARIANTS)}")
        self.store = store
        self.variants = [v for v in KNOWN_VARIANTS if v in variants]
        self.how = direction(store, direction_name)
        self.aws, self.aws_problem = aws, aws_problem
        self.progress, self.cancelled = progress, cancelled

    # -- which variants can run -----------------------------------------------------
    def _why_not(self, variant: str) -> str | None:
        if variant == "tm":
            return None
        if self.aws is None:
            return f"{self.aws_problem}; Amazon Translate was not called"
        if variant.startswith("amazon-act"):
            return act_requirements(self.aws.settings)
        return None

    # -- the variants -------------------------------------------------------------------
    def _memory(self, chapter: str) -> TranslationMemory:
        entries = []
        for row in self.store.pairs(granularity="sentence", exclude_chapters=[chapter]):
            if row["flagged"]:
                continue
            source, target = (row["target"], row["source"]) if self.how.reversed else (row["source"], row["target"])
            entries.append(Entry(source, target, row["id"], row["origin"], row["updated_at"]))
        return TranslationMemory(entries)

    def _tm(self, chapter: str, segments: list[SegmentInput]) -> list[str | None]:
        memory = self._memory(chapter)
        out: list[str | None] = []
        for seg in segments:
            match = memory.lookup(seg.text)
            out.append(match.target if match is not None else None)
        return out

    def _realtime(self, chapter: str, segments: list[SegmentInput]) -> list[str | None]:
        from amts_gui.engines.amazon.realtime import AmazonRealtimeEngine

        assert self.aws is not None
        engine = AmazonRealtimeEngine(self.aws.translate, self.aws.settings)
        run = engine.translate(segments, self.how.source_lang, self.how.target_lang, cancelled=self.cancelled)
        if not run.drafts and run.failures:
            raise EngineError(next(iter(run.failures.values())))
        texts = {d.segment_id: d.text for d in run.drafts}
        return [restore(texts[s.id], s.markup) if s.id in texts else None for s in segments]

    def _act(self, chapter: str, segments: list[SegmentInput], variant: str) -> list[str | None]:
        from amts_gui.engines.amazon.batch import ActJobs
        from amts_gui.engines.amazon.parallel_data import ParallelDataSync

        assert self.aws is not None
        granularity = "paragraph" if variant.endswith("-paragraph") else "sentence"
        base = self.aws.settings.parallel_data_name or "amts"
        settings = replace(
            self.aws.settings, parallel_data_name=evaluation_resource(base, chapter, granularity, self.how)
        )
        sync = ParallelDataSync(self.store, self.aws.translate, self.aws.s3, settings, **self.aws._timing())
        pushed = sync.push(
            exclude_chapters=[chapter], granularity=granularity, reverse=self.how.reversed, reuse_unchanged=True
        )
        if pushed.status != "ACTIVE":
            raise EngineError(f"parallel data {pushed.name} is {pushed.status}: {pushed.message or 'import failed'}")
        jobs = ActJobs(self.store, self.aws.translate, self.aws.s3, settings, **self.aws._timing())
        digest = hashlib.sha1("\n".join(s.text for s in segments).encode("utf-8")).hexdigest()[:12]
        tag = f"{chapter}|{variant}|{self.how.name}|{pushed.name}@{pushed.version}|{digest}"
        job = jobs.submit_evaluation(chapter, segments, self.how.source_lang, self.how.target_lang, tag)
        job = jobs.wait(job, timeout=self.aws.job_timeout, cancelled=self.cancelled)
        if job.active:
            raise EngineError(
                f"batch job {job.params['job_name']} is still {job.service_status}; run `amts evaluate` again "
                "later: it picks the same job up (no second job is started)"
            )
        if job.status in ("failed", "stopped"):
            raise EngineError(f"batch job {job.params['job_name']} {job.status}: {job.message or ''}".rstrip(": "))
        translations: dict[str, str] = (job.detail or {}).get("translations", {})
        return [restore(translations[s.id], s.markup) if s.id in translations else None for s in segments]

    def _translate(self, variant: str, chapter: str, segments: list[SegmentInput]) -> list[str | None]:
        if variant == "tm":
            return self._tm(chapter, segments)
        if variant == "amazon-realtime":
            return self._realtime(chapter, segments)
        return self._act(chapter, segments, variant)

    # -- the run ------------------------------------------------------------------------
    def run(self, chapters: Sequence[str]) -> EvaluationResult:
        if not chapters:
            raise InputError("name the chapters to evaluate (--chapters NAME...)")
        for name in chapters:
            self.store.chapter(name)  # a clear error for an unknown chapter, before any cost
        result = EvaluationResult(uuid.uuid4().hex[:12], self.how.name, list(chapters))
        runnable = []
        for variant in self.variants:
            why = self._why_not(variant)
            if why is not None:
                result.skipped.append((variant, why))
                continue
            runnable.append(variant)
            result.endpoints[variant] = (
                endpoint_label(self.aws.settings) if self.aws and variant != "tm" else MEMORY_ENDPOINT
            )
        target_lang = self.how.target_lang
        total, done = len(chapters) * len(runnable), 0
        for chapter in chapters:
            units = chapter_units(self.store, chapter, self.how)
            if not units:
                result.notes.append(f"{chapter}: no aligned sentence pairs; run `amts align` on it first")
                done += len(runnable)
                continue
            result.references[chapter] = [u.reference for u in units]
            segments = _segments(units)
            for variant in runnable:
                if self.cancelled and self.cancelled():
                    result.cancelled = True
                    return result
                if self.progress:
                    self.progress(done, total, f"{chapter}: {variant}")
                try:
                    hypotheses = self._translate(variant, chapter, segments)
                except AmtsError as exc:
                    result.failures.append((chapter, variant, str(exc)))
                    done += 1
                    continue
                result.texts[(chapter, variant)] = hypotheses
                scored = score_variant(chapter, variant, units, hypotheses, target_lang)
                if scored is None:
                    result.failures.append((chapter, variant, "no unit got a translation"))
                else:
                    result.scores.append(scored)
                done += 1
        if self.progress:
            self.progress(total, total, "")
        imported = self.store.db.execute("SELECT COUNT(*) FROM pairs WHERE chapter_id IS NULL").fetchone()[0]
        if imported:
            result.notes.append(
                f"{imported} imported pairs belong to no chapter and stay in every leave-one-out memory and "
                "parallel data; if they came from the evaluated chapters, the scores are inflated"
            )
        for variant in runnable:
            rows = rows_of(s for s in result.scores if s.variant == variant)
            if rows:
                record(
                    self.store,
                    rows,
                    kind="evaluation",
                    direction=self.how.name,
                    endpoint=result.endpoints[variant],
                    run=result.run,
                )
        return result
