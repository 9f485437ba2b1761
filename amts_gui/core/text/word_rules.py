"""How a language's words meet a glossary term's words: an index key per word, and whether a written word
is the term's word.

- English: :mod:`amts_gui.core.text.inflection` (stems to find, inflection rules to decide).
- Turkish: words lowered the Turkish way (I → ı, İ → i); the written word is the term's word with
  suffixes after it (*afin*: *afinler*, *afinin*), its last consonant softened where Turkish softens it
  (*ağaç*: *ağacı*), and no more than suffixes, as Snowball's Turkish stemmer cuts them ("kardeşler" is
  not *kar*).
- Korean: a noun with a particle attached is the noun (*배치를*, *모델에서*): the particle is cut for
  the key; any other ending is another word.
- Other languages written with spaces: Snowball's stemmer of the language where it has one, and the
  written word must keep all but the term word's last letter (Spanish *capa*: *capas*).
Chinese and Japanese are matched as substrings (:mod:`amts_gui.core.text.terms`), not here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from amts_gui.core.text.inflection import english_keys, same_word

WORD = re.compile(r"[^\W_]+")  # letters and digits of any script

# Korean particles, longest first, so that 에서 is cut before 에
KOREAN_PARTICLES = tuple(
    sorted(
        "은 는 이 가 을 를 의 에 에서 에게 께 로 으로 와 과 도 만 들 들은 들을 들의 들이 이나 나 까지 부터 보다 처럼 "
        "이라는 라는 이라고 라고 으로서 로서 으로써 로써 에는 에도 에서는 와는 과는 이다 입니다".split(),
        key=len,
        reverse=True,
    )
)
_TURKISH_LOWER = str.maketrans({"I": "ı", "İ": "i"})
_TURKISH_SOFTENED = {"p": "b", "ç": "c", "t": "d", "k": "ğ"}
_SNOWBALL = {
    "da": "danish", "de": "german", "es": "spanish", "fi": "finnish", "fr": "french", "hu": "hungarian",
    "it": "italian", "nl": "dutch", "no": "norwegian", "pt": "portuguese", "ro": "romanian", "ru": "russian",
    "sv": "swedish", "id": "indonesian", "el": "greek", "ca": "catalan", "cs": "czech", "pl": "polish",
}  # fmt: skip


@lru_cache(maxsize=8)
def _snowball(algorithm: str) -> Any:
    import Stemmer

    return Stemmer.Stemmer(algorithm)


@dataclass(frozen=True)
class WordRules:
    """A language's way of matching words (``language``: its primary subtag)."""

    language: str

    def keys(self, words: list[str]) -> list[str]:
        if self.language == "en":
            return english_keys(words)
        if self.language == "tr":
            return [turkish_lower(w)[:2] for w in words]  # a coarse bucket: :func:`turkish_same` decides
        if self.language == "ko":
            return [korean_noun(w) for w in words]
        if self.language in _SNOWBALL:
            return list(_snowball(_SNOWBALL[self.language]).stemWords([w.lower() for w in words]))
        return [w.lower() for w in words]

    def same(self, term_word: str, written: str, *, modifier: bool = False) -> bool:
        """``written`` is ``term_word`` in this language's inflection (the keys already agree)."""
        if self.language == "en":
            return same_word(term_word, written, modifier=modifier)
        if self.language == "tr":
            return turkish_same(turkish_lower(term_word), turkish_lower(written))
        if self.language == "ko":
            return written.startswith(term_word) and korean_noun(written[len(term_word) :]) == ""
        term, have = term_word.lower(), written.lower()
        return have.startswith(term[:-1]) if len(term) > 3 else have == term


def turkish_lower(word: str) -> str:
    return word.translate(_TURKISH_LOWER).lower()


def turkish_same(term: str, have: str) -> bool:
    """``have`` is ``term`` with Turkish suffixes: it starts with the term (its last consonant maybe softened,
    ağaç: ağacı), and Snowball's Turkish stemmer cuts it back to no more than the term, so "kardeş" is not
    *kar*."""
    if have == term:
        return True
    softened = term[:-1] + _TURKISH_SOFTENED.get(term[-1:], term[-1:])
    if not (have.startswith(term) or (len(term) > 2 and have.startswith(softened))):
        return False
    return len(_snowball("turkish").stemWord(have)) <= len(term) + 1


def korean_noun(word: str) -> str:
    """A Korean word without the particles attached to it (배치를: 배치; 모델들의: 모델), up to two; the
    key of a word, so a noun that ends as a particle does (정확도) is cut the same way in the term."""
    for _ in range(2):
        particle = next((p for p in KOREAN_PARTICLES if word.endswith(p)), "")
        if not particle:
            break
        word = word[: -len(particle)]
    return word


def rules_for(language: str) -> WordRules:
    return WordRules(language.split("-")[0].lower() or "en")
