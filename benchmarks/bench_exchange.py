"""Exchange without loss: files other tools wrote, through import, export and re-import.

For each TMX fixture in ``tests/fixtures/exchange``: import it into a new project of its languages,
export the pairs as TMX, and compare each unit that came in with the unit that went out:

- each segment's content in canonical XML (C14N 2.0): the same characters, inline codes with the same
  attributes, the same whitespace; how XML spells them (``>`` or ``&gt;``, attribute order) aside;
- the unit's attributes, notes and props, and each ``<tuv>``'s;
- translate-toolkit's reading of both files, unit by unit;

then import the export into the same project again, which must add nothing.

For XLIFF and TBX, see :func:`xliff_rows` and :func:`tbx_rows`.  Prints JSON: one row per file.
"""

from __future__ import annotations

import json
import re
import sys
import tempfile
import xml.etree.ElementTree as ET  # noqa: N817 - our own fixtures, parsed to compare
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "tests" / "fixtures" / "exchange"
sys.path.insert(0, str(REPO))

from amts_gui.core.parallel.languages import pick_sides  # noqa: E402
from amts_gui.core.parallel.project_pairs import export_project_pairs, import_pairs  # noqa: E402
from amts_gui.core.parallel.tmx import pair_text  # noqa: E402
from amts_gui.core.project.store import Store  # noqa: E402

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
# file -> (the tool that wrote it, the project's source and target language)
TMX_FILES = {
    "omegat-level2.tmx": ("OmegaT 6.0 (level 2 TMX)", "en", "zh-CN"),
    "okapi-rainbow.tmx": ("Okapi Rainbow 1.47", "en-US", "de-DE"),
    "trados-studio.tmx": ("SDL Trados Studio (TM8 export)", "en-US", "zh-CN"),
    "olifant.tmx": ("Olifant 2.0", "en", "zh"),
    "alignfactory.tmx": ("AlignFactory 4", "en-US", "zh-CN"),
    "translate-toolkit.tmx": ("translate-toolkit 3.20", "en", "zh-CN"),
    "regional-en-us-en-gb.tmx": ("Okapi Rainbow 1.47 (regional variants)", "en-US", "en-GB"),
}


def _canonical(element: ET.Element) -> str:
    tail, element.tail = element.tail, None
    try:
        return ET.canonicalize(ET.tostring(element, encoding="unicode"))
    finally:
        element.tail = tail


def _meta(element: ET.Element) -> list[tuple[str, dict[str, str], str]]:
    return [(c.tag, dict(c.attrib), c.text or "") for c in element if c.tag in ("note", "prop")]


def _tuvs(tu: ET.Element) -> list[ET.Element]:
    return [t for t in tu.findall("tuv") if t.find("seg") is not None and (t.get(XML_LANG) or t.get("lang"))]


def _key(tu: ET.Element, source: str, target: str) -> tuple[str, str] | None:
    """The pair a unit gives a project of these languages (None: it gives none)."""
    tuvs = _tuvs(tu)
    sides = pick_sides(source, target, [t.get(XML_LANG) or t.get("lang") or "" for t in tuvs])
    if sides is None:
        return None
    texts = tuple(pair_text("".join(tuvs[i].find("seg").itertext())) for i in sides)  # type: ignore[union-attr]
    return (texts[0], texts[1]) if all(texts) else None


def _unit_differences(before: ET.Element, after: ET.Element, source: str, target: str) -> list[str]:
    differs = []
    if before.attrib != after.attrib:
        differs.append("unit attributes")
    if _meta(before) != _meta(after):
        differs.append("unit notes or props")
    tuvs = _tuvs(before)
    sides = pick_sides(source, target, [t.get(XML_LANG) or t.get("lang") or "" for t in tuvs]) or ()
    written = _tuvs(after)
    for name, index, out in zip(("source", "target"), sides, written, strict=False):
        tuv = tuvs[index]
        if tuv.attrib != out.attrib:
            differs.append(f"{name} <tuv> attributes")
        if _meta(tuv) != _meta(out):
            differs.append(f"{name} <tuv> notes or props")
        if _canonical(tuv.find("seg")) != _canonical(out.find("seg")):  # type: ignore[arg-type]
            differs.append(f"{name} segment content")
    return differs


def _toolkit_texts(data: bytes) -> list[tuple[str | None, str | None]] | None:
    try:
        from translate.storage import tmx
    except ImportError:
        return None
    return [(u.source, u.target) for u in tmx.tmxfile.parsestring(data).units]  # type: ignore[no-untyped-call]


