"""TMX 1.4b: write translation units, and read them from other tools with a hardened parser.

Reading goes through defusedxml, which refuses entity declarations and external references, and through
our own check of the DOCTYPE: the line OmegaT and translate-toolkit write, ``<!DOCTYPE tmx SYSTEM
"tmx14.dtd">``, is read (the DTD is never fetched), while an internal subset is refused.  The classic XML
attacks (billion laughs, external entities) end in a clear error instead of eating memory or reading
local files.  A file in an encoding the XML parser does not know (GBK, Big5, Shift_JIS…) is decoded by
Python's codec as its declaration names.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET  # noqa: N817 - writing only; reading goes through defusedxml
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import defusedxml.ElementTree as SafeET  # noqa: N812
from defusedxml import DefusedXmlException, DTDForbidden
from defusedxml.ElementTree import DefusedXMLParser

from amts_gui.core.errors import InputError
from amts_gui.core.messages import message
from amts_gui.core.parallel.encodings import utf8_stream as _utf8_stream

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
MAX_TMX_BYTES = 2 * 1024 * 1024 * 1024  # streamed, so only the file system limits it
# characters XML 1.0 cannot carry at all
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# inline elements whose text is native markup of the original format, not translatable text
_NATIVE_CODE = {"bpt", "ept", "it", "ph", "ut"}


MAX_NESTING = 100  # elements inside elements: TMX, XLIFF and TBX need a dozen levels at most


def xml_safe(text: str) -> str:
    return _XML_ILLEGAL.sub("", text)


def tmx_date(stamp: str) -> str:
    """An ISO 8601 timestamp as TMX writes dates: ``YYYYMMDDThhmmssZ`` (UTC)."""
    moment = datetime.fromisoformat(stamp)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


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
    ``extras`` are what pairs brought from another tool (inline codes, notes, props), written back."""
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
        tu = ET.SubElement(body, "tu", {"changedate": tmx_date(stamp)} if stamp else {})
        for kind, value in extra.get("props", []):
            ET.SubElement(tu, "prop", type=kind).text = xml_safe(value)
        for note in extra.get("notes", []):
            ET.SubElement(tu, "note").text = xml_safe(note)
        codes = extra.get("codes", {})
        for side, lang, text in (("source", source_lang, source), ("target", target_lang, target)):
            tuv = ET.SubElement(tu, "tuv", {XML_LANG: lang})
            _fill_seg(ET.SubElement(tuv, "seg"), xml_safe(text), codes.get(side, []))
    ET.indent(root, space=" ")
    body_bytes: bytes = ET.tostring(root, encoding="unicode").encode("utf-8")
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + body_bytes + b"\n"


Code = tuple[str, str]  # an inline code: its native text (as it stands in the pair) and its TMX element


def _fill_seg(seg: ET.Element, text: str, codes: Sequence[Sequence[str]]) -> None:
    """``text`` in ``seg``, each imported code's native text back as its original element when every code
    is still there, in order (else, after an edit that moved or removed one, the text as it is)."""
    pieces, pos = [], 0
    for native, _xml in codes:
        at = text.find(native, pos) if native else -1
        if at < 0:
            seg.text = text
            return
        pieces.append((text[pos:at], _xml))
        pos = at + len(native)
    seg.text = ""
    last: ET.Element | None = None
    for before, xml in pieces:
        if last is None:
            seg.text = before
        else:
            last.tail = before
        last = SafeET.fromstring(xml)
        seg.append(last)
    if last is None:
        seg.text = text
    else:
        last.tail = text[pos:]


@dataclass(frozen=True)
class TmxUnit:
    number: int  # 1-based position of the <tu> in the file
    texts: dict[str, str]  # language tag as written -> segment text, native codes written out
    changedate: str | None = None  # as written, TMX's YYYYMMDDThhmmssZ
    codes: dict[str, list[Code]] = field(default_factory=dict)  # language tag -> its inline codes, in order
    notes: tuple[str, ...] = ()
    props: tuple[tuple[str, str], ...] = ()  # (type, value)


def _local(tag: str) -> str:
    return tag.rpartition("}")[2]  # a namespaced tag counts by its local name


def _code_text(code: ET.Element) -> str:
    """The native code an inline element stands for; a ``<sub>`` inside keeps its translatable text."""
    parts = [code.text or ""]
    for child in code:
        parts += [_seg_text(child, []), child.tail or ""]
    return "".join(parts)


