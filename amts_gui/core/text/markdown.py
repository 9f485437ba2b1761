"""The block scanner: d2lbook Markdown (or MDX) into a :class:`~amts_gui.core.text.document.Document`.

It is line based, like d2lbook itself: CommonMark parsers (markdown-it-py included) fold d2lbook's
directive lines and ``$$`` math into paragraphs and do not keep byte offsets, so they cannot give a
lossless round trip.  Translatable blocks are split into sentence segments here, with their inline
markup turned into placeholders.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from amts_gui.core.text import placeholders as ph
from amts_gui.core.text.document import (
    QUOTE,
    TRANSLATABLE,
    Block,
    BlockKind,
    Document,
    Segment,
    Span,
    join_sep,
)
from amts_gui.core.text.sentences import split_sentences

_FENCE = re.compile(r"^[ \t]*(?P<f>`{3,}|~{3,})(?P<info>.*)$")
_DIRECTIVE = re.compile(
    r"^[ \t]*:(?:label|eqlabel|width|height|begin_tab|end_tab|bibliography):(?:`[^`\n]*`|\S*)[ \t]*$"
)
_HEADING = re.compile(r"^(?P<p>[ ]{0,3}#{1,6}(?:[ \t]+|$))(?P<c>.*?)(?P<s>(?:[ \t]+#+)?[ \t]*)$")
_FIGURE = re.compile(r"^(?P<p>[ \t]*!\[)(?P<alt>[^\]\n]*)(?P<s>\]\([^\n]*\)[ \t]*)$")
_LIST = re.compile(r"^(?P<p>[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$))(?P<c>.*)$")
_HR = re.compile(r"^[ ]{0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_QUOTE_MARKER = re.compile(r"^\[![A-Za-z]+\][ \t]*$")
_TABLE_RULE = re.compile(r"^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$")
_HTML_START = re.compile(r"^[ ]{0,3}<(?P<x>!--|[?!]|/?(?P<tag>[A-Za-z][\w.-]*))")
_HTML_BLOCK_TAGS = frozenset(
    """address article aside blockquote body center details dialog dd div dl dt fieldset
    figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr iframe img li main nav ol p
    pre script section source style summary table tbody td tfoot th thead tr ul video
    audio picture br""".split()
)
_CELL_SPLIT = re.compile(r"(?<!\\)\|")
_WORDY = re.compile(r"[^\W\d_]")


@dataclass
class _Piece:
    kind: BlockKind
    start: int  # offset in source
    end: int
    spans: list[Span] = field(default_factory=list)  # absolute content spans


class _Scanner:
    def __init__(self, source: str) -> None:
        self.source = source
        self.lines = source.splitlines(keepends=True)
        self.offsets = [0]
        for line in self.lines:
            self.offsets.append(self.offsets[-1] + len(line))
        self.pieces: list[_Piece] = []
        self.warnings: list[str] = []

    # helpers ---------------------------------------------------------------
    def text(self, i: int) -> str:
        """Line ``i`` without its line ending."""
        return self.lines[i].rstrip("\r\n")

    def add(self, kind: BlockKind, first: int, last: int, spans: list[Span] | None = None) -> None:
        start, end = self.offsets[first], self.offsets[last + 1]
        if kind is BlockKind.BLANK and self.pieces and self.pieces[-1].kind is BlockKind.BLANK:
            self.pieces[-1].end = end
            return
        self.pieces.append(_Piece(kind, start, end, spans or []))

    def add_raw(self, kind: BlockKind, start: int, end: int, spans: list[Span] | None = None) -> None:
        if start < end:
            self.pieces.append(_Piece(kind, start, end, spans or []))

    def span(self, i: int, start_col: int, end_col: int) -> Span:
        base = self.offsets[i]
        return (base + start_col, base + end_col)

    # classification --------------------------------------------------------
    def starts_block(self, i: int) -> bool:
        """Does line ``i`` interrupt a running paragraph or list item?"""
        line = self.text(i)
        stripped = line.strip()
        if not stripped:
            return True
        return bool(
            _FENCE.match(line)
            or stripped.startswith("$$")
            or _DIRECTIVE.match(line)
            or _HEADING.match(line)
            or _FIGURE.match(line)
            or _HR.match(line)
            or self.html_start(line)
            or self.table_starts(i)
            or QUOTE.match(line)
        )

    @staticmethod
    def html_start(line: str) -> bool:
        m = _HTML_START.match(line)
        if not m:
            return False
        tag = m.group("tag")
        return tag is None or tag.lower() in _HTML_BLOCK_TAGS or tag[0].isupper()

    def table_starts(self, i: int) -> bool:
        return (
            self.text(i).lstrip().startswith("|")
            and i + 1 < len(self.lines)
            and bool(_TABLE_RULE.match(self.text(i + 1)))
            and "-" in self.text(i + 1)
        )

    # scanning --------------------------------------------------------------
    def scan(self) -> None:
        i, n = 0, len(self.lines)
        while i < n:
            line = self.text(i)
            stripped = line.strip()
            if not stripped:
                self.add(BlockKind.BLANK, i, i)
                i += 1
            elif i == 0 and stripped == "---":
                i = self.front_matter(i)
            elif m := _FENCE.match(line):
                i = self.fence(i, m.group("f"))
            elif stripped.startswith("$$"):
                i = self.math(i)
            elif _DIRECTIVE.match(line):
                self.add(BlockKind.DIRECTIVE, i, i)
                i += 1
            elif self.html_start(line):
                i = self.html(i)
            elif m := _HEADING.match(line):
                self.add(BlockKind.HEADING, i, i, [self.span(i, m.end("p"), m.end("c"))])
                i += 1
            elif m := _FIGURE.match(line):
                self.figure(i, m)
                i += 1
            elif _HR.match(line):
                self.add(BlockKind.MARKUP, i, i)
                i += 1
            elif self.table_starts(i):
                i = self.table(i)
            elif QUOTE.match(line):
                i = self.quote(i)
            elif m := _LIST.match(line):
                i = self.list_item(i, m)
            else:
                i = self.paragraph(i)

    def front_matter(self, i: int) -> int:
        for j in range(i + 1, len(self.lines)):
            if self.text(j).strip() in ("---", "..."):
                self.add(BlockKind.MARKUP, i, j)
                return j + 1
        return self.paragraph(i)

    def fence(self, i: int, fence: str) -> int:
        closer = re.compile(rf"^[ \t]*{re.escape(fence[0])}{{{len(fence)},}}[ \t]*$")
        return self.until_closed(i, BlockKind.CODE, lambda line: bool(closer.match(line)), f"code fence {fence}")

    def math(self, i: int) -> int:
        first = self.text(i).strip()
        if len(first) >= 4 and first.find("$$", 2) >= 0:
            self.add(BlockKind.MATH, i, i)
            return i + 1
        return self.until_closed(i, BlockKind.MATH, lambda line: "$$" in line, "display math $$")

    def until_closed(self, i: int, kind: BlockKind, closes: Callable[[str], bool], what: str) -> int:
        """Protect lines from ``i`` through the first closing line; warn and protect the rest if none."""
        for j in range(i + 1, len(self.lines)):
            if closes(self.text(j)):
                self.add(kind, i, j)
                return j + 1
        self.warnings.append(f"line {i + 1}: {what} is never closed; the rest of the file is kept as {kind}")
        self.add(kind, i, len(self.lines) - 1)
        return len(self.lines)

    def html(self, i: int) -> int:
        comment = self.text(i).lstrip().startswith("<!--")
        for j in range(i, len(self.lines)):
            line = self.text(j)
            if comment and "-->" in line:
                self.add(BlockKind.HTML, i, j)
                return j + 1
            if not comment and not line.strip():
                self.add(BlockKind.HTML, i, j - 1)
                return j
        if comment:
            self.warnings.append(f"line {i + 1}: HTML comment is never closed; the rest of the file is kept as HTML")
        self.add(BlockKind.HTML, i, len(self.lines) - 1)
        return len(self.lines)

    def figure(self, i: int, m: re.Match[str]) -> None:
        base = self.offsets[i]
        if not m.group("alt").strip():
            self.add(BlockKind.IMAGE, i, i)
            return
        alt_start, alt_end = m.start("alt"), m.end("alt")
        lead = len(m.group("alt")) - len(m.group("alt").lstrip())
        trail = len(m.group("alt")) - len(m.group("alt").rstrip())
        c0, c1 = base + alt_start + lead, base + alt_end - trail
        self.add_raw(BlockKind.IMAGE, base, c0)
        self.add_raw(BlockKind.CAPTION, c0, c1, [(c0, c1)])
        self.add_raw(BlockKind.IMAGE, c1, self.offsets[i + 1])

    def table(self, i: int) -> int:
        j = i
        while j < len(self.lines) and self.text(j).lstrip().startswith("|"):
            if j == i + 1:
                self.add(BlockKind.MARKUP, j, j)
            else:
                self.table_row(j)
            j += 1
        return j

    def table_row(self, i: int) -> None:
        line, base = self.text(i), self.offsets[i]
        pos = 0
        cells = _split_cells(line)
        for c_start, c_end in cells:
            cell = line[c_start:c_end]
            lead = len(cell) - len(cell.lstrip())
            trail = len(cell) - len(cell.rstrip())
            a, b = c_start + lead, c_end - trail
            if a >= b:
                continue
            self.add_raw(BlockKind.MARKUP, base + pos, base + a)
            self.add_raw(BlockKind.TABLE_CELL, base + a, base + b, [(base + a, base + b)])
            pos = b
        self.add_raw(BlockKind.MARKUP, base + pos, self.offsets[i + 1])

    def quote(self, i: int) -> int:
        j = i
        group_start = i
        spans: list[Span] = []

        def flush(end_line: int) -> None:
            if end_line >= group_start:
                kind = BlockKind.PARAGRAPH if spans else BlockKind.MARKUP
                self.add(kind, group_start, end_line, list(spans))
            spans.clear()

        while j < len(self.lines):
            m = QUOTE.match(self.text(j))
            if not m:
                break
            content = m.group("c")
            if not content.strip() or _QUOTE_MARKER.match(content):
                flush(j - 1)
                self.add(BlockKind.MARKUP, j, j)
                group_start = j + 1
            else:
                stripped = content.rstrip()
                spans.append(self.span(j, m.end("p"), m.end("p") + len(stripped)))
            j += 1
        flush(j - 1)
        return j

    def list_item(self, i: int, m: re.Match[str]) -> int:
        content = m.group("c")
        if not content.strip():
            self.add(BlockKind.MARKUP, i, i)
            return i + 1
        spans = [self.span(i, m.end("p"), m.end("p") + len(content.rstrip()))]
        return self.continue_prose(BlockKind.LIST_ITEM, i, spans)

    def paragraph(self, i: int) -> int:
        line = self.text(i)
        lead = len(line) - len(line.lstrip())
        return self.continue_prose(BlockKind.PARAGRAPH, i, [self.span(i, lead, len(line.rstrip()))])

    def continue_prose(self, kind: BlockKind, i: int, spans: list[Span]) -> int:
        j = i + 1
        while j < len(self.lines) and not self.starts_block(j) and not _LIST.match(self.text(j)):
            line = self.text(j)
            lead = len(line) - len(line.lstrip())
            spans.append(self.span(j, lead, len(line.rstrip())))
            j += 1
        self.add(kind, i, j - 1, spans)
        return j


def _split_cells(line: str) -> list[Span]:
    """Cell column ranges of a table row, ignoring pipes inside code spans."""
    code = [(m.start(), m.end()) for m in re.finditer(r"(`+).+?\1", line)]
    bars = [m.start() for m in _CELL_SPLIT.finditer(line) if not any(a < m.start() < b for a, b in code)]
    return [(a + 1, b) for a, b in zip(bars, bars[1:], strict=False)] or [(0, len(line))]


def parse(source: str, lang: str = "en") -> Document:
    """Parse d2lbook Markdown (or MDX) into a :class:`Document`."""
    scanner = _Scanner(source)
    scanner.scan()
    blocks: list[Block] = []
    line = 1
    for index, piece in enumerate(scanner.pieces):
        raw = source[piece.start : piece.end]
        spans = tuple((a - piece.start, b - piece.start) for a, b in piece.spans if b > a)
        if piece.kind in TRANSLATABLE and spans:
            blocks.append(_translatable_block(index, piece.kind, raw, line, spans, lang))
        else:
            kind = piece.kind if piece.kind not in TRANSLATABLE else BlockKind.MARKUP
            blocks.append(Block(index, kind, raw, line))
        line += raw.count("\n")
    return Document(source, lang, tuple(blocks), tuple(scanner.warnings))


def _translatable_block(index: int, kind: BlockKind, raw: str, line: int, spans: tuple[Span, ...], lang: str) -> Block:
    parts: list[str] = []
    joined_starts: list[int] = []
    length = 0
    for a, b in spans:
        piece = raw[a:b]
        sep = join_sep(parts[-1], piece) if parts else ""
        length += len(sep)
        joined_starts.append(length)
        parts.append(sep + piece if sep else piece)
        length += b - a
    text = "".join(parts)

    def to_raw(pos: int, *, end: bool = False) -> int:
        for k in range(len(spans) - 1, -1, -1):
            if joined_starts[k] < pos or (joined_starts[k] == pos and not end):
                return min(spans[k][0] + (pos - joined_starts[k]), spans[k][1])
        return spans[0][0]

    inline = ph.find_placeholders(text)
    markup = [raw[to_raw(p.start) : to_raw(p.end, end=True)] for p in inline]
    masked_parts: list[str] = []
    m2j: list[int] = []  # masked offset -> joined offset, at every masked position
    pos = 0
    for number, p in enumerate(inline, start=1):
        masked_parts.append(text[pos : p.start])
        m2j.extend(range(pos, p.start))
        tok = ph.token(number)
        masked_parts.append(tok)
        m2j.extend([p.start] * len(tok))
        pos = p.end
    masked_parts.append(text[pos:])
    m2j.extend(range(pos, len(text) + 1))
    masked = "".join(masked_parts)
    inline_ends = {p.start: p.end for p in inline}

    segments: list[Segment] = []
    for ms, me in split_sentences(masked, lang):
        ordinal = len(segments)
        start = m2j[ms]
        last = m2j[me - 1]
        end = inline_ends.get(last, last + 1) if masked[me - 1] == ph.TOKEN_CLOSE else last + 1
        source, old = ph.renumber(masked[ms:me])
        if not _WORDY.search(ph.TOKEN_RE.sub("", source)):
            continue  # only placeholders and punctuation: nothing to translate
        segments.append(Segment(index, ordinal, start, end, source, tuple(markup[n - 1] for n in old), text[start:end]))
    return Block(index, kind, raw, line, spans, text, tuple(segments))


# ---------------------------------------------------------------------------
# Translated rendering
# ---------------------------------------------------------------------------
