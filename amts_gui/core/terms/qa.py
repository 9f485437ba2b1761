"""Term QA: a glossary term of the source that the translation does not render as the glossary says.

For each term found in the source (see :mod:`amts_gui.core.terms.matching`), the translation must hold
one of the term's targets (Chinese and Japanese as substrings, English by word stems) and none of its
forbidden ones; a do-not-translate term must stand in it unchanged.  These are warnings, not errors: a
sentence may rightly say it otherwise, and the reviewer decides.
"""

from __future__ import annotations

from functools import lru_cache

from amts_gui.core.messages import message
from amts_gui.core.project.terms import TermEntry
from amts_gui.core.terms.matching import TermFinder, is_cjk
from amts_gui.core.text.placeholders import TOKEN_RE, Finding, FindingKind


@lru_cache(maxsize=4096)
def _finder_of(term: str) -> TermFinder:
    return TermFinder([TermEntry(term, ())])


def contains_term(text: str, term: str) -> bool:
    """``term`` stands in ``text``: as a substring for CJK, else as whole words by their stems."""
    if is_cjk(term):
        return term in text
    return bool(_finder_of(term).find(text))


def term_findings(finder: TermFinder, source: str, translation: str) -> list[Finding]:
    """The glossary's terms of ``source`` that ``translation`` (both with ``⟦n⟧`` tokens) gets wrong."""
    plain = TOKEN_RE.sub(" ", translation)  # a term inside code or math is not a translation of it
    findings: list[Finding] = []
    seen: set[str] = set()
    for match in finder.find(source):
        entry = match.entry
        if entry.source in seen:
            continue
        seen.add(entry.source)
        written = match.text(source)
        if entry.do_not_translate:
            if written not in plain:
                findings.append(Finding(FindingKind.TERM_CHANGED, written))
            continue
        wrong = next((f for f in entry.forbidden if contains_term(plain, f)), None)
        if wrong is not None:
            detail = message("{term}: {wrong}, use {preferred}", term=written, wrong=wrong, preferred=entry.preferred)
            findings.append(Finding(FindingKind.TERM_FORBIDDEN, detail))
        elif entry.targets and not any(contains_term(plain, t) for t in entry.targets):
            findings.append(
                Finding(FindingKind.TERM, message("{term} → {preferred}", term=written, preferred=entry.preferred))
            )
    return findings
