"""QA checks on a translation of one segment: placeholders, emphasis markers, numbers, glossary terms, emptiness.

Placeholder problems, a lost emphasis and an empty translation are errors (``Finding.is_error``);
numbers are warnings, since a translation may write a number out in words.  Glossary terms are
warnings too (a sentence may rightly say it otherwise), and the accept gate asks about them only when
the translator turns that on (:func:`gate`).  For each term found in the source
(:mod:`amts_gui.core.text.terms`), the translation must hold one of the term's targets (Chinese and
Japanese as substrings, other languages by their word rules) and none of its forbidden ones; a
do-not-translate term must stand in it unchanged.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Sequence

from amts_gui.core.messages import message
from amts_gui.core.text.placeholders import TOKEN_RE, Finding, FindingKind, check_placeholders
from amts_gui.core.text.punctuation import DECIMAL_COMMA, punctuation_findings
from amts_gui.core.text.term_roles import role
from amts_gui.core.text.terms import TermFinder, TermMatch

__all__ = ["Finding", "check_final", "emphasis_findings", "errors", "gate", "number_findings", "term_findings"]

# digits, with decimal points or thousands separators; full-width digits are normalized first
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_FULLWIDTH = str.maketrans("０１２３４５６７８９．，", "0123456789.,")


def _numbers(text: str) -> list[str]:
    plain = TOKEN_RE.sub(" ", text).translate(_FULLWIDTH)  # numbers inside placeholders are not prose
    return _NUMBER.findall(plain)


def _english(number: str) -> str:
    return number.replace(",", "")


def _decimal_comma(number: str) -> str:
    """``3,5`` → ``3.5`` and ``1.024`` → ``1024``: the number as a language with a decimal comma reads it."""
    return number.replace(".", "").replace(",", ".")


_WORDS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty"
).split()
_NUMBER_WORDS = {
    **{word: str(n) for n, word in enumerate(_WORDS)},
    **{"thirty": "30", "forty": "40", "fifty": "50", "hundred": "100", "thousand": "1000", "million": "1000000"},
    **{w: str(n) for n, w in enumerate("first second third fourth fifth sixth seventh eighth ninth tenth".split(), 1)},
    "single": "1",
    "twice": "2",
}
_WORD = re.compile(r"[A-Za-z]+")


def _spelled(source: str) -> Counter[str]:
    """The numbers the source writes as English words ("two GPUs", "the first layer"), which a translation
    may rightly write in digits (``2 つの GPU``, ``第 1 層``)."""
    plain = TOKEN_RE.sub(" ", source)
    return Counter(_NUMBER_WORDS[w] for w in (m.group().lower() for m in _WORD.finditer(plain)) if w in _NUMBER_WORDS)


def number_findings(source: str, translation: str, *, decimal_comma: bool = False) -> list[Finding]:
    """Numbers of the source missing from the translation, and numbers the translation adds (but not one
    the source writes as a word).  With ``decimal_comma``, a translation's number may be written the
    target's way (``3,5``, ``1.024``) or the English way: either reading that the source has is the same
    number."""
    spelled: Counter[str] | None = None  # read only when a number is not found as digits (rare)
    src = Counter(_english(n) for n in _numbers(source))
    extra: list[str] = []
    for written in _numbers(translation):
        readings = [_english(written)] + ([_decimal_comma(written)] if decimal_comma else [])
        found = next((r for r in readings if src[r] > 0), None)
        if found is not None:
            src[found] -= 1
            continue
        spelled = _spelled(source) if spelled is None else spelled
        if spelled[readings[0]] > 0:
            spelled[readings[0]] -= 1
        else:
            extra.append(written if decimal_comma else readings[0])
    findings = [Finding(FindingKind.NUMBER_MISSING, n) for n in sorted(src.elements())]
    findings += [Finding(FindingKind.NUMBER_EXTRA, n) for n in sorted(extra)]
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


def term_findings(finder: TermFinder, source: str, translation: str, ignored: Collection[str] = ()) -> list[Finding]:
    """The glossary's terms of ``source`` that ``translation`` (both with ``⟦n⟧`` tokens) gets wrong; never
    an entry the translator chose to ignore in this segment (``ignored``: source terms)."""
    plain = TOKEN_RE.sub(" ", translation)  # a term inside code or math is not a translation of it
    findings: list[Finding] = []
    matches = finder.find(source)
    seen: set[str] = set(ignored) | _quiet(finder, source, matches)
    for match in matches:
        entry = match.entry
        if entry.source in seen:
            continue
        seen.add(entry.source)
        written = match.text(source)
        if entry.do_not_translate:
            if written not in plain:
                findings.append(Finding(FindingKind.TERM_CHANGED, written))
            continue
        wrong = next((f for f in entry.forbidden if finder.renders(plain, f)), None)
        if wrong is not None:
            detail = message("{term}: {wrong}, use {preferred}", term=written, wrong=wrong, preferred=entry.preferred)
            findings.append(Finding(FindingKind.TERM_FORBIDDEN, detail))
        elif entry.targets and not any(finder.renders(plain, t) for t in entry.targets):
            findings.append(
                Finding(FindingKind.TERM, message("{term} → {preferred}", term=written, preferred=entry.preferred))
            )
    return findings


def _quiet(finder: TermFinder, source: str, matches: list[TermMatch]) -> set[str]:
    """The entries whose every occurrence in ``source`` plays a role their QA keeps quiet in."""
    if not finder.quiet or finder.rules.language != "en":
        return set()
    roles: dict[str, set[str]] = {}
    for match in matches:
        roles.setdefault(match.entry.source, set()).add(role(source, match))
    return {term for term, played in roles.items() if played <= finder.quiet.get(term, frozenset())}


def check_final(
    source: str,
    markup: tuple[str, ...],
    translation: str,
    terms: TermFinder | None = None,
    rules: Sequence[str] = (),
    ignored: Collection[str] = (),
) -> list[Finding]:
    """Everything a reviewer should see before accepting ``translation`` of ``source`` (both with tokens),
    with the glossary's terms when ``terms`` is given (but those ``ignored`` in this segment) and the
    target language's punctuation ``rules``."""
    if not translation.strip():
        return [Finding(FindingKind.EMPTY, message("the translation is empty"))]
    return (
        check_placeholders(translation, markup)
        + emphasis_findings(source, translation)
        + number_findings(source, translation, decimal_comma=DECIMAL_COMMA in rules)
        + (term_findings(terms, source, translation, ignored) if terms is not None else [])
        + punctuation_findings(translation, rules)
    )


def errors(findings: list[Finding] | tuple[Finding, ...]) -> list[Finding]:
    """The findings that are errors, not warnings."""
    return [f for f in findings if f.is_error]


TERM_KINDS = frozenset({FindingKind.TERM, FindingKind.TERM_FORBIDDEN, FindingKind.TERM_CHANGED})


def gate(findings: list[Finding] | tuple[Finding, ...], *, ask_terms: bool = False) -> list[Finding]:
    """What the accept gate asks about: the errors, and with ``ask_terms`` the glossary's terms rendered
    otherwise (a term finding is a warning: by default it never stops an accept)."""
    return [f for f in findings if f.is_error or (ask_terms and f.kind in TERM_KINDS)]
