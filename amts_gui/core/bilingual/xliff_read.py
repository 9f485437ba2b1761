"""XLIFF 1.2 and 2.x as other tools write them: each unit's id, its target with ``⟦n⟧`` tokens for the
inline codes, and whether its state says final.

Read through the same hardened parser as TMX (no entities, no fetched DTDs, any declared encoding).
Inline codes become tokens by their id: 1.2 ``<ph>``, ``<x>``, ``<bx>``/``<ex>`` and 2.x ``<ph>``,
``<sc>``/``<ec>``; wrappers (1.2 ``<g>``, ``<mrk>``; 2.x ``<pc>``, ``<mrk>``) keep their text.  A code whose
id is not a number cannot be one of ours: it is reported, and the unit is left alone.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET  # noqa: N817 - types only; parsing goes through defusedxml
from dataclasses import dataclass, replace
from pathlib import Path

from amts_gui.core.errors import InputError
from amts_gui.core.messages import message
from amts_gui.core.parallel.xml_files import read_xml, start_lines
from amts_gui.core.text.placeholders import token

_CODES = {"ph", "x", "bx", "ex", "sc", "ec", "it", "bpt", "ept"}  # stand for one placeholder each
_FINAL_STATES = {"final", "signed-off"}  # 1.2: a target's state that says final
_APPROVED_STATES = {"reviewed", "final"}  # 2.x: a segment's state that says the translation was approved


@dataclass(frozen=True)
class XliffUnit:
    id: str
    target: str | None  # with ⟦n⟧ tokens; None when the unit has no target
    final: bool  # the state says the translation is final, or the unit is approved
    problem: str | None = None  # why the target cannot be read as ours
    line: int | None = None  # where the unit starts in the file, when known


@dataclass(frozen=True)
class XliffDocument:
    version: str
    original: str | None  # the chapter the file was made from
    target_lang: str | None
    units: list[XliffUnit]


def _local(tag: str) -> str:
    return tag.rpartition("}")[2]


def _content(element: ET.Element) -> str:
    """The element's text with each inline code as its ⟦n⟧ token (ValueError: a code that is not ours)."""
    parts = [element.text or ""]
    for child in element:
        name = _local(child.tag)
        if name in _CODES:
            code = child.get("id", "")
            if not code.isdigit():
                raise ValueError(f"<{name} id={code!r}> is not one of the file's placeholders")
            parts.append(token(int(code)))
        else:  # g, mrk, pc, sub…: their text is translation
            parts.append(_content(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _unit(unit_id: str, target: ET.Element | None, final: bool) -> XliffUnit:
    if target is None:
        return XliffUnit(unit_id, None, final)
    try:
        return XliffUnit(unit_id, _content(target), final)
    except ValueError as exc:
        return XliffUnit(unit_id, None, final, str(exc))


def _units_12(files: list[ET.Element]) -> list[XliffUnit]:
    units = []
    for unit in (e for f in files for e in f.iter() if _local(e.tag) == "trans-unit"):
        target = next((c for c in unit if _local(c.tag) == "target"), None)
        state = target.get("state") if target is not None else None
        final = (state or "") in _FINAL_STATES or unit.get("approved") == "yes"
        units.append(_unit(unit.get("id", ""), target, final))
    return units


def _unit_20(unit: ET.Element) -> XliffUnit:
    """A 2.x unit's target: its segments' targets and the ignorables between them, in order, joined; an
    ignorable without a target stands as its source.  A unit with a segment left untranslated is reported."""
    parts: list[ET.Element | None] = []
    states: list[str] = []
    for child in unit:
        kind = _local(child.tag)
        if kind not in ("segment", "ignorable"):
            continue
        source = next((c for c in child if _local(c.tag) == "source"), None)
        target = next((c for c in child if _local(c.tag) == "target"), None)
        if kind == "segment":
            states.append(child.get("state", "initial"))
            if target is None:
                parts.append(None)
                continue
        parts.append(target if target is not None else source)
    final = bool(states) and all(state in _APPROVED_STATES for state in states)
    unit_id = unit.get("id", "")
    present = [p for p in parts if p is not None]
    if not any(p is not None and _local(p.tag) == "target" for p in parts):
        return XliffUnit(unit_id, None, final)
    if len(present) < len(parts):
        missing = sum(1 for p in parts if p is None)
        return XliffUnit(unit_id, None, final, f"{missing} of its {len(states)} segments have no target; not cut")
    try:
        return XliffUnit(unit_id, "".join(_content(p) for p in present if p is not None), final)
    except ValueError as exc:
        return XliffUnit(unit_id, None, final, str(exc))


def read_xliff(path: Path) -> XliffDocument:
    root = read_xml(path, "XLIFF")
    if _local(root.tag) != "xliff":
        raise InputError(
            message("{path}: not an XLIFF file (the root element is <{tag}>)", path=path, tag=_local(root.tag))
        )
    version = root.get("version", "")
    files = [e for e in root if _local(e.tag) == "file"]
    units: list[XliffUnit]
    if version.startswith("1."):
        units = _units_12(files)
        original = files[0].get("original") if files else None
        target_lang = files[0].get("target-language") if files else None
    elif version.startswith("2."):
        units = [_unit_20(e) for f in files for e in f.iter() if _local(e.tag) == "unit"]
        original = files[0].get("original") if files else None
        target_lang = root.get("trgLang")
    else:
        raise InputError(
            message("{path}: XLIFF version {version!r} is not read here; use 1.2 or 2.x", path=path, version=version)
        )
    lines = start_lines(path, ("trans-unit", "unit"))
    if len(lines) == len(units):
        units = [replace(unit, line=line) for unit, line in zip(units, lines, strict=True)]
    return XliffDocument(version, original, target_lang, units)
