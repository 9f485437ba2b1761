"""Glossaries in the exchange formats of CAT tools: TBX (TBX-Basic, and the TBX 2019 element names) and
TMX (one unit per term).

TBX: one ``termEntry`` (``conceptEntry``) per concept; per language a ``langSet`` (``langSec``) of terms
in ``tig``/``ntig`` (``termSec``).  The first source term is the entry, the others its variants; an
entry's senses travel as notes (``Not in: toy example | for example``, ``Ambiguous``).  A target term
whose ``administrativeStatus`` is deprecated, superseded or forbidden is a forbidden target;
``preferredTerm`` comes first; the entry's notes and definitions in the project's two languages are the
note.  Two language sections of one language are joined, and said; a term's case flag travels as a
``termNote`` of type ``x-caseSensitive``; the header declares TBX-Basic's XCS, as TBX-2008 files do.
TMX: a unit's source and target are a term and one translation; several units with the same source give
several targets, in file order.  Both are read through the hardened XML parser (no entities, no fetched
DTDs) and read whole before anything is stored.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable
from pathlib import Path

from amts_gui.core.errors import InputError
from amts_gui.core.messages import message
from amts_gui.core.parallel.languages import Tag, pick_sides
from amts_gui.core.parallel.tmx import read_tmx, tmx_bytes
from amts_gui.core.parallel.xml_files import read_xml, start_lines, xml_safe
from amts_gui.core.terms.duplicates import Gathered, Glossary
from amts_gui.core.text.terms import TermEntry

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
CASE_SENSITIVE = "x-caseSensitive"  # a termNote: the term matches only as written (LSTM, i.i.d.)
_CASE_TYPES = {"x-casesensitive", "x-case-sensitive", "casesensitive", "x-casesensitivity"}
_YES = {"yes", "true", "1", "casesensitive", "case-sensitive"}
_FORBIDDEN = ("deprecated", "superseded", "forbidden", "admitted-not")
NOT_IN = "Not in: "  # a TBX note of the phrases an entry never applies in
AMBIGUOUS = "Ambiguous"  # a TBX note: the entry is flagged ambiguous
_ENTRY, _LANGUAGE, _TERM = {"termEntry", "conceptEntry"}, {"langSet", "langSec"}, {"tig", "ntig", "termSec"}


def _local(tag: str) -> str:
    return tag.rpartition("}")[2]


def _children(elem: ET.Element, names: set[str]) -> list[ET.Element]:
    return [c for c in elem if _local(c.tag) in names]


def _terms(lang_set: ET.Element) -> list[tuple[str, str]]:
    """(term, administrative status) of a language section, in file order."""
    found = []
    for holder in _children(lang_set, _TERM):
        term = next((e for e in holder.iter() if _local(e.tag) == "term"), None)
        if term is None or not "".join(term.itertext()).strip():
            continue
        status = next(("".join(n.itertext()) for n in holder.iter() if n.get("type") == "administrativeStatus"), "")
        found.append((" ".join("".join(term.itertext()).split()), status))
    return found


def _lang_of(element: ET.Element) -> str:
    return element.get(XML_LANG) or element.get("lang") or ""


def _texts(elements: Iterable[ET.Element]) -> list[str]:
    return [" ".join("".join(n.itertext()).split()) for n in elements]


def _entry_notes(elem: ET.Element, sections: list[ET.Element]) -> list[str]:
    """The entry's own notes and definitions, and those of the project's two language sections; a note
    written in another language (``xml:lang``) is left out."""
    languages = {Tag.parse(_lang_of(s)).language for s in sections}
    own = [
        n for n in elem.iter() if _local(n.tag) in ("note", "descrip") and n.get("type") != "subjectField"
    ]  # a subject field classifies the entry: not a note
    inside_other = {
        id(n) for s in _children(elem, _LANGUAGE) if s not in sections for n in s.iter()
    }  # notes of a language section the project does not use
    kept = [
        n
        for n in own
        if id(n) not in inside_other and (not _lang_of(n) or Tag.parse(_lang_of(n)).language in languages)
    ]
    return [text for text in _texts(kept) if text]


def _case_sensitive(sections: list[ET.Element], term: str) -> bool:
    """The term's own ``termNote`` says it matches only as written."""
    for holder in (h for s in sections for h in _children(s, _TERM)):
        written = next((" ".join("".join(e.itertext()).split()) for e in holder.iter() if _local(e.tag) == "term"), "")
        if written == term:
            return any(
                n.get("type", "").lower() in _CASE_TYPES and "".join(n.itertext()).strip().lower() in _YES
                for n in holder.iter()
            )
    return False


