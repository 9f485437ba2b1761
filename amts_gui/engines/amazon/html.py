"""Segments as HTML for Amazon Translate, and back.

Placeholders travel as ``<span translate="no" data-ph="n">original markup</span>``: Amazon
Translate leaves ``translate="no"`` content untouched in TranslateText and in batch jobs, and the
original markup (rather than an opaque token) gives the service the context of the sentence.
Coming back, each such span becomes ``⟦n⟧`` again; a placeholder that the service (or a parallel
data entry under ACT) wrote out as plain markup is recognized by its text.  Placeholders that
cannot be found are reported by the placeholder check, never invented.

A chapter for a batch job is one HTML document with one ``<p id="s-…">`` element per segment.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from html.parser import HTMLParser

from amts_gui.core.text.placeholders import TOKEN_RE, Finding, check_placeholders, mask, token
from amts_gui.engines.base import SegmentInput

SEGMENT_ID_PREFIX = "s-"


def segment_html(source: str, markup: Sequence[str]) -> str:
    """The segment's text as an HTML fragment with its placeholders protected."""
    out: list[str] = []
    pos = 0
    for m in TOKEN_RE.finditer(source):
        out.append(html.escape(source[pos : m.start()], quote=False))
        number = int(m.group(1))
        original = markup[number - 1] if 1 <= number <= len(markup) else m.group()
        out.append(f'<span translate="no" data-ph="{number}">{html.escape(original, quote=False)}</span>')
        pos = m.end()
    out.append(html.escape(source[pos:], quote=False))
    return "".join(out)


def chapter_html(title: str, lang: str, segments: Iterable[SegmentInput]) -> str:
    """One HTML document holding ``segments``, each in an element whose id names it."""
    body = "\n".join(
        f'<p id="{SEGMENT_ID_PREFIX}{seg.id}">{segment_html(seg.source, seg.markup)}</p>' for seg in segments
    )
    return (
        f'<!DOCTYPE html>\n<html lang="{html.escape(lang)}">\n<head><meta charset="utf-8">'
        f"<title>{html.escape(title)}</title></head>\n<body>\n{body}\n</body>\n</html>\n"
    )


class _Reader(HTMLParser):
    """Collects text per segment element; protected spans become their ``⟦n⟧`` token."""

    def __init__(self, *, whole: bool) -> None:
        super().__init__(convert_charrefs=True)
        self.texts: dict[str, list[str]] = {"": []} if whole else {}
        self.current: str | None = "" if whole else None
        self._element_depth = 0
        self._skip_depth = 0  # > 0 inside a protected span

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if self._skip_depth:
            self._skip_depth += 1
            return
        ident = values.get("id") or ""
        if self.current is None and ident.startswith(SEGMENT_ID_PREFIX):
            self.current = ident[len(SEGMENT_ID_PREFIX) :]
            self.texts[self.current] = []
            self._element_depth = 1
            return
        if self.current is None:
            return
        self._element_depth += 1
        number = values.get("data-ph")
        if number is not None and number.isdigit():
            self.texts[self.current].append(token(int(number)))
            self._skip_depth = 1

    def handle_endtag(self, tag: str) -> None:
        if self._skip_depth:
            self._skip_depth -= 1
            if self._skip_depth:
                return
        if self.current is None:
            return
        self._element_depth -= 1
        if self._element_depth == 0 and self.current != "":
            self.current = None

    def handle_data(self, data: str) -> None:
        if self.current is not None and not self._skip_depth:
            self.texts[self.current].append(data)


def _restore(raw: str, markup: Sequence[str]) -> str:
    found = {int(n) for n in TOKEN_RE.findall(raw)}
    remaining = tuple("" if i + 1 in found else m for i, m in enumerate(markup))
    return mask(raw, remaining).strip()


def fragment_text(translated: str, markup: Sequence[str]) -> tuple[str, list[Finding]]:
    """A translated fragment back as text with ``⟦n⟧`` tokens, and what the placeholder check found."""
    reader = _Reader(whole=True)
    reader.feed(translated)
    reader.close()
    text = _restore("".join(reader.texts[""]), markup)
    return text, check_placeholders(text, tuple(markup))


def chapter_texts(document: str) -> dict[str, str]:
    """Segment id -> raw translated text (tokens for protected spans, markup not yet restored)."""
    reader = _Reader(whole=False)
    reader.feed(document)
    reader.close()
    return {ident: "".join(parts) for ident, parts in reader.texts.items()}


def segment_text(raw: str, markup: Sequence[str]) -> tuple[str, list[Finding]]:
    text = _restore(raw, markup)
    return text, check_placeholders(text, tuple(markup))
