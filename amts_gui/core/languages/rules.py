"""What a language bundle holds (see :mod:`amts_gui.core.languages`)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Segmentation:
    """What a language adds to the shared sentence scanner."""

    code: str
    # Abbreviations that precede a name or number: never end a sentence.
    prepositive: frozenset[str] = frozenset()
    # Abbreviations that may end a sentence: split only before a sentence starter.
    ambiguous: frozenset[str] = frozenset()
    # Words that typically start a sentence; used after ambiguous abbreviations.
    starters: frozenset[str] = frozenset()
    # Time abbreviations (a.m.): split before a capital unless the sentence is a fragment.
    time_abbreviations: frozenset[str] = frozenset()
    cjk: bool = False  # sentences end at full-width marks without a space after them
    protected: tuple[str, ...] = field(default=())  # bracket pairs never split inside
    # a half-width full stop with no space after it still ends a sentence between a character of
    # ``glued_after`` and one of ``glued_before`` (regex character classes): the Korean edition glues
    # thousands of sentences so (``검토했습니다.특히``, ``있습니다.:numref:…``, ``니다.NumPy``)
    glued_after: str = ""
    glued_before: str = ""


@dataclass(frozen=True)
class Language:
    code: str  # the primary subtag: "pt" for pt-BR
    name: str  # in English
    native: str  # in its own script, for the target switcher
    segmentation: Segmentation
    punctuation: tuple[str, ...] = ("halfwidth-punctuation",)  # QA rules (:mod:`amts_gui.core.text.punctuation`)
    decimal: str = "."  # the decimal mark of its own number format
    grouping: str = ","  # the digit group separator of its own number format
    counted_by: str = "words"  # or "characters", as CAT tools count Chinese and Japanese
    turkish_case: bool = False  # I ↔ ı and İ ↔ i when changing case

    def lower(self, text: str) -> str:
        """``text`` in lower case by this language's rules (Turkish dotted and dotless i)."""
        if self.turkish_case:
            text = text.replace("I", "ı").replace("İ", "i")
        return text.lower()

    def upper(self, text: str) -> str:
        if self.turkish_case:
            text = text.replace("i", "İ").replace("ı", "I")
        return text.upper()
