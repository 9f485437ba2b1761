"""The offline engine: drafts from the project's translation memory (its parallel pairs)."""

from __future__ import annotations

from collections.abc import Sequence

from amts_gui.core.memory.index import Entry, Memory, TranslationMemory
from amts_gui.core.memory.thresholds import DEFAULT_MIN_SCORE
from amts_gui.core.project.memory import open_project_memory
from amts_gui.core.project.pairs import list_pairs
from amts_gui.core.project.store import Store
from amts_gui.core.project.terms import term_finder
from amts_gui.core.text.placeholders import mask
from amts_gui.engines.base import Cancelled, Draft, DraftRun, Progress, SegmentInput
from amts_gui.engines.catalog import TM, EngineOptions


def project_memory(
    store: Store, *, exclude_chapters: Sequence[str] = (), min_score: float = DEFAULT_MIN_SCORE
) -> Memory:
    """The project's sentence pairs as a memory, with the glossary for repairs; doubtful (flagged)
    alignments and pairs accepted with QA errors are left out.  The whole project's memory is kept
    in an index saved beside it; one without some chapters (the studies) is built in memory."""
    if not exclude_chapters:
        return open_project_memory(store, min_score=min_score, terms=term_finder(store))
    entries = (
        Entry(row.source, row.target, row.id, row.origin, row.updated_at)
        for row in list_pairs(store, granularity="sentence", exclude_chapters=exclude_chapters)
        if not row.flagged and not row.qa
    )
    return TranslationMemory(entries, min_score=min_score, terms=term_finder(store))


class MemoryEngine:
    """Best memory match per segment; segments without a match at ``min_score`` get no draft."""

    name = TM.name
    variant = TM.variant

    def __init__(self, memory: Memory) -> None:
        self.memory = memory

    @classmethod
    def for_project(
        cls, store: Store, *, exclude_chapters: Sequence[str] = (), min_score: float = DEFAULT_MIN_SCORE
    ) -> MemoryEngine:
        return cls(project_memory(store, exclude_chapters=exclude_chapters, min_score=min_score))

    @classmethod
    def create(cls, options: EngineOptions) -> MemoryEngine:
        from amts_gui.core.project.targets import memory_threshold

        score = (
            options.min_score if options.min_score is not None else memory_threshold(options.store, DEFAULT_MIN_SCORE)
        )
        return cls.for_project(options.store, exclude_chapters=options.exclude_chapters, min_score=score)

    def translate(
        self,
        segments: Sequence[SegmentInput],
        source_lang: str,
        target_lang: str,
        *,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> DraftRun:
        drafts: list[Draft] = []
        failures: dict[str, str] = {}
        for done, seg in enumerate(segments):
            if cancelled and cancelled():
                return DraftRun(tuple(drafts), failures, cancelled=True)
            if progress:
                progress(done, len(segments), seg.id)
            match = self.memory.lookup(seg.text)
            if match is None:
                failures[seg.id] = f"no memory match at {self.memory.min_score:.0f} % or more"
                continue
            meta = {
                "score": match.score,
                "raw_score": match.raw_score,
                "match_source": match.source,
                "pair_id": match.entry.pair_id,
                "origin": match.entry.origin,
                "repairs": [list(r) for r in match.repairs],
            }
            drafts.append(Draft(seg.id, mask(match.target, seg.markup), self.name, self.variant, meta))
        if progress:
            progress(len(segments), len(segments), "")
        return DraftRun(tuple(drafts), failures)
