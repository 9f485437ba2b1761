"""XLIFF out to other CAT tools and back: files read and changed by translate-toolkit, units as OmegaT
and Okapi write them (``<x/>`` codes, ``<g>`` wrappers), and the review pane's QA gate on the way in."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from amts_gui.cli.main import main
from amts_gui.core.bilingual.xliff_import import import_xliff
from amts_gui.core.bilingual.xliff_write import XLIFF_20, xliff_bytes
from amts_gui.core.errors import InputError
from amts_gui.core.project.review import State, review_rows

xliff = pytest.importorskip("translate.storage.xliff")
NEW = "temperature-scaling.md"
NS20 = {"x": XLIFF_20}


def export(store, version: str = "1.2") -> bytes:
    settings = store.settings()
    return xliff_bytes(NEW, review_rows(store, NEW), settings.source_lang, settings.target_lang, version)


def test_an_export_reads_in_translate_toolkit_one_unit_per_segment(demo_store):
    rows = review_rows(demo_store, NEW)
    document = xliff.xlifffile.parsestring(export(demo_store))
    units = [u for u in document.units if not u.isheader()]
    assert [u.getid().removeprefix(NEW + "\x04") for u in units] == [r.id for r in rows]
    with_math = next(i for i, r in enumerate(rows) if "$T$" in r.markup)
    assert "$T$" in units[with_math].source  # the placeholder carries its Markdown
    drafted = next(i for i, r in enumerate(rows) if r.state == State.DRAFT)
    assert units[drafted].target == rows[drafted].target and "draft: TM" in units[drafted].getnotes()
    assert not any("```" in u.source for u in units)  # code cells are not segments: not in the file


def test_a_file_changed_in_translate_toolkit_comes_back_as_edits_and_accepts(demo_store, tmp_path):
    rows = review_rows(demo_store, NEW)
    document = xliff.xlifffile.parsestring(export(demo_store))
    units = {u.getid().removeprefix(NEW + "\x04"): u for u in document.units if not u.isheader()}
    title = rows[0]
    plain = next(
        r for r in rows[1:] if r.state == State.UNTRANSLATED and not r.markup and not any(c.isdigit() for c in r.source)
    )
    units[title.id].target = "温度缩放"
    next(e for e in units[title.id].xmlelement if str(e.tag).endswith("target")).set("state", "final")
    units[plain.id].target = "译员在别的工具里写的译文。"
    units[plain.id].markapproved(False)  # translate-toolkit approves a unit whose target it sets
    path = tmp_path / "back.xlf"
    path.write_bytes(bytes(document))
    report = import_xliff(demo_store, path)
    assert (report.accepted, report.edited, report.skipped, report.problems) == (1, 1, 0, [])
    after = {r.id: r for r in review_rows(demo_store, NEW)}
    assert after[title.id].state == State.ACCEPTED and after[title.id].final == "温度缩放"
    assert after[plain.id].state == State.EDITED and after[plain.id].final == "译员在别的工具里写的译文。"
    again = import_xliff(demo_store, path)
    assert (again.accepted, again.edited, again.unchanged) == (0, 0, len(rows))  # nothing new the second time


@pytest.mark.parametrize("version", ["1.2", "2.1"])
def test_a_final_that_lost_a_placeholder_is_kept_as_an_edit_and_reported(demo_store, tmp_path, version):
    row = next(r for r in review_rows(demo_store, NEW) if len(r.markup) == 3)
    root = ET.fromstring(export(demo_store, version))
    unit = next(e for e in root.iter() if e.get("id") == row.id)
    if version == "1.2":
        target = next(e for e in unit if e.tag.endswith("target"))
        target.set("state", "final")
        ph = '<ph id="1">:eqref:`eq_temperature_scaling`</ph>'
    else:
        segment = unit.find("x:segment", NS20)
        segment.set("state", "final")
        target = segment.find("x:target", NS20)
        ph = '<ph id="1" dataRef="d1"/>'
    for child in list(target):
        target.remove(child)
    namespace = root.tag[1:].partition("}")[0]
    replacement = ET.fromstring(f'<target xmlns="{namespace}">如{ph}所示，较大的T会降低置信度。</target>')
    target.text, target[:] = replacement.text, list(replacement)
    path = tmp_path / f"lost.{version}.xlf"
    path.write_bytes(ET.tostring(root, encoding="utf-8"))
    report = import_xliff(demo_store, path)
    assert report.accepted == 0 and report.edited == 1
    where = f"unit {row.id} (#{row.number})"
    assert report.problems == [
        f"{where}: missing placeholder: ⟦2⟧ $T$",
        f"{where}: missing placeholder: ⟦3⟧ $T$",
        f"{where}: not accepted (missing placeholder: ⟦2⟧ $T$; missing placeholder: ⟦3⟧ $T$); kept as an edit",
    ]
    stored = next(r for r in review_rows(demo_store, NEW) if r.id == row.id)
    assert stored.state == State.EDITED and stored.final == "如⟦1⟧所示，较大的T会降低置信度。"


def test_units_as_omegat_and_okapi_write_them(demo_store, tmp_path):
    rows = review_rows(demo_store, NEW)
    math = next(r for r in rows if r.state == State.UNTRANSLATED and len(r.markup) == 1)
    doc = f"""<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
 <file original="{NEW}" source-language="en" target-language="zh-CN" datatype="x-markdown"><body>
  <trans-unit id="{math.id}"><source>…</source>
   <target state="translated"><g id="g1">我们在留出数据上拟合</g><x id="1"/>。</target></trans-unit>
  <trans-unit id="no-such-segment"><source>x</source><target>y</target></trans-unit>
  <trans-unit id="{rows[0].id}"><source>…</source>
   <target state="final">温度<ph id="omegat-1">b</ph></target></trans-unit>
 </body></file></xliff>"""
    path = tmp_path / "omegat.xlf"
    path.write_text(doc, encoding="utf-8")
    report = import_xliff(demo_store, path)
    assert report.edited == 1 and report.skipped == 2
    assert report.problems == [
        f"unit no-such-segment: not a segment of {NEW} (was the chapter re-imported?)",
        f"unit {rows[0].id} (#1): <ph id='omegat-1'> is not one of the file's placeholders",
    ]
    stored = next(r for r in review_rows(demo_store, NEW) if r.id == math.id)
    assert stored.final == "我们在留出数据上拟合⟦1⟧。"


def test_the_cli_round_trip_and_bad_files(demo_store, tmp_path, capsys):
    project = str(demo_store.path)
    out = tmp_path / "t.xlf"
    assert main(["xliff", "export", project, "--chapter", NEW, "--out", str(out), "--version", "2.1"]) == 0
    assert "XLIFF 2.1, 28 units (15 untranslated, 13 draft, 0 edited, 0 accepted)" in capsys.readouterr().out
    assert main(["xliff", "import", project, str(out)]) == 0
    assert capsys.readouterr().out.strip().splitlines() == [
        f"{NEW}: 0 accepted, 0 edited, 28 unchanged, 0 skipped; 0 problems",
        f"nothing changed: {NEW} already has every translation this file holds",
    ]
    bad = {
        "tw.xlf": ('<xliff version="1.2"><file original="x" target-language="zh-TW"><body/></file></xliff>', ""),
        "evil.xlf": ('<!DOCTYPE x [<!ENTITY a "b">]><xliff version="1.2"/>', "refused"),
        "v3.xlf": ('<xliff version="3.0"/>', "XLIFF version '3.0' is not read here"),
        "html.xlf": ("<html/>", "not an XLIFF file"),
    }
    for name, (text, expected) in bad.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        assert main(["xliff", "import", project, str(tmp_path / name)]) == 2
        err = capsys.readouterr().err
        assert err.startswith("amts: error: ") and expected in err and err.count("\n") == 1
    (tmp_path / "tw.xlf").write_text(
        f'<xliff version="1.2"><file original="{NEW}" target-language="zh-TW"><body/></file></xliff>', "utf-8"
    )
    with pytest.raises(InputError, match="its target language is zh-TW, the project's is zh"):
        import_xliff(demo_store, Path(tmp_path / "tw.xlf"))


def _finals(store, tmp_path, texts: dict[str, str]) -> Path:
    """The chapter exported as XLIFF 1.2 with these units' targets set and marked final."""
    root = ET.fromstring(export(store, "1.2"))
    for unit in root.iter():
        if unit.get("id") in texts:
            namespace = unit.tag[1:].partition("}")[0]
            target = next((e for e in unit if e.tag.endswith("target")), None)
            target = target if target is not None else ET.SubElement(unit, f"{{{namespace}}}target")
            target.set("state", "final")
            target.text = texts[unit.get("id")]
    path = tmp_path / f"finals-{len(list(tmp_path.iterdir()))}.xlf"
    path.write_bytes(ET.tostring(root, encoding="utf-8"))
    return path


