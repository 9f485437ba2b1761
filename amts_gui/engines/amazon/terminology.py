"""The project's glossary as an Amazon Translate Custom Terminology, pushed in one call.

The glossary goes as Amazon's CSV: a header of the two language codes, then one row per term with its
preferred translation (a do-not-translate term maps to itself), directionality UNI, merge strategy
OVERWRITE.  Amazon's limits apply before anything is sent: a term of at most 200 bytes on either side
(longer ones are left out and reported) and a file of at most 10 MB.  Once pushed, every TranslateText
call and batch job passes ``TerminologyNames`` (see :class:`~amts_gui.engines.amazon.settings.AwsSettings`).
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from amts_gui.core.messages import message
from amts_gui.core.project.store import Store
from amts_gui.core.project.terms import list_terms
from amts_gui.core.text.terms import TermEntry
from amts_gui.engines.amazon.errors import describe_error
from amts_gui.engines.amazon.retry import Backoff
from amts_gui.engines.amazon.services import AmazonServices
from amts_gui.engines.base import EngineError

MAX_TERM_BYTES = 200
MAX_FILE_BYTES = 10 * 1024 * 1024
_STATE_KEY = "terms.pushed"  # the last push, in the project's settings


@dataclass(frozen=True)
class TerminologyFile:
    data: bytes  # the CSV, UTF-8
    terms: int
    skipped: tuple[str, ...]  # source terms left out, with the reason

    @property
    def digest(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


def terminology_file(entries: Sequence[TermEntry], source_lang: str, target_lang: str) -> TerminologyFile:
    """Amazon's CSV of the glossary: the preferred target of each term that fits Amazon's limits."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([source_lang, target_lang])
    skipped: list[str] = []
    terms = 0
    for entry in entries:
        target = entry.preferred
        if max(len(entry.source.encode("utf-8")), len(target.encode("utf-8"))) > MAX_TERM_BYTES:
            skipped.append(message("{term}: over {limit} bytes", term=entry.source[:40], limit=MAX_TERM_BYTES))
            continue
        writer.writerow([entry.source, target])
        terms += 1
    return TerminologyFile(buffer.getvalue().encode("utf-8"), terms, tuple(skipped))


@dataclass(frozen=True)
class GlossaryPush:
    name: str
    terms: int  # sent
    skipped: tuple[str, ...]  # left out here, by Amazon's limits
    amazon_terms: int | None  # what Amazon says it holds (TermCount)
    amazon_skipped: int | None  # …and left out (SkippedTermCount)
    at: str


def push_glossary(store: Store, services: AmazonServices, *, backoff: Backoff | None = None) -> GlossaryPush:
    """ImportTerminology with the project's glossary under the terminology name of the settings."""
    settings = services.settings
    settings.require("terminology_name")
    entries = list_terms(store)
    if not entries:
        raise EngineError(message("the glossary is empty: import one first (`amts terms import`)"))
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
    )
    state = {"name": pushed.name, "at": pushed.at, "terms": pushed.terms, "digest": file.digest}
    store.set_settings({_STATE_KEY: json.dumps(state, sort_keys=True)})
    return pushed


@dataclass(frozen=True)
class GlossaryStatus:
    terms: int  # in the glossary
    pushed_at: str | None
    pushed_name: str | None
    changed: bool  # the glossary differs from what was pushed (or was never pushed)


def glossary_status(store: Store) -> GlossaryStatus:
    entries = list_terms(store)
    state = json.loads(store.settings_with_prefix("terms.").get("pushed") or "{}")
    project = store.settings()
    digest = terminology_file(entries, project.source_lang, project.target_lang).digest if entries else ""
    return GlossaryStatus(len(entries), state.get("at"), state.get("name"), digest != state.get("digest"))
