"""Korean: written with spaces and half-width punctuation, a space after each sentence.

The Korean D2L edition glues thousands of sentences without that space (``검토했습니다.특히``): a full
stop between two Hangul syllables still ends a sentence, and QA finds the missing space
(``sentence-space``) with its fix.
"""

from __future__ import annotations

from amts_gui.core.languages.en import EN_AMBIGUOUS, EN_PREPOSITIVE, EN_STARTERS
from amts_gui.core.languages.rules import Language, Segmentation

HANGUL = "\uac00-\ud7a3"  # the precomposed syllables

KOREAN = Language(
    "ko",
    "Korean",
    "한국어",
    Segmentation(
        "ko",
        prepositive=EN_PREPOSITIVE,  # English names and references quoted in Korean text
        ambiguous=EN_AMBIGUOUS,
        starters=EN_STARTERS,
        glued_after=HANGUL + "⟧)\\]*",  # a syllable, a placeholder (math, code), or a bracket or emphasis closing
        glued_before=HANGUL + "A-Za-z⟦",  # a syllable, a Latin word, or a placeholder starting the next
    ),
    punctuation=("halfwidth-punctuation", "sentence-space"),
)
