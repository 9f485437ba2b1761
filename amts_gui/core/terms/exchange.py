"""Glossaries in the exchange formats of CAT tools: TBX (TBX-Basic, and the TBX 2019 element names) and
TMX (one unit per term).

TBX: one ``termEntry`` (``conceptEntry``) per concept; per language a ``langSet`` (``langSec``) of terms
in ``tig``/``ntig`` (``termSec``).  The first source term is the entry, the others its variants; an
entry's senses travel as notes (``Not in: toy example | for example``, ``Ambiguous``).  A target term
whose ``administrativeStatus`` is deprecated, superseded or forbidden is a forbidden target;
``preferredTerm`` comes first; the entry's ``note`` or definition is the note.  TMX: a unit's source
and target are a term and one translation; several units with the same source give several targets,
in file order.  Both are read through the hardened XML parser of TMX (no entities, no fetched DTDs)
and read whole before anything is stored.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable
from pathlib import Path

from amts_gui.core.errors import InputError
from amts_gui.core.messages import message
from amts_gui.core.parallel.languages import best_tag
from amts_gui.core.parallel.tmx import read_tmx, read_xml, tmx_bytes, xml_safe
from amts_gui.core.text.terms import TermEntry

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
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


def _entry(elem: ET.Element, source_lang: str, target_lang: str) -> list[TermEntry]:
    sections = {s.get(XML_LANG) or s.get("lang") or "": s for s in _children(elem, _LANGUAGE)}
    source_tag, target_tag = best_tag(source_lang, sections), best_tag(target_lang, sections)
    if source_tag is None or target_tag is None:
        return []
    notes = [" ".join("".join(n.itertext()).split()) for n in elem.iter() if _local(n.tag) in ("note", "descrip")]
    targets = _terms(sections[target_tag])
    preferred = [t for t, s in targets if "preferred" in s]
    allowed = preferred + [t for t, s in targets if not any(f in s for f in _FORBIDDEN) and t not in preferred]
    forbidden = tuple(t for t, s in targets if any(f in s for f in _FORBIDDEN))
    sources = [term for term, status in _terms(sections[source_tag]) if not any(f in status for f in _FORBIDDEN)]
    if not sources or not (allowed or forbidden):
        return []
    not_in = tuple(p.strip() for n in notes if n.startswith(NOT_IN) for p in n[len(NOT_IN) :].split("|") if p.strip())
    note = "; ".join(n for n in notes if n and not n.startswith((NOT_IN, AMBIGUOUS)))
    return [
        TermEntry(
            sources[0],
            tuple(allowed),
            forbidden,
            note,
            do_not_translate=allowed == [sources[0]],
            variants=tuple(sources[1:]),  # the concept's other source terms: synonyms, full forms
            not_in=not_in,
            ambiguous=AMBIGUOUS in notes,
        )
    ]


def read_tbx(path: Path, source_lang: str, target_lang: str) -> list[TermEntry]:
    root = read_xml(path)
    if _local(root.tag) not in ("martif", "tbx"):
        raise InputError(
            message("{path}: not a TBX file (the root element is <{tag}>)", path=path, tag=_local(root.tag))
        )
    entries: dict[str, TermEntry] = {}
    for elem in root.iter():
        if _local(elem.tag) in _ENTRY:
            for entry in _entry(elem, source_lang, target_lang):
                entries.setdefault(entry.source, entry)
    if not entries:
        raise InputError(
            message(
                "{path}: no term entry has both {source} and {target} terms",
                path=path,
                source=source_lang,
                target=target_lang,
            )
        )
    return list(entries.values())


def render_tbx(entries: Iterable[TermEntry], source_lang: str, target_lang: str) -> str:
    """TBX-Basic: one termEntry per glossary entry, the preferred target marked, forbidden ones deprecated."""
    root = ET.Element("martif", {"type": "TBX-Basic", XML_LANG: source_lang})
    header = ET.SubElement(ET.SubElement(root, "martifHeader"), "fileDesc")
    ET.SubElement(ET.SubElement(header, "sourceDesc"), "p").text = "AMTS Studio glossary"
    body = ET.SubElement(ET.SubElement(root, "text"), "body")
    for number, entry in enumerate(entries, start=1):
        term_entry = ET.SubElement(body, "termEntry", {"id": f"t{number}"})
        for note in _notes(entry):
            ET.SubElement(term_entry, "note").text = xml_safe(note)
        _lang_set(
            term_entry, source_lang, [(entry.source, ""), *((v, "admittedTerm-admn-sts") for v in entry.variants)]
        )
        targets = [entry.source] if entry.do_not_translate else list(entry.targets)
        statuses = ["preferredTerm-admn-sts"] + ["admittedTerm-admn-sts"] * (len(targets) - 1)
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


def _lang_set(parent: ET.Element, lang: str, terms: list[tuple[str, str]]) -> None:
    lang_set = ET.SubElement(parent, "langSet", {XML_LANG: lang})
    for term, status in terms:
        tig = ET.SubElement(lang_set, "tig")
        ET.SubElement(tig, "term").text = xml_safe(term)
        if status:
            ET.SubElement(tig, "termNote", {"type": "administrativeStatus"}).text = status


def read_tmx_glossary(path: Path, source_lang: str, target_lang: str) -> list[TermEntry]:
    targets: dict[str, list[str]] = {}
    for unit in read_tmx(path):
        source_tag, target_tag = best_tag(source_lang, unit.texts), best_tag(target_lang, unit.texts)
        if source_tag is None or target_tag is None:
            continue
        source, target = unit.texts[source_tag].strip(), unit.texts[target_tag].strip()
        if source and target and target not in targets.setdefault(source, []):
            targets[source].append(target)
    if not targets:
        raise InputError(
            message(
                "{path}: no unit has both {source} and {target} text", path=path, source=source_lang, target=target_lang
            )
        )
    return [TermEntry(s, tuple(t), do_not_translate=t == [s]) for s, t in targets.items()]


def render_tmx_glossary(entries: Iterable[TermEntry], source_lang: str, target_lang: str, version: str) -> bytes:
    """One unit per term and translation (forbidden ones left out: TMX cannot say "do not use")."""
    units = [(e.source, t) for e in entries for t in ([e.source] if e.do_not_translate else e.targets)]
    return tmx_bytes(units, source_lang, target_lang, segtype="phrase", tool_version=version)