def tmx_row(name: str, workdir: Path) -> dict[str, Any]:
    """Import, export, compare and re-import one TMX fixture."""
    tool, source, target = TMX_FILES[name]
    path = FIXTURES / name
    store = Store.create(workdir / f"{name}.amts", source, target)
    imported = import_pairs(store, path)
    out = workdir / f"{name}.out.tmx"
    export_project_pairs(store, out, "tmx")
    before, after = _keyed(path, source, target), _keyed(out, source, target)
    units_in = sum(1 for _ in ET.parse(path).getroot().iter("tu"))
    differences: dict[str, list[str]] = {}
    for key, (_, tu) in before.items():
        found = after.get(key)
        differs = ["missing from the export"] if found is None else _unit_differences(tu, found[1], source, target)
        if differs:
            differences[f"{key[0][:40]}"] = differs
    toolkit_in, toolkit_out = _toolkit_texts(path.read_bytes()), _toolkit_texts(out.read_bytes())
    toolkit_same = None
    if toolkit_in is not None and toolkit_out is not None:  # unit by unit, as translate-toolkit reads them
        toolkit_same = all(toolkit_in[before[k][0]] == toolkit_out[n] for k, (n, _) in after.items() if k in before)
    again = import_pairs(store, out)
    store.close()
    return {
        "file": name,
        "tool": tool,
        "units_in": units_in,
        "pairs_imported": imported.added,
        "skipped_with_reason": [str(n) for n in imported.notes],
        "units_out": len(after),
        "units_out_identical": len(before) - len(differences),
        "differs": differences,
        "toolkit_reads_the_same": toolkit_same,
        "reimport_added": again.added,
    }


def _keyed(path: Path, source: str, target: str) -> dict[tuple[str, str], tuple[int, ET.Element]]:
    """The file's units that give a pair, by that pair: their position in the file and the unit."""
    found: dict[tuple[str, str], tuple[int, ET.Element]] = {}
    for number, tu in enumerate(ET.parse(path).getroot().iter("tu")):
        key = _key(tu, source, target)
        if key is not None:
            found.setdefault(key, (number, tu))
    return found


def tmx_rows() -> list[dict[str, Any]]:
    with tempfile.TemporaryDirectory() as tmp:
        return [tmx_row(name, Path(tmp)) for name in TMX_FILES]


# XLIFF files that came back from other tools, for the demo's new chapter (the ids are its segments')
XLIFF_FILES = {
    "translate-toolkit-1.2.xlf": "translate-toolkit 3.20 (units approved)",
    "okapi-1.2-segmented.xlf": "Okapi XLIFF filter 1.47 (seg-source, mrk segments)",
    "xliff-2.0-segments.xlf": "XLIFF 2.0 units of several segments, as the OASIS samples and Okapi write them",
    "duplicate-ids-1.2.xlf": "a unit id twice",
}
CHAPTER = "temperature-scaling.md"
_SEGMENT_MARKS = re.compile(r'<mrk mid="[^"]*" mtype="seg">|</mrk>')


def _target_content(unit: ET.Element) -> str | None:
    """A unit's translated content in canonical XML: its targets and the ignorables between them, joined
    (segment marks that 1.2 tools add around a whole target left out); None when it has no target."""
    parts, found = [], False
    for holder in [unit, *(c for c in unit if _local(c.tag) in ("segment", "ignorable"))]:
        target = next((c for c in holder if _local(c.tag) == "target"), None)
        if target is None and _local(holder.tag) == "ignorable":
            target = next((c for c in holder if _local(c.tag) == "source"), None)
        if target is not None:
            found = found or _local(target.tag) == "target"
            whole = ET.canonicalize(ET.tostring(target, encoding="unicode"))
            parts.append(whole[whole.index(">") + 1 : whole.rindex("</")])
    return _SEGMENT_MARKS.sub("", "".join(parts)) if found else None


def _local(tag: str) -> str:
    return tag.rpartition("}")[2]


def _units(root: ET.Element) -> dict[str, ET.Element]:
    found: dict[str, ET.Element] = {}
    for unit in root.iter():
        if _local(unit.tag) in ("trans-unit", "unit"):
            found.setdefault(unit.get("id", ""), unit)
    return found


def xliff_row(name: str, workdir: Path) -> dict[str, Any]:
    """Import one XLIFF file into the demo project, export the chapter in the file's version, compare each
    translated unit's content, and import the file again, which must change nothing."""
    from amts_gui.core.bilingual.xliff_import import import_xliff
    from amts_gui.core.bilingual.xliff_write import xliff_bytes
    from amts_gui.core.project.review import review_rows
    from amts_gui.demo.book import create_demo_project

    store = create_demo_project(workdir / f"{name}.amts", REPO / "resources" / "demo")
    path = FIXTURES / name
    first = import_xliff(store, path)
    root = ET.parse(path).getroot()
    version = "1.2" if root.get("version", "").startswith("1.") else "2.1"
    settings = store.settings()
    out = xliff_bytes(CHAPTER, review_rows(store, CHAPTER), settings.source_lang, settings.target_lang, version)
    before, after = _units(root), _units(ET.fromstring(out))
    translated = {k: c for k, u in before.items() if (c := _target_content(u)) is not None}
    differs = {k: "content" for k, c in translated.items() if _target_content(after[k]) != c}
    again = import_xliff(store, path)
    store.close()
    return {
        "file": name,
        "tool": XLIFF_FILES[name],
        "units_in": sum(1 for u in root.iter() if _local(u.tag) in ("trans-unit", "unit")),
        "translated_units_in": len(translated),
        "import": {"accepted": first.accepted, "edited": first.edited, "skipped": first.skipped},
        "problems": first.problems,
        "units_out_identical": len(translated) - len(differs),
        "differs": differs,
        "second_import": {"accepted": again.accepted, "edited": again.edited, "unchanged": again.unchanged},
    }


