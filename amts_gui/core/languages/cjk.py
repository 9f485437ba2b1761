"""Chinese and Japanese: sentences end at full-width marks, prose takes full-width punctuation, and the
analysis counts characters."""

from __future__ import annotations

from amts_gui.core.languages.en import EN_AMBIGUOUS, EN_PREPOSITIVE, EN_STARTERS
from amts_gui.core.languages.rules import Language, Segmentation

KANA_KANJI = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"

CHINESE = Language(
    "zh",
    "Chinese",
    "中文",
    Segmentation(
        "zh",
        prepositive=EN_PREPOSITIVE,  # English quoted in Chinese text keeps its abbreviations
        ambiguous=EN_AMBIGUOUS,
        starters=EN_STARTERS,
        cjk=True,
        protected=("《》", "「」", "『』"),
    ),
    punctuation=("fullwidth-punctuation",),
    counted_by="characters",
)

JAPANESE = Language(
    "ja",
    "Japanese",
    "日本語",
    Segmentation(
        "ja",
        cjk=True,
        protected=("「」", "『』"),
        # the Japanese edition's machine translation sometimes ends a sentence with a half-width full stop
        # glued to the next one (``示唆しています.PyTorch では``)
        glued_after=KANA_KANJI,
        glued_before=KANA_KANJI + "A-Za-z⟦",
    ),
    punctuation=("fullwidth-punctuation",),
    counted_by="characters",
)
