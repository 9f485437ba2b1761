"""XML exchange files (TMX, XLIFF, TBX) read through one hardened parser, and written with indentation
that never touches content.

Reading goes through defusedxml, which refuses entity declarations and external references, and through
our own check of the DOCTYPE: a line that only names an external DTD (``<!DOCTYPE tmx SYSTEM
"tmx14.dtd">``, as OmegaT and translate-toolkit write; ``<!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">``
in TBX-2008) is read and the DTD never fetched, while an internal subset is refused.  The classic XML
attacks (billion laughs, external entities) end in a clear error instead of eating memory or reading
local files.  A file in an encoding the XML parser does not know (GBK, Big5, Shift_JIS…) is decoded by
Python's codec as its declaration names.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET  # noqa: N817 - tree types; parsing goes through defusedxml
from collections.abc import Iterator, Sequence
from pathlib import Path

import defusedxml.ElementTree as SafeET  # noqa: N812
from defusedxml import DefusedXmlException, DTDForbidden
from defusedxml.ElementTree import DefusedXMLParser

from amts_gui.core.errors import InputError
from amts_gui.core.messages import message
from amts_gui.core.parallel.encodings import utf8_stream

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
MAX_NESTING = 100  # elements inside elements: TMX, XLIFF and TBX need a dozen levels at most
# characters XML 1.0 cannot carry at all
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_safe(text: str) -> str:
    return _XML_ILLEGAL.sub("", text)


def local_name(tag: str) -> str:
    return tag.rpartition("}")[2]  # a namespaced tag counts by its local name


class _Parser(DefusedXMLParser):  # type: ignore[misc]  # defusedxml has no type hints
    """defusedxml's parser, taking a DOCTYPE that only names an external DTD (never fetched) and refusing
    one with an internal subset, where entities and other declarations would live."""

    def __init__(self) -> None:
        super().__init__(target=ET.TreeBuilder(), forbid_dtd=True, forbid_entities=True, forbid_external=True)

    def defused_start_doctype_decl(self, name: str, sysid: str, pubid: str, has_internal_subset: bool) -> None:
        if has_internal_subset:
            raise DTDForbidden(name, sysid, pubid)


def read_xml(path: Path, kind: str) -> ET.Element:
    """A whole XML document's root; ``kind`` (TMX, XLIFF, TBX) names the format in messages."""
    events = xml_events(path, kind)
    _start, root = next(events)
    for _event in events:
        pass
    return root


def xml_events(path: Path, kind: str) -> Iterator[tuple[str, ET.Element]]:
    """Parse events, with every parser failure turned into an InputError naming the file, and elements
    nested deeper than any translation tool writes refused (the readers walk inline content recursively)."""
    depth = 0
    try:
        with utf8_stream(path) as stream:
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
                "{path}: refused: the file declares a DTD subset or XML entities ({reason}), which can be used to "
                "attack the parser; {kind} needs neither — export it again without them",
                path=path,
                reason=type(exc).__name__,
                kind=kind,
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


def start_lines(path: Path, names: Sequence[str]) -> list[int]:
    """The line each element named in ``names`` starts on, in file order (the parser does not say), for
    messages; an element in a comment or a file in UTF-16 can make the list disagree with the parser's
    elements, which the caller checks by their number."""
    pattern = re.compile(rb"<(?:[\w.-]+:)?(?:" + b"|".join(re.escape(n.encode()) for n in names) + rb")(?:[\s/>]|$)")
    lines: list[int] = []
    with utf8_stream(path) as stream:  # line by line: a memory of gigabytes never sits in RAM whole
        for number, line in enumerate(stream, start=1):
            lines += [number] * len(pattern.findall(line))
    return lines


def indent_structure(element: ET.Element, content: frozenset[str], level: int = 0) -> None:
    """Line breaks and indentation between elements that hold no text only; an element named in
    ``content`` (a segment, a note) keeps its text and inline elements exactly as they are
    (``ET.indent`` would re-space mixed content)."""
    children = list(element)
    if not children or local_name(element.tag) in content:
        return
    if any((text or "").strip() for text in (element.text, *(child.tail for child in children))):
        return  # mixed content the caller did not name: left as it is
    element.text = "\n" + " " * (level + 1)
    for child in children:
        indent_structure(child, content, level + 1)
        child.tail = "\n" + " " * (level + 1)
    children[-1].tail = "\n" + " " * level