def _entry(elem: ET.Element, source_lang: str, target_lang: str, where: str, said: list[str]) -> TermEntry | None:
    sections = _children(elem, _LANGUAGE)
    tags = list(dict.fromkeys(_lang_of(s) for s in sections))  # each tag once, in file order
    sides = pick_sides(source_lang, target_lang, tags)
    if sides is None:
        return None
    chosen = []
    for index in sides:
        same = [s for s in sections if _lang_of(s) == tags[index]]
        if len(same) > 1:
            said.append(f"{where}: {len(same)} language sections of {tags[index]}; their terms are joined")
        chosen.append(same)
    notes = _entry_notes(elem, chosen[0] + chosen[1])
    targets = [t for s in chosen[1] for t in _terms(s)]
    preferred = [t for t, s in targets if "preferred" in s]
    allowed = preferred + [t for t, s in targets if not any(f in s for f in _FORBIDDEN) and t not in preferred]
    forbidden = tuple(dict.fromkeys(t for t, s in targets if any(f in s for f in _FORBIDDEN)))
    sources = [t for s in chosen[0] for t, status in _terms(s) if not any(f in status for f in _FORBIDDEN)]
    if not sources or not (allowed or forbidden):
        return None
    allowed = list(dict.fromkeys(allowed))
    not_in = tuple(p.strip() for n in notes if n.startswith(NOT_IN) for p in n[len(NOT_IN) :].split("|") if p.strip())
    do_not_translate = allowed == [sources[0]]
    return TermEntry(
        sources[0],
        () if do_not_translate else tuple(allowed),
        forbidden,
        "; ".join(n for n in notes if n and not n.startswith((NOT_IN, AMBIGUOUS))),
        case_sensitive=_case_sensitive(chosen[0], sources[0]),
        do_not_translate=do_not_translate,
        variants=tuple(
            dict.fromkeys(v for v in sources[1:] if v != sources[0])
        ),  # the concept's other source terms: synonyms, full forms
        not_in=not_in,
        ambiguous=AMBIGUOUS in notes,
    )


def read_tbx(path: Path, source_lang: str, target_lang: str) -> Glossary:
    root = read_xml(path, "TBX")
    if _local(root.tag) not in ("martif", "tbx"):
        raise InputError(
            message("{path}: not a TBX file (the root element is <{tag}>)", path=path, tag=_local(root.tag))
        )
    gathered = Gathered()
    number = 0
    lines = start_lines(path, sorted(_ENTRY))
    for elem in root.iter():
        if _local(elem.tag) in _ENTRY:
            number += 1
            line = f" (line {lines[number - 1]})" if number <= len(lines) else ""
            where = f"entry {elem.get('id') or elem.get(XML_ID) or number}{line}"
            entry = _entry(elem, source_lang, target_lang, where, gathered.notes)
            if entry is not None:
                gathered.add(entry, where)
    if not gathered.entries:
        raise InputError(
            message(
                "{path}: no term entry has both {source} and {target} terms",
                path=path,
                source=source_lang,
                target=target_lang,
            )
        )
    return Glossary(list(gathered.entries.values()), gathered.notes)


