"""Pulled parallel data merged into the project's pairs: the newer timestamp wins, and every
disagreement is listed."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from amts_gui.core.project.pairs import add_pairs, list_pairs
from amts_gui.core.project.pushes import record_push
from amts_gui.core.project.rows import NewPair, PairRow
from amts_gui.core.project.store import Store


@dataclass(frozen=True)
class Conflict:
    source: str
    local: str
    remote: str
    winner: str  # "local" | "remote"


@dataclass(frozen=True)
class PullResult:
    name: str
    remote_pairs: int
    added: int
    replaced: int
    unchanged: int
    conflicts: tuple[Conflict, ...] = field(default=())


def as_datetime(value: Any) -> datetime | None:
    """A service timestamp, an ISO string or a TMX date as an aware datetime; None if it is none of them."""
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    if isinstance(value, str) and value:
        try:  # ISO 8601, TMX's YYYYMMDDThhmmssZ included
            moment = datetime.fromisoformat(value)
        except ValueError:
            return None
        return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return None


def merge_pairs(
    store: Store,
    name: str,
    remote: list[tuple[str, str]],
    dates: list[str | None],
    remote_time: datetime,
) -> PullResult:
    """Merge remote pairs into the local sentence pairs, in one transaction: newer timestamp wins."""
    local: dict[str, PairRow] = {}
    for row in list_pairs(store, granularity="sentence"):
        local[row.source] = row  # oldest first, so the newest row per source stays
    fresh: list[NewPair] = []
    conflicts: list[Conflict] = []
    unchanged = replaced = 0
    for i, (source, target) in enumerate(remote):
        stamp = as_datetime(dates[i]) if i < len(dates) and dates[i] else remote_time
        mine = local.get(source)
        if mine is None:
            fresh.append(NewPair(source, target, "imported"))
            continue
        if mine.target == target:
            unchanged += 1
            continue
        local_time = as_datetime(mine.updated_at) or datetime.min.replace(tzinfo=UTC)
        # TMX dates have whole seconds: compare at that precision, and keep ours on a tie
        winner = "remote" if (stamp or remote_time) > local_time.replace(microsecond=0) else "local"
        conflicts.append(Conflict(source, mine.target, target, winner))
        if winner == "remote":
            fresh.append(NewPair(source, target, "imported"))
            replaced += 1
    with store.transaction():
        add_pairs(store, fresh)
        record_push(
            store,
            name,
            None,
            "PULLED",
            len(remote),
            {"added": len(fresh) - replaced, "replaced": replaced, "conflicts": len(conflicts), "at": store.now()},
        )
    return PullResult(name, len(remote), len(fresh) - replaced, replaced, unchanged, tuple(conflicts))
