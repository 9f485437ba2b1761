"""Repairing a fuzzy match whose difference is a glossary term, the way numbers and markup are repaired.

"The saddle point is rare" in the memory, "The local minimum is rare" asked: both terms are in the
glossary, so the memory's translation gets the asked term's translation where the memory term's was.
Terms are masked in both sources (one token each) for scoring; the target substitution must be
unambiguous (the memory term's translation exactly once in the target), or nothing is repaired.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from amts_gui.core.text.terms import TermMatch, is_cjk

TERM_MASK = "\ue000"  # one token, never in a sentence: a term stood here


@dataclass(frozen=True)
class TermDifference:
    masked_memory: str  # the memory source with its terms masked
    masked_query: str
    changes: tuple[tuple[TermMatch, TermMatch], ...]  # (memory term, query term) where they differ


def mask_terms(text: str, matches: list[TermMatch]) -> str:
    out, last = [], 0
    for match in matches:
        out += [text[last : match.start], TERM_MASK]
        last = match.end
    out.append(text[last:])
    return "".join(out)


def term_difference(
    memory_source: str, in_memory: list[TermMatch], query: str, in_query: list[TermMatch]
) -> TermDifference | None:
    """The sources with their terms masked (``in_…``: the terms found in each), when both hold the same
    number of terms and some differ."""
    if not in_query or len(in_memory) != len(in_query):
        return None
    changes = tuple((m, q) for m, q in zip(in_memory, in_query, strict=True) if m.entry != q.entry)
    if not changes:
        return None
    return TermDifference(mask_terms(memory_source, in_memory), mask_terms(query, in_query), changes)


def _pattern(term: str) -> re.Pattern[str]:
    """Where a translation stands in a target: as a substring in CJK, else as whole words."""
    return re.compile(re.escape(term) if is_cjk(term) else rf"(?<!\w){re.escape(term)}(?!\w)")


def substitute_terms(target: str, changes: tuple[tuple[TermMatch, TermMatch], ...]) -> str | None:
    """``target`` with each memory term's translation replaced by the query term's preferred one; None
    when a memory term's translation is not in the target exactly once."""
    markers = []
    for number, (memory_term, query_term) in enumerate(changes):
        found = [t for t in memory_term.entry.targets if len(_pattern(t).findall(target)) == 1]
        if len(found) != 1:
            return None
        marker = f"\x02t{number}\x03"
        start, end = _pattern(found[0]).search(target).span()  # type: ignore[union-attr]  # found once above
        target = target[:start] + marker + target[end:]
        markers.append((marker, query_term.entry.preferred))
    for marker, new in markers:
        target = target.replace(marker, new)
    return target