def test_a_final_equal_to_an_edit_not_accepted_is_accepted_not_taken_as_unchanged(demo_store, tmp_path):
    from amts_gui.core.project.finals import save_edit

    row = next(r for r in review_rows(demo_store, NEW) if not r.markup)
    save_edit(demo_store, row.id, "已编辑但未接受的译文。")  # edited at the desk, not accepted
    report = import_xliff(demo_store, _finals(demo_store, tmp_path, {row.id: "已编辑但未接受的译文。"}))
    stored = next(r for r in review_rows(demo_store, NEW) if r.id == row.id)
    assert (report.accepted, report.unchanged > 0, stored.state) == (1, True, State.ACCEPTED)


def test_a_final_refused_for_a_glossary_term_names_the_term(demo_store, tmp_path):
    from amts_gui.core.project.term_senses import ASK_ON_TERMS
    from amts_gui.core.project.terms import save_terms
    from amts_gui.core.text.terms import TermEntry

    row = next(r for r in review_rows(demo_store, NEW) if not r.markup and "temperature" in r.source.lower())
    save_terms(demo_store, [TermEntry("temperature", ("温度",))])
    demo_store.set_settings({ASK_ON_TERMS: "1"})  # an accept with a term finding asks: the import cannot
    report = import_xliff(demo_store, _finals(demo_store, tmp_path, {row.id: "没有那个术语的译文。"}))
    [refusal] = [p for p in report.problems if p.startswith(f"unit {row.id}")]
    assert "not accepted (term not translated as the glossary says" in refusal and refusal.endswith("kept as an edit")
    assert report.edited == 1 and report.accepted == 0
