"""The engine protocol: segments in, one draft per segment out."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from amts_gui.core.errors import AmtsError
from amts_gui.core.progress import Cancelled, Progress
from amts_gui.core.project.rows import Draft, SegmentRow

__all__ = ["Cancelled", "Draft", "DraftRun", "EngineError", "Progress", "RealtimeEngine", "SegmentInput"]


class EngineError(AmtsError):
    """An engine could not do its work; the message says why and what to do."""


class ServiceUnusable(EngineError):
    """Every further call would fail the same way (credentials refused or missing, endpoint unreachable),
    so a run stops at the first one instead of failing segment after segment."""


@dataclass(frozen=True)
class SegmentInput:
    """A segment to translate: ``source`` has ``⟦n⟧`` tokens, ``markup[n-1]`` is token n's original;
    ``text`` is the original sentence with its markup in place."""

    id: str
    source: str
    markup: tuple[str, ...]
    text: str

    @classmethod
    def from_row(cls, row: SegmentRow) -> SegmentInput:
        return cls(row.id, row.source, row.markup, row.source_markup)


@dataclass(frozen=True)
class DraftRun:
    """What a realtime run produced; ``failures`` maps segment id to a message."""

    drafts: tuple[Draft, ...]
    failures: dict[str, str] = field(default_factory=dict)
    cancelled: bool = False
    requests: int = 0
    kept: int = 0  # segments left alone: they hold the translator's text


class RealtimeEngine(Protocol):
    name: str
    variant: str

    def translate(
        self,
        segments: Sequence[SegmentInput],
        source_lang: str,
        target_lang: str,
        *,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> DraftRun: ...
