"""Translation memory: exact and fuzzy matches from parallel pairs, scored like a CAT tool.

The match percentage follows OmegaT's convention: the token-level edit distance between the
query and a memory source, as ``100 · (1 − distance / max(len₁, len₂))``.  Tokens are words,
punctuation marks, single CJK characters (Chinese has no spaces) and whole inline markup spans
(code, math, roles, links), so a changed ``\u0060x\u0060`` costs one token, like a changed word.

Retrieval is an inverted index of token bigrams held in numpy arrays: the pairs that share the most
bigrams with the query become candidates, and only those are scored exactly.

A match whose source differs from the query only in markup spans or numbers is *repaired*: the
memory target gets the query's spans and numbers in their place.  With a glossary, a differing
glossary term is repaired too (:mod:`amts_gui.core.memory.term_repair`).  It is scored as a 99 % match
(never 100: it was not translated from this exact text), with ``raw_score`` kept beside it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np
from rapidfuzz.distance import Levenshtein

from amts_gui.core.memory.term_repair import substitute_terms, term_difference
from amts_gui.core.memory.thresholds import DEFAULT_MIN_SCORE
from amts_gui.core.text.placeholders import find_placeholders
from amts_gui.core.text.scripts import CJK_LETTERS
from amts_gui.core.text.terms import TermFinder, TermMatch

REPAIRED_SCORE = 99.0
_CANDIDATES = 24
_CJK = CJK_LETTERS
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_TOKEN = re.compile(rf"{_NUMBER.pattern}(?![^\W\d{_CJK}])|[{_CJK}]|[^\W{_CJK}]+|[^\w\s]")
_SPAN = "\x00span"
_NUM = "\x00num"
_ORIGIN_RANK = {"accepted": 3, "imported": 2, "aligned": 1}


@dataclass(frozen=True)
class Tokens:
    """A text as tokens; ``classes`` has markup spans and numbers replaced by their class."""

    raw: tuple[str, ...]
    classes: tuple[str, ...]
    spans: tuple[str, ...]  # markup spans in order
    numbers: tuple[str, ...]  # numbers in order (outside markup spans)


def tokenize(text: str) -> Tokens:
    raw: list[str] = []
    classes: list[str] = []
    spans: list[str] = []
    numbers: list[str] = []

    def words(chunk: str) -> None:
        for tok in _TOKEN.findall(chunk):
            raw.append(tok)
            if _NUMBER.fullmatch(tok):
                numbers.append(tok)
                classes.append(_NUM)
            else:
                classes.append(tok.lower())

    pos = 0
    for span in find_placeholders(text):
        words(text[pos : span.start])
        markup = text[span.start : span.end]
        raw.append(markup)
        classes.append(_SPAN)
        spans.append(markup)
        pos = span.end
    words(text[pos:])
    return Tokens(tuple(raw), tuple(classes), tuple(spans), tuple(numbers))


def similarity(a: Sequence[str], b: Sequence[str]) -> float:
    """OmegaT-style match percentage of two token sequences."""
    longest = max(len(a), len(b))
    if longest == 0:
        return 100.0
    return 100.0 * (1.0 - Levenshtein.distance(a, b) / longest)


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


def _bigrams(classes: Sequence[str]) -> list[str]:
    if len(classes) == 1:
        return [classes[0]]
    return [f"{a}\x01{b}" for a, b in zip(classes, classes[1:], strict=False)]


def _replace_once(text: str, old: str, new: str, *, number: bool) -> str | None:
    """``text`` with the single occurrence of ``old`` replaced, or None if it is not exactly one."""
    if number:
        pattern = re.compile(rf"(?<![\d.,]){re.escape(old)}(?![\d]|[.,]\d)")
        found = pattern.findall(text)
        return pattern.sub(lambda _m: new, text, count=1) if len(found) == 1 else None
    return text.replace(old, new, 1) if text.count(old) == 1 else None


def repair(target: str, memory: Tokens, query: Tokens) -> tuple[str, tuple[tuple[str, str], ...]] | None:
    """Put the query's spans and numbers into ``target``; None when a substitution is ambiguous."""
    if len(memory.spans) != len(query.spans) or len(memory.numbers) != len(query.numbers):
        return None
    changes = [(old, new, False) for old, new in zip(memory.spans, query.spans, strict=True) if old != new]
    changes += [(old, new, True) for old, new in zip(memory.numbers, query.numbers, strict=True) if old != new]
    olds = [old for old, _, _ in changes]
    if len(set(olds)) != len(olds):
        return None
    # substitute through unique markers so that one change cannot rewrite another's result
    markers = [f"\x02{i}\x03" for i in range(len(changes))]
    for (old, _new, number), marker in zip(changes, markers, strict=True):
        replaced = _replace_once(target, old, marker, number=number)
        if replaced is None:
            return None
        target = replaced
    for (_old, new, _number), marker in zip(changes, markers, strict=True):
        target = target.replace(marker, new)
    return target, tuple((old, new) for old, new, _ in changes)


