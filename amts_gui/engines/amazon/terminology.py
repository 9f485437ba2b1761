"""The project's glossary as an Amazon Translate Custom Terminology, pushed in one call.

The glossary goes as Amazon's CSV (:mod:`amts_gui.core.terms.terminology_csv`), directionality UNI,
merge strategy OVERWRITE; Amazon's limits are applied before anything is sent.  Once pushed, every
TranslateText call and batch job passes ``TerminologyNames`` (see
:class:`~amts_gui.engines.amazon.settings.AwsSettings`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from amts_gui.core.messages import message
from amts_gui.core.project.store import Store
from amts_gui.core.project.term_survey import pushable_entries
from amts_gui.core.project.terms import list_terms
from amts_gui.core.terms.terminology_csv import MAX_FILE_BYTES, record_push, terminology_file
from amts_gui.engines.amazon.errors import describe_error
from amts_gui.engines.amazon.retry import Backoff
from amts_gui.engines.amazon.services import AmazonServices
from amts_gui.engines.base import EngineError


@dataclass(frozen=True)
class GlossaryPush:
    name: str
    terms: int  # sent
    skipped: tuple[str, ...]  # left out here, by Amazon's limits
    amazon_terms: int | None  # what Amazon says it holds (TermCount)
    amazon_skipped: int | None  # …and left out (SkippedTermCount)
    at: str
    left_out: tuple[str, ...] = ()  # ambiguous entries not sent (core.project.term_usage)


def push_glossary(
    store: Store, services: AmazonServices, *, include_ambiguous: bool = False, backoff: Backoff | None = None
) -> GlossaryPush:
    """ImportTerminology with the project's glossary under the terminology name of the settings; entries
    flagged ambiguous stay out unless ``include_ambiguous``."""
    settings = services.settings
    settings.require("terminology_name")
    if not list_terms(store):
        raise EngineError(message("the glossary is empty: import one first (`amts terms import`)"))
    entries, left_out = pushable_entries(store, include_ambiguous)
    if not entries:
        raise EngineError(
            message("every glossary entry is flagged ambiguous; push them with --include-ambiguous if you mean it")
        )
    project = store.settings()
    file = terminology_file(entries, project.source_lang, project.target_lang)
    if len(file.data) > MAX_FILE_BYTES:
        raise EngineError(message("the glossary is over 10 MB as Amazon's CSV; Amazon Translate takes at most 10 MB"))
    if file.terms == 0:
        raise EngineError(message("no term of the glossary fits Amazon's limit of 200 bytes"))
    request: dict[str, Any] = {
        "Name": settings.terminology_name,
        "MergeStrategy": "OVERWRITE",
        "Description": message("AMTS Studio glossary, {terms} terms", terms=file.terms),
        "TerminologyData": {"File": file.data, "Format": "CSV", "Directionality": "UNI"},
    }
    try:
        response = (backoff or Backoff()).call(lambda: services.translate.import_terminology(**request))
    except Exception as exc:  # noqa: BLE001 - every AWS failure becomes one message
        raise describe_error(exc, message("ImportTerminology {name}", name=settings.terminology_name)) from None
    properties = response.get("TerminologyProperties") or {}
    pushed = GlossaryPush(
        settings.terminology_name,
        file.terms,
        file.skipped,
        properties.get("TermCount"),
        properties.get("SkippedTermCount"),
        store.now(),
        tuple(left_out),
    )
    record_push(store, pushed.name, pushed.at, file, left_out)
    return pushed