def render_tbx(entries: Iterable[TermEntry], source_lang: str, target_lang: str) -> str:
    """TBX-Basic: one termEntry per glossary entry, the preferred target marked, forbidden ones deprecated."""
    root = ET.Element("martif", {"type": "TBX-Basic", XML_LANG: source_lang})
    martif_header = ET.SubElement(root, "martifHeader")
    header = ET.SubElement(martif_header, "fileDesc")
    ET.SubElement(ET.SubElement(header, "sourceDesc"), "p").text = "AMTS Studio glossary"
    ET.SubElement(ET.SubElement(martif_header, "encodingDesc"), "p", type="XCSURI").text = "TBXBasicXCSV02.xcs"
    body = ET.SubElement(ET.SubElement(root, "text"), "body")
    for number, entry in enumerate(entries, start=1):
        term_entry = ET.SubElement(body, "termEntry", {"id": f"t{number}"})
        for note in _notes(entry):
            ET.SubElement(term_entry, "note").text = xml_safe(note)
        _lang_set(
            term_entry,
            source_lang,
            [(entry.source, ""), *((v, "admittedTerm-admn-sts") for v in entry.variants)],
            case_sensitive=entry.case_sensitive,
        )
        targets = [entry.source] if entry.do_not_translate else list(entry.targets)
        statuses = ["preferredTerm-admn-sts", *["admittedTerm-admn-sts"] * len(targets)][: len(targets)]
        _lang_set(
            term_entry,
            target_lang,
            list(zip(targets, statuses, strict=True)) + [(f, "deprecatedTerm-admn-sts") for f in entry.forbidden],
        )
    ET.indent(root)
    text = ET.tostring(root, encoding="unicode")
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE martif SYSTEM "TBXBasiccoreStructV02.dtd">\n' + text + "\n"
    )


def _notes(entry: TermEntry) -> list[str]:
    """The entry's note, and its senses as notes other tools show as they are: "Not in: toy example | for
    example", "Ambiguous"."""
    notes = [entry.note] if entry.note else []
    notes += [NOT_IN + " | ".join(entry.not_in)] if entry.not_in else []
    return notes + ([AMBIGUOUS] if entry.ambiguous else [])


def _lang_set(parent: ET.Element, lang: str, terms: list[tuple[str, str]], *, case_sensitive: bool = False) -> None:
    lang_set = ET.SubElement(parent, "langSet", {XML_LANG: lang})
    for term, status in terms:
        tig = ET.SubElement(lang_set, "tig")
        ET.SubElement(tig, "term").text = xml_safe(term)
        if status:
            ET.SubElement(tig, "termNote", {"type": "administrativeStatus"}).text = status
        if case_sensitive:  # no TBX-Basic data category says it: an extension, as CAT tools write theirs
            ET.SubElement(tig, "termNote", {"type": CASE_SENSITIVE}).text = "yes"


def read_tmx_glossary(path: Path, source_lang: str, target_lang: str) -> Glossary:
    targets: dict[str, list[str]] = {}
    for unit in read_tmx(path):
        sides = pick_sides(source_lang, target_lang, [v.lang for v in unit.variants])
        if sides is None:
            continue
        source, target = (unit.variants[i].text.strip() for i in sides)
        if source and target and target not in targets.setdefault(source, []):
            targets[source].append(target)
    if not targets:
        raise InputError(
            message(
                "{path}: no unit has both {source} and {target} text", path=path, source=source_lang, target=target_lang
            )
        )
    return Glossary([TermEntry(s, tuple(t), do_not_translate=t == [s]) for s, t in targets.items()], [])


def render_tmx_glossary(entries: Iterable[TermEntry], source_lang: str, target_lang: str, version: str) -> bytes:
    """One unit per term and translation (forbidden ones left out: TMX cannot say "do not use")."""
    units = [(e.source, t) for e in entries for t in ([e.source] if e.do_not_translate else e.targets)]
    return tmx_bytes(units, source_lang, target_lang, segtype="phrase", tool_version=version)
