"""Find and replace across the project: in the source or the target, by case, whole word or regular
expression, with a preview of every change before anything is written.

Replacing works on what the translator sees as the target (the final, else the draft).  It never
touches a placeholder (``⟦n⟧``), never writes a locked segment, and writes every change in one
transaction; an accepted final stays accepted, with QA re-run on it (its pair follows), and a draft
or edit becomes an edit.  The snapshots it returns let the caller undo the whole replace as one step.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from amts_gui.core.errors import InputError
from amts_gui.core.messages import message
from amts_gui.core.progress import Cancelled, Progress
from amts_gui.core.project.chapters import list_chapters
from amts_gui.core.project.finals import SegmentState, accept_segment, save_edit, snapshot
from amts_gui.core.project.review import ReviewRow, State, review_rows
from amts_gui.core.project.store import Store
from amts_gui.core.text.placeholders import TOKEN_RE
from amts_gui.core.text.qa import Finding
from amts_gui.core.text.terms import is_cjk

MAX_PATTERN_CHARS = 1_000


class Scope(StrEnum):
    SOURCE = "source"
    TARGET = "target"


class Skip(StrEnum):
    """Why a found target is not changed."""

    LOCKED = "locked"
    PLACEHOLDERS = "placeholders"  # the replacement would add, drop or break a ⟦n⟧


@dataclass(frozen=True)
class Query:
    text: str
    scope: Scope = Scope.TARGET
    case: bool = False
    whole_word: bool = False
    regex: bool = False
    chapter: str | None = None  # None: the whole project

    def pattern(self) -> re.Pattern[str]:
        """The compiled search; a bad regular expression is an :class:`InputError` naming the problem."""
        if not self.text or len(self.text) > MAX_PATTERN_CHARS:
            raise InputError(message("type what to find (at most {n} characters)", n=MAX_PATTERN_CHARS))
        body = self.text if self.regex else re.escape(self.text)
        if self.whole_word:  # at a Latin word's edge only: Chinese and Japanese write no spaces between words
            if _wordlike(self.text[0]):
                body = r"(?<!\w)" + body
            if _wordlike(self.text[-1]):
                body += r"(?!\w)"
        try:
            return re.compile(body, 0 if self.case else re.IGNORECASE)
        except re.error as exc:
            raise InputError(message("not a regular expression: {reason}", reason=str(exc))) from None


def _wordlike(char: str) -> bool:
    return (char.isalnum() or char == "_") and not is_cjk(char)


@dataclass(frozen=True)
class Hit:
    """A segment where the query matched, and where in its text (source or target, with ⟦n⟧ tokens)."""

    chapter: str
    row: ReviewRow
    text: str
    spans: tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class Change:
    hit: Hit
    after: str
    skip: Skip | None = None

    @property
    def before(self) -> str:
        return self.hit.text


@dataclass
class Replaced:
    before: list[SegmentState] = field(default_factory=list)
    after: list[SegmentState] = field(default_factory=list)
    findings: dict[str, tuple[Finding, ...]] = field(default_factory=dict)  # QA re-run, per changed segment

    @property
    def segment_ids(self) -> list[str]:
        return [state.segment_id for state in self.before]


def find(store: Store, query: Query, progress: Progress | None = None, cancelled: Cancelled | None = None) -> list[Hit]:
    """Every segment whose source or target (as the query says) matches, in book order; matches inside a
    placeholder token do not count."""
    pattern = query.pattern()
    chapters = [query.chapter] if query.chapter else [c.path for c in list_chapters(store)]
    hits = []
    for done, chapter in enumerate(chapters):
        if cancelled is not None and cancelled():
            break
        if progress is not None:
            progress(done, len(chapters), chapter)
        for row in review_rows(store, chapter):
            text = row.source if query.scope == Scope.SOURCE else row.shown_target
            spans = _spans(pattern, text) if text else ()
            if spans and text is not None:
                hits.append(Hit(chapter, row, text, spans))
    return hits


def _spans(pattern: re.Pattern[str], text: str) -> tuple[tuple[int, int], ...]:
    tokens = [m.span() for m in TOKEN_RE.finditer(text)]
    return tuple(
        m.span()
        for m in pattern.finditer(text)
        if m.end() > m.start() and not any(m.start() < end and start < m.end() for start, end in tokens)
    )


def plan_replace(
    store: Store, query: Query, replacement: str, progress: Progress | None = None, cancelled: Cancelled | None = None
) -> list[Change]:
    """What replacing would do to every target found: the new text, or why it is left alone."""
    if query.scope != Scope.TARGET:
        raise InputError(message("only the target can be replaced; the source is the author's"))
    pattern = query.pattern()
    changes = []
    for hit in find(store, query, progress, cancelled):
        after = _replaced(pattern, hit, replacement, query.regex)
        skip = None
        if hit.row.locked:
            skip = Skip.LOCKED
        elif Counter(TOKEN_RE.findall(after)) != Counter(TOKEN_RE.findall(hit.text)) or "⟦" in replacement:
            skip = Skip.PLACEHOLDERS
        if after != hit.text:
            changes.append(Change(hit, after, skip))
    return changes


def _replaced(pattern: re.Pattern[str], hit: Hit, replacement: str, regex: bool) -> str:
    pieces, last = [], 0
    wanted = set(hit.spans)
    for m in pattern.finditer(hit.text):
        if m.span() not in wanted:
            continue
        try:
            new = m.expand(replacement) if regex else replacement
        except (re.error, IndexError) as exc:
            raise InputError(message("not a replacement for this expression: {reason}", reason=str(exc))) from None
        pieces += [hit.text[last : m.start()], new]
        last = m.end()
    return "".join([*pieces, hit.text[last:]])


def apply_replace(store: Store, changes: Sequence[Change]) -> Replaced:
    """Write every change that is not skipped, all or none; accepted finals are accepted again (QA re-run)."""
    done = Replaced()
    wanted = [c for c in changes if c.skip is None]
    with store.transaction():
        for change in wanted:
            row = change.hit.row
            before = snapshot(store, row.id)
            if not _unchanged_since_found(before, row):
                raise InputError(
                    message(
                        "segment {number} of {chapter} changed since the search; search again",
                        number=row.number,
                        chapter=change.hit.chapter,
                    )
                )
            done.before.append(before)
            if row.state == State.ACCEPTED:
                done.findings[row.id] = accept_segment(store, row.id, change.after, force=True).findings
            else:
                save_edit(store, row.id, change.after)
                done.findings[row.id] = ()
            done.after.append(snapshot(store, row.id))
    edits: dict[str, list[str]] = {}  # an edit is checked as the review checks it (accepting checked the rest)
    for change in wanted:
        if change.hit.row.state != State.ACCEPTED:
            edits.setdefault(change.hit.chapter, []).append(change.hit.row.id)
    for chapter, ids in edits.items():  # one read per chapter
        done.findings.update({row.id: row.findings for row in review_rows(store, chapter, only=ids)})
    return done


def _unchanged_since_found(state: SegmentState, row: ReviewRow) -> bool:
    final = state.final
    if row.status == "new":
        return final is None or final.status == "new"
    return final is not None and (final.text, final.status) == (row.final, row.status)
