"""The glossary as Amazon Translate's Custom Terminology CSV, and the state of its last push.

The CSV has a header of the two language codes, then one row per term with its preferred translation (a
do-not-translate term maps to itself).  Amazon's limits apply: a term of at most 200 bytes on either side
(longer ones are left out and reported) and a file of at most 10 MB.  An entry with only forbidden
translations is left out too, and reported: its row would map the term to itself, which tells Amazon to
leave it untranslated.  No boto3 here: the window shows
the glossary's status at start.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from collections.abc import Sequence
from dataclasses import dataclass

from amts_gui.core.messages import message
from amts_gui.core.project.store import Store
from amts_gui.core.project.terms import list_terms
from amts_gui.core.text.terms import TermEntry

MAX_TERM_BYTES = 200
MAX_FILE_BYTES = 10 * 1024 * 1024
PUSHED_KEY = "terms.pushed"  # the last push, in the project's settings


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
        if not entry.targets and not entry.do_not_translate:  # only forbidden translations: nothing to ask for
            skipped.append(message("{term}: no translation, only forbidden ones", term=entry.source[:40]))
            continue
        target = entry.preferred
        if max(len(entry.source.encode("utf-8")), len(target.encode("utf-8"))) > MAX_TERM_BYTES:
            skipped.append(message("{term}: over {limit} bytes", term=entry.source[:40], limit=MAX_TERM_BYTES))
            continue
        writer.writerow([entry.source, target])
        terms += 1
    return TerminologyFile(buffer.getvalue().encode("utf-8"), terms, tuple(skipped))


@dataclass(frozen=True)
class GlossaryStatus:
    terms: int  # in the glossary
    pushed_at: str | None
    pushed_name: str | None
    changed: bool  # the glossary differs from what was pushed (or was never pushed)


def glossary_status(store: Store) -> GlossaryStatus:
    """The glossary against its last push; the entries that push left out as ambiguous are not a change
    (measuring ambiguity again would cost a pass over every pair at start)."""
    entries = list_terms(store)
    state = json.loads(store.settings_with_prefix("").get(PUSHED_KEY) or "{}")
    project = store.settings()
    left_out = set(state.get("left_out", []))
    sent = [e for e in entries if e.source not in left_out]
    digest = terminology_file(sent, project.source_lang, project.target_lang).digest if sent else ""
    return GlossaryStatus(len(entries), state.get("at"), state.get("name"), digest != state.get("digest"))


def record_push(store: Store, name: str, at: str, file: TerminologyFile, left_out: Sequence[str] = ()) -> None:
    state = {"name": name, "at": at, "terms": file.terms, "digest": file.digest, "left_out": sorted(left_out)}
    store.set_settings({PUSHED_KEY: json.dumps(state, sort_keys=True)})
