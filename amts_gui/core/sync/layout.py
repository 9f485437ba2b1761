"""The old translation's text and line layout kept in the synced chapter.

Editions wrap paragraphs their own way: the Chinese D2L writes most paragraphs on one line, where the
English puts a sentence on each, and sometimes breaks a line after a comma.  So that a maintainer's diff
shows what changed and nothing else:

* a paragraph whose every sentence is unchanged, translated by one paragraph of the old translation and
  by nothing else, is that paragraph, byte for byte (:func:`kept_blocks`);
* the blank lines between two such blocks, or two code cells, figures or directives that the
  translation has too, are the translation's (:func:`kept_blanks`);
* any other synced paragraph takes the layout of the translation paragraphs its sentences come from,
  and one made only of new sentences the layout most of the old translation's paragraphs have
  (:func:`line_layout`).
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from amts_gui.core.align.documents import AlignedPair
from amts_gui.core.sync.blocks import skeleton
from amts_gui.core.text.document import SINGLE_LINE, Block, BlockKind, Document, SegmentKey


def _wrapped(doc: Document, index: int) -> bool:
    return len(doc.blocks[index].spans) > 1


@dataclass(frozen=True)
class LineLayout:
    one_line: set[int]  # NEW blocks the source wraps, to write on one line
    wrapped: set[int]  # NEW one-line blocks of several sentences, to write a sentence a line


def line_layout(new_doc: Document, translation_doc: Document, sources: Mapping[int, Iterable[int]]) -> LineLayout:
    """How to lay out NEW's paragraphs of several sentences: as the translation blocks their sentences come
    from (``sources``: NEW block → those blocks), wrapped when any of them is; a paragraph with no source
    as most of the translation's paragraphs of several sentences are (as the English, if it has none)."""
    several = [b for b in translation_doc.blocks if len(b.segments) > 1 and b.kind not in SINGLE_LINE]
    mostly_wrapped = sum(_wrapped(translation_doc, b.index) for b in several) * 2 > len(several)
    layout = LineLayout(set(), set())
    for block in new_doc.blocks:
        if not block.translatable or block.kind in SINGLE_LINE or len(block.segments) < 2:
            continue
        found = set(sources.get(block.index, ()))
        if not found and not several:
            continue  # nothing to go by: the English's layout
        wrap = any(_wrapped(translation_doc, i) for i in found) if found else mostly_wrapped
        if wrap and len(block.spans) == 1:
            layout.wrapped.add(block.index)
        elif not wrap and len(block.spans) > 1:
            layout.one_line.add(block.index)
    return layout


def _prefix(block: Block) -> str:
    return block.raw[: block.spans[0][0]] if block.spans else ""


def _translated_by(old: Block, beads: Mapping[SegmentKey, AlignedPair], translation_doc: Document) -> Block | None:
    """The one translation block that translates the old block's sentences, and nothing else."""
    own = {s.key for s in old.segments}
    pairs = {id(beads[k]): beads[k] for k in own if k in beads}.values()
    if not pairs or any(not own.issuperset(p.src_keys) for p in pairs):
        return None
    targets = sorted(k for p in pairs for k in p.tgt_keys)
    found = {k[0] for k in targets}
    if len(found) != 1:
        return None
    block = translation_doc.blocks[found.pop()]
    return block if [s.key for s in block.segments] == targets and block.kind is old.kind else None


def kept_blocks(
    old_doc: Document,
    new_doc: Document,
    translation_doc: Document,
    unchanged: Mapping[SegmentKey, SegmentKey],
    beads: Mapping[SegmentKey, AlignedPair],
) -> dict[int, int]:
    """NEW block → the old translation's block, for NEW blocks that say what one OLD block said, sentence
    for sentence (``unchanged``: NEW segment → the OLD segment it repeats), with the same list or quote
    marker, where one translation block translates that OLD block and nothing else."""
    out = {}
    for block in new_doc.blocks:
        olds = [unchanged.get(s.key) for s in block.segments]
        if not olds or None in olds or len({k[0] for k in olds if k}) != 1:
            continue
        old = old_doc.blocks[olds[0][0]] if olds[0] else None
        if old is None or [s.key for s in old.segments] != olds or _prefix(old) != _prefix(block):
            continue
        translated = _translated_by(old, beads, translation_doc)
        if translated is not None:
            out[block.index] = translated.index
    return out


def structure_matches(new_doc: Document, translation_doc: Document) -> dict[int, int]:
    """NEW block → translation block, for the blocks neither translates nor leaves blank (code, math,
    directives, images, HTML) in identical runs of their skeletons, in order."""

    def structure(doc: Document) -> list[Block]:
        return [b for b in doc.blocks if not b.translatable and b.kind is not BlockKind.BLANK]

    new, translated = structure(new_doc), structure(translation_doc)
    matcher = difflib.SequenceMatcher(None, [skeleton(b) for b in new], [skeleton(b) for b in translated], False)
    out = {}
    for op, i1, i2, j1, _j2 in matcher.get_opcodes():
        if op == "equal":
            out.update({new[i1 + k].index: translated[j1 + k].index for k in range(i2 - i1)})
    return out


def kept_blanks(new_doc: Document, translation_doc: Document, anchors: Mapping[int, int]) -> dict[int, str]:
    """NEW blank block → the translation's blank lines, for each run of blank lines between two NEW blocks
    that stand for two translation blocks with only blank lines between them (``anchors``: NEW block →
    the translation block it comes from).  The run's first block takes them all, the others nothing."""
    out: dict[int, str] = {}
    blocks, n = new_doc.blocks, 0
    while n < len(blocks):
        if blocks[n].kind is not BlockKind.BLANK:
            n += 1
            continue
        end = n
        while end < len(blocks) and blocks[end].kind is BlockKind.BLANK:
            end += 1
        before = anchors.get(n - 1)
        after = anchors.get(end) if end < len(blocks) else len(translation_doc.blocks)  # or the end of both
        if before is not None and after is not None and before < after:
            between = translation_doc.blocks[before + 1 : after]
            if all(b.kind is BlockKind.BLANK for b in between):
                out.update({i: "" for i in range(n, end)})
                out[n] = "".join(b.raw for b in between)
        n = end
    return out
