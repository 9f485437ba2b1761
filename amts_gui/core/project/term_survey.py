"""The survey of the glossary's use: every aligned and accepted sentence pair of the project read once,
each entry counted where its term stands and where the translation renders it, in all and by role; the
result is kept in the project (:mod:`amts_gui.core.project.term_usage`).  About a second for the whole
D2L book.  `amts align`, `amts terms import|list|push`, the glossary editor and the push run it.
"""

from __future__ import annotations

from collections import Counter

from amts_gui.core.messages import message
from amts_gui.core.progress import Cancelled, Progress
from amts_gui.core.project.store import Store
from amts_gui.core.project.term_usage import TermUsage, write_usage
from amts_gui.core.project.terms import list_terms
from amts_gui.core.text.placeholders import TOKEN_RE, protect
from amts_gui.core.text.term_roles import HEAD, role
from amts_gui.core.text.terms import TermEntry, TermFinder

_PAIRS = """
SELECT source, target FROM pairs
WHERE target_lang = ? AND origin IN ('aligned', 'accepted') AND granularity = 'sentence' AND flagged = 0
"""


def term_usage(store: Store, progress: Progress | None = None, cancelled: Cancelled | None = None) -> list[TermUsage]:
    """Every entry's use in the project's pairs, in the glossary's order, kept in the project (a cancelled
    survey keeps nothing and returns what it counted)."""
    entries = list_terms(store)
    settings = store.settings()
    finder = TermFinder(entries, settings.source_lang, settings.target_lang)
    english = finder.rules.language == "en"
    pairs = store.db.execute(_PAIRS, [store.target]).fetchall()
    found: Counter[tuple[str, str]] = Counter()
    rendered: Counter[tuple[str, str]] = Counter()
    stopped = False
    for number, (source, target) in enumerate(pairs, start=1):
        text = protect(source)[0]
        translation = TOKEN_RE.sub(" ", protect(target)[0])
        for match in finder.find(text):
            if match.entry.targets:
                key = (match.entry.source, role(text, match) if english else HEAD)
                found[key] += 1
                rendered[key] += any(finder.renders(translation, t) for t in match.entry.targets)
        if number % 500 == 0:
            if progress is not None:
                progress(number, len(pairs), message("measuring term use"))
            if cancelled is not None and cancelled():
                stopped = True
                break
    usage = [_usage(entry, found, rendered) for entry in entries]
    if not stopped:
        write_usage(store, usage)
    return usage


def _usage(entry: TermEntry, found: Counter[tuple[str, str]], rendered: Counter[tuple[str, str]]) -> TermUsage:
    roles = {r: (found[(t, r)], rendered[(t, r)]) for t, r in found if t == entry.source}
    return TermUsage(
        entry.source,
        sum(n for n, _ in roles.values()),
        sum(ok for _, ok in roles.values()),
        entry.ambiguous,
        roles,
    )


def survey_if_glossary(store: Store, progress: Progress | None = None, cancelled: Cancelled | None = None) -> None:
    """Survey the glossary's use when there is a glossary (after an alignment or an import)."""
    if list_terms(store):
        term_usage(store, progress, cancelled)


def ambiguous_terms(store: Store) -> set[str]:
    """The entries flagged ambiguous, by hand or by a fresh survey."""
    return {u.term for u in term_usage(store) if u.ambiguous}


def pushable_entries(store: Store, include_ambiguous: bool = False) -> tuple[list[TermEntry], list[str]]:
    """The entries to send to Amazon, and the ambiguous ones left out (none with ``include_ambiguous``)."""
    entries = list_terms(store)
    if include_ambiguous:
        return entries, []
    ambiguous = ambiguous_terms(store)
    return [e for e in entries if e.source not in ambiguous], [e.source for e in entries if e.source in ambiguous]
