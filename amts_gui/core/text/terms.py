"""Glossary entries, and finding their terms in a sentence.

A term's words are found by their index keys and accepted by the inflection rules of the source
language (:mod:`amts_gui.core.text.word_rules`): in English "saddle points" finds *saddle point*,
"tokenized" finds *tokenize*, "local minima" finds *local minimum*, but "Transformers" is not
*transform* nor "important" *import*; the words of a term may stand apart by spaces or hyphens only.
A case-sensitive term (an abbreviation such as LSTM) matches its exact words, and its plural (LSTMs).
An entry's variants (*convolution kernel* for *convolutional kernel*) match as the entry.  A term inside
one of the entry's excluded phrases (``not_in``) or an English set phrase ("for example",
:mod:`amts_gui.core.text.term_senses`) is not found.  Placeholders (``⟦n⟧``) are never part of a term,
so code and math are never searched.  Chinese and Japanese terms match as substrings.  Where terms
overlap, the longest wins ("word embedding" over "embedding"), then the earliest.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from amts_gui.core.text.scripts import CJK_LETTERS
from amts_gui.core.text.term_senses import set_phrase_spans
from amts_gui.core.text.word_rules import WORD, rules_for

_JOINER = re.compile(r"[\s\-‐‑'’]*")  # what may stand between the words of one term (Zipf's law)
_DOTTED = re.compile(r"[\s\-‐‑.'’]*")  # …of a term written with dots (i.i.d.)
_ABBREVIATION_PLURAL = re.compile(r"[A-Z][A-Z0-9]*[A-Z0-9]s")  # LSTMs, RNNs, GPUs
_CJK = re.compile(f"[{CJK_LETTERS}]")
_GLOSSES = re.compile(r"\s*[（(][^（）()]*[A-Za-z][^（）()]*[）)]\s*")  # （pooling）: the English beside a term
Index = dict[str, list[tuple[tuple[str, ...], tuple[str, ...], "TermEntry"]]]


@dataclass(frozen=True)
class TermEntry:
    """A glossary entry: the source term and how it must be translated."""

    source: str
    targets: tuple[str, ...]  # the first is the preferred translation; empty for a do-not-translate term
    forbidden: tuple[str, ...] = ()  # translations that must not be used
    note: str = ""
    case_sensitive: bool = False  # abbreviations such as LSTM
    do_not_translate: bool = False  # the term stays as it is in the translation
    variants: tuple[str, ...] = ()  # other ways the source writes the same term
    not_in: tuple[str, ...] = ()  # phrases in which the term's words are not the term ("toy example")
    ambiguous: bool = False  # the word has other senses: checked, but never pushed to Amazon unless asked

    @property
    def preferred(self) -> str:
        return self.source if self.do_not_translate or not self.targets else self.targets[0]

    @property
    def forms(self) -> tuple[str, ...]:
        return (self.source, *(v for v in self.variants if v != self.source))


@dataclass(frozen=True)
class TermMatch:
    entry: TermEntry
    start: int  # character offsets in the searched text
    end: int

    def text(self, searched: str) -> str:
        return searched[self.start : self.end]


def _alike(term: str, written: str) -> int:
    """How many leading characters ``term`` and ``written`` share, case aside ("tokenization": tokenize)."""
    a, b = term.lower(), written.lower()
    return next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))


def _preference(match: TermMatch, text: str) -> tuple[int, int, int]:
    return (match.end - match.start, _alike(match.entry.source, match.text(text)), -len(match.entry.source))


def is_cjk(text: str) -> bool:
    return bool(_CJK.search(text))


class TermFinder:
    """An index of a glossary's source terms, for finding them in many sentences of ``source_lang``;
    :meth:`renders` finds a target term in a translation into ``target_lang``."""

    def __init__(
        self,
        entries: Sequence[TermEntry],
        source_lang: str = "en",
        target_lang: str = "zh",
        quiet: Mapping[str, frozenset[str]] | None = None,
    ) -> None:
        """``quiet``: per entry (source term), the roles in which QA does not warn about it
        (:mod:`amts_gui.core.text.term_roles`)."""
        self.entries = tuple(entries)
        self.quiet = dict(quiet or {})
        self.source_lang, self.target_lang = source_lang, target_lang
        self.rules = rules_for(source_lang)
        self.by_first: Index = defaultdict(list)
        self.substrings: list[tuple[str, TermEntry]] = []
        self.exclusions: dict[str, TermFinder] = {}
        for entry in entries:
            for form in entry.forms:
                self._index(form, entry)
            if entry.not_in:
                self.exclusions[entry.source] = TermFinder(
                    [TermEntry(p, ()) for p in entry.not_in], source_lang, target_lang
                )
        for candidates in self.by_first.values():
            candidates.sort(key=lambda c: -len(c[0]))  # the longest first
        self.substrings.sort(key=lambda c: -len(c[0]))

    def _index(self, form: str, entry: TermEntry) -> None:
        if is_cjk(form):
            self.substrings.append((form, entry))
            return
        words = tuple(WORD.findall(form))
        keys = tuple("=" + w for w in words) if entry.case_sensitive else tuple(self.rules.keys(list(words)))
        if keys:
            self.by_first[keys[0]].append((keys, words, entry))

    def find(self, text: str, *, senses: bool = True) -> list[TermMatch]:
        """The terms in ``text`` (a segment's source with ``⟦n⟧`` tokens), in reading order, no overlaps;
        never a term inside a phrase that excludes it ("for example"), unless ``senses`` is False."""
        words = self._words(text)
        found = [m for m in words if not (senses and self._excluded(m, text))] + self._substrings(text)
        kept: list[TermMatch] = []
        for match in sorted(found, key=lambda m: (-(m.end - m.start), m.start)):
            if all(match.end <= k.start or match.start >= k.end for k in kept):
                kept.append(match)
        return sorted(kept, key=lambda m: m.start)

    def _excluded(self, match: TermMatch, text: str) -> bool:
        entry = match.entry
        spans: list[tuple[int, int]] = []
        if self.rules.language == "en" and len(WORD.findall(entry.source)) == 1:
            spans += set_phrase_spans(entry.source.lower(), text)
        phrases = self.exclusions.get(entry.source)
        if phrases is not None:
            spans += [(m.start, m.end) for m in phrases._words(text) + phrases._substrings(text)]
        return any(a <= match.start and match.end <= b for a, b in spans)

    def _words(self, text: str) -> list[TermMatch]:
        words = list(WORD.finditer(text))
        written = [w.group() for w in words]
        keys = self.rules.keys(written)
        exact = ["=" + w for w in written]
        plural = ["=" + w[:-1] if _ABBREVIATION_PLURAL.fullmatch(w) else "" for w in written]
        out: list[TermMatch] = []
        for i in range(len(words)):
            found = [
                TermMatch(entry, words[i].start(), words[i + len(term_keys) - 1].end())
                for first in dict.fromkeys((keys[i], exact[i], plural[i]))
                for term_keys, term_words, entry in self.by_first.get(first, [])
                if self._matches(text, words, (keys, exact, plural), i, term_keys, term_words, "." in entry.source)
            ]
            if found:  # the longest; of several, the one written most alike, then the shortest entry
                out.append(max(found, key=lambda m: _preference(m, text)))
        return out

    def _matches(
        self,
        text: str,
        words: list[re.Match[str]],
        written_keys: tuple[list[str], list[str], list[str]],
        i: int,
        term_keys: tuple[str, ...],
        term_words: tuple[str, ...],
        dotted: bool,
    ) -> bool:
        if i + len(term_keys) > len(words):
            return False
        keys, exact, plural = written_keys
        joiner = _DOTTED if dotted else _JOINER
        for k, key in enumerate(term_keys):
            if key.startswith("="):
                if key not in (exact[i + k], plural[i + k]):
                    return False
            elif keys[i + k] != key or not self.rules.same(
                term_words[k], words[i + k].group(), modifier=k < len(term_keys) - 1
            ):
                return False
            if k and not joiner.fullmatch(text[words[i + k - 1].end() : words[i + k].start()]):
                return False
        return True

    def _substrings(self, text: str) -> list[TermMatch]:
        out = []
        for form, entry in self.substrings:
            start = text.find(form)
            while start >= 0:
                out.append(TermMatch(entry, start, start + len(form)))
                start = text.find(form, start + len(form))
        return out

    def renders(self, translation: str, term: str) -> bool:
        """``term`` (a target term) stands in ``translation``: as a substring in Chinese or Japanese, else
        as whole words of the target language by its rules."""
        return contains_term(translation, term, self.target_lang)


@lru_cache(maxsize=4096)
def _single(term: str, language: str) -> TermFinder:
    return TermFinder([TermEntry(term, ())], language, language)


def contains_term(text: str, term: str, language: str = "en") -> bool:
    """``term`` stands in ``text`` (written in ``language``): as a substring for Chinese and Japanese
    (emphasis marks and a parenthesized gloss aside: ``*汇聚*（pooling）层`` holds 汇聚层), else as whole
    words by the language's rules."""
    if is_cjk(term):
        return term in text or term in _GLOSSES.sub("", text.replace("*", ""))
    return bool(_single(term, language).find(text))


__all__ = ["TermEntry", "TermFinder", "TermMatch", "contains_term", "is_cjk"]
