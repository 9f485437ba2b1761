"""A chapter as XLIFF 1.2 or 2.1, for the CAT tools translators already use (OmegaT, Okapi, Trados, memoQ).

One unit per segment, its id the segment's id, so a file comes back to the right sentences.  Protected
blocks (code cells, display math, directives) are not segments and are not in the file.  Placeholders
travel as XLIFF inline codes that carry their Markdown: ``<ph id="n">`code`</ph>`` in 1.2, and in 2.1
``<ph id="n" dataRef="dn"/>`` with the markup in the unit's ``<originalData>``.  A segment's state says
how far it is: no target when untranslated; a memory or machine draft as a target to review; an edit
as translated; an accepted final as final.  Where the draft came from goes into a note.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET  # noqa: N817 - writing only; reading goes through defusedxml
from collections.abc import Callable, Sequence

from amts_gui import __version__
from amts_gui.core.errors import InputError
from amts_gui.core.messages import message
from amts_gui.core.parallel.xml_files import indent_structure
from amts_gui.core.project.review import ReviewRow, State
from amts_gui.core.text.placeholders import TOKEN_RE

XLIFF_12 = "urn:oasis:names:tc:xliff:document:1.2"
XLIFF_20 = "urn:oasis:names:tc:xliff:document:2.0"
VERSIONS = ("1.2", "2.1")
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
# a segment's state in each version (1.2: target@state; 2.1: segment@state)
STATES_12 = {State.DRAFT: "needs-review-translation", State.EDITED: "translated", State.ACCEPTED: "final"}
STATES_21 = {State.UNTRANSLATED: "initial", State.DRAFT: "initial", State.EDITED: "translated", State.ACCEPTED: "final"}


def _inline(parent: ET.Element, text: str, code: Callable[[int], ET.Element]) -> None:
    """Fill ``parent`` with ``text``, each ``⟦n⟧`` token replaced by the element ``code(n)`` makes."""
    last: ET.Element | None = None
    pos = 0
    parent.text = ""
    for found in TOKEN_RE.finditer(text):
        piece = text[pos : found.start()]
        if last is None:
            parent.text += piece
        else:
            last.tail = (last.tail or "") + piece
        last = code(int(found.group(1)))
        parent.append(last)
        pos = found.end()
    rest = text[pos:]
    if last is None:
        parent.text += rest
    else:
        last.tail = (last.tail or "") + rest


def _note(row: ReviewRow) -> str | None:
    if row.draft is None:
        return None
    return f"draft: {row.draft.label}" + (
        f"; memory source: {row.draft.match_source}" if row.draft.match_source else ""
    )


def _ph_12(markup: tuple[str, ...]) -> Callable[[int], ET.Element]:
    def code(n: int) -> ET.Element:
        ph = ET.Element("ph", id=str(n))
        ph.text = markup[n - 1] if 0 < n <= len(markup) else ""
        return ph

    return code


def _unit_12(body: ET.Element, row: ReviewRow) -> None:
    unit = ET.SubElement(body, "trans-unit", {"id": row.id, "resname": str(row.number), XML_SPACE: "preserve"})
    _inline(ET.SubElement(unit, "source"), row.source, _ph_12(row.markup))
    if row.target is not None and row.state != State.UNTRANSLATED:
        attrs = {"state": STATES_12[row.state]}
        if row.state == State.DRAFT and row.draft is not None:
            attrs["state-qualifier"] = "leveraged-tm" if row.draft.score is not None else "mt-suggestion"
        _inline(ET.SubElement(unit, "target", attrs), row.target, _ph_12(row.markup))
    note = _note(row)
    if note:
        ET.SubElement(unit, "note", {"from": "AMTS Studio"}).text = note
    if row.comment:  # the translator's own comment on the segment
        ET.SubElement(unit, "note", {"from": "translator", "annotates": "target"}).text = row.comment


def _unit_21(file: ET.Element, row: ReviewRow) -> None:
    unit = ET.SubElement(file, "unit", {"id": row.id, "name": str(row.number)})
    note = _note(row)
    if note or row.comment:
        notes = ET.SubElement(unit, "notes")
        if note:
            ET.SubElement(notes, "note", {"category": "amts-origin"}).text = note
        if row.comment:
            ET.SubElement(notes, "note", {"category": "comment", "appliesTo": "target"}).text = row.comment
    if row.markup:
        data = ET.SubElement(unit, "originalData")
        for n, markup in enumerate(row.markup, start=1):
            ET.SubElement(data, "data", id=f"d{n}").text = markup

    def code(n: int) -> ET.Element:
        return ET.Element("ph", {"id": str(n), "dataRef": f"d{n}"})

    segment = ET.SubElement(unit, "segment", {"id": "s1", "state": STATES_21[row.state]})
    _inline(ET.SubElement(segment, "source", {XML_SPACE: "preserve"}), row.source, code)
    if row.target is not None and row.state != State.UNTRANSLATED:
        _inline(ET.SubElement(segment, "target", {XML_SPACE: "preserve"}), row.target, code)


_INLINE_CONTENT = frozenset({"source", "target", "note", "data"})  # their text is content: never re-spaced


def xliff_bytes(chapter: str, rows: Sequence[ReviewRow], source_lang: str, target_lang: str, version: str) -> bytes:
    """The chapter's segments as an XLIFF document (UTF-8 bytes, for an atomic write)."""
    if version not in VERSIONS:
        raise InputError(
            message("unknown XLIFF version {version!r}; use one of {versions}", version=version, versions="1.2, 2.1")
        )
    if version == "1.2":
        ET.register_namespace("", XLIFF_12)
        root = ET.Element("xliff", {"version": "1.2"})
        file = ET.SubElement(
            root,
            "file",
            {
                "original": chapter,
                "source-language": source_lang,
                "target-language": target_lang,
                "datatype": "x-markdown",
                "tool-id": "amts",
            },
        )
        header = ET.SubElement(file, "header")
        ET.SubElement(header, "tool", {"tool-id": "amts", "tool-name": "AMTS Studio", "tool-version": __version__})
        body = ET.SubElement(file, "body")
        for row in rows:
            _unit_12(body, row)
        namespace = XLIFF_12
    else:
        ET.register_namespace("", XLIFF_20)
        root = ET.Element("xliff", {"version": "2.1", "srcLang": source_lang, "trgLang": target_lang})
        file = ET.SubElement(root, "file", {"id": "f1", "original": chapter})
        for row in rows:
            _unit_21(file, row)
        namespace = XLIFF_20
    for element in root.iter():  # every element in the XLIFF namespace
        if not element.tag.startswith("{"):
            element.tag = f"{{{namespace}}}{element.tag}"
    indent_structure(root, _INLINE_CONTENT)
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode").encode("utf-8") + b"\n"
