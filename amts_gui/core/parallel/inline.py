"""Inline content of a TMX ``<seg>`` kept by position, so that it goes back out exactly as it came in.

A segment is read into its text and a list of events in document order, each at an offset of that text:

- ``["code", offset, length, xml]``: a native code (``bpt``, ``ept``, ``it``, ``ph``, ``ut``, empty ones
  too), whose native text fills ``text[offset:offset + length]`` in the pair, as Markdown markup does;
  ``xml`` is the element as read (its ``sub`` content included), without its tail;
- ``["open", offset, tag, attributes]`` and ``["close", offset]``: a wrapper such as ``<hi>``, whose
  content is translatable text (and may hold codes and wrappers of its own).

Written back, the events rebuild the same content: the same characters, codes and whitespace, in the
same places.  Codes are never found again by searching the text.  After the text changed (an edit, or
the whitespace a pair is stored without), each event's offset is carried through the difference of the
two texts; a code whose native text did not survive the change intact is left out (:func:`follow_edit` counts them).
"""

from __future__ import annotations

import copy
import xml.etree.ElementTree as ET  # noqa: N817 - building elements; parsing goes through defusedxml
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import defusedxml.ElementTree as SafeET  # noqa: N812
from diff_match_patch import diff_match_patch

NATIVE_CODES = {"bpt", "ept", "it", "ph", "ut"}  # their text is native markup of the original format
Event = list[Any]


@dataclass(frozen=True)
class Inline:
    """A segment's text and its inline events (see the module's docstring)."""

    text: str
    events: tuple[Event, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "events": [list(e) for e in self.events]}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Inline:
        return cls(str(data.get("text", "")), tuple(list(e) for e in data.get("events", [])))


def local_name(tag: str) -> str:
    return tag.rpartition("}")[2]


def _element_xml(element: ET.Element) -> str:
    """The element as XML, without its tail; a plain leaf (most codes) is written directly, as ET would."""
    if not len(element) and "}" not in element.tag and not any("}" in name for name in element.attrib):
        return _leaf_xml(element.tag, tuple(element.attrib.items()), element.text or "")
    tail, element.tail = element.tail, None
    try:
        return ET.tostring(element, encoding="unicode")
    finally:
        element.tail = tail


@lru_cache(maxsize=4096)
def _leaf_xml(tag: str, attributes: tuple[tuple[str, str], ...], text: str) -> str:
    """A leaf element as XML (codes recur: a memory has thousands of ``<ept i="1">&lt;/b&gt;</ept>``)."""
    written = "".join(f' {name}="{_escape_attribute(value)}"' for name, value in attributes)
    return f"<{tag}{written}>{_escape_text(text)}</{tag}>" if text else f"<{tag}{written} />"


def _escape_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _escape_attribute(text: str) -> str:
    escaped = _escape_text(text).replace('"', "&quot;")
    return escaped.replace("\r", "&#13;").replace("\n", "&#10;").replace("\t", "&#09;")


@lru_cache(maxsize=4096)
def _parsed(xml: str) -> ET.Element:
    """A code's element, parsed once however often it recurs (``<ept i="1">&lt;/b&gt;</ept>``); callers
    take a copy."""
    element: ET.Element = SafeET.fromstring(xml)
    element.tail = None
    return element


def code_text(code: ET.Element) -> str:
    """The native markup a code stands for; a ``<sub>`` inside keeps its translatable text."""
    return "".join(code.itertext())


def read_inline(seg: ET.Element) -> Inline:
    """The segment's text, each code as its native markup, and its events by offset."""
    parts: list[str] = []
    events: list[Event] = []
    size = 0

    def add(text: str | None) -> None:
        nonlocal size
        if text:
            parts.append(text)
            size += len(text)

    def walk(element: ET.Element) -> None:
        add(element.text)
        for child in element:
            if local_name(child.tag) in NATIVE_CODES:
                native = code_text(child)
                events.append(["code", size, len(native), _element_xml(child)])
                add(native)
            else:
                events.append(["open", size, child.tag, dict(child.attrib)])
                walk(child)
                events.append(["close", size])
            add(child.tail)

    walk(seg)
    return Inline("".join(parts), tuple(events))


def write_inline(seg: ET.Element, inline: Inline) -> None:
    """Fill ``seg`` with the text and its events, each at its offset."""
    text = inline.text
    stack = [seg]
    last: dict[int, ET.Element | None] = {id(seg): None}
    seg.text = ""
    pos = 0

    def put(piece: str) -> None:
        parent = stack[-1]
        child = last[id(parent)]
        if child is None:
            parent.text = (parent.text or "") + piece
        else:
            child.tail = (child.tail or "") + piece

    for event in inline.events:
        put(text[pos : event[1]])
        pos = event[1]
        if event[0] == "code":
            element = copy.deepcopy(_parsed(event[3]))
            stack[-1].append(element)
            last[id(stack[-1])] = element
            pos += event[2]
        elif event[0] == "open":
            element = ET.SubElement(stack[-1], event[2], event[3])
            last[id(stack[-1])] = element
            stack.append(element)
            last[id(element)] = None
        elif len(stack) > 1:
            stack.pop()
    put(text[pos:])


def _equal_runs(diffs: Sequence[tuple[int, str]]) -> list[tuple[int, int, int]]:
    """(old start, new start, length) of each run the two texts share, in order."""
    runs, at_old, at_new = [], 0, 0
    for op, piece in diffs:
        if op == 0:
            runs.append((at_old, at_new, len(piece)))
        if op <= 0:
            at_old += len(piece)
        if op >= 0:
            at_new += len(piece)
    return runs


def _moved(runs: Sequence[tuple[int, int, int]], start: int, length: int) -> int | None:
    """Where old ``[start, start + length)`` stands in the new text, if it is there unchanged."""
    for old, new, size in runs:
        if old <= start and start + length <= old + size:
            return new + start - old
    return None


def follow_edit(inline: Inline, text: str) -> tuple[Inline, int]:
    """The events carried to a changed ``text``, and how many codes did not survive the change."""
    if text == inline.text:
        return inline, 0
    engine = diff_match_patch()
    diffs = engine.diff_main(inline.text, text, False)
    runs = _equal_runs(diffs)
    events: list[Event] = []
    lost, floor, depth = 0, 0, 0
    for event in inline.events:
        length = event[2] if event[0] == "code" else 0
        where = _moved(runs, event[1], length) if length else engine.diff_xIndex(diffs, event[1])
        if where is None or where < floor:
            if event[0] == "code":
                lost += 1
                continue
            where = max(floor, min(where if where is not None else floor, len(text)))
        if event[0] == "close" and depth == 0:
            continue
        depth += {"open": 1, "close": -1}.get(event[0], 0)
        events.append([event[0], where, *event[2:]])
        floor = where + length
    events += [["close", len(text)]] * depth
    return Inline(text, tuple(events)), lost
