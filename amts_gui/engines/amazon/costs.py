"""What an Amazon Translate run would cost: characters as sent × the configured rate (a preview, not a bill)."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

from amts_gui.core.messages import Message, message
from amts_gui.core.project.segments import segments_to_draft
from amts_gui.core.project.store import Store
from amts_gui.engines.amazon.html import segment_html
from amts_gui.engines.amazon.settings import AwsSettings, is_amazon_endpoint
from amts_gui.engines.base import SegmentInput


@dataclass(frozen=True)
class CostEstimate:
    chapters: tuple[str, ...]
    segments: int
    characters: int
    rate_per_million: float
    act: bool
    charged: bool = True  # False: the endpoint is not Amazon's (a proxy's own terms, a test double)

    @property
    def cost(self) -> float:
        return price_at(self.characters, self.rate_per_million) if self.charged else 0.0

    @property
    def text(self) -> Message:
        kind = message("ACT batch") if self.act else message("standard realtime")
        if not self.charged:
            return message(
                "{segments} segments, {characters:,} characters ({kind}); not an Amazon endpoint: no charge",
                segments=self.segments,
                characters=self.characters,
                kind=kind,
            )
        return message(
            "{segments} segments, {characters:,} characters × ${rate:.2f} per million ({kind}) ≈ ${cost:.2f}",
            segments=self.segments,
            characters=self.characters,
            rate=self.rate_per_million,
            kind=kind,
            cost=self.cost,
        )

    def __str__(self) -> str:
        return str(self.text)


def chapter_segments(
    store: Store, chapter: str, only: Collection[str] | None = None, *, redraft: bool = False
) -> list[SegmentInput]:
    """What a run sends of the chapter, as engine input: its segments without the translator's text (of
    ``only``; ``redraft``: all of ``only``), as :func:`~amts_gui.core.project.segments.segments_to_draft`."""
    return [SegmentInput.from_row(r) for r in segments_to_draft(store, chapter, only, redraft=redraft)]


def billed_characters(source: str, markup: tuple[str, ...]) -> int:
    """The characters Amazon Translate bills for one segment: the segment as sent, protected markup included."""
    return len(segment_html(source, markup))


def price_at(characters: int, rate_per_million: float) -> float:
    return characters * rate_per_million / 1_000_000


def price(characters: int, settings: AwsSettings, *, act: bool) -> float:
    """USD for ``characters`` at the configured rate (standard realtime, or ACT batch): what the analysis
    and the cost preview before a job both say."""
    return price_at(characters, settings.act_rate if act else settings.standard_rate)


def estimate_cost(
    store: Store,
    chapters: Sequence[str],
    settings: AwsSettings,
    *,
    act: bool,
    only: Collection[str] | None = None,
    redraft: bool = False,
) -> CostEstimate:
    """Characters as sent (protected markup included) × the configured rate; a preview, not a bill.  It counts
    what a run sends: the segments without the translator's text (``only``: of these; ``redraft``: all of them)."""
    segments = [s for c in chapters for s in chapter_segments(store, c, only, redraft=redraft)]
    characters = sum(billed_characters(s.source, s.markup) for s in segments)
    rate = settings.act_rate if act else settings.standard_rate
    charged = is_amazon_endpoint(settings.translate_endpoint)
    return CostEstimate(tuple(chapters), len(segments), characters, rate, act, charged)
