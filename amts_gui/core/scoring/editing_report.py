"""The editing log as a report, one row per segment, in the spirit of MateCat's editing-log CSV: words,
active seconds, seconds per word, post-editing effort, HTER, the draft's origin and band, keystrokes.

- **PEE** (post-editing effort): the character edit distance from the draft to the final (Levenshtein:
  insertions, deletions and substitutions alike) over the longer of the two: 0 for a draft kept as it
  is, 1 for one replaced whole, 0.5 for a final that doubles the draft (what the translator added counts
  as much as what was changed).
- **HTER**: TER of the draft against the final, by words (sacrebleu; characters for Chinese and
  Japanese): edits over the final's words, shifts included.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from rapidfuzz.distance import Levenshtein

from amts_gui.core.overview.analysis import count_words
from amts_gui.core.project.editing_log import EditingLogRow, editing_log
from amts_gui.core.project.finals import accepted_segment_ids, drafts_edited_from
from amts_gui.core.project.review import review_rows
from amts_gui.core.project.store import Store
from amts_gui.core.scoring.metrics import hter
from amts_gui.core.scoring.workload import NO_DRAFT, Timed

COLUMNS = (
    "segment_id",
    "chapter",
    "segment",
    "words",
    "seconds",
    "seconds_per_word",
    "pee",
    "hter",
    "origin",
    "band",
    "keystrokes",
    "inserted",
    "deleted",
    "visits",
    "from_scratch",
)


@dataclass(frozen=True)
class EditingReportRow:
    log: EditingLogRow
    words: int
    pee: float | None  # None: no draft to change (from scratch, or none)
    hter: float | None  # 0–1

    @property
    def seconds_per_word(self) -> float | None:
        return self.log.seconds / self.words if self.words else None

    def cells(self) -> list[str]:
        def number(value: float | None, digits: int) -> str:
            return "" if value is None else f"{value:.{digits}f}"

        log = self.log
        return [
            log.segment_id,
            log.chapter,
            str(log.number),
            str(self.words),
            number(log.seconds, 1),
            number(self.seconds_per_word, 2),
            number(self.pee, 3),
            number(self.hter, 3),
            log.origin,
            log.band,
            str(log.keystrokes),
            str(log.inserted),
            str(log.deleted),
            str(log.visits),
            "1" if log.from_scratch else "0",
        ]


def editing_report(store: Store, chapter: str | None = None) -> list[EditingReportRow]:
    settings = store.settings()
    logged = editing_log(store, chapter)
    texts = {}
    for name in sorted({row.chapter for row in logged}):
        texts.update(
            {r.id: r for r in review_rows(store, name, only=[x.segment_id for x in logged if x.chapter == name])}
        )
    edited_from = drafts_edited_from(store, [log.segment_id for log in logged])
    report = []
    for log in logged:
        row = texts.get(log.segment_id)
        words = count_words(row.source, settings.source_lang) if row else 0
        draft, final = edited_from.get(log.segment_id), (row.final if row else None)
        score = pee = None
        if draft is not None and final is not None and not log.from_scratch:
            score = hter([draft], [final], settings.target_lang).value / 100
            pee = post_editing_effort(draft, final)
        report.append(EditingReportRow(log, words, pee, score))
    return report


def post_editing_effort(draft: str, final: str) -> float:
    """PEE: the character edit distance from ``draft`` to ``final`` over the longer of the two (0–1)."""
    return float(Levenshtein.normalized_distance(draft, final))


NOTES = (
    "seconds: active editing time, pauses over the idle cut left out; only the app records it",
    "pee: character edit distance from the draft to the final over the longer of the two (insertions count)",
    "hter: TER of the draft against the final, by words (characters for zh and ja), shifts included",
    "origin, band: the draft the final started from (engine or memory, and the memory's match band)",
)


def untimed_accepts(store: Store, chapter: str | None = None) -> int:
    """Accepted segments the editing log has no row for: accepted where no time is recorded (the CLI, an
    XLIFF import), which the workload cannot count."""
    logged = {row.segment_id for row in editing_log(store, chapter)}
    return sum(1 for segment_id in accepted_segment_ids(store, chapter) if segment_id not in logged)


FROM_SCRATCH = "from scratch"


def timed(rows: list[EditingReportRow]) -> list[Timed]:
    """The report's rows as the workload groups them: the control, or the draft's origin and band.

    A control segment counts as the control only when it had a draft that the desk kept hidden: then both
    groups are segments the drafting filled, drawn by the same hash before anyone saw a draft, and they
    differ only by whether the draft was shown.  A control segment without a draft, like any segment
    without one, is rated apart (``none``) and stays out of the saving."""
    out = []
    for row in rows:
        log = row.log
        if log.origin == NO_DRAFT:
            group = NO_DRAFT
        elif log.from_scratch:
            group = FROM_SCRATCH
        else:
            group = log.origin if log.band == log.origin else f"{log.origin} {log.band}"
        out.append(Timed(log.chapter, group, row.words, log.seconds))
    return out


def render_editing_csv(rows: list[EditingReportRow]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    writer.writerows(row.cells() for row in rows)
    return buffer.getvalue()
