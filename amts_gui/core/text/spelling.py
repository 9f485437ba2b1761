"""Spell checking of a target text with the system's Hunspell dictionaries, through Enchant (pyenchant).

Chinese and Japanese are written without spaces and have no Hunspell dictionary: they are not checked.
Placeholders (``⟦n⟧``), words with digits, and words of a single letter are never flagged; neither are the
glossary's own translations, nor the words the translator chose to ignore.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from amts_gui.core.text.placeholders import TOKEN_RE

NOT_CHECKED = ("zh", "ja")  # no spaces between words, no Hunspell dictionary
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")  # letters, with inner apostrophes (don't, l'état)
MAX_SUGGESTIONS = 8


class SpellChecker:
    def __init__(self, lang: str, dictionary: Any) -> None:
        self.lang, self._dictionary = lang, dictionary

    def misspelled(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of every word the dictionary does not know, in reading order."""
        protected = [m.span() for m in TOKEN_RE.finditer(text)]
        spans = []
        for match in _WORD.finditer(text):
            start, end = match.span()
            word = match.group()
            if len(word) < 2 or any(s < end and start < e for s, e in protected):
                continue
            if not self._dictionary.check(word.replace("’", "'")):
                spans.append((start, end))
        return spans

    def suggestions(self, word: str) -> list[str]:
        return list(self._dictionary.suggest(word))[:MAX_SUGGESTIONS]

    def ignore(self, words: Iterable[str]) -> None:
        """Words not to flag for as long as the program runs (glossary translations, names)."""
        for phrase in words:
            for word in _WORD.findall(phrase):
                if word and not self._dictionary.check(word):
                    self._dictionary.add_to_session(word)


def dictionary_tag(lang: str, available: Iterable[str]) -> str | None:
    """The installed dictionary for a target language: ``es`` → ``es_ES``, ``pt-BR`` → ``pt_BR``, ``en`` →
    ``en_US``; None when none is installed."""
    tags = list(available)
    wanted = lang.replace("-", "_")
    base = wanted.split("_")[0].lower()
    if wanted in tags:
        return wanted
    preferred = {"en": "en_US", "es": "es_ES", "pt": "pt_BR", "de": "de_DE", "fr": "fr_FR", "ko": "ko_KR"}
    for tag in (preferred.get(base), base, f"{base}_{base.upper()}"):
        if tag in tags:
            return tag
    return next((t for t in sorted(tags) if t.split("_")[0].lower() == base), None)


@lru_cache(maxsize=8)
def checker_for(lang: str) -> SpellChecker | None:
    """A checker for the language, or None: a language not checked, no dictionary, or no Enchant library."""
    if lang.split("-")[0].lower() in NOT_CHECKED:
        return None
    try:
        import enchant  # libenchant-2 and its Hunspell provider, from the system
    except ImportError:  # pyenchant says so when the C library is missing
        return None
    tag = dictionary_tag(lang, enchant.list_languages())
    if tag is None:
        return None
    return SpellChecker(tag, enchant.Dict(tag))
