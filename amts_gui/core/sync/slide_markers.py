"""D2L's slide markers (``[**…**]``, ``(**…**)``) projected from an English sentence onto its translation.

The book marks the words its slides show; each edition marks the same part of its own sentence.  When
the English gains markers around a part of a sentence, the translation's sentence is marked by where
the part lies:

* at either edge of the sentence, the same edge of the translation (before or after its final stop as
  the English has it);
* just outside a code span, math or a role that the translation has exactly once, just outside the same
  one;
* otherwise at the clause boundary of the translation (after a comma, before one for a closer) nearest
  to the marker's relative position in the English; a marker that stands at a clause boundary of the
  English (``Next, [**…``) goes to one of the translation's, not to its edge.

The result is a draft for review: word order differs between languages, and only a person can say
which words of the translation the slide should show.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from amts_gui.core.text.placeholders import find_placeholders

MARKER = re.compile(r"\[\*\*|\*\*\]|\(\*\*|\*\*\)")
_CLOSER = {"[**": "**]", "(**": "**)"}
_FINAL = re.compile(r"[.!?。！？．…]+[\"'”’」）)]*\s*$")
_CLAUSE = re.compile(r"[，,；;：:、]\s*")  # a clause ends after it (an opener goes after, a closer before)
_AFTER_CLAUSE = re.compile(r"[，,；;：:、]\s*$")
_OPENING = re.compile(r"[（(“「]")  # a clause starts at it
_CLOSING = re.compile(r"[）)”」]")


@dataclass(frozen=True)
class MarkedPart:
    start: int  # in the sentence without its markers
    end: int
    opener: str
    closer: str


def marked_parts(text: str) -> tuple[str, list[MarkedPart]] | None:
    """The sentence without its slide markers, and the parts they mark; None when they do not pair up."""
    bare: list[str] = []
    parts: list[MarkedPart] = []
    position, length, opened = 0, 0, None
    for found in MARKER.finditer(text):
        bare.append(text[position : found.start()])
        length += found.start() - position
        position = found.end()
        token = found.group()
        if token in _CLOSER:
            if opened is not None:
                return None
            opened = (length, token)
        else:
            if opened is None or _CLOSER[opened[1]] != token:
                return None
            parts.append(MarkedPart(opened[0], length, opened[1], token))
            opened = None
    bare.append(text[position:])
    return ("".join(bare), parts) if opened is None else None


def _final_start(text: str) -> int:
    found = _FINAL.search(text)
    return found.start() if found else len(text.rstrip())


def _unique_placeholders(source: str, translation: str) -> dict[str, int]:
    """Placeholder text → its offset in the translation, for those each side has exactly once."""
    out = {}
    for span in find_placeholders(source):
        markup = source[span.start : span.end]
        if source.count(markup) == 1 and translation.count(markup) == 1:
            out[markup] = translation.index(markup)
    return out


def _boundaries(translation: str, *, closing: bool) -> dict[int, str]:
    """The translation's places for an opener or a closer, each with its kind: ``clause`` (after a comma
    for an opener, before it for a closer), ``bracket`` (inside brackets: after the opening one, before
    the closing one), ``before`` (before an opening bracket), ``edge``."""
    core = _final_start(translation)
    found = {0: "edge", core: "edge"}
    for m in _CLAUSE.finditer(translation, 0, core):
        found.setdefault(m.start() if closing else m.end(), "clause")
    if closing:
        found.update({m.start(): "bracket" for m in _CLOSING.finditer(translation, 1, core)})
    else:
        found.update({m.start(): "before" for m in _OPENING.finditer(translation, 0, core)})
        found.update({m.end(): "bracket" for m in _OPENING.finditer(translation, 0, core)})
    return dict(sorted(found.items()))


def _english_kind(source: str, position: int, *, closing: bool) -> str | None:
    """The kind of place the marker has in the English: the kind the translation's should have."""
    if closing:
        if _CLAUSE.match(source, position):
            return "clause"
        return "bracket" if _CLOSING.match(source, position) else None
    before = source[:position]
    if _AFTER_CLAUSE.search(before):
        return "clause"
    return "bracket" if before.rstrip().endswith(("(", "（")) else None


def _by_position(source: str, position: int, translation: str, *, closing: bool, after: int = -1) -> int | None:
    """The translation's place of the marker's kind nearest to its relative place in ``source`` (a closer
    never first, nor an opener last; one at an English clause boundary never at the edge); None when
    there is no such place."""
    ratio = position / max(1, len(source))
    places = {c: k for c, k in _boundaries(translation, closing=closing).items() if c > after}
    places.pop(0 if closing else _final_start(translation), None)
    kind = _english_kind(source, position, closing=closing)
    candidates = [c for c, k in places.items() if k == kind]
    candidates = candidates or [c for c, k in places.items() if not (kind == "clause" and k == "edge")]
    if not candidates:
        return None
    return min(candidates, key=lambda c: abs(c / max(1, len(translation)) - ratio))


def _opening_at(source: str, start: int, translation: str, anchors: dict[str, int]) -> int | None:
    if not source[:start].strip():
        return 0
    for markup, offset in anchors.items():
        if source[:start].rstrip().endswith(markup):
            after = offset + len(markup)
            return after + len(translation[after:]) - len(translation[after:].lstrip())
    return _by_position(source, start, translation, closing=False)


def _closing_at(source: str, end: int, translation: str, anchors: dict[str, int], start: int) -> int | None:
    rest = source[end:].strip()
    if not rest:  # the whole sentence keeps its stop inside; a part ending the sentence, outside
        return len(translation) if start == 0 else _final_start(translation)
    if end >= _final_start(source) and not rest.strip(".!?…\"'”’"):
        return _final_start(translation)
    for markup, offset in anchors.items():
        if source[end:].lstrip().startswith(markup):
            return len(translation[:offset].rstrip())
    return _by_position(source, end, translation, closing=True, after=start)


def project_markers(source: str, translation: str) -> str | None:
    """``translation`` marked where ``source`` (the English with its markers) marks its parts; None when
    the markers do not pair up, the translation has markers already, or two parts would overlap."""
    found = marked_parts(source)
    if found is None or MARKER.search(translation):
        return None
    bare, parts = found
    text = translation.strip()
    anchors = _unique_placeholders(bare, text)
    places: list[tuple[int, int, MarkedPart]] = []
    for part in parts:
        start = _opening_at(bare, part.start, text, anchors)
        end = _closing_at(bare, part.end, text, anchors, start) if start is not None else None
        if start is None or end is None or end <= start or not text[start:end].strip():
            return None
        if places and start < places[-1][1]:
            return None
        places.append((start, end, part))
    for start, end, part in reversed(places):
        text = text[:start] + part.opener + text[start:end] + part.closer + text[end:]
    return text
