"""Amazon Translate realtime: one TranslateText call per segment, without ACT (no parallel data)."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from typing import TYPE_CHECKING, Any

from amts_gui.core.messages import message
from amts_gui.engines.amazon.errors import describe_error
from amts_gui.engines.amazon.html import fragment_text, segment_html
from amts_gui.engines.amazon.retry import Backoff
from amts_gui.engines.amazon.settings import AwsSettings
from amts_gui.engines.base import Cancelled, Draft, DraftRun, EngineError, Progress, SegmentInput, ServiceUnusable
from amts_gui.engines.catalog import AMAZON_REALTIME

if TYPE_CHECKING:
    from amts_gui.engines.catalog import EngineOptions

MAX_REQUEST_BYTES = 10_000  # TranslateText's limit on Text, in UTF-8 bytes
DEFAULT_WORKERS = 4


def request_text(seg: SegmentInput) -> str:
    """The Text sent for ``seg``; refused with a message naming the segment if it is over the limit.

    A segment is one sentence, so it is never split: a 10,000-byte sentence is a segmentation
    problem to fix in the source, and cutting it would give the service half-sentences.
    """
    text = segment_html(seg.source, seg.markup)
    size = len(text.encode("utf-8"))
    if size > MAX_REQUEST_BYTES:
        raise EngineError(
            message(
                "segment {id} is {size:,} bytes as sent (HTML with protected markup); TranslateText takes at most "
                "{limit:,} bytes per call. Split the sentence in the source chapter, or translate it by "
                "hand",
                id=seg.id,
                size=size,
                limit=MAX_REQUEST_BYTES,
            )
        )
    return text


class AmazonRealtimeEngine:
    """TranslateText once per segment, from a bounded pool of threads, riding out throttling."""

    name = AMAZON_REALTIME.name
    variant = AMAZON_REALTIME.variant

    def __init__(
        self,
        client: Any,
        settings: AwsSettings | None = None,
        *,
        workers: int = DEFAULT_WORKERS,
        backoff: Backoff | None = None,
    ) -> None:
        self.client = client
        self.settings = settings or AwsSettings()
        self.workers = max(1, workers)
        self.backoff = backoff or Backoff()

    @classmethod
    def create(cls, options: EngineOptions) -> AmazonRealtimeEngine:
        if options.services is None:
            raise EngineError(
                message("drafting with Amazon Translate needs its settings (Settings ▸ Amazon Translate)")
            )
        services = options.services()
        return cls(services.translate, services.settings, workers=options.workers)

    def _translate_one(self, seg: SegmentInput, text: str, source_lang: str, target_lang: str) -> Draft:
        request: dict[str, Any] = {
            "Text": text,
            "SourceLanguageCode": source_lang,
            "TargetLanguageCode": target_lang,
        }
        if self.settings.translate_settings():
            request["Settings"] = self.settings.translate_settings()
        if self.settings.terminology_names():
            request["TerminologyNames"] = self.settings.terminology_names()
        try:
            response = self.backoff.call(lambda: self.client.translate_text(**request))
        except Exception as exc:  # noqa: BLE001 - every AWS failure becomes a message for this segment
            raise describe_error(exc, message("TranslateText for segment {id}", id=seg.id)) from None
        translated, findings = fragment_text(response["TranslatedText"], seg.markup)
        meta: dict[str, Any] = {"act": False}
        if findings:
            meta["findings"] = [str(f) for f in findings]
        applied = response.get("AppliedSettings")
        if applied:
            meta["applied_settings"] = applied
        terms = [t for used in response.get("AppliedTerminologies") or [] for t in used.get("Terms") or []]
        if terms:
            meta["applied_terms"] = {t["SourceText"]: t["TargetText"] for t in terms}
        return Draft(seg.id, translated, self.name, self.variant, meta)

    def translate(
        self,
        segments: Sequence[SegmentInput],
        source_lang: str,
        target_lang: str,
        *,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> DraftRun:
        drafts: dict[str, Draft] = {}
        failures: dict[str, str] = {}
        todo: list[tuple[SegmentInput, str]] = []
        for seg in segments:
            try:
                todo.append((seg, request_text(seg)))
            except EngineError as exc:
                failures[seg.id] = str(exc)
        stop = threading.Event()
        fatal: list[EngineError] = []
        done = 0
        with ThreadPoolExecutor(max_workers=self.workers, thread_name_prefix="translate") as pool:
            pending: dict[Future[Draft], SegmentInput] = {}
            queue = list(reversed(todo))
            while queue or pending:
                while queue and len(pending) < self.workers * 2 and not stop.is_set():
                    if cancelled and cancelled():
                        stop.set()
                        break
                    seg, text = queue.pop()
                    pending[pool.submit(self._translate_one, seg, text, source_lang, target_lang)] = seg
                if stop.is_set():
                    queue.clear()
                if not pending:
                    break
                finished, _ = wait(pending, return_when=FIRST_COMPLETED)
                for future in finished:
                    seg = pending.pop(future)
                    done += 1
                    try:
                        drafts[seg.id] = future.result()
                    except ServiceUnusable as exc:
                        failures[seg.id] = str(exc)
                        fatal.append(exc)  # every other call would fail the same way
                        stop.set()
                    except EngineError as exc:
                        failures[seg.id] = str(exc)
                    if progress:
                        progress(done, len(todo), seg.id)
        if fatal and not drafts:
            raise fatal[0]
        ordered = tuple(drafts[s.id] for s in segments if s.id in drafts)
        was_cancelled = bool(cancelled and cancelled()) or (stop.is_set() and not fatal)
        return DraftRun(ordered, failures, cancelled=was_cancelled, requests=self.backoff.attempts)
