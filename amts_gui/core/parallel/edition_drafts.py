"""An existing translation taken as drafts to review: a machine translation, or an edition behind its source.

Where a *reference* only feeds the parallel data, an edition imported as drafts fills the desk: the
chapter's source is aligned with the edition sentence by sentence, and each aligned translation becomes
the draft of the segment whose sentence it translates, with the origin ``imported`` (the variant names the
file) and the alignment's confidence as its band.  A sentence the alignment leaves without a translation
gets no draft; a segment that already holds the translator's text is left alone.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from amts_gui.core.align.documents import AlignedPair, align_documents
from amts_gui.core.align.embed import SpanEncoder
from amts_gui.core.parallel.formats import DEFAULT_MIN_CONFIDENCE
from amts_gui.core.parallel.project_pairs import confidence_level
from amts_gui.core.project.chapters import source_document
from amts_gui.core.project.rows import Draft
from amts_gui.core.project.segments import add_drafts, segments_to_draft
from amts_gui.core.project.store import Store
from amts_gui.core.text.document import Document, SegmentKey
from amts_gui.core.text.ids import segment_ids
from amts_gui.core.text.markdown import parse
from amts_gui.core.text.placeholders import mask

IMPORTED = "imported"


@dataclass(frozen=True)
class EditionDrafts:
    chapter: str
    drafted: int  # segments that got a draft
    bands: dict[str, int] = field(default_factory=dict)  # drafts per confidence band
    untranslated: int = 0  # segments the edition has no sentence for
    kept: int = 0  # segments that hold the translator's text: left alone


def _drafts(
    pairs: list[AlignedPair], source: Document, ids: dict[SegmentKey, str], label: str, threshold: float
) -> list[Draft]:
    markup = {s.key: s.markup for s in source.segments()}
    drafts = []
    for pair in pairs:
        first = pair.src_keys[0] if pair.complete else None
        if first is None or first not in ids or pair.untranslated:
            continue  # no counterpart, or the source's own words left in the translation: no draft
        band = confidence_level(pair.confidence, threshold)
        meta = {"band": band, "confidence": round(pair.confidence, 3), "sentences": len(pair.src_keys)}
        drafts.append(Draft(ids[first], mask(pair.target.strip(), markup[first]), IMPORTED, label, meta))
    return drafts


def draft_from_edition(
    store: Store,
    chapter: str,
    edition: str,
    path: Path,
    *,
    encoder: SpanEncoder | None = None,
    threshold: float = DEFAULT_MIN_CONFIDENCE,
) -> EditionDrafts:
    """Align ``chapter`` of ``store`` (its target) with ``edition`` (the text of ``path``) and store the
    aligned translations as drafts of origin ``imported``, in one transaction."""
    source = source_document(store, chapter)
    result = align_documents(source, parse(edition, store.target), encoder=encoder)
    ids = segment_ids(chapter, source)
    open_ids = {row.id for row in segments_to_draft(store, chapter)}
    drafts = [d for d in _drafts(list(result.sentences), source, ids, path.name, threshold) if d.segment_id in open_ids]
    add_drafts(store, drafts)
    covered = {ids[k] for p in result.sentences if p.complete for k in p.src_keys if k in ids}
    return EditionDrafts(
        chapter,
        len(drafts),
        dict(Counter(str(d.meta["band"]) for d in drafts)),
        untranslated=sum(1 for sid in ids.values() if sid not in covered),
        kept=sum(1 for sid in ids.values() if sid not in open_ids),
    )
