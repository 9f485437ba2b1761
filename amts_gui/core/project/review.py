"""What the review table shows: one row per live segment, and per-chapter progress.

One query per chapter, so a 2,000-segment chapter opens in milliseconds; QA findings are computed
here (they are cheap) so the table can filter on them without a window.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property
from typing import Any

from amts_gui.core.project.chapters import get_chapter, list_chapters
from amts_gui.core.project.control import Control, control_of
from amts_gui.core.project.repetitions import PROPAGATED
from amts_gui.core.project.rows import decode_markup
from amts_gui.core.project.store import Store
from amts_gui.core.project.targets import target_settings
from amts_gui.core.project.terms import term_finder
from amts_gui.core.text.placeholders import Finding, mask
from amts_gui.core.text.qa import check_final
from amts_gui.core.text.terms import TermFinder


class State(StrEnum):
    """A segment's place in the workflow, as the chapter tree and the filters count it."""

    UNTRANSLATED = "untranslated"
    DRAFT = "draft"
    EDITED = "edited"
    ACCEPTED = "accepted"


@dataclass(frozen=True)
class LatestDraft:
    """A segment's newest draft, as the review shows it."""

    text: str
    engine: str
    variant: str
    score: float | None  # the memory's match %, or None for machine translation
    old_source: str | None = None  # a draft carried over from a changed source sentence: that sentence
    match_source: str | None = None  # a memory draft: the source sentence of the pair it came from
    trivial: tuple[str, ...] = ()  # a carried draft: the source changed only in these kinds of form
    band: str | None = None  # an imported draft: the confidence band of the alignment it came from

    @property
    def label(self) -> str:
        if self.score is not None:  # only memory drafts carry a match percentage
            return f"TM {self.score:.0f} %"
        if self.band is not None:  # an existing translation, aligned: its file and how sure the alignment is
            return f"{self.engine}: {self.variant}, {self.band}"
        return self.engine if self.variant in ("", self.engine) else f"{self.engine} ({self.variant})"


@dataclass(frozen=True)
class ReviewRow:
    """One segment as the review table shows it.  QA findings and the tokenized reference are worked
    out on first use, so a 2,000-segment chapter loads without checking every row up front."""

    id: str
    number: int  # 1-based position in the chapter
    source: str  # with ⟦n⟧ tokens
    markup: tuple[str, ...]
    draft: LatestDraft | None
    reference_markup: str | None  # the aligned human translation, markup written out
    final: str | None
    status: str  # the stored final status: new, draft, edited, accepted
    source_changed: bool  # the sentence is new or changed since the chapter was first imported
    propagated: bool = False  # the final was filled in from an identical accepted sentence
    terms: TermFinder | None = field(default=None, repr=False, compare=False)  # the project's glossary
    from_scratch: bool = False  # a from-scratch control: its draft is not shown (core.project.control)
    rules: tuple[str, ...] = ()  # the target language's punctuation rules (core.text.punctuation)
    comment: str | None = None  # the translator's comment (core.project.marks)
    locked: bool = False  # a locked final cannot change
    ignored_terms: frozenset[str] = frozenset()  # glossary entries whose findings are ignored here

    @cached_property
    def reference(self) -> str | None:
        """The reference with ⟦n⟧ tokens where its markup matched, ready to copy into the final."""
        return mask(self.reference_markup, self.markup) if self.reference_markup is not None else None

    @cached_property
    def findings(self) -> tuple[Finding, ...]:
        target = self.shown_target
        if target is None:
            return ()
        return tuple(check_final(self.source, self.markup, target, self.terms, self.rules, self.ignored_terms))

    @property
    def state(self) -> State:
        if self.status in (State.ACCEPTED, State.EDITED):
            return State(self.status)
        if self.status == "draft" or self.draft is not None:
            return State.DRAFT
        return State.UNTRANSLATED

    @property
    def shown_target(self) -> str | None:
        """What the translator works on: the target, except the hidden draft of a from-scratch control."""
        if self.from_scratch and (self.final is None or self.status == "new"):
            return None
        return self.target

    @property
    def target(self) -> str | None:
        """What would be exported: the final, else the draft."""
        if self.final is not None and self.status != "new":
            return self.final
        return self.draft.text if self.draft else None


_ROWS = """
SELECT s.id, s.position, s.source, s.markup, s.created_at > c.imported_at AS source_changed,
       f.text AS final, COALESCE(f.status, 'new') AS status, f.origin AS origin,
       d.text AS draft, d.engine, d.variant, d.meta, m.comment AS comment, COALESCE(m.locked, 0) AS locked,
       (SELECT p.target FROM pairs p WHERE p.segment_id = s.id AND p.origin = 'aligned' AND p.target_lang = ?1
          AND p.granularity = 'sentence' ORDER BY p.id DESC LIMIT 1) AS reference,
       (SELECT json_group_array(i.term) FROM term_ignores i WHERE i.segment_id = s.id AND i.target_lang = ?1)
          AS ignored
FROM segments s JOIN chapters c ON c.id = s.chapter_id
LEFT JOIN finals f ON f.segment_id = s.id AND f.target_lang = ?1
LEFT JOIN segment_marks m ON m.segment_id = s.id AND m.target_lang = ?1
LEFT JOIN drafts d ON d.id = (SELECT d2.id FROM drafts d2 WHERE d2.segment_id = s.id AND d2.target_lang = ?1
                              ORDER BY d2.created_at DESC, d2.id DESC LIMIT 1)
WHERE c.path = ?2 AND s.removed_at IS NULL {only}
ORDER BY s.position
"""


