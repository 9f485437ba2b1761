"""How the project's own translations render each glossary entry: ambiguity measured, not guessed.

For each entry, the aligned and accepted sentence pairs whose source holds the term (as the QA finds it)
are counted, and among them those whose translation holds one of the entry's targets, in all and by the
role the term plays (:mod:`amts_gui.core.text.term_roles`).  The survey
(:mod:`amts_gui.core.project.term_survey`) keeps its result in the project, so QA reads it for free.

- An entry whose share is below :data:`THRESHOLD`, over at least :data:`MINIMUM` pairs, is *ambiguous in
  practice*: the word has senses the glossary's target does not fit ("example" is 例子 as often as 样例),
  or the translators settled on another word.  Such an entry, like one the translator flagged, stays out
  of Amazon Translate's Custom Terminology unless asked, since Amazon would force its target into every
  sentence with the word.
- A role rendered otherwise in the same way (the modifier of "ground-truth bounding box" is 真实, not
  真实值; the verb "label" is 标记, not 标签) is *quiet*: term QA does not warn there.  So is a role too
  rare to measure, for an ambiguous entry.  Where the term is its own noun, QA always warns.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from amts_gui.core.project.store import Store
from amts_gui.core.text.term_roles import MODIFIER, VERB
from amts_gui.core.text.terms import TermEntry

THRESHOLD = 0.6  # below this share of pairs rendering the term with one of its targets, an entry is flagged
MINIMUM = 5  # …over at least this many pairs; fewer say nothing
USAGE_KEY = "terms.usage"  # the last survey, in the project's settings (per target)


@dataclass(frozen=True)
class TermUsage:
    term: str  # the entry's source term
    pairs: int  # aligned or accepted pairs whose source holds the term
    rendered: int  # …whose translation holds one of its targets
    flagged_by_hand: bool  # the translator marked the entry ambiguous
    roles: Mapping[str, tuple[int, int]] = field(default_factory=dict)  # role: (pairs, rendered)

    @property
    def share(self) -> float | None:
        return self.rendered / self.pairs if self.pairs else None

    @property
    def measured_ambiguous(self) -> bool:
        return self.pairs >= MINIMUM and self.rendered / self.pairs < THRESHOLD

    @property
    def ambiguous(self) -> bool:
        return self.flagged_by_hand or self.measured_ambiguous

    @property
    def quiet_roles(self) -> frozenset[str]:
        """The roles in which QA does not warn about this entry."""
        quiet = set()
        for role in (MODIFIER, VERB):
            pairs, rendered = self.roles.get(role, (0, 0))
            if (pairs >= MINIMUM and rendered / pairs < THRESHOLD) or (pairs < MINIMUM and self.ambiguous):
                quiet.add(role)
        return frozenset(quiet)


def write_usage(store: Store, usage: Sequence[TermUsage]) -> None:
    """Keep a survey's counts in the project (the translator's flags stay on the entries)."""
    counts = {u.term: {"pairs": u.pairs, "rendered": u.rendered, "roles": dict(u.roles)} for u in usage}
    store.set_settings({USAGE_KEY: json.dumps(counts, ensure_ascii=False, sort_keys=True)})


def read_usage(store: Store, entries: Sequence[TermEntry]) -> list[TermUsage]:
    """The last survey's counts for these entries (zero for an entry it did not see)."""
    counts = json.loads(store.settings_with_prefix(USAGE_KEY).get("") or "{}")
    found = []
    for entry in entries:
        seen = counts.get(entry.source, {})
        roles = {role: (int(n), int(ok)) for role, (n, ok) in seen.get("roles", {}).items()}
        found.append(TermUsage(entry.source, seen.get("pairs", 0), seen.get("rendered", 0), entry.ambiguous, roles))
    return found


def quiet_roles(store: Store, entries: Sequence[TermEntry]) -> dict[str, frozenset[str]]:
    """Per entry, the roles QA keeps quiet in, from the last survey and the translator's flags."""
    return {u.term: u.quiet_roles for u in read_usage(store, entries) if u.quiet_roles}
