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


def _boundaries(translation: str, *, closing: bool) -> list[int]:
    core = _final_start(translation)
    found = [m.start() if closing else m.end() for m in _CLAUSE.finditer(translation, 0, core)]
    found += [m.start() for m in _OPENING.finditer(translation, 0, core)]
    return sorted({0, core, *found})


def _by_position(source: str, position: int, translation: str, *, closing: bool, after: int = -1) -> int:
    """The translation's clause boundary nearest to ``position``'s relative place in ``source``."""
    ratio = position / max(1, len(source))
    if closing:  # a closer never goes first; before a comma in English, not last either
        at_clause = _CLAUSE.match(source, position) is not None
        excluded = {0, _final_start(translation)} if at_clause else {0}
    else:  # after a comma in English, an opener does not go first
        excluded = {0} if _AFTER_CLAUSE.search(source[:position]) else set()
    candidates = [c for c in _boundaries(translation, closing=closing) if c not in excluded and c > after]
    candidates = candidates or _boundaries(translation, closing=closing)
    return min(candidates, key=lambda c: abs(c / max(1, len(translation)) - ratio))


def _opening_at(source: str, start: int, translation: str, anchors: dict[str, int]) -> int:
    if not source[:start].strip():
        return 0
    for markup, offset in anchors.items():
        if source[:start].rstrip().endswith(markup):
            after = offset + len(markup)
            return after + len(translation[after:]) - len(translation[after:].lstrip())
    return _by_position(source, start, translation, closing=False)


def _closing_at(source: str, end: int, translation: str, anchors: dict[str, int], start: int) -> int:
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
        end = _closing_at(bare, part.end, text, anchors, start)
        if end <= start or (places and start < places[-1][1]) or not text[start:end].strip():
            return None
        places.append((start, end, part))
    for start, end, part in reversed(places):
        text = text[:start] + part.opener + text[start:end] + part.closer + text[end:]
    return text
