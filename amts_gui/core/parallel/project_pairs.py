"""Project-level parallel data: align chapters with their references, export and import pair files."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from amts_gui.core.align.documents import align_documents, sentence_texts
from amts_gui.core.align.embed import SpanEncoder, default_encoder
from amts_gui.core.errors import InputError
from amts_gui.core.messages import message
from amts_gui.core.parallel.cached_encoder import CachedEncoder
from amts_gui.core.parallel.formats import DEFAULT_MIN_CONFIDENCE, ExportReport, Note, export_pairs, read_pairs_file
from amts_gui.core.project.chapters import get_chapter, list_chapters, reference_document, source_document
from amts_gui.core.project.pairs import (
    add_pairs,
    aligned_counts,
    alignment_mark,
    imported_pair_texts,
    list_pairs,
    replace_aligned_pairs,
)
from amts_gui.core.project.rows import PAIR_GRANULARITIES, NewPair
from amts_gui.core.project.store import Store, text_hash
from amts_gui.core.text.document import Document
from amts_gui.core.text.ids import segment_ids

ALIGNER_REVISION = "2026-11-29"  # change it when a change of the aligner should re-align every chapter
CONFIDENCE_LEVELS = (("high", 0.9), ("medium", 0.7), ("low", DEFAULT_MIN_CONFIDENCE), ("flagged", 0.0))


def confidence_level(confidence: float, threshold: float = DEFAULT_MIN_CONFIDENCE) -> str:
    if confidence < threshold:
        return "flagged"
    return next(name for name, floor in CONFIDENCE_LEVELS if confidence >= max(floor, threshold))


@dataclass(frozen=True)
class ChapterAlignment:
    chapter: str
    sentence_pairs: int
    paragraph_pairs: int
    flagged: int
    unaligned_source: int  # source sentences with no counterpart (e.g. newer English)
    unaligned_target: int
    levels: dict[str, int]  # sentence pairs per confidence level
    unchanged: bool = False  # skipped: aligned before from the same source, reference and aligner


@dataclass(frozen=True)
class _Prepared:
    """A chapter read and parsed, ready to align."""

    name: str
    mark: str
    source: Document
    reference: Document


def align_chapter(
    store: Store,
    name: str,
    *,
    encoder: SpanEncoder | None = None,
    threshold: float = DEFAULT_MIN_CONFIDENCE,
    force: bool = True,
) -> ChapterAlignment:
    """Align one chapter with its reference and replace its aligned pairs (accepted edits stay).
    Without ``force``, a chapter aligned before from the same source, reference, aligner and
    threshold is left as it is."""
    cached = CachedEncoder(encoder or default_encoder(), store)
    prepared = _prepare(store, name, cached, threshold, force)
    if isinstance(prepared, ChapterAlignment):
        return prepared
    return _align_prepared(store, prepared, cached, threshold)


def _prepare(
    store: Store, name: str, encoder: CachedEncoder, threshold: float, force: bool
) -> _Prepared | ChapterAlignment:
    before, source_hash, reference_hash = alignment_mark(store, name)
    mark = text_hash(f"{ALIGNER_REVISION}|{encoder.model}|{threshold}|{source_hash}|{reference_hash}")
    if not force and before == mark:
        kept, paragraphs, flagged = aligned_counts(store, name)
        return ChapterAlignment(name, kept, paragraphs, flagged, 0, 0, {}, unchanged=True)
    source = source_document(store, name)
    reference = reference_document(store, name)
    if reference is None:
        raise InputError(message("{name}: has no reference translation; import it with --reference-root", name=name))
    return _Prepared(name, mark, source, reference)


def _align_prepared(store: Store, prepared: _Prepared, encoder: CachedEncoder, threshold: float) -> ChapterAlignment:
    name, mark, source = prepared.name, prepared.mark, prepared.source
    result = align_documents(source, prepared.reference, encoder=encoder)
    ids = segment_ids(name, source)
    rows = []
    levels: Counter[str] = Counter()
    for granularity, pairs in (("sentence", result.sentences), ("paragraph", result.paragraphs)):
        for pair in pairs:
            if not pair.complete:
                continue
            # a sentence the translation left in the source language is no pair to learn from
            flagged = pair.confidence < threshold or pair.untranslated
            if granularity == "sentence":
                levels[confidence_level(pair.confidence, threshold)] += 1
            rows.append(
                NewPair(
                    pair.source,
                    pair.target,
                    "aligned",
                    segment_id=ids.get(pair.src_keys[0]),
                    segment_ids=tuple(ids[k] for k in pair.src_keys if k in ids),
                    confidence=pair.confidence,
                    flagged=flagged,
                    granularity=granularity,
                )
            )
    replace_aligned_pairs(store, name, rows, aligned_from=mark)
    sentences = [p for p in result.sentences if p.complete]
    return ChapterAlignment(
        chapter=name,
        sentence_pairs=len(sentences),
        paragraph_pairs=sum(1 for p in result.paragraphs if p.complete),
        flagged=sum(1 for p in sentences if p.confidence < threshold),
        unaligned_source=sum(len(p.src_keys) for p in result.sentences if not p.tgt_keys),
        unaligned_target=sum(len(p.tgt_keys) for p in result.sentences if not p.src_keys),
        levels={name: levels.get(name, 0) for name, _ in CONFIDENCE_LEVELS},
    )


def align_project(
    store: Store,
    chapters: Sequence[str] | None = None,
    *,
    encoder: SpanEncoder | None = None,
    threshold: float = DEFAULT_MIN_CONFIDENCE,
    progress: Callable[[int, int, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    force: bool = False,
) -> list[ChapterAlignment]:
    """Align the named chapters, or every chapter with a reference. Each chapter commits on its own;
    a chapter whose source and reference did not change since it was aligned is skipped (``force``:
    align it all the same).

    Chapters are read a few at a time and their new sentences encoded together: the encoder works in
    large batches, as fast as it can, instead of a short batch per small chapter."""
    if chapters:
        names = list(chapters)
        for name in names:
            get_chapter(store, name)  # fails early, naming the chapter
    else:
        names = [c.path for c in list_chapters(store) if c.has_reference]
    cached = CachedEncoder(encoder or default_encoder(), store)
    results: list[ChapterAlignment] = []
    group: list[_Prepared | ChapterAlignment] = []
    texts: list[str] = []
    for index, name in enumerate(names):
        if cancelled and cancelled():
            return results
        group.append(item := _prepare(store, name, cached, threshold, force))
        if isinstance(item, _Prepared):
            texts += [*sentence_texts(item.source), *sentence_texts(item.reference)]
        if index + 1 < len(names) and len(texts) < _ENCODE_TOGETHER:
            continue
        cached.prefetch(texts)
        for item in group:
            if cancelled and cancelled():
                return results
            if isinstance(item, ChapterAlignment):
                results.append(item)
                continue
            if progress:
                progress(len(results), len(names), item.name)
            results.append(_align_prepared(store, item, cached, threshold))
        group, texts = [], []
        cached.forget_prefetched()
    if progress:
        progress(len(results), len(names), "")
    return results


_ENCODE_TOGETHER = 2000  # sentences encoded in one go: full batches, bounded memory, a prompt Cancel


def export_project_pairs(
    store: Store,
    out: Path,
    fmt: str,
    *,
    granularity: str = "sentence",
    exclude_chapters: Sequence[str] = (),
    min_confidence: float | None = None,
    include_qa: bool = False,
) -> ExportReport:
    """Write the project's pairs for Amazon Translate. Accepted and imported pairs are sentence pairs;
    pairs accepted with QA errors stay out unless ``include_qa``."""
    if granularity not in PAIR_GRANULARITIES:
        raise InputError(
            message(
                "unknown granularity {granularity!r}; use one of {granularities}",
                granularity=granularity,
                granularities=", ".join(PAIR_GRANULARITIES),
            )
        )
    settings = store.settings()
    rows = list_pairs(store, granularity=granularity, exclude_chapters=exclude_chapters)
    return export_pairs(
        rows,
        out,
        fmt,
        settings.source_lang,
        settings.target_lang,
        granularity=granularity,
        min_confidence=min_confidence,
        include_qa=include_qa,
    )


@dataclass(frozen=True)
class ImportReport:
    added: int
    duplicates: int
    notes: list[Note]


def import_pairs(store: Store, path: Path) -> ImportReport:
    """Add a TMX/CSV/TSV memory's pairs with origin ``imported``; pairs already in the project are skipped."""
    settings = store.settings()
    found = read_pairs_file(path, settings.source_lang, settings.target_lang)
    existing = imported_pair_texts(store)
    fresh: list[NewPair] = []
    extras = found.extras or [None] * len(found.pairs)
    for (source, target), extra in zip(found.pairs, extras, strict=True):
        if (source, target) not in existing:
            existing.add((source, target))
            fresh.append(NewPair(source, target, "imported", extra=extra))
    add_pairs(store, fresh)
    return ImportReport(len(fresh), len(found.pairs) - len(fresh), found.notes)