def _row(r: dict[str, Any], terms: TermFinder, control: Control, rules: tuple[str, ...]) -> ReviewRow:
    draft = None
    if r["draft"] is not None:
        meta = json.loads(r["meta"] or "{}")
        score = meta.get("score")
        draft = LatestDraft(
            r["draft"],
            r["engine"],
            r["variant"],
            float(score) if score is not None else None,
            meta.get("old_source"),
            meta.get("match_source"),
            tuple(meta.get("trivial") or ()),
            meta.get("band"),
        )
    return ReviewRow(
        id=r["id"],
        number=int(r["position"]) + 1,
        source=r["source"],
        markup=decode_markup(r["markup"]),
        draft=draft,
        reference_markup=r["reference"],
        final=r["final"],
        status=r["status"],
        source_changed=bool(r["source_changed"]),
        propagated=r["origin"] == PROPAGATED,
        terms=terms,
        from_scratch=control.is_control(r["id"]),
        rules=rules,
        comment=r["comment"],
        locked=bool(r["locked"]),
        ignored_terms=frozenset(json.loads(r["ignored"] or "[]")),
    )


def review_rows(store: Store, chapter: str, only: Iterable[str] | None = None) -> list[ReviewRow]:
    """The chapter's live segments in reading order (or just the ids in ``only``)."""
    get_chapter(store, chapter)  # a clear error for an unknown chapter
    params: list[Any] = [store.target, chapter]
    clause = ""
    if only is not None:
        clause = "AND s.id IN (SELECT value FROM json_each(?3))"
        params.append(json.dumps(list(only)))
    terms, control = term_finder(store), control_of(store)
    rules = target_settings(store).qa_rules
    return [_row(r, terms, control, rules) for r in store.db.query(_ROWS.format(only=clause), params)]


@dataclass(frozen=True)
class ChapterProgress:
    chapter: str
    counts: dict[State, int]  # segments per state, every state present
    reference: bool = False  # the chapter has a human reference translation

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def percent_accepted(self) -> float:
        return 100.0 * self.counts[State.ACCEPTED] / self.total if self.total else 0.0


_STATE = """CASE WHEN f.status IN ('accepted', 'edited') THEN f.status
            WHEN f.status = 'draft' OR EXISTS (SELECT 1 FROM drafts d WHERE d.segment_id = s.id
                                               AND d.target_lang = :target) THEN 'draft'
            ELSE 'untranslated' END"""
_PROGRESS = f"""
SELECT c.path, {_STATE} AS state, COUNT(*) AS n
FROM chapters c JOIN segments s ON s.chapter_id = c.id AND s.removed_at IS NULL
LEFT JOIN finals f ON f.segment_id = s.id AND f.target_lang = :target
{{only}}
GROUP BY c.path, state
"""
_FIRST_UNTRANSLATED = f"""
SELECT c.path FROM chapters c
WHERE EXISTS (SELECT 1 FROM segments s LEFT JOIN finals f ON f.segment_id = s.id AND f.target_lang = :target
              WHERE s.chapter_id = c.id AND s.removed_at IS NULL AND {_STATE} = 'untranslated')
ORDER BY c.path LIMIT 1
"""
# from the drafts and finals, which a book being started has few of, rather than from every segment
_FIRST_DRAFT = """
SELECT MIN(path) FROM (
  SELECT c.path FROM drafts d JOIN segments s ON s.id = d.segment_id AND s.removed_at IS NULL
  JOIN chapters c ON c.id = s.chapter_id LEFT JOIN finals f ON f.segment_id = s.id AND f.target_lang = :target
  WHERE d.target_lang = :target AND (f.status IS NULL OR f.status NOT IN ('accepted', 'edited'))
  UNION ALL
  SELECT c.path FROM finals f JOIN segments s ON s.id = f.segment_id AND s.removed_at IS NULL
  JOIN chapters c ON c.id = s.chapter_id WHERE f.target_lang = :target AND f.status = 'draft')
"""


def first_chapter_in_state(store: Store, state: State) -> str | None:
    """The first chapter by name with a segment in ``state`` (where the work is, without counting the book)."""
    if state not in (State.DRAFT, State.UNTRANSLATED):
        raise ValueError(f"not a state to start from: {state}")
    sql = _FIRST_DRAFT if state == State.DRAFT else _FIRST_UNTRANSLATED
    row = store.db.execute(sql, {"target": store.target}).fetchone()
    return str(row[0]) if row and row[0] is not None else None


def chapter_progress(store: Store, chapters: Collection[str] | None = None) -> list[ChapterProgress]:
    """Segments per state for every chapter, or for the named ones (chapters without segments
    included), sorted by name.  One chapter costs an indexed query, not a pass over the project."""
    known = {c.path: c for c in list_chapters(store)}
    names = sorted(known if chapters is None else (n for n in chapters if n in known))
    counts: dict[str, dict[State, int]] = {name: dict.fromkeys(State, 0) for name in names}
    if chapters is None:
        rows = store.db.query(_PROGRESS.format(only=""), {"target": store.target})
    else:
        ids = json.dumps([known[n].id for n in names])
        only = "WHERE c.id IN (SELECT value FROM json_each(:ids))"
        rows = store.db.query(_PROGRESS.format(only=only), {"target": store.target, "ids": ids})
    for r in rows:
        counts.setdefault(r["path"], dict.fromkeys(State, 0))[State(r["state"])] = int(r["n"])
    return [ChapterProgress(name, counts[name], bool(known[name].has_reference)) for name in sorted(counts)]
