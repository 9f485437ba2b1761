"""Translation memory: exact and fuzzy matches from parallel pairs, scored like a CAT tool.

The match percentage follows OmegaT's convention: the token-level edit distance between the
query and a memory source, as ``100 · (1 − distance / max(len₁, len₂))``.  Tokens are words,
punctuation marks, single CJK characters (Chinese has no spaces) and whole inline markup spans
(code, math, roles, links), so a changed ``\u0060x\u0060`` costs one token, like a changed word.

Retrieval is an inverted index of token bigrams in flat numpy arrays
(:mod:`amts_gui.core.memory.postings`): the pairs that share the most bigrams with the query become
candidates; their token-class percentages, an upper bound of the final score, order them, and only
those that can still win are scored exactly, repairs and all.

A match whose source differs from the query only in markup spans or numbers is *repaired*: the
memory target gets the query's spans and numbers in their place.  With a glossary, a differing
glossary term is repaired too (:mod:`amts_gui.core.memory.term_repair`).  It is scored as a 99 % match
(never 100: it was not translated from this exact text), with ``raw_score`` kept beside it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence, Set
from dataclasses import dataclass, field
from typing import Protocol

from amts_gui.core.memory.postings import Postings, build
from amts_gui.core.memory.term_repair import substitute_terms, term_difference
from amts_gui.core.memory.thresholds import DEFAULT_MIN_SCORE
from amts_gui.core.memory.tokens import Tokens, repair, similarity, tokenize
from amts_gui.core.text.terms import TermFinder, TermMatch

__all__ = ["REPAIRED_SCORE", "Entry", "Match", "TranslationMemory", "similarity", "tokenize"]

REPAIRED_SCORE = 99.0
_CANDIDATES = 32
_ORIGIN_RANK = {"accepted": 3, "imported": 2, "aligned": 1}


@dataclass(frozen=True)
class Entry:
    source: str
    target: str
    pair_id: int | None = None
    origin: str = "imported"
    updated_at: str = ""


@dataclass(frozen=True)
class Match:
    """The best memory match for a query."""

    score: float  # the percentage to show (99 for a repaired placeholder/number-only difference)
    raw_score: float  # the percentage before any repair
    source: str  # the memory's source
    target: str  # the memory's target, repaired where it could be
    entry: Entry
    repairs: tuple[tuple[str, str], ...] = field(default=())  # (old, new) substitutions made in the target

    @property
    def exact(self) -> bool:
        return self.raw_score == 100.0 and self.source == self.entry.source and not self.repairs


class Memory(Protocol):
    """What drafting and the suggestion pane need of a memory (an index, or the project's saved one)."""

    min_score: float

    def __len__(self) -> int: ...
    def lookup(self, text: str) -> Match | None: ...
    def matches(self, text: str, limit: int = 5) -> list[Match]: ...


class TranslationMemory:
    """An index over (source, target) entries; build once, look up many times.

    ``entries`` is any sequence of :class:`Entry` (a list, or the project's pairs read on demand);
    ``postings`` is its prebuilt index when it was saved, so reopening skips tokenizing.
    """

    def __init__(
        self,
        entries: Iterable[Entry] | Sequence[Entry],
        *,
        min_score: float = DEFAULT_MIN_SCORE,
        terms: TermFinder | None = None,
        postings: Postings | None = None,
    ) -> None:
        self.min_score = min_score
        self.terms = terms  # the glossary: a match differing by a term gets the term's translation
        self._terms_of: dict[int, list[TermMatch]] = {}  # the glossary's terms in entry i's source, found once
        self._last_query: tuple[str, list[TermMatch]] | None = None
        if postings is None:
            self.entries: Sequence[Entry] = best_entries(entries)
            postings = build((tokenize(e.source).classes for e in self.entries), [e.source for e in self.entries])
        else:
            assert isinstance(entries, Sequence)
            self.entries = entries
        self.postings = postings

    def __len__(self) -> int:
        return len(self.postings)

    def lookup(self, text: str) -> Match | None:
        """The best match at or above ``min_score``, or None."""
        found = self.matches(text, 1)
        return found[0] if found else None

    def matches(self, text: str, limit: int = 5, *, skip: Set[int] = frozenset()) -> list[Match]:
        """The ``limit`` best matches at or above ``min_score``, best first, one per source (TM pane);
        entries numbered in ``skip`` are left out."""
        exact = [self.entries[i] for i in self.postings.exact(text) if i not in skip]
        exact = [e for e in exact if e.source == text]
        if exact and limit == 1:
            entry = max(exact, key=_rank)
            return [Match(100.0, 100.0, entry.source, entry.target, entry)]
        query = tokenize(text)
        ids = self.postings.encode(query.classes)
        bounds = []
        for i in self.postings.candidates(ids, 1.0 - self.min_score / 100.0, _CANDIDATES + len(skip)).tolist():
            bound = similarity(self.postings.tokens(i), ids)  # ≥ the final score, except by glossary repair
            if i not in skip and (bound >= self.min_score or self.terms is not None):
                bounds.append((bound, i))
        bounds.sort(key=lambda b: (-b[0], b[1]))
        found: dict[str, Match] = {}
        for bound, i in bounds:
            ranked = sorted(found.values(), key=entry_order, reverse=True)
            if self.terms is None and len(ranked) >= limit and bound < ranked[limit - 1].score:
                break  # no later candidate can score higher
            match = self._score(i, query, text)
            if match is not None and (
                match.source not in found or entry_order(match) > entry_order(found[match.source])
            ):
                found[match.source] = match
        return sorted(found.values(), key=entry_order, reverse=True)[:limit]

    def _score(self, i: int, query: Tokens, text: str) -> Match | None:
        entry = self.entries[i]
        memory = tokenize(entry.source)
        raw_score = similarity(memory.raw, query.raw)
        class_score = similarity(memory.classes, query.classes)
        target: str = entry.target
        repairs: tuple[tuple[str, str], ...] = ()
        score = raw_score
        if class_score > raw_score:
            repaired = repair(entry.target, memory, query)
            if repaired is not None:
                target, repairs = repaired
                score = REPAIRED_SCORE if class_score == 100.0 else class_score
        if self.terms is not None and score < REPAIRED_SCORE:
            with_terms = self._term_repair(i, text, max(score, raw_score))
            if with_terms is not None:
                score, target, repairs = with_terms
        if score < self.min_score:
            return None
        return Match(round(score, 1), round(raw_score, 1), entry.source, target, entry, repairs)

    def _term_repair(self, i: int, text: str, score: float) -> tuple[float, str, tuple[tuple[str, str], ...]] | None:
        """(score, target, repairs) with the glossary's terms put right, when that scores better."""
        assert self.terms is not None
        entry = self.entries[i]
        if i not in self._terms_of:
            self._terms_of[i] = self.terms.find(entry.source)
        if not self._terms_of[i]:
            return None
        difference = term_difference(entry.source, self._terms_of[i], text, self._query_terms(text))
        if difference is None:
            return None
        memory, query = tokenize(difference.masked_memory), tokenize(difference.masked_query)
        class_score = similarity(memory.classes, query.classes)
        if class_score <= score:
            return None
        repaired = repair(entry.target, memory, query)
        target = substitute_terms(repaired[0], difference.changes) if repaired is not None else None
        if repaired is None or target is None:
            return None
        terms = tuple((m.entry.source, q.entry.source) for m, q in difference.changes)
        return (REPAIRED_SCORE if class_score == 100.0 else class_score), target, repaired[1] + terms

    def _query_terms(self, text: str) -> list[TermMatch]:
        """The glossary's terms in the text looked up (the last one is kept: one lookup scores many entries)."""
        assert self.terms is not None
        last = self._last_query  # one read: another thread may look up another text meanwhile
        if last is None or last[0] != text:
            last = self._last_query = (text, self.terms.find(text))
        return last[1]


def _rank(entry: Entry) -> tuple[str, int]:
    """Newer wins; on the same timestamp, accepted edits beat imported memories beat alignments."""
    return entry.updated_at, _ORIGIN_RANK.get(entry.origin, 0)


def entry_order(m: Match) -> tuple[float, float, tuple[str, int]]:
    return m.score, m.raw_score, _rank(m.entry)


def best_entries(entries: Iterable[Entry]) -> list[Entry]:
    """One entry per source: the newest, and on the same timestamp the strongest origin."""
    best: dict[str, Entry] = {}
    for entry in entries:
        old = best.get(entry.source)
        if old is None or _rank(entry) >= _rank(old):
            best[entry.source] = entry
    return list(best.values())
