"""QA checks on a translation of one segment: placeholders, emphasis markers, numbers, emptiness.

Placeholder problems, a lost emphasis and an empty translation are errors (``Finding.is_error``);
numbers are warnings, since a translation may write a number out in words.
"""

from __future__ import annotations

import re
from collections import Counter

from amts_gui.core.messages import message
from amts_gui.core.text.placeholders import TOKEN_RE, Finding, FindingKind, check_placeholders

__all__ = ["Finding", "check_final", "emphasis_findings", "errors", "number_findings"]

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


# Markdown emphasis: **strong** before *emphasis*; a marker must touch the text it encloses
_EMPHASIS = (
    ("**", re.compile(r"\*\*(?=\S)(?:.+?)(?<=\S)\*\*")),
    ("*", re.compile(r"(?<!\*)\*(?=[^\s*])(?:[^*]+?)(?<=\S)\*(?!\*)")),
)


def _emphasis(text: str) -> dict[str, int]:
    plain = TOKEN_RE.sub(" ", text)
    counts = {}
    for marker, pattern in _EMPHASIS:
        counts[marker] = len(pattern.findall(plain))
        plain = pattern.sub(" ", plain)
    return counts


def emphasis_findings(source: str, translation: str) -> list[Finding]:
    """Emphasis (``*…*``, ``**…**``) of the source that the translation lost."""
    src, tgt = _emphasis(source), _emphasis(translation)
    return [
        Finding(
            FindingKind.EMPHASIS_MISSING,
            message(
                "{marker}…{marker}: {source} in the source, {here} here",
                marker=marker,
                source=src[marker],
                here=tgt[marker],
            ),
        )
        for marker in src
        if tgt[marker] < src[marker]
    ]


def check_final(source: str, markup: tuple[str, ...], translation: str) -> list[Finding]:
    """Everything a reviewer should see before accepting ``translation`` of ``source`` (both with tokens)."""
    if not translation.strip():
        return [Finding(FindingKind.EMPTY, message("the translation is empty"))]
    return (
        check_placeholders(translation, markup)
        + emphasis_findings(source, translation)
        + number_findings(source, translation)
    )


def errors(findings: list[Finding] | tuple[Finding, ...]) -> list[Finding]:
    """The findings that are errors, not warnings."""
    return [f for f in findings if f.is_error]
