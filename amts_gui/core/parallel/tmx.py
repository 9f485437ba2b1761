"""TMX 1.4b: read translation units from other tools, and write them back as they came.

Reading goes through the hardened parser of :mod:`amts_gui.core.parallel.xml_files`, streamed, so that a
large memory never sits in RAM whole.  Each ``<tuv>`` keeps its language tag, attributes, notes and props,
and its segment's inline content by position (:mod:`amts_gui.core.parallel.inline`); each ``<tu>`` its
attributes (``tuid``, dates, usage), notes and props.  Written back, a unit imported from another tool
carries all of that again, its segments' content character for character; whitespace and indentation are
added only between elements that hold no text.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET  # noqa: N817 - writing only; reading goes through defusedxml
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from amts_gui.core.errors import InputError
from amts_gui.core.fileio import check_file_size
from amts_gui.core.messages import message
from amts_gui.core.parallel.inline import Inline, follow_edit, read_inline, write_inline
from amts_gui.core.parallel.xml_files import XML_LANG, indent_structure, local_name, xml_events, xml_safe

MAX_TMX_BYTES = 2 * 1024 * 1024 * 1024  # streamed, so only the file system limits it
LINE_BREAKS = re.compile(r"[\r\n\u2028\u2029\x85]+")
_CONTENT = frozenset({"seg", "note", "prop"})  # their text is content: never re-spaced
Meta = tuple[str, dict[str, str], str]  # a note or prop: its tag, attributes and text, in file order


def pair_text(raw: str) -> str:
    """The text a pair keeps of a segment: on one line, without characters XML cannot carry, trimmed."""
    return xml_safe(LINE_BREAKS.sub(" ", raw)).strip()


def tmx_date(stamp: str) -> str:
    """An ISO 8601 timestamp as TMX writes dates: ``YYYYMMDDThhmmssZ`` (UTC)."""
    moment = datetime.fromisoformat(stamp)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


@dataclass(frozen=True)
class Variant:
    """One ``<tuv>``: a language's text of the unit."""

    lang: str  # the tag as written
    inline: Inline  # the segment's text and inline codes by position
    attrs: dict[str, str] = field(default_factory=dict)  # as read, xml:lang among them
    head: tuple[Meta, ...] = ()  # its notes and props

    @property
    def text(self) -> str:
        return self.inline.text


@dataclass(frozen=True)
class TmxUnit:
    number: int  # 1-based position of the <tu> in the file
    variants: tuple[Variant, ...]
    attrs: dict[str, str] = field(default_factory=dict)  # tuid, creationdate, changedate… as read
    head: tuple[Meta, ...] = ()  # the unit's notes and props

    @property
    def texts(self) -> dict[str, str]:
        """Language tag -> text, the first variant of each tag."""
        found: dict[str, str] = {}
        for variant in self.variants:
            found.setdefault(variant.lang, variant.text)
        return found

    @property
    def changedate(self) -> str | None:
        return self.attrs.get("changedate") or self.attrs.get("creationdate")

    @property
    def notes(self) -> tuple[str, ...]:
        return tuple(text for tag, _, text in self.head if tag == "note")


def _head(element: ET.Element) -> tuple[Meta, ...]:
    return tuple(
        (local_name(c.tag), dict(c.attrib), c.text or "") for c in element if local_name(c.tag) in ("note", "prop")
    )


def _variant(tuv: ET.Element) -> Variant | None:
    lang = tuv.get(XML_LANG) or tuv.get("lang")  # TMX 1.1 used a plain lang attribute
    seg = next((c for c in tuv if local_name(c.tag) == "seg"), None)
    if not lang or seg is None:
        return None
    return Variant(lang, read_inline(seg), dict(tuv.attrib), _head(tuv))