def _element_xml(code: ET.Element) -> str:
    tail, code.tail = code.tail, None
    try:
        return ET.tostring(code, encoding="unicode")
    finally:
        code.tail = tail


def _seg_text(seg: ET.Element, codes: list[Code]) -> str:
    """The segment's text with each inline code (bpt, ept, it, ph, ut) written out as its native code, as
    Markdown markup stands in a pair; the codes are collected in ``codes`` to be written back on export.
    ``<hi>`` and other wrappers keep their text."""
    parts = [seg.text or ""]
    for child in seg:
        if _local(child.tag) in _NATIVE_CODE:
            native = _code_text(child)
            codes.append((native, _element_xml(child)))
            parts.append(native)
        else:
            parts.append(_seg_text(child, codes))
        parts.append(child.tail or "")
    return "".join(parts)


def read_tmx(path: Path) -> Iterator[TmxUnit]:
    """The file's translation units, streamed so that a large memory never sits in RAM whole.

    Everything up to ``<body>`` is checked before this returns; a hostile or broken file raises
    InputError, also later while the units are iterated.
    """
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InputError(message("{path}: cannot read ({reason})", path=path, reason=exc.strerror)) from None
    if size > MAX_TMX_BYTES:
        raise InputError(
            message(
                "{path}: {size} MB is over the {limit} MB limit",
                path=path,
                size=size // (1024 * 1024),
                limit=MAX_TMX_BYTES // (1024 * 1024),
            )
        )
    events = _events(path)
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
            texts: dict[str, str] = {}
            codes: dict[str, list[Code]] = {}
            for tuv in elem.findall("tuv"):
                lang = tuv.get(XML_LANG) or tuv.get("lang")  # TMX 1.1 used a plain lang attribute
                seg = tuv.find("seg")
                if lang and seg is not None:
                    codes[lang] = []
                    texts[lang] = _seg_text(seg, codes[lang])
            changedate = elem.get("changedate") or elem.get("creationdate")
            notes = tuple(n.text or "" for n in elem.findall("note"))
            props = tuple((p.get("type", ""), p.text or "") for p in elem.findall("prop"))
            elem.clear()
            yield TmxUnit(number, texts, changedate, {k: v for k, v in codes.items() if v}, notes, props)

    return units()


class _Parser(DefusedXMLParser):  # type: ignore[misc]  # defusedxml has no type hints
    """defusedxml's parser, taking a DOCTYPE that only names an external DTD (never fetched) and refusing
    one with an internal subset, where entities and other declarations would live."""

    def __init__(self) -> None:
        super().__init__(target=ET.TreeBuilder(), forbid_dtd=True, forbid_entities=True, forbid_external=True)

    def defused_start_doctype_decl(self, name: str, sysid: str, pubid: str, has_internal_subset: bool) -> None:
        if has_internal_subset:
            raise DTDForbidden(name, sysid, pubid)


def read_xml(path: Path) -> ET.Element:
    """A whole XML document's root, through the same hardened parser and encodings as TMX."""
    events = _events(path)
    _start, root = next(events)
    for _event in events:
        pass
    return root


def _events(path: Path) -> Iterator[tuple[str, ET.Element]]:
    """Parse events, with every parser failure turned into an InputError naming the file, and elements
    nested deeper than any translation tool writes refused (the readers walk inline content recursively)."""
    depth = 0
    try:
        with _utf8_stream(path) as stream:
            for event, elem in SafeET.iterparse(stream, events=("start", "end"), parser=_Parser()):
                depth += 1 if event == "start" else -1
                if depth > MAX_NESTING:
                    raise InputError(
                        message(
                            "{path}: elements nested more than {limit} deep, which no translation tool writes; refused",
                            path=path,
                            limit=MAX_NESTING,
                        )
                    )
                yield event, elem
    except DefusedXmlException as exc:
        raise InputError(
            message(
                "{path}: refused: the file declares a DTD subset or XML entities ({kind}), which can be used to "
                "attack the parser; TMX needs neither — export it again without them",
                path=path,
                kind=type(exc).__name__,
            )
        ) from None
    except ET.ParseError as exc:
        line, column = exc.position
        raise InputError(
            message(
                "{path}: not well-formed XML at line {line}, column {column}", path=path, line=line, column=column + 1
            )
        ) from None
    except (OSError, UnicodeError) as exc:
        raise InputError(message("{path}: cannot read ({reason})", path=path, reason=exc)) from None
