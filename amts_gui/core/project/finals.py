"""The translator's finals: accepting a post-edit, keeping an edit, and putting a segment back (undo).

Accepting writes the final and its sentence pair together, in one transaction.  The accepted pair
is what closes the loop: the next parallel-data push carries it to Amazon Translate, and the
translation memory offers it at once.  Pairs hold text with the markup written out (as Amazon
Translate and other CAT tools expect), finals hold ``⟦n⟧`` tokens.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

from amts_gui.core.errors import InputError
from amts_gui.core.messages import message
from amts_gui.core.project.marks import refuse_locked
from amts_gui.core.project.pairs import add_pair
from amts_gui.core.project.rows import FinalRow, NewPair, PairRow, decode_markup, pair_row
from amts_gui.core.project.segments import is_live, set_final
from amts_gui.core.project.store import Store
from amts_gui.core.project.targets import target_settings
from amts_gui.core.project.term_senses import ASK_ON_TERMS, ignored_terms
from amts_gui.core.project.terms import term_finder
from amts_gui.core.text.placeholders import restore
from amts_gui.core.text.qa import Finding, check_final, errors, gate


@dataclass(frozen=True)
class Accepted:
    segment_id: str
    pair_id: int
    findings: tuple[Finding, ...]  # QA problems the translator accepted anyway


class QAError(InputError):
    """The translation has QA errors: accepting it needs ``force``."""

    def __init__(self, segment_id: str, problems: list[Finding]) -> None:
        self.segment_id, self.problems = segment_id, tuple(problems)
        listed = "; ".join(str(f) for f in problems)
        super().__init__(f"segment {segment_id}: {len(problems)} QA errors: {listed}")


def accept_segment(
    store: Store, segment_id: str, text: str, editor: str | None = None, *, force: bool = False
) -> Accepted:
    """Store ``text`` (with ``⟦n⟧`` tokens) as the accepted final and upsert its ``accepted`` pair.

    A translation with QA errors raises :class:`QAError` unless ``force``; so does one with a glossary term
    rendered otherwise when the project asks about terms (:data:`ASK_ON_TERMS`, off by default).  Accepted
    anyway, its pair keeps the errors (``qa``), which keeps it out of exports and pushes until the segment
    is fixed (term findings do not)."""
    seg = store.db.execute(
        "SELECT chapter_id, source_markup, markup, source FROM segments WHERE id = ? AND removed_at IS NULL",
        [segment_id],
    ).fetchone()
    if seg is None:
        raise InputError(
            message("segment {segment_id} is not in the project (was the chapter re-imported?)", segment_id=segment_id)
        )
    chapter_id, source_markup, markup_json, source = seg
    refuse_locked(store, [segment_id])  # before the QA question: a locked final is not the translator's to fix
    markup = decode_markup(markup_json)
    if not text.strip():
        raise InputError(
            message("segment {segment_id}: an empty translation cannot be accepted", segment_id=segment_id)
        )
    rules, ignored = target_settings(store).qa_rules, ignored_terms(store, segment_id)
    findings = tuple(check_final(source, markup, text, term_finder(store), rules, ignored))
    asked = gate(findings, ask_terms=store.settings_with_prefix(ASK_ON_TERMS).get("") == "1")
    if asked and not force:
        raise QAError(segment_id, asked)
    problems = errors(findings)  # a term rendered otherwise does not keep the pair out of pushes
    qa = json.dumps([str(f) for f in problems], ensure_ascii=False) if problems else None
    target = restore(text, markup)
    with store.transaction() as db:
        set_final(store, segment_id, text, "accepted", editor)
        existing = db.execute(
            "SELECT id FROM pairs WHERE origin = 'accepted' AND segment_id = ? AND target_lang = ? "
            "ORDER BY id DESC LIMIT 1",
            [segment_id, store.target],
        ).fetchone()
        if existing:
            db.execute(
                "UPDATE pairs SET source = ?, target = ?, qa = ?, updated_at = ? WHERE id = ?",
                [source_markup, target, qa, store.now(), existing[0]],
            )
            pair_id = int(existing[0])
        else:
            pair = NewPair(
                source_markup,
                target,
                "accepted",
                chapter_id=chapter_id,
                segment_id=segment_id,
                qa=tuple(str(f) for f in problems),
            )
            pair_id = add_pair(store, pair)
    return Accepted(segment_id, pair_id, findings)


def save_edit(store: Store, segment_id: str, text: str, editor: str | None = None) -> None:
    """Keep a post-edit that is not accepted yet (status ``edited``; no pair until it is accepted)."""
    if not is_live(store, segment_id):
        raise InputError(
            message("segment {segment_id} is not in the project (was the chapter re-imported?)", segment_id=segment_id)
        )
    set_final(store, segment_id, text, "edited", editor)


@dataclass(frozen=True)
class SegmentState:
    """Everything accepting or editing a segment changes: its final and its ``accepted`` pair.
    Taken before a change, it lets undo put the segment back exactly."""

    segment_id: str
    final: FinalRow | None
    pair: PairRow | None


def snapshot(store: Store, segment_id: str) -> SegmentState:
    final = store.db.execute(
        "SELECT segment_id, text, status, editor, created_at, updated_at, origin, draft_id FROM finals "
        "WHERE segment_id = ? AND target_lang = ?",
        [segment_id, store.target],
    ).fetchone()
    pairs = list(
        store.db.query(
            "SELECT *, NULL AS chapter FROM pairs WHERE origin = 'accepted' AND segment_id = ? AND target_lang = ? "
            "ORDER BY id DESC LIMIT 1",
            [segment_id, store.target],
        )
    )
    return SegmentState(segment_id, FinalRow(*final) if final else None, pair_row(pairs[0]) if pairs else None)


def restore_state(store: Store, state: SegmentState) -> None:
    """Put the segment's final and accepted pair back as they were in ``state``, in one transaction."""
    with store.transaction() as db:
        refuse_locked(store, [state.segment_id])
        db.execute("DELETE FROM finals WHERE segment_id = ? AND target_lang = ?", [state.segment_id, store.target])
        if state.final is not None:
            f = state.final
            db.execute(
                "INSERT INTO finals (segment_id, target_lang, text, status, editor, created_at, updated_at, origin, "
                "draft_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    f.segment_id,
                    store.target,
                    f.text,
                    f.status,
                    f.editor,
                    f.created_at,
                    f.updated_at,
                    f.origin,
                    f.draft_id,
                ],
            )
        keep = state.pair.id if state.pair is not None else -1
        db.execute(
            "DELETE FROM pairs WHERE origin = 'accepted' AND segment_id = ? AND target_lang = ? AND id != ?",
            [state.segment_id, store.target, keep],
        )
        if state.pair is not None:
            db.insert("pairs", _pair_columns(state.pair), replace=True)


