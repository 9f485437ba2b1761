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
from dataclasses import dataclass, field
from urllib.parse import urlparse

from amts_gui.core.errors import AmtsError, InputError
from amts_gui.core.memory.index import Entry, TranslationMemory
from amts_gui.core.memory.thresholds import STUDY_MIN_SCORE
from amts_gui.core.project.chapters import get_chapter
from amts_gui.core.project.pairs import count_pairs, list_pairs
from amts_gui.core.project.pushes import EVALUATION_INFIX
from amts_gui.core.project.scores import record
from amts_gui.core.project.store import Store
from amts_gui.core.scoring.history import rows_of
from amts_gui.core.scoring.units import Direction, Unit, VariantScore, chapter_units, direction, score_variant
from amts_gui.core.text.placeholders import protect, restore
from amts_gui.engines.amazon.retry import Polling
from amts_gui.engines.amazon.services import AmazonServices
from amts_gui.engines.amazon.settings import AwsSettings
from amts_gui.engines.base import Cancelled, EngineError, Progress, SegmentInput
from amts_gui.engines.catalog import VARIANTS, EngineOptions, Kind, Variant, variant

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
    """One evaluation run over chapters and variants (the catalog's variant keys)."""

    def __init__(
        self,
        store: Store,
        *,
        variants: Sequence[str] = (),
        direction_name: str | None = None,
        services: AmazonServices | None = None,
        polling: Polling | None = None,
        job_timeout: float | None = None,
        aws_problem: str = "no AWS credentials",
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> None:
        chosen = {variant(key).key for key in variants} if variants else {v.key for v in VARIANTS}
        self.store = store
        self.variants = [v for v in VARIANTS if v.key in chosen]
        self.how = direction(store, direction_name)
        self.services, self.aws_problem = services, aws_problem
        self.polling = polling or Polling(cap=60.0)
        self.job_timeout = job_timeout
        self.progress, self.cancelled = progress, cancelled

    # -- which variants can run -----------------------------------------------------
    def _why_not(self, candidate: Variant) -> str | None:
        if not candidate.engine.paid:
            return None
        if self.services is None:
            return f"{self.aws_problem}; Amazon Translate was not called"
        if candidate.engine.kind is Kind.BATCH:
            return act_requirements(self.services.settings)
        return None

    # -- the variants -------------------------------------------------------------------
    def _memory(self, chapter: str) -> TranslationMemory:
        entries = []
        for row in list_pairs(self.store, granularity="sentence", exclude_chapters=[chapter]):
            if row.flagged:
                continue
            source, target = (row.target, row.source) if self.how.reversed else (row.source, row.target)
            entries.append(Entry(source, target, row.id, row.origin, row.updated_at))
        return TranslationMemory(entries, min_score=STUDY_MIN_SCORE)

    def _tm(self, chapter: str, segments: list[SegmentInput]) -> list[str | None]:
        memory = self._memory(chapter)
        out: list[str | None] = []
        for seg in segments:
            match = memory.lookup(seg.text)
            out.append(match.target if match is not None else None)
        return out

    def _realtime(self, candidate: Variant, segments: list[SegmentInput]) -> list[str | None]:
        services = self.services
        assert services is not None
        engine = candidate.engine.create(EngineOptions(self.store, services=lambda: services))
        run = engine.translate(segments, self.how.source_lang, self.how.target_lang, cancelled=self.cancelled)
        if not run.drafts and run.failures:
            raise EngineError(next(iter(run.failures.values())))
        texts = {d.segment_id: d.text for d in run.drafts}
        return [restore(texts[s.id], s.markup) if s.id in texts else None for s in segments]

    def _act(self, chapter: str, segments: list[SegmentInput], candidate: Variant) -> list[str | None]:
        from amts_gui.engines.amazon.batch import ActJobs
        from amts_gui.engines.amazon.parallel_data import ParallelData

        assert self.services is not None
        base = self.services.settings.parallel_data_name or "amts"
        resource = evaluation_resource(base, chapter, candidate.granularity, self.how)
        services = self.services.with_settings(parallel_data_name=resource)
        pushed = ParallelData(self.store, services, polling=self.polling).push(
            exclude_chapters=[chapter],
            granularity=candidate.granularity,
            reverse=self.how.reversed,
            reuse_unchanged=True,
        )
        if pushed.status != "ACTIVE":
            raise EngineError(f"parallel data {pushed.name} is {pushed.status}: {pushed.message or 'import failed'}")
        jobs = ActJobs(self.store, services, polling=self.polling)
        digest = hashlib.sha1("\n".join(s.text for s in segments).encode("utf-8")).hexdigest()[:12]
        tag = f"{chapter}|{candidate.key}|{self.how.name}|{pushed.name}@{pushed.version}|{digest}"
        job = jobs.submit_evaluation(chapter, segments, self.how.source_lang, self.how.target_lang, tag)
        job = jobs.wait(job, timeout=self.job_timeout, cancelled=self.cancelled)
        if job.active:
            raise EngineError(
                f"batch job {job.params['job_name']} is still {job.service_status}; run `amts evaluate` again "
                "later: it picks the same job up (no second job is started)"
            )
        if job.status in ("failed", "stopped"):
            raise EngineError(f"batch job {job.params['job_name']} {job.status}: {job.message or ''}".rstrip(": "))
        translations: dict[str, str] = (job.detail or {}).get("translations", {})
        return [restore(translations[s.id], s.markup) if s.id in translations else None for s in segments]

    def _translate(self, candidate: Variant, chapter: str, segments: list[SegmentInput]) -> list[str | None]:
        if candidate.engine.kind is Kind.BATCH:
            return self._act(chapter, segments, candidate)
        if candidate.engine.paid:
            return self._realtime(candidate, segments)
        return self._tm(chapter, segments)

    # -- the run ------------------------------------------------------------------------
    def run(self, chapters: Sequence[str]) -> EvaluationResult:
        if not chapters:
            raise InputError("name the chapters to evaluate (--chapters NAME...)")
        for name in chapters:
            get_chapter(self.store, name)  # a clear error for an unknown chapter, before any cost
        result = EvaluationResult(uuid.uuid4().hex[:12], self.how.name, list(chapters))
        runnable = self._runnable(result)
        total = len(chapters) * len(runnable)
        for number, chapter in enumerate(chapters):
            if not self._evaluate_chapter(chapter, runnable, result, done=number * len(runnable), total=total):
                return result
        if self.progress:
            self.progress(total, total, "")
        imported = count_pairs(self.store, without_chapter=True)
        if imported:
            result.notes.append(
                f"{imported} imported pairs belong to no chapter and stay in every leave-one-out memory and "
                "parallel data; if they came from the evaluated chapters, the scores are inflated"
            )
        self._record(result, runnable)
        return result

    def _runnable(self, result: EvaluationResult) -> list[Variant]:
        """The variants that can run; the others go to ``result.skipped`` with the reason."""
        runnable = []
        for candidate in self.variants:
            why = self._why_not(candidate)
            if why is not None:
                result.skipped.append((candidate.key, why))
                continue
            runnable.append(candidate)
            paid = candidate.engine.paid and self.services is not None
            where = endpoint_label(self.services.settings) if paid and self.services else MEMORY_ENDPOINT
            result.endpoints[candidate.key] = where
        return runnable

    def _evaluate_chapter(
        self, chapter: str, runnable: list[Variant], result: EvaluationResult, *, done: int, total: int
    ) -> bool:
        """Translate and score the chapter with each variant; False when the run was cancelled."""
        units = chapter_units(self.store, chapter, self.how)
        if not units:
            result.notes.append(f"{chapter}: no aligned sentence pairs; run `amts align` on it first")
            return True
        result.references[chapter] = [u.reference for u in units]
        segments = _segments(units)
        for step, candidate in enumerate(runnable):
            if self.cancelled and self.cancelled():
                result.cancelled = True
                return False
            if self.progress:
                self.progress(done + step, total, f"{chapter}: {candidate.key}")
            try:
                hypotheses = self._translate(candidate, chapter, segments)
            except AmtsError as exc:
                result.failures.append((chapter, candidate.key, str(exc)))
                continue
            result.texts[(chapter, candidate.key)] = hypotheses
            scored = score_variant(chapter, candidate.key, units, hypotheses, self.how.target_lang)
            if scored is None:
                result.failures.append((chapter, candidate.key, "no unit got a translation"))
            else:
                result.scores.append(scored)
        return True

    def _record(self, result: EvaluationResult, runnable: list[Variant]) -> None:
        for candidate in runnable:
            rows = rows_of(s for s in result.scores if s.variant == candidate.key)
            if rows:
                endpoint = result.endpoints[candidate.key]
                record(self.store, rows, kind="evaluation", direction=self.how.name, endpoint=endpoint, run=result.run)