def xliff_rows() -> list[dict[str, Any]]:
    with tempfile.TemporaryDirectory() as tmp:
        return [xliff_row(name, Path(tmp)) for name in XLIFF_FILES]


def tbx_rows() -> list[dict[str, Any]]:
    """Each TBX fixture read, written as TBX and read again: entries in, entries back the same."""
    from amts_gui.core.terms.files import glossary_bytes, read_glossary_file

    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, langs in TBX_FILES.items():
            glossary = read_glossary_file(FIXTURES / name, *langs)
            out = Path(tmp) / name
            out.write_bytes(glossary_bytes(glossary.entries, "tbx", *langs, "bench"))
            back = read_glossary_file(out, *langs)
            same = sum(1 for a, b in zip(glossary.entries, back.entries, strict=False) if a == b)
            rows.append(
                {
                    "file": name,
                    "entries_in": len(glossary.entries),
                    "entries_back_identical": same,
                    "said": glossary.notes,
                }
            )
    return rows


TBX_FILES = {"okapi-tbx-basic.tbx": ("en", "zh-CN"), "tbx-v3-basic.tbx": ("en", "zh")}


def _memory(path: Path, units: int) -> None:
    """A memory of ``units`` units with inline codes, as a TM of a whole book is."""
    body = "".join(
        f'<tu tuid="{n}"><prop type="x-Origin">TM</prop><tuv xml:lang="en"><seg>Sentence {n} with '
        f'<bpt i="1" x="1">&lt;b&gt;</bpt>bold {n}<ept i="1">&lt;/b&gt;</ept> text.</seg></tuv>'
        f'<tuv xml:lang="zh"><seg>第{n}句有<bpt i="1" x="1">&lt;b&gt;</bpt>粗体{n}<ept i="1">&lt;/b&gt;</ept>文字。'
        "</seg></tuv></tu>\n"
        for n in range(units)
    )
    path.write_text(f'<tmx version="1.4"><header srclang="en"/><body>\n{body}</body></tmx>', encoding="utf-8")


def speed(units: int = 20_000) -> dict[str, Any]:
    """Import and export of a large memory, each as a ratio to parsing the same file (the anchor)."""
    import time

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "memory.tmx"
        _memory(path, units)
        begin = time.perf_counter()
        ET.parse(path)
        anchor = time.perf_counter() - begin
        store = Store.create(Path(tmp) / "p.amts", "en", "zh")
        begin = time.perf_counter()
        import_pairs(store, path)
        imported = time.perf_counter() - begin
        begin = time.perf_counter()
        export_project_pairs(store, Path(tmp) / "out.tmx", "tmx")
        exported = time.perf_counter() - begin
        store.close()
    return {
        "units": units,
        "parse_s": round(anchor, 3),
        "import_vs_parse": round(imported / anchor, 1),
        "export_vs_parse": round(exported / anchor, 1),
    }


def main() -> None:
    result: dict[str, Any] = {"tmx": tmx_rows(), "xliff": xliff_rows(), "tbx": tbx_rows()}
    if "--no-speed" not in sys.argv:
        result["speed"] = speed()
    result["summary"] = summary(result)
    print(json.dumps(result, ensure_ascii=False, indent=1))


def summary(result: dict[str, Any]) -> dict[str, Any]:
    """Units out identical as a share of the units that went out (TMX, XLIFF), entries back the same (TBX),
    and the speed ratios."""
    tmx_out = sum(r["units_out"] for r in result["tmx"])
    xliff_out = sum(r["translated_units_in"] - len(r["differs"]) for r in result["xliff"])
    tbx_in = sum(r["entries_in"] for r in result["tbx"])
    figures = {
        "tmx_identical_share": sum(r["units_out_identical"] for r in result["tmx"]) / tmx_out,
        "xliff_identical_share": sum(r["units_out_identical"] for r in result["xliff"]) / xliff_out,
        "tbx_identical_share": sum(r["entries_back_identical"] for r in result["tbx"]) / tbx_in,
        "reimport_added": sum(r["reimport_added"] for r in result["tmx"]),
    }
    if "speed" in result:
        figures |= {k: result["speed"][k] for k in ("import_vs_parse", "export_vs_parse")}
    return figures


if __name__ == "__main__":
    main()
