"""d2lbook Markdown ⇄ ordered blocks and sentence segments.

A :class:`Document` is a sequence of blocks that tile the source exactly:
concatenating every block's ``raw`` text gives the source back byte for byte.
Translatable blocks (headings, paragraphs, list items, table cells, figure
captions) know where their prose lies in ``raw`` (one content span per source
line); everything else – code cells, display math, directive lines, images,
HTML, blank lines and table rules – is protected and rendered verbatim.

Parsing is :mod:`amts_gui.core.text.markdown`'s; inline markup is handled by
:mod:`amts_gui.core.text.placeholders`.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from amts_gui.core.messages import message
from amts_gui.core.text import placeholders as ph
from amts_gui.core.text.scripts import CJK_CHARS

Span = tuple[int, int]
SegmentKey = tuple[int, int]  # (block index, ordinal within the block)


class BlockKind(StrEnum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"
    TABLE_CELL = "table_cell"
    CAPTION = "caption"
    CODE = "code"
    MATH = "math"
    DIRECTIVE = "directive"
    IMAGE = "image"
    HTML = "html"
    BLANK = "blank"
    MARKUP = "markup"


TRANSLATABLE = frozenset(
    {BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.TABLE_CELL, BlockKind.CAPTION}
)
SINGLE_LINE = frozenset({BlockKind.HEADING, BlockKind.TABLE_CELL, BlockKind.CAPTION})


@dataclass(frozen=True)
class Segment:
    """One sentence of a translatable block.

    ``source`` is the sentence with placeholders as ``⟦n⟧`` tokens numbered
    from 1 within the segment; ``markup[n-1]`` is the original markup of token n.
    ``start``/``end`` are offsets into the block's joined ``text``.
    """

    block: int
    ordinal: int
    start: int
    end: int
    source: str
    markup: tuple[str, ...]
    text: str

    @property
    def key(self) -> SegmentKey:
        return (self.block, self.ordinal)


@dataclass(frozen=True)
class Block:
    index: int
    kind: BlockKind
    raw: str
    line: int  # 1-based line of the block's first character
    spans: tuple[Span, ...] = ()  # content spans in ``raw``, one per source line
    text: str = ""  # content joined for segmentation
    segments: tuple[Segment, ...] = ()

    @property
    def translatable(self) -> bool:
        return self.kind in TRANSLATABLE


@dataclass(frozen=True)
class SegmentFinding:
    """A QA finding for the segment at ``key`` (source line ``line``)."""

    key: SegmentKey
    line: int
    finding: ph.Finding

    def __str__(self) -> str:
        return f"line {self.line}, segment {self.key[0]}.{self.key[1]}: {self.finding}"


@dataclass(frozen=True)
class Rendered:
    text: str
    findings: tuple[SegmentFinding, ...]


@dataclass(frozen=True)
class Document:
    source: str
    lang: str
    blocks: tuple[Block, ...]
    warnings: tuple[str, ...] = field(default=())

    def segments(self) -> Iterator[Segment]:
        for block in self.blocks:
            yield from block.segments

    def render(
        self,
        translations: Mapping[SegmentKey, str] | None = None,
        blocks: Mapping[int, str] | None = None,
        one_line: Collection[int] = (),
        wrapped: Collection[int] = (),
    ) -> Rendered:
        """The document with ``translations`` (``⟦n⟧`` tokens) put in place of their segments, and
        ``blocks`` (block index → text) in place of those blocks.  The translated blocks in ``one_line``
        are written on one line, those in ``wrapped`` a sentence a line, however the source lays them out."""
        translations, blocks = translations or {}, blocks or {}
        if not translations and not blocks:
            return Rendered("".join(b.raw for b in self.blocks), ())
        out: list[str] = []
        findings: list[SegmentFinding] = []
        dropped = False  # the block before was left out whole: so is the blank line after it
        for block in self.blocks:
            if dropped and block.kind is BlockKind.BLANK:
                dropped = False
                continue
            dropped = bool(block.segments) and all(translations.get(s.key) == "" for s in block.segments)
            if dropped:
                continue  # every sentence said elsewhere or left out, as the translation did
            if block.index in blocks:
                out.append(blocks[block.index])
            elif block.segments and any(s.key in translations for s in block.segments):
                layout = "one" if block.index in one_line else "sentences" if block.index in wrapped else "source"
                out.append(_render_block(block, translations, findings, layout))
            else:
                out.append(block.raw)
        return Rendered("".join(out), tuple(findings))


_CJK = re.compile(f"[{CJK_CHARS}]")
QUOTE = re.compile(r"^(?P<p>[ \t]*(?:>[ \t]?)+)(?P<c>.*)$")  # a block quote's markers and its content


def join_sep(left: str, right: str) -> str:
    """The separator used when joining two wrapped lines: none between CJK text."""
    if not left or not right:
        return ""
    return "" if _CJK.match(left[-1]) or _CJK.match(right[0]) else " "


def _continuation_prefix(block: Block) -> str:
    if len(block.spans) >= 2:
        second = block.spans[1][0]
        return block.raw[block.raw.rfind("\n", 0, second) + 1 : second]
    first_line = block.raw[: block.spans[0][0]]
    if block.kind is BlockKind.LIST_ITEM:
        return " " * len(first_line)
    m = QUOTE.match(first_line)
    return m.group("p") if m else ""


def line_starts(raw: str, spans: tuple[Span, ...]) -> list[int]:
    """Where each source line's content starts in the block's joined ``text`` (lines joined by
    :func:`join_sep`)."""
    starts: list[int] = []
    length, last = 0, ""
    for a, b in spans:
        piece = raw[a:b]
        length += len(join_sep(last, piece)) if starts else 0
        starts.append(length)
        length += b - a
        last = piece if piece else last
    return starts


def _separators(block: Block, layout: str, prefix: str) -> list[str]:
    """Before each segment but the first: a line break where the source breaks the line between the two
    sentences (or everywhere, for the ``sentences`` layout), else nothing (``""``: joined by the text)."""
    if layout == "sentences":
        return ["\n" + prefix] * len(block.segments)
    starts = line_starts(block.raw, block.spans)

    def line_of(pos: int) -> int:
        return max((k for k, start in enumerate(starts) if start <= pos), default=0)

    segs = block.segments
    return [""] + [
        "\n" + prefix if line_of(segs[n].start) != line_of(max(segs[n - 1].end - 1, 0)) else ""
        for n in range(1, len(segs))
    ]


def _render_block(
    block: Block, translations: Mapping[SegmentKey, str], findings: list[SegmentFinding], layout: str
) -> str:
    """The block with its segments' translations, laid out ``one`` line, a line per sentence (``sentences``)
    or as the ``source`` breaks its lines between sentences."""
    single_line = layout == "one" or block.kind in SINGLE_LINE or (len(block.spans) == 1 and layout == "source")
    prefix = "" if single_line else _continuation_prefix(block)
    separators = [""] * len(block.segments) if single_line else _separators(block, layout, prefix)
    content = ""
    for seg, separator in zip(block.segments, separators, strict=True):
        text = _segment_text(block, seg, translations.get(seg.key), findings, single_line, prefix)
        if text:
            content += (separator or join_sep(content, text)) + text if content else text
    return block.raw[: block.spans[0][0]] + content + block.raw[block.spans[-1][1] :]


def _segment_text(
    block: Block,
    seg: Segment,
    translation: str | None,
    findings: list[SegmentFinding],
    single_line: bool,
    prefix: str,
) -> str:
    """One segment's translation as it goes into the block (its source text when it has none)."""
    if translation is None:
        return seg.text
    line = block.line + block.raw.count("\n", 0, block.spans[0][0])
    for finding in ph.check_placeholders(translation, seg.markup):
        findings.append(SegmentFinding(seg.key, line, finding))
    text = translation.strip()
    if "\n" in text:
        if single_line:
            findings.append(
                SegmentFinding(seg.key, line, ph.Finding(ph.FindingKind.LINE_BREAK, message("joined with spaces")))
            )
            text = re.sub(r"\s*\n\s*", " ", text)
        else:
            text = re.sub(r"[ \t]*\n\s*", "\n" + prefix, text)
    if block.kind is BlockKind.TABLE_CELL:
        text = re.sub(r"(?<!\\)\|", r"\\|", text)
    return ph.restore(text, seg.markup)
