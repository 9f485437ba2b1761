"""Every language the tool knows, each a small bundle of rules in one module that every stage reads.

A :class:`Language` says how its sentences end (:class:`Segmentation`), which punctuation QA applies to a
translation into it, how it writes numbers, what the analysis counts (characters or words), and its name
in English and in its own script.  ``language("pt-BR")`` gives Portuguese; a language the tool has no
module for gets :data:`~amts_gui.core.languages.catalog.GENERIC` rules under its own code.

This package is data only: the segmenter (:mod:`amts_gui.core.text.sentences`), QA
(:mod:`amts_gui.core.text.punctuation`, :mod:`amts_gui.core.text.qa`), term matching
(:mod:`amts_gui.core.text.word_rules`) and the analysis read it.
"""

from __future__ import annotations

from amts_gui.core.languages.catalog import LANGUAGES, language
from amts_gui.core.languages.rules import Language, Segmentation

__all__ = ["LANGUAGES", "Language", "Segmentation", "language"]
