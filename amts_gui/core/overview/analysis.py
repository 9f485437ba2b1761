"""The analysis before a job, as CAT tools give it: words and segments per match band, per chapter.

Each segment falls into the first band that applies, in Trados's order: a **repetition** (the same
source sentence seen earlier in the analysed chapters), else the translation memory's best match as
**100**, **95-99**, **85-94**, **75-84** or **50-74** %, else **no match**.  Words are counted as CAT
tools count them: words for languages written with spaces, characters for Chinese and Japanese (a
Latin word among them counts once); placeholders (code, math, links) count as nothing.  Beside the
words, the characters Amazon Translate would bill for each band (``billed`` tells how many a segment
costs as sent; the Amazon engines pass theirs, so the cost preview before a job counts the same way).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from amts_gui.core.languages import language
from amts_gui.core.project.segments import live_segments
from amts_gui.core.project.store import Store
from amts_gui.core.text.placeholders import TOKEN_RE, restore
from amts_gui.core.text.scripts import CJK_LETTERS

if TYPE_CHECKING:
    from amts_gui.core.memory.index import Memory

BANDS = ("repetition", "100", "95-99", "85-94", "75-84", "50-74", "no match")
LOWEST_MATCH = 50.0  # the memory is asked down to here; below it is "no match"
_FUZZY = ((100.0, "100"), (95.0, "95-99"), (85.0, "85-94"), (75.0, "75-84"), (50.0, "50-74"))
_CJK = CJK_LETTERS
_CHARACTER = re.compile(f"[{_CJK}]")
_WORD = re.compile(rf"[^\W_{_CJK}]+(?:['’.\-][^\W_{_CJK}]+)*")

Billed = Callable[[str, tuple[str, ...]], int]  # (source with ⟦n⟧ tokens, markup) -> characters billed


def count_words(text: str, lang: str) -> int:
    """Words of ``text`` (with ``⟦n⟧`` tokens, which count as nothing); CJK characters one each in a
    Chinese or Japanese text."""
    plain = TOKEN_RE.sub(" ", text)
    if counted_by(lang) == "characters":
        return len(_CHARACTER.findall(plain)) + len(_WORD.findall(_CHARACTER.sub(" ", plain)))
    return len(_WORD.findall(plain))


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

    def as_dict(self) -> dict[str, Any]:
        return {
            "counted_by": self.counted_by,
            "chapters": {c.chapter: c.as_dict() for c in self.chapters},
            "total": self.total.as_dict(),
        }


def analyze(store: Store, chapters: Sequence[str], memory: Memory, billed: Billed | None = None) -> Analysis:
    """Count the chapters' segments into bands; ``memory`` should answer down to 50 %."""
    source_lang = store.settings().source_lang
    characters = billed or (lambda source, markup: len(restore(source, markup)))
    seen: set[str] = set()
    results, total = [], ChapterAnalysis("total")
    for chapter in chapters:
        result = ChapterAnalysis(chapter)
        for segment in live_segments(store, chapter):
            key = " ".join(segment.source_markup.split())
            if key in seen:
                band = "repetition"
            else:
                seen.add(key)
                match = memory.lookup(segment.source_markup)
                band = band_of(match.score if match is not None else None)
            words = count_words(segment.source, source_lang)
            cost = characters(segment.source, segment.markup)
            result.bands[band].add(words, cost)
            total.bands[band].add(words, cost)
        results.append(result)
    return Analysis(tuple(results), total, counted_by(source_lang))
