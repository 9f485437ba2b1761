"""Punctuation rules that belong to a target language, checked as QA warnings.

* ``fullwidth-punctuation`` (Chinese, Japanese): a comma, semicolon, colon, question or exclamation
  mark, or a sentence's full stop, written half-width next to a CJK letter (``，`` not ``,``).
* ``halfwidth-punctuation`` (languages written with spaces): full-width punctuation (``，。：``).
* ``inverted-marks`` (Spanish): a question or exclamation without its opening ``¿`` or ``¡``.
* ``decimal-comma`` (Turkish, Portuguese, Vietnamese, Spanish): not punctuation but the number
  format the number check accepts beside the English one (``3,5`` for ``3.5``).
* ``sentence-space`` (Korean, Turkish, Vietnamese, Portuguese): a sentence end glued to the next
  sentence, with no space (``검토했습니다.특히``); :func:`fix_sentence_spaces` puts the space in.

Each target chooses its rules (``amts targets set PROJECT LANG --qa-rules …``); by default the
language's own apply (:mod:`amts_gui.core.languages`).  Placeholders (``⟦n⟧``) hold code and links,
so only the prose is looked at.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from amts_gui.core.languages import language
from amts_gui.core.messages import message
from amts_gui.core.text.placeholders import TOKEN_RE, Finding, FindingKind
from amts_gui.core.text.scripts import CJK_LETTERS

DECIMAL_COMMA = "decimal-comma"  # the target writes 3,5 for 3.5 and 1.024 for 1,024: both are right
_HALF_BESIDE_CJK = re.compile(rf"(?<=[{CJK_LETTERS}])[,;:?!]|[,;:?!](?=[{CJK_LETTERS}])|(?<=[{CJK_LETTERS}])\.(?=\s|$)")
_FULLWIDTH = re.compile(r"[，。；：？！、（）]")
_FULL_OF = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", ".": "。"}


def _fullwidth(text: str) -> list[Finding]:
    found = sorted({m.group() for m in _HALF_BESIDE_CJK.finditer(text)})
    return [Finding(FindingKind.PUNCTUATION, f"{mark} → {_FULL_OF[mark]}") for mark in found]


def _halfwidth(text: str) -> list[Finding]:
    found = sorted(set(_FULLWIDTH.findall(text)))
    return [Finding(FindingKind.PUNCTUATION, " ".join(found))] if found else []


def _inverted(text: str) -> list[Finding]:
    findings = []
    for closing, opening in (("?", "¿"), ("!", "¡")):
        if text.count(closing) > text.count(opening):
            findings.append(
                Finding(FindingKind.PUNCTUATION, message("{mark} without {opening}", mark=closing, opening=opening))
            )
    return findings


# a sentence's end glued to the next sentence: after a letter (and what may close the sentence: a
# bracket, emphasis, a quote), before a letter or a placeholder
_GLUED = re.compile(r"(?P<before>[^\W\d_])[)\]*\"”’」]*(?P<stop>[.!?]+)(?=[^\W\d_]|⟦)")


def _caseless(char: str) -> bool:
    return char.isalpha() and not char.islower() and not char.isupper()


class GluedEnd:
    """A sentence end glued to the next sentence: the stop's offsets (``start``, ``end``)."""

    def __init__(self, start: int, end: int) -> None:
        self.start, self.end = start, end


def glued_ends(text: str) -> list[GluedEnd]:
    """After a letter of a script without case (Hangul) anything glued is a new sentence; after a lower
    case letter, only a capital or a letter without case is (not "e.g.", "v.v.", "d2l.ai", "3.5")."""
    found = []
    for m in _GLUED.finditer(text):
        before, after = m.group("before"), text[m.end("stop")]
        if _caseless(before) or (before.islower() and (after.isupper() or _caseless(after))):
            found.append(GluedEnd(m.start("stop"), m.end("stop")))
    return found


def _sentence_space(text: str) -> list[Finding]:
    glued = glued_ends(text)
    if not glued:
        return []
    shown = ", ".join(text[max(0, m.start - 3) : m.end + 2] for m in glued[:3])
    detail = message("no space after a sentence end ({count}): {where}", count=len(glued), where=shown)
    return [Finding(FindingKind.PUNCTUATION, detail)]


def fix_sentence_spaces(translation: str) -> str:
    """``translation`` with a space after each sentence end glued to the next sentence (placeholders
    left as they are)."""
    prose = TOKEN_RE.sub(lambda m: "⟦" + "\0" * (len(m.group()) - 1), translation)  # same offsets, no letters
    for m in reversed(glued_ends(prose)):
        translation = translation[: m.end] + " " + translation[m.end :]
    return translation


RULES: dict[str, Callable[[str], list[Finding]]] = {
    "fullwidth-punctuation": _fullwidth,
    "halfwidth-punctuation": _halfwidth,
    "inverted-marks": _inverted,
    "sentence-space": _sentence_space,
    DECIMAL_COMMA: lambda _text: [],  # a number format, read by the number check (:mod:`.qa`)
}


def default_rules(lang: str) -> tuple[str, ...]:
    """The rules a target language gets unless it chooses its own: its punctuation, and its number
    format where it writes a decimal comma."""
    spoken = language(lang)
    return spoken.punctuation + ((DECIMAL_COMMA,) if spoken.decimal == "," else ())


def punctuation_findings(translation: str, rules: Iterable[str]) -> list[Finding]:
    """The findings of ``rules`` on the prose of ``translation`` (placeholders left out)."""
    prose = TOKEN_RE.sub("⟦⟧", translation)  # a placeholder stays where it was, without its number
    return [finding for rule in rules for finding in RULES[rule](prose)]
