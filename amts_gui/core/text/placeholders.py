"""Inline placeholders: markup inside translatable text that must survive translation.

Inline code, ``$…$`` math, d2lbook roles (``:numref:`x```), link brackets and
targets, HTML tags, bare URLs and MDX heading anchors become numbered tokens
``⟦1⟧``, ``⟦2⟧``… A segment keeps the original markup of each token, so a
translation that keeps the tokens maps back to the exact source markup.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum

from amts_gui.core.messages import Message, message

TOKEN_OPEN, TOKEN_CLOSE = "⟦", "⟧"
TOKEN_RE = re.compile(r"⟦(\d+)⟧")

_INLINE = re.compile(
    r"""
    (?P<esc>\\[^\n])
  | (?P<bracket>[⟦⟧])
  | (?P<role>:[A-Za-z][\w-]*:(?P<rt>`+)(?:.+?)(?P=rt))
  | (?P<code>(?P<bt>`+)(?:.+?)(?<!`)(?P=bt)(?!`))
  | (?P<dmath>\$\$.+?\$\$)
  | (?P<math>\$(?=[^\s$])(?:\\.|[^$\\])*?(?<=[^\s\\])\$(?!\d))
  | (?P<comment><!--.*?-->)
  | (?P<autolink><(?:https?|mailto|ftp):[^<>\s]+>)
  | (?P<tag></?[A-Za-z][\w.:-]*(?:\s+[^<>]*?)?/?>)
  | (?P<image>!\[[^\]\n]*\]\([^()\s]*(?:\([^()\s]*\))?[^()\s]*(?:\s+"[^"]*")?\))
  | (?P<anchor>\[\[[\w.-]+\]\])
  | (?P<lopen>\[(?=(?:[^\[\]\n]|\[[^\[\]\n]*\])*\]\())
  | (?P<lclose>\]\([^()\s]*(?:\([^()\s]*\))?[^()\s]*(?:\s+"[^"]*")?\))
  | (?P<url>(?<![\w/])https?://[^\s<>()\[\]]*[^\s<>()\[\].,;:!?'"’”])
    """,
    re.VERBOSE | re.DOTALL,
)


class PlaceholderKind(StrEnum):
    ROLE = "role"
    CODE = "code"
    MATH = "math"
    HTML = "html"
    LINK = "link"
    IMAGE = "image"
    ANCHOR = "anchor"
    URL = "url"
    LITERAL = "literal"  # a ⟦ or ⟧ written in the source: kept aside, so it never reads as a token


_KIND_OF_GROUP = {
    "bracket": PlaceholderKind.LITERAL,
    "role": PlaceholderKind.ROLE,
    "code": PlaceholderKind.CODE,
    "dmath": PlaceholderKind.MATH,
    "math": PlaceholderKind.MATH,
    "comment": PlaceholderKind.HTML,
    "autolink": PlaceholderKind.URL,
    "tag": PlaceholderKind.HTML,
    "image": PlaceholderKind.IMAGE,
    "anchor": PlaceholderKind.ANCHOR,
    "lopen": PlaceholderKind.LINK,
    "lclose": PlaceholderKind.LINK,
    "url": PlaceholderKind.URL,
}


@dataclass(frozen=True)
class InlineSpan:
    """A placeholder's position in a text and what it protects."""

    start: int
    end: int
    kind: PlaceholderKind


# Every alternative of _INLINE begins with one of these; the big pattern is tried only there. That
# finds what _INLINE.finditer finds (a test compares them) at a fraction of the cost on plain prose.
_MAY_START = re.compile(r"[\\⟦⟧:`$<!\[\]]|https?://")


def inline_matches(text: str) -> Iterator[re.Match[str]]:
    """``_INLINE.finditer(text)``, trying the pattern only where one of its alternatives can begin."""
    end = 0
    for candidate in _MAY_START.finditer(text):
        if candidate.start() < end:
            continue
        m = _INLINE.match(text, candidate.start())
        if m is not None:
            end = m.end()
            yield m


def find_placeholders(text: str) -> list[InlineSpan]:
    """Markup spans in ``text`` that must be kept verbatim, in order."""
    spans: list[InlineSpan] = []
    for m in inline_matches(text):
        if m.group("esc") is not None:
            continue
        outer = next(g for g in _KIND_OF_GROUP if m.group(g) is not None)
        spans.append(InlineSpan(m.start(), m.end(), _KIND_OF_GROUP[outer]))
    return spans


def token(number: int) -> str:
    return f"{TOKEN_OPEN}{number}{TOKEN_CLOSE}"


def protect(text: str) -> tuple[str, tuple[str, ...]]:
    """``text`` with each markup span turned into a numbered token, and the spans: what an engine is sent."""
    pieces: list[str] = []
    markup: list[str] = []
    pos = 0
    for span in find_placeholders(text):
        markup.append(text[span.start : span.end])
        pieces += [text[pos : span.start], token(len(markup))]
        pos = span.end
    pieces.append(text[pos:])
    return "".join(pieces), tuple(markup)


def renumber(masked: str, first: int = 1) -> tuple[str, list[int]]:
    """Renumber the tokens of ``masked`` from ``first``; return the text and old numbers."""
    old: list[int] = []

    def sub(m: re.Match[str]) -> str:
        old.append(int(m.group(1)))
        return token(first + len(old) - 1)

    return TOKEN_RE.sub(sub, masked), old


class FindingKind(StrEnum):
    """What a finding is about; the values are messages, so the GUI shows them translated."""

    MISSING = message("missing placeholder")
    DUPLICATED = message("duplicated placeholder")
    UNKNOWN = message("unknown placeholder")
    ALTERED = message("altered placeholder")
    LINE_BREAK = message("line break in a single-line segment")
    NUMBER_MISSING = message("number missing")
    NUMBER_EXTRA = message("number not in the source")
    EMPTY = message("empty translation")
    EMPHASIS_MISSING = message("emphasis markers missing")
    TERM = message("term not translated as the glossary says")
    TERM_FORBIDDEN = message("term translated in a way the glossary forbids")
    TERM_CHANGED = message("term to keep as it is was changed")
    PUNCTUATION = message("punctuation not as the target language writes it")


# Findings that make a translation wrong, not merely worth a look: accepting one takes a confirmation,
# and its pair stays out of exports and pushes until it is fixed
ERROR_KINDS = frozenset(
    {
        FindingKind.MISSING,
        FindingKind.DUPLICATED,
        FindingKind.UNKNOWN,
        FindingKind.ALTERED,
        FindingKind.EMPTY,
        FindingKind.EMPHASIS_MISSING,
    }
)


@dataclass(frozen=True)
class Finding:
    """A QA finding about one segment's translation."""

    kind: FindingKind
    detail: str

    @property
    def is_error(self) -> bool:
        """An error, not a warning (numbers and line breaks are warnings: the translation may be right)."""
        return self.kind in ERROR_KINDS

    @property
    def text(self) -> Message:
        """The finding as a translatable message (the detail is a message where it is not the text itself)."""
        return message("{kind}: {detail}", kind=message(self.kind.value), detail=self.detail)

    def __str__(self) -> str:
        return str(self.text)


def check_placeholders(translation: str, markup: tuple[str, ...]) -> list[Finding]:
    """Compare the tokens in ``translation`` with the segment's placeholders."""
    findings: list[Finding] = []
    counts = Counter(int(n) for n in TOKEN_RE.findall(translation))
    for number, original in enumerate(markup, start=1):
        seen = counts.get(number, 0)
        if seen == 0:
            findings.append(Finding(FindingKind.MISSING, f"{token(number)} {original}"))
        elif seen > 1:
            findings.append(Finding(FindingKind.DUPLICATED, f"{token(number)} {original} ×{seen}"))
    for number in sorted(counts):
        if not 1 <= number <= len(markup):
            findings.append(Finding(FindingKind.UNKNOWN, token(number)))
    whole = {i for m in TOKEN_RE.finditer(translation) for i in (m.start(), m.end() - 1)}
    for i, ch in enumerate(translation):
        if ch in (TOKEN_OPEN, TOKEN_CLOSE) and i not in whole:  # a bracket of a damaged token
            findings.append(Finding(FindingKind.ALTERED, repr(translation[max(0, i - 6) : i + 7])))
    return findings


def restore(translation: str, markup: tuple[str, ...]) -> str:
    """Replace known tokens by their markup; unknown tokens stay visible as text."""

    def sub(m: re.Match[str]) -> str:
        number = int(m.group(1))
        return markup[number - 1] if 1 <= number <= len(markup) else m.group()

    return TOKEN_RE.sub(sub, translation)


def mask(text: str, markup: tuple[str, ...]) -> str:
    """``text`` (a translation with its markup written out) with each of ``markup`` turned back into its
    ``⟦n⟧`` token; markup that is not found stays out, for the placeholder check to report."""
    unused = list(range(len(markup)))
    pieces: list[str] = []
    pos = 0
    for span in find_placeholders(text):
        original = text[span.start : span.end]
        number = next((n for n in unused if markup[n] == original), None)
        if number is None:
            continue
        unused.remove(number)
        pieces += [text[pos : span.start], token(number + 1)]
        pos = span.end
    pieces.append(text[pos:])
    masked = "".join(pieces)
    for number in list(unused):  # markup our pattern does not see as one span (e.g. a bare word)
        at = masked.find(markup[number]) if markup[number] else -1
        if at >= 0 and TOKEN_RE.search(markup[number]) is None:
            masked = masked[:at] + token(number + 1) + masked[at + len(markup[number]) :]
            unused.remove(number)
    return masked
