"""Active editing time of one visit to a segment, as an editing log measures it (no Qt, no clock of its own).

A visit starts when the Final box gets the focus and stops when it loses it, the segment is accepted or
left, or the app goes to the background.  Its time is the sum of the gaps between its events (the start,
each keystroke or change, the stop), each gap cut to the idle threshold: a translator who reads for 10 s
counts 10 s, one who leaves for coffee counts the threshold (30 s by default), not the break.
"""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_IDLE_SECONDS = 30.0


@dataclass(frozen=True)
class VisitTotals:
    seconds: float
    keystrokes: int
    inserted: int  # characters typed or pasted in
    deleted: int  # characters removed


class Visit:
    """The events of one visit, in the times of whatever clock the caller reads (seconds)."""

    def __init__(self, started: float, idle_seconds: float = DEFAULT_IDLE_SECONDS) -> None:
        self.idle_seconds = idle_seconds
        self.last = started
        self.seconds = 0.0
        self.keystrokes = self.inserted = self.deleted = 0

    def _tick(self, now: float) -> None:
        self.seconds += min(max(now - self.last, 0.0), self.idle_seconds)
        self.last = max(now, self.last)

    def keystroke(self, now: float) -> None:
        self._tick(now)
        self.keystrokes += 1

    def changed(self, now: float, inserted: int, deleted: int) -> None:
        self._tick(now)
        self.inserted += inserted
        self.deleted += deleted

    def stop(self, now: float) -> VisitTotals:
        self._tick(now)
        return VisitTotals(round(self.seconds, 3), self.keystrokes, self.inserted, self.deleted)
