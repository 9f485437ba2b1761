"""How the project's own translations render each glossary entry: ambiguity measured, not guessed.

For each entry, the aligned and accepted sentence pairs whose source holds the term (as the QA finds it)
are counted, and among them those whose translation holds one of the entry's targets.  An entry whose
share is below :data:`THRESHOLD`, over at least :data:`MINIMUM` pairs, is *ambiguous in practice*: the
word has senses the glossary's target does not fit ("example" is 例子 as often as 样例), or the
translators settled on another word.  Such an entry, like one the translator flagged, stays out of
Amazon Translate's Custom Terminology unless asked, since Amazon would force its target into every
sentence with the word.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from amts_gui.core.messages import message
from amts_gui.core.progress import Cancelled, Progress
from amts_gui.core.project.store import Store
from amts_gui.core.project.terms import list_terms, term_finder
from amts_gui.core.text.placeholders import TOKEN_RE, protect
from amts_gui.core.text.terms import TermEntry

THRESHOLD = 0.6  # below this share of pairs rendering the term with one of its targets, an entry is flagged
MINIMUM = 5  # …over at least this many pairs; fewer say nothing


@dataclass(frozen=True)
class TermUsage:
    term: str  # the entry's source term
    pairs: int  # aligned or accepted pairs whose source holds the term
    rendered: int  # …whose translation holds one of its targets
    flagged_by_hand: bool  # the translator marked the entry ambiguous

    @property
    def share(self) -> float | None:
        return self.rendered / self.pairs if self.pairs else None

    @property
    def measured_ambiguous(self) -> bool:
        return self.pairs >= MINIMUM and self.rendered / self.pairs < THRESHOLD

    @property
    def ambiguous(self) -> bool:
        return self.flagged_by_hand or self.measured_ambiguous


_PAIRS = """
SELECT source, target FROM pairs
WHERE target_lang = ? AND origin IN ('aligned', 'accepted') AND granularity = 'sentence' AND flagged = 0
"""


def term_usage(store: Store, progress: Progress | None = None, cancelled: Cancelled | None = None) -> list[TermUsage]:
    """Every entry's usage in the project's pairs, in the glossary's order (cancelled: what was counted)."""
    finder = term_finder(store)
    entries = list_terms(store)
    pairs = store.db.execute(_PAIRS, [store.target]).fetchall()
    found: Counter[str] = Counter()
    rendered: Counter[str] = Counter()
    for number, (source, target) in enumerate(pairs, start=1):
        text, _ = protect(source)
        translation = TOKEN_RE.sub(" ", protect(target)[0])
        for entry in {m.entry for m in finder.find(text)}:
            if not entry.targets:
                continue
            found[entry.source] += 1
            rendered[entry.source] += any(finder.renders(translation, t) for t in entry.targets)
        if number % 500 == 0:
            if progress is not None:
                progress(number, len(pairs), message("measuring term use"))
            if cancelled is not None and cancelled():
                break
    return [TermUsage(e.source, found[e.source], rendered[e.source], e.ambiguous) for e in entries]


def ambiguous_terms(store: Store) -> set[str]:
    """The entries flagged ambiguous, by hand or by measure."""
    return {u.term for u in term_usage(store) if u.ambiguous}


def pushable_entries(store: Store, include_ambiguous: bool = False) -> tuple[list[TermEntry], list[str]]:
    """The entries to send to Amazon, and the ambiguous ones left out (none with ``include_ambiguous``)."""
    entries = list_terms(store)
    if include_ambiguous:
        return entries, []
    ambiguous = ambiguous_terms(store)
    return [e for e in entries if e.source not in ambiguous], [e.source for e in entries if e.source in ambiguous]
