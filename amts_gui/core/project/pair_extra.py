"""The ``extra`` of a pair imported from a TMX file written by the release before issue 32, brought to
today's shape (see :func:`amts_gui.core.parallel.tmx.unit_extra`).

Then, a side's inline codes were kept as (native text, element) in order, without their offsets, and the
unit's props and notes as two lists.  Each code is placed here once, at the first place its native text
stands after the code before it, as that release placed it on export; a side whose codes cannot all be
placed keeps its text alone, as it was then exported.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


def _events(text: str, codes: Sequence[Sequence[str]]) -> list[list[Any]] | None:
    events: list[list[Any]] = []
    pos = 0
    for native, xml in codes:
        at = text.find(native, pos) if native else -1
        if at < 0:
            return None
        events.append(["code", at, len(native), xml])
        pos = at + len(native)
    return events


def upgrade_extra(extra: dict[str, Any], source: str, target: str) -> dict[str, Any]:
    """The extra in today's shape; one already in it is returned as it is."""
    if "sides" in extra or not {"codes", "notes", "props"} & set(extra):
        return extra
    head = [["prop", {"type": kind}, value] for kind, value in extra.get("props", [])]
    head += [["note", {}, note] for note in extra.get("notes", [])]
    sides: dict[str, Any] = {}
    for side, text in (("source", source), ("target", target)):
        events = _events(text, extra.get("codes", {}).get(side, []))
        if events:
            sides[side] = {"inline": {"text": text, "events": events}}
    upgraded = {"head": head, "sides": sides}
    return {k: v for k, v in upgraded.items() if v}