def restore_states(store: Store, states: Sequence[SegmentState]) -> None:
    """Put several segments back, all or none."""
    with store.transaction():
        for state in states:
            restore_state(store, state)


def _pair_columns(pair: PairRow) -> dict[str, object]:
    """A pair row as the table stores it (``segment_ids`` NULL when it is just ``segment_id``)."""
    only_own = pair.segment_ids in ((), (pair.segment_id,))
    return {
        "id": pair.id,
        "source": pair.source,
        "target": pair.target,
        "source_lang": pair.source_lang,
        "target_lang": pair.target_lang,
        "origin": pair.origin,
        "chapter_id": pair.chapter_id,
        "segment_id": pair.segment_id,
        "confidence": pair.confidence,
        "flagged": int(pair.flagged),
        "created_at": pair.created_at,
        "updated_at": pair.updated_at,
        "granularity": pair.granularity,
        "segment_ids": None if only_own else json.dumps(list(pair.segment_ids)),
        "qa": json.dumps(list(pair.qa), ensure_ascii=False) if pair.qa else None,
    }


@dataclass(frozen=True)
class AcceptedFinal:
    """An accepted segment and the draft it was edited from: the one on the desk when the final was saved
    (None when it was written from scratch)."""

    chapter: str
    final: str  # with ⟦n⟧ tokens
    draft: str | None
    markup: tuple[str, ...]
    at: str  # when the final was last saved (ISO, UTC)


_ACCEPTED = """
SELECT c.path, f.text, (SELECT d.text FROM drafts d WHERE d.id = f.draft_id), s.markup, f.updated_at
FROM finals f JOIN segments s ON s.id = f.segment_id JOIN chapters c ON c.id = s.chapter_id
WHERE f.target_lang = ? AND f.status = 'accepted' AND s.removed_at IS NULL {where}
ORDER BY f.updated_at
"""


def accepted_finals(store: Store, chapter: str | None = None) -> list[AcceptedFinal]:
    """Accepted segments of the chapter (or the project), in the order they were accepted."""
    where, params = ("AND c.path = ?", [store.target, chapter]) if chapter else ("", [store.target])
    rows = store.db.execute(_ACCEPTED.format(where=where), params)
    return [AcceptedFinal(path, final, draft, decode_markup(markup), at) for path, final, draft, markup, at in rows]


def accepted_segment_ids(store: Store, chapter: str | None = None) -> list[str]:
    """The live segments of the chapter (or the project) whose final is accepted."""
    where, params = ("AND c.path = ?", [store.target, chapter]) if chapter else ("", [store.target])
    rows = store.db.execute(
        "SELECT f.segment_id FROM finals f JOIN segments s ON s.id = f.segment_id JOIN chapters c ON c.id = "
        f"s.chapter_id WHERE f.target_lang = ? AND f.status = 'accepted' AND s.removed_at IS NULL {where}",
        params,
    )
    return [r[0] for r in rows]


def drafts_edited_from(store: Store, segment_ids: Sequence[str]) -> dict[str, str]:
    """Per segment with a final, the text of the draft it was edited from (segments written from scratch are
    left out): a draft made afterwards never changes what the post-edit is measured against."""
    found: dict[str, str] = {}
    ids = list(segment_ids)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        rows = store.db.execute(
            f"SELECT f.segment_id, d.text FROM finals f JOIN drafts d ON d.id = f.draft_id "
            f"WHERE f.target_lang = ? AND f.segment_id IN ({', '.join('?' * len(chunk))})",
            [store.target, *chunk],
        )
        found.update(dict(rows))
    return found
