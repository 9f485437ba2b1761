"""Align a chapter with its human translation: paragraphs first, then sentences inside each paragraph group.

All sentences of both documents are embedded once. Paragraph (block)
embeddings are pooled from their sentences, so the paragraph pass costs no
extra encoding. The paragraph pass uses the same bead scorer as sentences,
with the block kind (heading, list item, caption, ...) as an extra anchor, so a
heading prefers a heading. It allows merges and splits up to 3 blocks and
blocks present on one side only, which happens when the English is newer than
its translation. Sentences are then aligned within each paragraph group; a
sentence pair inherits the doubt of its paragraph group.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from amts_gui.core.align.aligner import AlignmentProblem, AlignParams, Bead
from amts_gui.core.align.anchors import SentenceAnchors, segment_anchors, writes_cjk
from amts_gui.core.align.embed import SpanEncoder, Units, default_encoder, single_blas_thread
from amts_gui.core.align.structure import confidence, encoder_knows, evidence, log_ratio
from amts_gui.core.text.document import Block, Document, Segment, SegmentKey, join_sep

# Whole paragraphs are dropped or added more rarely than sentences are; headings are short, so
# length says little about them.
PARAGRAPH_PARAMS = AlignParams(skip=-0.45)


@dataclass(frozen=True)
class AlignedPair:
    """Source and target text (original markup kept) linked by one bead; either side may be empty."""

    src_keys: tuple[SegmentKey, ...]
    tgt_keys: tuple[SegmentKey, ...]
    source: str
    target: str
    confidence: float

    @property
    def complete(self) -> bool:
        return bool(self.src_keys and self.tgt_keys)

    @property
    def untranslated(self) -> bool:
        """Both sides say the same words: a sentence the translation left in the source language."""
        return " ".join(self.source.split()).casefold() == " ".join(self.target.split()).casefold()


@dataclass(frozen=True)
class DocumentAlignment:
    sentences: tuple[AlignedPair, ...]
    paragraphs: tuple[AlignedPair, ...]


def _join(parts: list[str]) -> str:
    out = ""
    for part in parts:
        out = out + join_sep(out, part) + part if out else part
    return out


class _Flat:
    """The translatable blocks of a document and their sentences, laid end to end."""

    def __init__(self, doc: Document) -> None:
        self.blocks: list[Block] = [b for b in doc.blocks if b.translatable and b.segments]
        self.lang = doc.lang
        self.segments: list[Segment] = [seg for block in self.blocks for seg in block.segments]
        self.texts: list[str] = [seg.text for seg in self.segments]
        self.keys: list[SegmentKey] = [seg.key for seg in self.segments]
        self.ranges: list[tuple[int, int]] = []
        for block in self.blocks:
            start = self.ranges[-1][1] if self.ranges else 0
            self.ranges.append((start, start + len(block.segments)))

    def anchors(self) -> list[SentenceAnchors]:
        cjk = writes_cjk(self.texts, self.lang)
        return [segment_anchors(s.text, s.source, s.markup, cjk) for s in self.segments]

    def block_texts(self) -> list[str]:
        return [_join([self.texts[i] for i in range(a, b)]) for a, b in self.ranges]


def sentence_texts(doc: Document) -> list[str]:
    """The sentences the aligner embeds, in order: those of the translatable blocks."""
    return _Flat(doc).texts


def align_documents(
    source: Document,
    target: Document,
    *,
    encoder: SpanEncoder | None = None,
    params: AlignParams | None = None,
    paragraph_params: AlignParams | None = None,
) -> DocumentAlignment:
    with single_blas_thread():
        return _align(source, target, encoder or default_encoder(), params, paragraph_params)


def _align(
    source: Document,
    target: Document,
    encoder: SpanEncoder,
    params: AlignParams | None,
    paragraph_params: AlignParams | None,
) -> DocumentAlignment:
    src, tgt = _Flat(source), _Flat(target)
    if not src.texts or not tgt.texts:
        return DocumentAlignment((), ())
    units = encoder.units([*src.texts, *tgt.texts])
    n = len(src.texts)
    s_units, t_units = units.slice(0, n), units.slice(n, len(units))
    anchors = (src.anchors(), tgt.anchors())
    blocks = AlignmentProblem(
        src.block_texts(),
        tgt.block_texts(),
        source.lang,
        target.lang,
        encoder=encoder,
        params=paragraph_params or PARAGRAPH_PARAMS,
        units=(_paragraph_units(s_units, src.ranges), _paragraph_units(t_units, tgt.ranges)),
        tags=([[f"§{b.kind}"] for b in src.blocks], [[f"§{b.kind}"] for b in tgt.blocks]),
        anchors=(_paragraph_anchors(anchors[0], src.ranges), _paragraph_anchors(anchors[1], tgt.ranges)),
    )
    groups = [(g, *_sentence_range(src, g.src), *_sentence_range(tgt, g.tgt)) for g in blocks.align()]
    sentences = AlignmentProblem(
        src.texts,
        tgt.texts,
        source.lang,
        target.lang,
        encoder=encoder,
        params=params,
        units=(s_units, t_units),
        anchors=anchors,
        regions=[(s_lo, s_hi, t_lo, t_hi) for _, s_lo, s_hi, t_lo, t_hi in groups],
    )
    aligned = [
        (
            Bead(tuple(range(s_lo, s_hi)), tuple(range(t_lo, t_hi)), group.confidence),
            sentences.align(s_lo, s_hi, t_lo, t_hi),
        )
        for group, s_lo, s_hi, t_lo, t_hi in groups
    ]
    if not (encoder_knows(source.lang) and encoder_knows(target.lang)):
        aligned = _without_the_encoder(aligned, src, tgt, anchors)
    sentence_pairs: list[AlignedPair] = []
    paragraph_pairs: list[AlignedPair] = []
    for group, beads in aligned:
        paragraph_pairs.append(_pair(src, tgt, group))
        sentence_pairs.extend(
            _pair(src, tgt, replace(b, confidence=min(b.confidence, group.confidence))) for b in beads
        )
    return DocumentAlignment(tuple(sentence_pairs), tuple(paragraph_pairs))


Grouped = list[tuple[Bead, list[Bead]]]


def _without_the_encoder(
    aligned: Grouped, src: _Flat, tgt: _Flat, anchors: tuple[list[SentenceAnchors], list[SentenceAnchors]]
) -> Grouped:
    """The same beads with confidences made of structure, length and anchors (:mod:`.structure`): for a
    language the encoder does not know, its own confidences mean nothing."""

    def chars(texts: list[str], ids: tuple[int, ...]) -> float:
        return float(sum(len(texts[i]) for i in ids))

    ratios = sorted(
        log_ratio(chars(src.texts, b.src), chars(tgt.texts, b.tgt))
        for _, beads in aligned
        for b in beads
        if b.src and b.tgt
    )
    doc_ratio = ratios[len(ratios) // 2] if ratios else 0.0

    def judged(bead: Bead, regular: bool) -> Bead:
        if not (bead.src and bead.tgt):
            return bead
        lengths = (chars(src.texts, bead.src), chars(tgt.texts, bead.tgt))
        found = evidence(
            [anchors[0][i] for i in bead.src], [anchors[1][j] for j in bead.tgt], lengths, regular, doc_ratio
        )
        return replace(bead, confidence=confidence(found))

    out: Grouped = []
    for group, beads in aligned:
        regular = len(group.src) == len(group.tgt) > 0 and all(b.shape == (1, 1) for b in beads)
        out.append((judged(group, regular), [judged(b, regular) for b in beads]))
    return out


def _paragraph_units(units: Units, ranges: list[tuple[int, int]]) -> Units:
    return units.group(np.array([r[0] for r in ranges]), np.array([r[1] for r in ranges]))


def _paragraph_anchors(anchors: list[SentenceAnchors], ranges: list[tuple[int, int]]) -> list[SentenceAnchors]:
    return [SentenceAnchors.union(anchors[a:b]) for a, b in ranges]


def _sentence_range(flat: _Flat, blocks: tuple[int, ...]) -> tuple[int, int]:
    if not blocks:
        return (0, 0)
    return flat.ranges[blocks[0]][0], flat.ranges[blocks[-1]][1]


def _pair(src: _Flat, tgt: _Flat, bead: Bead) -> AlignedPair:
    return AlignedPair(
        tuple(src.keys[i] for i in bead.src),
        tuple(tgt.keys[j] for j in bead.tgt),
        _join([src.texts[i] for i in bead.src]),
        _join([tgt.texts[j] for j in bead.tgt]),
        bead.confidence,
    )
