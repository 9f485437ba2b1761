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
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

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
) -> bytes:
    """The TMX document as bytes (the caller writes it atomically); ``changedates`` are ISO timestamps."""
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
        tu = ET.SubElement(body, "tu", {"changedate": tmx_date(stamp)} if stamp else {})
        for lang, text in ((source_lang, source), (target_lang, target)):
            tuv = ET.SubElement(tu, "tuv", {XML_LANG: lang})
            ET.SubElement(tuv, "seg").text = xml_safe(text)
    ET.indent(root, space=" ")
    body_bytes: bytes = ET.tostring(root, encoding="unicode").encode("utf-8")
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + body_bytes + b"\n"


@dataclass(frozen=True)
class TmxUnit:
    number: int  # 1-based position of the <tu> in the file
    texts: dict[str, str]  # language tag as written -> segment text
    changedate: str | None = None  # as written, TMX's YYYYMMDDThhmmssZ


def _seg_text(seg: ET.Element) -> str:
    parts = [seg.text or ""]
    for child in seg:
        if child.tag.rpartition("}")[2] not in _NATIVE_CODE:  # a namespaced tag counts by its local name
            parts.append(_seg_text(child))
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
            for tuv in elem.findall("tuv"):
                lang = tuv.get(XML_LANG) or tuv.get("lang")  # TMX 1.1 used a plain lang attribute
                seg = tuv.find("seg")
                if lang and seg is not None:
                    texts[lang] = _seg_text(seg)
            changedate = elem.get("changedate") or elem.get("creationdate")
            elem.clear()
            yield TmxUnit(number, texts, changedate)

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
    """Parse events, with every parser failure turned into an InputError naming the file."""
    try:
        with _utf8_stream(path) as stream:
            yield from SafeET.iterparse(stream, events=("start", "end"), parser=_Parser())
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
