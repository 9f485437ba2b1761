"""Punctuation rules that belong to a target language, checked as QA warnings.

* ``fullwidth-punctuation`` (Chinese, Japanese): a comma, semicolon, colon, question or exclamation
  mark, or a sentence's full stop, written half-width next to a CJK letter (``，`` not ``,``).
* ``halfwidth-punctuation`` (languages written with spaces): full-width punctuation (``，。：``).
* ``inverted-marks`` (Spanish): a question or exclamation without its opening ``¿`` or ``¡``.

Each target chooses its rules (``amts targets set PROJECT LANG --qa-rules …``); by default the
language's own apply.  Placeholders (``⟦n⟧``) hold code and links, so only the prose is looked at.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from amts_gui.core.messages import message
from amts_gui.core.text.placeholders import TOKEN_RE, Finding, FindingKind
from amts_gui.core.text.scripts import CJK_LETTERS

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


RULES: dict[str, Callable[[str], list[Finding]]] = {
    "fullwidth-punctuation": _fullwidth,
    "halfwidth-punctuation": _halfwidth,
    "inverted-marks": _inverted,
}


def default_rules(lang: str) -> tuple[str, ...]:
    """The rules a target language gets unless it chooses its own."""
    base = lang.split("-")[0].lower()
    if base in ("zh", "ja"):
        return ("fullwidth-punctuation",)
    if base == "es":
        return ("halfwidth-punctuation", "inverted-marks")
    return ("halfwidth-punctuation",)


def punctuation_findings(translation: str, rules: Iterable[str]) -> list[Finding]:
    """The findings of ``rules`` on the prose of ``translation`` (placeholders left out)."""
    prose = TOKEN_RE.sub(" ", translation)
    return [finding for rule in rules for finding in RULES[rule](prose)]