def read_tmx(path: Path) -> Iterator[TmxUnit]:
    """The file's translation units, streamed.  Everything up to ``<body>`` is checked before this
    returns; a hostile or broken file raises InputError, also later while the units are iterated."""
    check_file_size(path, MAX_TMX_BYTES)
    events = xml_events(path, "TMX")
    _start, root = next(events)  # the root element; an empty file fails as malformed XML
    if root.tag != "tmx":
        raise InputError(
            message("{path}: not a TMX file (the root element is <{tag}>, not <tmx>)", path=path, tag=root.tag)
        )
    for event, elem in events:
        if event == "start" and elem.tag == "body":
            break
    else:
        raise InputError(message("{path}: a TMX file without a <body>", path=path))

    def units() -> Iterator[TmxUnit]:
        number = 0
        for event, elem in events:
            if event != "end" or elem.tag != "tu":
                continue
            number += 1
            variants = tuple(v for v in map(_variant, elem.findall("tuv")) if v is not None)
            unit = TmxUnit(number, variants, dict(elem.attrib), _head(elem))
            elem.clear()
            yield unit

    return units()


def tmx_bytes(
    units: Iterable[tuple[str, str]],
    source_lang: str,
    target_lang: str,
    *,
    segtype: str,
    tool_version: str,
    changedates: Sequence[str | None] | None = None,
    extras: Sequence[dict[str, Any] | None] | None = None,
) -> bytes:
    """The TMX document as bytes (the caller writes it atomically); ``changedates`` are ISO timestamps;
    ``extras`` are what pairs brought from another tool (see :func:`unit_extra`), written back."""
    root = ET.Element("tmx", version="1.4")
    ET.SubElement(
        root,
        "header",
        {
            "creationtool": "AMTS Studio",
            "creationtoolversion": tool_version,
            "segtype": segtype,
            "o-tmf": "AMTS",
            "adminlang": "en",
            "srclang": source_lang,
            "datatype": "plaintext",
        },
    )
    body = ET.SubElement(root, "body")
    for number, (source, target) in enumerate(units):
        stamp = changedates[number] if changedates is not None else None
        extra = (extras[number] if extras is not None else None) or {}
        tu = ET.SubElement(body, "tu", dict(extra.get("tu", {})))
        if stamp:
            tu.set("changedate", tmx_date(stamp))
        _write_head(tu, extra.get("head", []))
        sides = extra.get("sides", {})
        for side, lang, text in (("source", source_lang, source), ("target", target_lang, target)):
            _write_variant(tu, lang, xml_safe(text), sides.get(side) or {})
    indent_structure(root, _CONTENT)
    body_bytes: bytes = ET.tostring(root, encoding="unicode").encode("utf-8")
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + body_bytes + b"\n"


def _write_head(parent: ET.Element, head: Iterable[Sequence[Any]]) -> None:
    for tag, attrs, text in head:
        ET.SubElement(parent, tag, dict(attrs)).text = xml_safe(text)


def _write_variant(tu: ET.Element, lang: str, text: str, side: dict[str, Any]) -> None:
    """A ``<tuv>``: as it was read when the pair still has its text, else the text with the codes that
    survived the change."""
    attrs = dict(side.get("attrs") or {XML_LANG: lang})
    if XML_LANG not in attrs and "lang" not in attrs:
        attrs[XML_LANG] = lang
    tuv = ET.SubElement(tu, "tuv", attrs)
    _write_head(tuv, side.get("head", []))
    seg = ET.SubElement(tuv, "seg")
    if "inline" not in side:
        seg.text = text
        return
    inline = Inline.from_json(side["inline"])
    write_inline(seg, inline if pair_text(inline.text) == text else follow_edit(inline, text)[0])


def unit_extra(unit: TmxUnit, source: Variant, target: Variant) -> dict[str, Any] | None:
    """What a pair keeps of a unit besides its text, to write it back: the unit's attributes, notes and
    props, and each side's tag, attributes, notes, props and inline content (None: nothing to keep)."""
    sides = {}
    for name, variant in (("source", source), ("target", target)):
        side: dict[str, Any] = {"attrs": variant.attrs}
        if variant.head:
            side["head"] = [list(m) for m in variant.head]
        if variant.inline.events or pair_text(variant.text) != variant.text:
            side["inline"] = variant.inline.to_json()
        sides[name] = side
    extra = {"tu": unit.attrs, "head": [list(m) for m in unit.head], "sides": sides}
    return {k: v for k, v in extra.items() if v}
