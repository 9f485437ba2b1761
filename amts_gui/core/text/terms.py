"""Glossary entries, and finding their terms in a sentence.

English terms match by word stems (Snowball's English stemmer through PyStemmer, the one Sphinx and NLTK use), so
"saddle points" finds "saddle point" and "tokenized" finds "tokenize"; the words of a term may stand
apart by spaces or hyphens only.  A case-sensitive term (an abbreviation such as LSTM) matches its exact
words.  Placeholders (``⟦n⟧``) are never part of a term, so code and math are never searched.  Chinese
and Japanese terms match as substrings.  Where terms overlap, the longest wins ("word embedding" over
"embedding"), then the earliest.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from amts_gui.core.text.scripts import CJK_LETTERS

_WORD = re.compile(r"[A-Za-z0-9]+")
_JOINER = re.compile(r"[\s\-‐‑'’]*")  # what may stand between the words of one term (Zipf's law)
_DOTTED = re.compile(r"[\s\-‐‑.'’]*")  # …of a term written with dots (i.i.d.)
# English set phrases in which a common word of a glossary is not the term: "for example" is 例如, not
# a data example (样例); "this means" is 这意味着, not a mean (均值)
_SET_PHRASES = re.compile(
    r"\b(?:for (?:example|instance)|as an? (?:example|instance)|in general|(?:this|which|that|it) means|means that)\b",
    re.IGNORECASE,
)
_CJK = re.compile(f"[{CJK_LETTERS}]")


@dataclass(frozen=True)
class TermEntry:
    """A glossary entry: the source term and how it must be translated."""

    source: str
    targets: tuple[str, ...]  # the first is the preferred translation; empty for a do-not-translate term
    forbidden: tuple[str, ...] = ()  # translations that must not be used
    note: str = ""
    case_sensitive: bool = False  # abbreviations such as LSTM
    do_not_translate: bool = False  # the term stays as it is in the translation

    @property
    def preferred(self) -> str:
        return self.source if self.do_not_translate or not self.targets else self.targets[0]


@dataclass(frozen=True)
class TermMatch:
    entry: TermEntry
    start: int  # character offsets in the searched text
    end: int

    def text(self, searched: str) -> str:
        return searched[self.start : self.end]


@lru_cache(maxsize=1)
def _stemmer() -> Any:
    import Stemmer  # PyStemmer: Snowball's stemmers in C

    return Stemmer.Stemmer("english")


def _keys(words: Sequence[str], case_sensitive: bool) -> tuple[str, ...]:
    if case_sensitive:
        return tuple("=" + w for w in words)
    return tuple(_stemmer().stemWords([w.lower() for w in words]))


def _inflected(term: str, written: str) -> bool:
    """Each written word is the term's word inflected, not a relative the stemmer cut to the same stem:
    "tokenized" and "tokenization" for *tokenize*, "hypotheses" for *hypothesis*, but not "optimization"
    for *optimizer*, "operations" for *operator* or "general" for *generalization*."""
    for want, have in zip(_WORD.findall(term.lower()), _WORD.findall(written.lower()), strict=False):
        shared = _alike(want, have)
        if shared < len(want) - 1 and not (len(want) == len(have) and shared >= len(want) - 2):
            return False
    return True


def _alike(term: str, written: str) -> int:
    """How many leading characters ``term`` and ``written`` share, case aside ("tokenization": tokenize)."""
    a, b = term.lower(), written.lower()
    return next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))


def is_cjk(text: str) -> bool:
    return bool(_CJK.search(text))


class TermFinder:
    """An index of a glossary's source terms, for finding them in many sentences."""

    def __init__(self, entries: Sequence[TermEntry]) -> None:
        self.entries = tuple(entries)
        self.by_first: dict[str, list[tuple[tuple[str, ...], TermEntry]]] = defaultdict(list)
        self.substrings: list[TermEntry] = []
        for entry in entries:
            if is_cjk(entry.source):
                self.substrings.append(entry)
                continue
            keys = _keys(_WORD.findall(entry.source), entry.case_sensitive)
            if keys:
                self.by_first[keys[0]].append((keys, entry))
        for candidates in self.by_first.values():
            candidates.sort(key=lambda c: -len(c[0]))  # the longest first
        self.substrings.sort(key=lambda e: -len(e.source))

    def find(self, text: str) -> list[TermMatch]:
        """The terms in ``text`` (a segment's source with ``⟦n⟧`` tokens), in reading order, no overlaps;
        never a single word inside an English set phrase ("for example")."""
        phrases = [m.span() for m in _SET_PHRASES.finditer(text)]
        found = [
            m
            for m in self._words(text)
            if not any(a <= m.start and m.end <= b for a, b in phrases) or " " in m.entry.source
        ] + self._substrings(text)
        found.sort(key=lambda m: (m.start, -(m.end - m.start)))
        kept: list[TermMatch] = []
        for match in sorted(found, key=lambda m: (-(m.end - m.start), m.start)):
            if all(match.end <= k.start or match.start >= k.end for k in kept):
                kept.append(match)
        return sorted(kept, key=lambda m: m.start)

    def _words(self, text: str) -> list[TermMatch]:
        words = list(_WORD.finditer(text))
        stems = _keys([w.group() for w in words], case_sensitive=False)
        exact = _keys([w.group() for w in words], case_sensitive=True)
        out: list[TermMatch] = []
        for i in range(len(words)):
            found = [
                TermMatch(entry, words[i].start(), words[i + len(keys) - 1].end())
                for first in (stems[i], exact[i])
                for keys, entry in self.by_first.get(first, [])
                if self._matches(text, words, stems, exact, i, keys, "." in entry.source)
                and _inflected(entry.source, text[words[i].start() : words[i + len(keys) - 1].end()])
            ]
            if (
                found
            ):  # the longest; of terms with one stem (token, tokenize), the one written most alike, then the base
                out.append(
                    max(
                        found,
                        key=lambda m: (m.end - m.start, _alike(m.entry.source, m.text(text)), -len(m.entry.source)),
                    )
                )
        return out

    @staticmethod
    def _matches(
        text: str,
        words: list[re.Match[str]],
        stems: tuple[str, ...],
        exact: tuple[str, ...],
        i: int,
        keys: tuple[str, ...],
        dotted: bool,
    ) -> bool:
        if i + len(keys) > len(words):
            return False
        for k, key in enumerate(keys):
            have = exact[i + k] if key.startswith("=") else stems[i + k]
            if have != key:
                return False
            joiner = _DOTTED if dotted else _JOINER
            if k and not joiner.fullmatch(text[words[i + k - 1].end() : words[i + k].start()]):
                return False
        return True

    def _substrings(self, text: str) -> list[TermMatch]:
        out = []
        for entry in self.substrings:
            start = text.find(entry.source)
            while start >= 0:
                out.append(TermMatch(entry, start, start + len(entry.source)))
                start = text.find(entry.source, start + len(entry.source))
        return out
