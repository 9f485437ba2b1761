"""QA checks on a translation of one segment: placeholders, numbers, emptiness."""

from __future__ import annotations

import re
from collections import Counter

from amts_gui.core.text.placeholders import TOKEN_RE, Finding, FindingKind, check_placeholders

__all__ = ["Finding", "check_final", "number_findings"]

# digits, with decimal points or thousands separators; full-width digits are normalized first
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_FULLWIDTH = str.maketrans("０１２３４５６７８９．，", "0123456789.,")


def _numbers(text: str) -> Counter[str]:
    plain = TOKEN_RE.sub(" ", text).translate(_FULLWIDTH)  # numbers inside placeholders are not prose
    return Counter(n.replace(",", "") for n in _NUMBER.findall(plain))


def number_findings(source: str, translation: str) -> list[Finding]:
    """Numbers of the source missing from the translation, and numbers the translation adds."""
    src, tgt = _numbers(source), _numbers(translation)
    findings = [Finding(FindingKind.NUMBER_MISSING, n) for n in sorted((src - tgt).elements())]
    findings += [Finding(FindingKind.NUMBER_EXTRA, n) for n in sorted((tgt - src).elements())]
    return findings


def check_final(source: str, markup: tuple[str, ...], translation: str) -> list[Finding]:
    """Everything a reviewer should see before accepting ``translation`` of ``source`` (both with tokens)."""
    if not translation.strip():
        return [Finding(FindingKind.EMPTY, "the translation is empty")]
    return check_placeholders(translation, markup) + number_findings(source, translation)
