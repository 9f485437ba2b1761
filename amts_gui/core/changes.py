"""What a finished piece of work changed, so that views re-read only that."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Changes:
    """``chapters``: the chapters whose segments, drafts or finals changed (None: any of them may
    have); ``pairs``, ``scores``, ``jobs``: whether those changed.  The default is "everything"."""

    chapters: frozenset[str] | None = None
    pairs: bool = True
    scores: bool = True
    jobs: bool = True

    @classmethod
    def in_chapters(cls, names: Iterable[str], *, pairs: bool = False, jobs: bool = False) -> Changes:
        return cls(frozenset(names), pairs=pairs, scores=False, jobs=jobs)

    @classmethod
    def pairs_only(cls) -> Changes:
        return cls(frozenset(), pairs=True, scores=False, jobs=False)

    def touches(self, chapter: str | None) -> bool:
        return chapter is not None and (self.chapters is None or chapter in self.chapters)


EVERYTHING = Changes()
