"""Post-edit effort: how much of the machine draft the translator changed before accepting it.

For each accepted segment, the draft it started from is the latest draft stored before the final was
last saved.  Three measures, per chapter and per day:

* **HTER**: TER from the draft to the accepted final (sacrebleu, with its signature), 0–100;
* **character edit ratio**: Levenshtein distance over characters divided by the longer text, summed
  over segments (0 = untouched, 1 = rewritten);
* **unchanged**: the share of accepted segments whose final equals the draft.

``1 − character edit ratio`` is the work the draft saved, the figure behind the "80 % less work" aim.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from diff_match_patch import diff_match_patch

from amts_gui.core.project.finals import accepted_finals
from amts_gui.core.project.store import Store
from amts_gui.core.scoring.metrics import Score, hter
from amts_gui.core.text.placeholders import restore


@dataclass(frozen=True)
class EditedSegment:
    chapter: str
    draft: str | None  # markup written out
    final: str
    at: str  # ISO time (UTC) when the final was last saved

    @property
    def day(self) -> str:
        return self.at[:10]


@dataclass(frozen=True)
class Effort:
    accepted: int
    with_draft: int  # accepted segments that started from a draft; the measures cover these
    hter: Score | None
    char_edit_ratio: float | None
    unchanged: float | None  # share, 0–1

    @property
    def work_saved(self) -> float | None:
        return None if self.char_edit_ratio is None else 1.0 - self.char_edit_ratio


def accepted_segments(store: Store, chapter: str | None = None) -> list[EditedSegment]:
    return [
        EditedSegment(
            a.chapter, restore(a.draft, a.markup) if a.draft is not None else None, restore(a.final, a.markup), a.at
        )
        for a in accepted_finals(store, chapter)
    ]


def char_edit_ratio(drafts: Sequence[str], finals: Sequence[str]) -> float:
    dmp = diff_match_patch()
    dmp.Diff_Timeout = 0.2
    distance = sum(dmp.diff_levenshtein(dmp.diff_main(d, f, False)) for d, f in zip(drafts, finals, strict=True))
    longest = sum(max(len(d), len(f)) for d, f in zip(drafts, finals, strict=True))
    return distance / longest if longest else 0.0


def effort_of(segments: Sequence[EditedSegment], target_lang: str) -> Effort:
    started = [s for s in segments if s.draft is not None]
    if not started:
        return Effort(len(segments), 0, None, None, None)
    drafts = [s.draft or "" for s in started]
    finals = [s.final for s in started]
    unchanged = sum(d == f for d, f in zip(drafts, finals, strict=True)) / len(started)
    return Effort(
        len(segments), len(started), hter(drafts, finals, target_lang), char_edit_ratio(drafts, finals), unchanged
    )


def chapter_effort(store: Store, chapter: str) -> Effort:
    return effort_of(accepted_segments(store, chapter), store.settings().target_lang)


@dataclass(frozen=True)
class DailyEffort:
    day: str
    last_at: str  # the day's last acceptance, where a chart puts the point
    effort: Effort


def effort_by_day(store: Store, chapter: str | None = None) -> list[DailyEffort]:
    """Post-edit effort of the segments accepted each day, oldest first."""
    days: dict[str, list[EditedSegment]] = defaultdict(list)
    for seg in accepted_segments(store, chapter):
        days[seg.day].append(seg)
    target = store.settings().target_lang
    return [DailyEffort(day, segs[-1].at, effort_of(segs, target)) for day, segs in sorted(days.items())]
