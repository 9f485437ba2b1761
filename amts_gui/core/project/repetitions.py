"""Repetitions: the same source sentence elsewhere in the project.  Accepting one translation can fill
the others that no one has translated yet (auto-propagation, as in OmegaT and Trados); those finals are
marked ``propagated``, so a reviewer can find them, and a translator's own edit clears the mark.

Identical ``source_markup`` means identical markup, so the ⟦n⟧ tokens of the accepted final fit every
repetition as they are.  A final with QA errors is never propagated.
"""

from __future__ import annotations

from collections.abc import Sequence

from amts_gui.core.errors import InputError
from amts_gui.core.messages import message
from amts_gui.core.project.rows import decode_markup
from amts_gui.core.project.segments import set_final
from amts_gui.core.project.store import Store
from amts_gui.core.text.qa import check_final, errors

PROPAGATED = "propagated"

_OPEN_REPETITIONS = """
SELECT s.id FROM segments me
JOIN segments s ON s.source_markup = me.source_markup AND s.id != me.id AND s.removed_at IS NULL
JOIN chapters c ON c.id = s.chapter_id
LEFT JOIN finals f ON f.segment_id = s.id AND f.target_lang = ?2
LEFT JOIN segment_marks m ON m.segment_id = s.id AND m.target_lang = ?2
WHERE me.id = ?1 AND (f.status IS NULL OR f.status IN ('new', 'draft')) AND NOT COALESCE(m.locked, 0)
ORDER BY c.path, s.position
"""


def open_repetitions(store: Store, segment_id: str) -> list[str]:
    """The other live segments with the same source sentence that have no translator's text yet
    (untranslated, or a machine or memory draft only) and are not locked, in reading order across the book."""
    return [row[0] for row in store.db.execute(_OPEN_REPETITIONS, [segment_id, store.target]).fetchall()]


def propagate(store: Store, segment_id: str, targets: Sequence[str]) -> list[str]:
    """Fill ``targets`` with the accepted final of ``segment_id``, all in one transaction; returns the
    segments filled (those still open: a target translated meanwhile is left alone)."""
    row = store.db.execute(
        "SELECT f.text, s.source, s.markup FROM finals f JOIN segments s ON s.id = f.segment_id "
        "WHERE f.segment_id = ? AND f.target_lang = ? AND f.status = 'accepted'",
        [segment_id, store.target],
    ).fetchone()
    if row is None:
        raise InputError(message("segment {segment_id} has no accepted translation to fill in", segment_id=segment_id))
    text, source, markup = row
    if errors(check_final(source, decode_markup(markup), text)):
        raise InputError(message("a translation with QA errors is not filled in elsewhere; fix it first"))
    still_open = set(open_repetitions(store, segment_id))
    filled = [t for t in targets if t in still_open]
    with store.transaction():
        for target in filled:
            set_final(store, target, text, "accepted", origin=PROPAGATED)
    return filled
