"""The project's counts, defined once for the chapter tree, the status bar, the toolbar, the dashboard
and ``amts stats``.

Segments are in exactly one state: **untranslated** (nothing yet), **draft** (a machine or memory draft,
whichever engine made it), **edited** (the translator's text, not yet accepted) or **accepted**.

Pairs are **sentence** pairs (what the memory matches and what is sent to Amazon Translate) or
**paragraph** pairs (kept for evaluation).  A sentence pair is *not yet on Amazon* when it is **to push**
(new or changed since the last good push) or **kept out**, for one reason: **flagged** (a doubtful
alignment), **QA** (accepted with QA errors), **duplicate** (a newer pair has the same source) or
**Amazon's rules** (an empty side, or over the size limit).  The push applies the very same selection.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from amts_gui.core.project.pushes import push_summary
from amts_gui.core.project.review import ChapterProgress, State, chapter_progress
from amts_gui.core.project.store import Store

__all__ = ["STATES", "PairCounts", "ProjectCounts", "State", "pair_counts", "project_counts"]

STATES = (State.UNTRANSLATED, State.DRAFT, State.EDITED, State.ACCEPTED)  # the order every view uses


@dataclass(frozen=True)
class PairCounts:
    sentence: int
    paragraph: int
    to_push: int  # sentence pairs that go out with the next push: new or changed since the last good one
    kept_out: dict[str, int] = field(default_factory=dict)  # sentence pairs never sent as they are, per reason

    @property
    def not_on_amazon(self) -> int:
        return self.to_push + sum(self.kept_out.values())

    def as_dict(self) -> dict[str, Any]:
        return {
            "sentence": self.sentence,
            "paragraph": self.paragraph,
            "not_on_amazon": self.not_on_amazon,
            "to_push": self.to_push,
            "kept_out": dict(self.kept_out),
        }


def pair_counts(store: Store) -> PairCounts:
    """The pairs, and which of them Amazon Translate does not have yet and why."""
    from amts_gui.core.parallel.formats import select_dated_pairs, skipped_by_kind  # Amazon's rules, on demand
    from amts_gui.core.project.pairs import count_pairs, list_pairs

    units, notes = select_dated_pairs(list_pairs(store, granularity="sentence"), "tmx")
    since = push_summary(store).good_at or ""
    to_push = sum(1 for *_, stamp in units if (stamp or "") > since)
    return PairCounts(
        sentence=count_pairs(store, granularity="sentence"),
        paragraph=count_pairs(store, granularity="paragraph"),
        to_push=to_push,
        kept_out=skipped_by_kind(notes),
    )


@dataclass(frozen=True)
class ProjectCounts:
    chapters: list[ChapterProgress]
    pairs: PairCounts

    @property
    def states(self) -> dict[State, int]:
        """Segments per state over the whole project."""
        return {state: sum(c.counts[state] for c in self.chapters) for state in STATES}

    @property
    def segments(self) -> int:
        return sum(c.total for c in self.chapters)

    def as_dict(self) -> dict[str, Any]:
        """The shape ``amts stats --json`` prints."""
        return {
            "chapters": [
                {
                    "chapter": c.chapter,
                    "segments": c.total,
                    **{str(s): c.counts[s] for s in STATES},
                    "reference": c.reference,
                }
                for c in self.chapters
            ],
            "segments": {"total": self.segments, **{str(s): n for s, n in self.states.items()}},
            "pairs": self.pairs.as_dict(),
        }


def project_counts(store: Store) -> ProjectCounts:
    return ProjectCounts(chapter_progress(store), pair_counts(store))
