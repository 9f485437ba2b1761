"""The engine protocol: segments in, one draft per segment out; and the registry of engines by name."""

from __future__ import annotations

import importlib
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from amts_gui.core.errors import AmtsError

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]


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
    def from_row(cls, row: Mapping[str, Any]) -> SegmentInput:
        """From a row of ``Store.segments``."""
        return cls(row["id"], row["source"], tuple(json.loads(row["markup"])), row["source_markup"])


@dataclass(frozen=True)
class Draft:
    segment_id: str
    text: str  # with ``⟦n⟧`` tokens, like the segment's source
    engine: str
    variant: str
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class DraftRun:
    """What a realtime run produced; ``failures`` maps segment id to a message."""

    drafts: tuple[Draft, ...]
    failures: dict[str, str] = field(default_factory=dict)
    cancelled: bool = False
    requests: int = 0


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


# name -> "module:attribute", imported only when the engine is used
ENGINES: dict[str, str] = {
    "tm": "amts_gui.engines.memory:MemoryEngine",
    "amazon-realtime": "amts_gui.engines.amazon.realtime:AmazonRealtimeEngine",
    "amazon-act": "amts_gui.engines.amazon.batch:ActJobs",
}
VARIANTS = {"tm": "tm", "amazon-realtime": "without ACT", "amazon-act": "ACT"}


def engine_class(name: str) -> Any:
    try:
        target = ENGINES[name]
    except KeyError:
        raise EngineError(f"unknown engine {name!r}; use one of {', '.join(ENGINES)}") from None
    module, attribute = target.split(":")
    return getattr(importlib.import_module(module), attribute)
