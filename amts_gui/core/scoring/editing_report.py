"""The editing log as a report, one row per segment, in the spirit of MateCat's editing-log CSV: words,
active seconds, seconds per word, post-editing effort (PEE: the share of the draft changed, by
characters), HTER, the draft's origin and band, keystrokes."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from amts_gui.core.overview.analysis import count_words
from amts_gui.core.project.editing_log import EditingLogRow, editing_log
from amts_gui.core.project.finals import drafts_edited_from
from amts_gui.core.project.review import review_rows
from amts_gui.core.project.store import Store
from amts_gui.core.scoring.metrics import hter
from amts_gui.core.scoring.workload import Timed

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
        pee = 1 - log.kept_chars / log.draft_chars if log.draft_chars and not log.from_scratch else None
        draft, final = edited_from.get(log.segment_id), (row.final if row else None)
        score = None
        if draft is not None and final is not None and not log.from_scratch:
            score = hter([draft], [final], settings.target_lang).value / 100
        report.append(EditingReportRow(log, words, pee, score))
    return report


FROM_SCRATCH = "from scratch"


def timed(rows: list[EditingReportRow]) -> list[Timed]:
    """The report's rows as the workload groups them: the control, or the draft's origin and band."""
    out = []
    for row in rows:
        log = row.log
        group = (
            FROM_SCRATCH if log.from_scratch else (log.origin if log.band == log.origin else f"{log.origin} {log.band}")
        )
        out.append(Timed(log.chapter, group, row.words, log.seconds))
    return out


def render_editing_csv(rows: list[EditingReportRow]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    writer.writerows(row.cells() for row in rows)
    return buffer.getvalue()