class TranslationMemory:
    """An in-memory index over (source, target) entries; build once, look up many times."""

    def __init__(
        self, entries: Iterable[Entry], *, min_score: float = DEFAULT_MIN_SCORE, terms: TermFinder | None = None
    ) -> None:
        self.min_score = min_score
        self.terms = terms  # the glossary: a match differing by a term gets the term's translation
        self._terms_of: dict[int, list[TermMatch]] = {}
        self._last_query: tuple[str, list[TermMatch]] | None = (
            None  # the glossary's terms in entry i's source, found once
        )
        best: dict[str, Entry] = {}
        for entry in entries:
            old = best.get(entry.source)
            if old is None or _rank(entry) >= _rank(old):
                best[entry.source] = entry
        self.entries: list[Entry] = list(best.values())
        self._exact = {e.source: i for i, e in enumerate(self.entries)}
        self._tokens: list[Tokens] = [tokenize(e.source) for e in self.entries]
        self._lengths = np.array([len(t.raw) for t in self._tokens], dtype=np.int32)
        postings: dict[str, list[int]] = {}
        for i, toks in enumerate(self._tokens):
            for gram in set(_bigrams(toks.classes)):
                postings.setdefault(gram, []).append(i)
        self._postings = {g: np.asarray(ids, dtype=np.int32) for g, ids in postings.items()}

    def __len__(self) -> int:
        return len(self.entries)

    def lookup(self, text: str) -> Match | None:
        """The best match at or above ``min_score``, or None."""
        index = self._exact.get(text)
        if index is not None:
            entry = self.entries[index]
            return Match(100.0, 100.0, entry.source, entry.target, entry)
        query = tokenize(text)
        best: Match | None = None
        for i in self._candidates(query):
            match = self._score(i, query, text)
            if match is not None and (best is None or _better(match, best)):
                best = match
        return best

    def matches(self, text: str, limit: int = 5) -> list[Match]:
        """The ``limit`` best matches at or above ``min_score``, best first (TM and concordance panes)."""
        query = tokenize(text)
        found = [m for i in self._candidates(query) if (m := self._score(i, query, text)) is not None]
        found.sort(key=lambda m: (m.score, m.raw_score, _rank(m.entry)), reverse=True)
        return found[:limit]

    def _candidates(self, query: Tokens) -> list[int]:
        grams = [g for g in set(_bigrams(query.classes)) if g in self._postings]
        if not grams or not self.entries:
            return []
        hits = np.concatenate([self._postings[g] for g in grams])
        counts = np.bincount(hits, minlength=len(self.entries))
        # a match at min_score can differ from the query by at most this share of tokens
        n = len(query.raw)
        slack = 1.0 - self.min_score / 100.0
        too_far = np.abs(self._lengths - n) > slack * np.maximum(self._lengths, n)
        counts[too_far] = 0
        k = min(_CANDIDATES, int(np.count_nonzero(counts)))
        if k == 0:
            return []
        top = np.argpartition(-counts, k - 1)[:k]
        return [int(i) for i in top[np.argsort(-counts[top], kind="stable")]]

    def _score(self, i: int, query: Tokens, text: str) -> Match | None:
        memory = self._tokens[i]
        entry = self.entries[i]
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


def _better(a: Match, b: Match) -> bool:
    return (a.score, a.raw_score, _rank(a.entry)) > (b.score, b.raw_score, _rank(b.entry))
