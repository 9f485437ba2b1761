"""The analysis before a job, as CAT tools give it: words and segments per match band, per chapter.

By Trados's convention (the default): a segment the translation memory matches at **100** % is a 100 %
match even when it repeats; else a **repetition** of a sentence seen earlier in its own chapter, or a
**cross-file repetition** of one seen in an earlier chapter; else the memory's best match as **95-99**,
**85-94**, **75-84** or **50-74** %, else **no match**.  A match that differs only in numbers or
placeholders (code, math, links) counts as 100 % when the memory's repair applies, as Trados's
auto-substitution does.  By memoQ's (``MEMOQ``), repetitions come before 100 % matches and are not split
by chapter.  Words are counted as CAT tools count them: a number is one word (``1,000``), each Chinese or
Japanese character is one word in any source, other scripts by their words; placeholders count as
nothing.  The report says which rules it used (:attr:`Analysis.rules`).

Beside the words, the characters Amazon Translate would bill for each band (``billed`` tells how many a
segment costs as sent; the Amazon engines pass theirs, so the cost preview before a job counts the same
way).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING, Any

from amts_gui.core.languages import language
from amts_gui.core.project.segments import live_segments
from amts_gui.core.project.store import Store
from amts_gui.core.text.placeholders import TOKEN_RE, restore
from amts_gui.core.text.scripts import CJK_LETTERS

if TYPE_CHECKING:
    from amts_gui.core.memory.index import Memory

BANDS = ("repetition", "cross-file repetition", "100", "95-99", "85-94", "75-84", "50-74", "no match")
LOWEST_MATCH = 50.0  # the memory is asked down to here; below it is "no match"
_FUZZY = ((100.0, "100"), (95.0, "95-99"), (85.0, "85-94"), (75.0, "75-84"), (50.0, "50-74"))
_CJK = CJK_LETTERS
_CHARACTER = re.compile(f"[{_CJK}]")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_WORD = re.compile(rf"[^\W_{_CJK}]+(?:['’.\-][^\W_{_CJK}]+)*")


@dataclass(frozen=True)
class Convention:
    """How a CAT tool sorts segments into bands."""

    name: str
    hundred_first: bool  # a 100 % match stays 100 % when it repeats (Trados); else repetitions first (memoQ)
    cross_file_apart: bool  # repetitions of an earlier chapter's sentence in a band of their own

    @property
    def rules(self) -> tuple[str, ...]:
        return (
            f"bands by {self.name}'s convention",
            "100 % matches before repetitions" if self.hundred_first else "repetitions before 100 % matches",
            "repetitions across chapters apart" if self.cross_file_apart else "repetitions across chapters merged",
            "a difference only in numbers or code, math and links: 100 % when the memory's repair applies",
            "a number is one word; each Chinese or Japanese character is one word, in any source",
        )


TRADOS = Convention("Trados", hundred_first=True, cross_file_apart=True)
MEMOQ = Convention("memoQ", hundred_first=False, cross_file_apart=False)
CONVENTIONS = {"trados": TRADOS, "memoq": MEMOQ}

Billed = Callable[[str, tuple[str, ...]], int]  # (source with ⟦n⟧ tokens, markup) -> characters billed


def count_words(text: str, lang: str) -> int:
    """Words of ``text`` as CAT tools count them (``⟦n⟧`` tokens count as nothing): a number is one word,
    each CJK character one word, whatever the language (``lang`` says how the report names the unit)."""
    plain = TOKEN_RE.sub(" ", text)
    numbers = len(_NUMBER.findall(plain))
    plain = _NUMBER.sub(" ", plain)
    return numbers + len(_CHARACTER.findall(plain)) + len(_WORD.findall(_CHARACTER.sub(" ", plain)))


def counted_by(lang: str) -> str:
    """How ``count_words`` counts this language: "characters" (Chinese, Japanese, as CAT tools count them)
    or "words" (:mod:`amts_gui.core.languages`)."""
    return language(lang).counted_by


def band_of(score: float | None) -> str:
    if score is None:
        return "no match"
    return next((name for floor, name in _FUZZY if score >= floor), "no match")


@dataclass
class BandCount:
    words: int = 0
    segments: int = 0
    characters: int = 0  # as Amazon Translate would bill them

    def add(self, words: int, characters: int) -> None:
        self.words += words
        self.segments += 1
        self.characters += characters


@dataclass
class ChapterAnalysis:
    chapter: str
    bands: dict[str, BandCount] = field(default_factory=lambda: {b: BandCount() for b in BANDS})

    @property
    def total_words(self) -> int:
        return sum(b.words for b in self.bands.values())

    @property
    def total_characters(self) -> int:
        return sum(b.characters for b in self.bands.values())

    def as_dict(self) -> dict[str, Any]:
        bands = {name: vars(count).copy() for name, count in self.bands.items()}
        return {"total_words": self.total_words, "total_characters": self.total_characters, "bands": bands}


@dataclass(frozen=True)
class Analysis:
    chapters: tuple[ChapterAnalysis, ...]
    total: ChapterAnalysis
    counted_by: str  # "words" or "characters"
    rules: tuple[str, ...] = ()  # how segments were sorted and counted (:class:`Convention`)

    def as_dict(self) -> dict[str, Any]:
        return {
            "counted_by": self.counted_by,
            "rules": list(self.rules),
            "chapters": {c.chapter: c.as_dict() for c in self.chapters},
            "total": self.total.as_dict(),
        }


def analyze(
    store: Store,
    chapters: Sequence[str],
    memory: Memory,
    billed: Billed | None = None,
    convention: Convention = TRADOS,
) -> Analysis:
    """Count the chapters' segments into bands by ``convention``; ``memory`` should answer down to 50 %."""
    source_lang = store.settings().source_lang
    characters = billed or (lambda source, markup: len(restore(source, markup)))
    seen: dict[str, tuple[str, str]] = {}  # sentence → the chapter it was first seen in, and its match band
    results, total = [], ChapterAnalysis("total")
    for chapter in chapters:
        result = ChapterAnalysis(chapter)
        for segment in live_segments(store, chapter):
            key = " ".join(segment.source_markup.split())
            band = _band(key, chapter, seen, partial(_match_band, memory, segment.source_markup), convention)
            words = count_words(segment.source, source_lang)
            cost = characters(segment.source, segment.markup)
            result.bands[band].add(words, cost)
            total.bands[band].add(words, cost)
        results.append(result)
    return Analysis(tuple(results), total, counted_by(source_lang), convention.rules)


def _match_band(memory: Memory, source: str) -> str:
    from amts_gui.core.memory.index import REPAIRED_SCORE  # the memory loads with the analysis, not before

    match = memory.lookup(source)
    if match is not None and match.score == REPAIRED_SCORE and match.repairs:
        return "100"  # only numbers or placeholders differ, and the repair applies: auto-substitution
    return band_of(match.score if match is not None else None)


def _band(
    key: str, chapter: str, seen: dict[str, tuple[str, str]], matched: Callable[[], str], convention: Convention
) -> str:
    """The band of a segment: its match on first sight (the memory asked once per sentence); later a
    repetition (of its own chapter or another's), unless the convention puts a 100 % match first."""
    if key not in seen:
        seen[key] = (chapter, matched())
        return seen[key][1]
    first, band = seen[key]
    if convention.hundred_first and band == "100":
        return "100"
    return "cross-file repetition" if convention.cross_file_apart and first != chapter else "repetition"
