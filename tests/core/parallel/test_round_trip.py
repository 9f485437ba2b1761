"""Files other tools wrote (``tests/fixtures/exchange``, see its README) through import, export and
re-import: every segment goes back out as it came in, and nothing is added twice."""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET  # noqa: N817 - our own output, parsed to look at it

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from amts_gui.core.parallel.formats import read_pairs_file
from amts_gui.core.parallel.languages import pick_sides, same_text
from amts_gui.core.parallel.project_pairs import export_project_pairs, import_pairs
from amts_gui.core.project.pairs import list_pairs
from amts_gui.core.project.store import Store
from tests.conftest import REPO

sys.path.insert(0, str(REPO / "benchmarks"))
from bench_exchange import FIXTURES, TMX_FILES, tmx_row  # noqa: E402

pytest.importorskip("translate.storage.tmx")


@pytest.mark.parametrize("name", list(TMX_FILES))
def test_each_tmx_goes_back_out_unit_for_unit_and_adds_nothing_when_read_again(name, tmp_path):
    row = tmx_row(name, tmp_path)
    assert row["pairs_imported"] >= 2
    assert row["differs"] == {}
    assert row["units_out_identical"] == row["units_out"] == row["pairs_imported"]
    assert row["toolkit_reads_the_same"] is True
    assert row["reimport_added"] == 0


def _export(store: Store, tmp_path) -> str:
    out = tmp_path / "out.tmx"
    export_project_pairs(store, out, "tmx")
    return out.read_text(encoding="utf-8")


def test_whitespace_around_codes_is_not_touched(tmp_path):
    store = Store.create(tmp_path / "p.amts", "en", "zh-CN")
    import_pairs(store, FIXTURES / "omegat-level2.tmx")
    written = _export(store, tmp_path)
    assert (
        '<seg>The big <bpt i="0" x="0">&lt;b0&gt;</bpt>black<ept i="0">&lt;/b0&gt;</ept> '
        '<bpt i="1" x="1">&lt;u1&gt;</bpt>cat<ept i="1">&lt;/u1&gt;</ept> sleeps.</seg>'
    ) in written
    assert '<seg><bpt i="0" x="0">&lt;i0&gt;</bpt>Softmax' in written  # no line break before a first code
    pairs = {p.source for p in list_pairs(store)}
    assert "The big <b0>black</b0> <u1>cat</u1> sleeps." in pairs


def test_empty_codes_codes_on_literal_markup_and_hi_go_back_where_they_were(tmp_path):
    store = Store.create(tmp_path / "p.amts", "en-US", "de-DE")
    import_pairs(store, FIXTURES / "okapi-rainbow.tmx")
    written = _export(store, tmp_path)
    assert '<seg>Picture: <ph x="1" type="image" /></seg>' in written
    assert '<seg>3 <bpt i="5" x="5" />xx<ept i="5">&lt;/z&gt;</ept> apples</seg>' in written
    assert '<seg>The tag &lt;b&gt; makes <bpt i="1" x="1" type="bold">&lt;b&gt;</bpt>bold' in written
    assert '<hi type="x-link">Datei <ph x="3">&gt;</ph> Speichern</hi>' in written
    assert '<tu tuid="Bold_s01">' in written


def test_unit_and_variant_attributes_notes_and_props_are_written_back(tmp_path):
    store = Store.create(tmp_path / "p.amts", "en", "zh")
    import_pairs(store, FIXTURES / "olifant.tmx")
    root = ET.fromstring(_export(store, tmp_path))
    first = root.find("body/tu")
    assert first is not None and first.attrib == {
        "tuid": "1",
        "datatype": "html",
        "usagecount": "4",
        "lastusagedate": "20240501T120000Z",
    }
    assert first.findtext("note") == "Reviewed by the terminologist."
    source, target = first.findall("tuv")
    assert source.get("creationdate") == "20240101T080000Z" and source.findtext("prop") == "source checked"
    assert target.findtext("note") == "暂退法为社区译名"
    spaced = root.findall("body/tu")[3].find("tuv/seg")
    assert spaced is not None and spaced.text == "   Leading and trailing spaces are content.   "


def test_one_tuv_never_serves_both_sides(tmp_path):
    found = read_pairs_file(FIXTURES / "regional-en-us-en-gb.tmx", "en-US", "en-GB")
    assert found.pairs == [("First Entry - US English", "First Entry - UK English"), ("Color", "Colour")]
    assert [str(n) for n in found.notes] == [
        "skipped: TMX unit 2 (line 6): no en-US (has en-GB)",
        "skipped: TMX unit 3 (line 7): no en-GB (has en-US)",
    ]
    assert all(source != target for source, target in found.pairs)


def test_two_tuv_of_one_language_are_said_and_the_first_is_taken(tmp_path):
    found = read_pairs_file(FIXTURES / "olifant.tmx", "en", "zh")
    assert ("Batch size", "批量大小") in found.pairs
    assert [str(n) for n in found.notes] == ["altered: TMX unit 3 (line 6): 2 <tuv> of zh; the first is taken"]


def test_a_pair_twice_in_one_file_is_said_once_and_added_once(tmp_path):
    path = tmp_path / "twice.tmx"
    unit = '<tu><tuv xml:lang="en"><seg>Same.</seg></tuv><tuv xml:lang="zh"><seg>相同。</seg></tuv></tu>'
    path.write_text(f'<tmx version="1.4"><header srclang="en"/><body>{unit}{unit}</body></tmx>', encoding="utf-8")
    found = read_pairs_file(path, "en", "zh")
    assert found.pairs == [("Same.", "相同。")]
    assert [str(n) for n in found.notes] == ["skipped: TMX unit 2 (line 1): the same pair as TMX unit 1 (line 1)"]


def test_a_csv_pair_twice_is_said_with_its_line(tmp_path):
    path = tmp_path / "twice.csv"
    path.write_text("en,zh\nSame.,相同。\nOther.,其他。\nSame.,相同。\n", encoding="utf-8")
    found = read_pairs_file(path, "en", "zh")
    assert found.pairs == [("Same.", "相同。"), ("Other.", "其他。")]
    assert [str(n) for n in found.notes] == ["skipped: line 4: the same pair as line 2"]


TAGS = ["en", "en-US", "en-GB", "EN-US", "zh", "zh-CN", "zh-TW", "zh-Hant", "de", "en_GB"]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(TAGS), max_size=5),
    st.sampled_from(["en", "en-US", "zh-CN"]),
    st.sampled_from(["en-GB", "zh", "zh-TW", "de"]),
)
def test_the_two_sides_of_a_pair_never_come_from_one_variant(tags, source, target):
    sides = pick_sides(source, target, tags)
    if sides is None:
        return
    source_at, target_at = sides
    assert source_at != target_at
    assert same_text(source, tags[source_at]) and same_text(target, tags[target_at])
    exact = [i for i, t in enumerate(tags) if t.replace("_", "-").lower() == target.lower()]
    if exact and source_at not in exact:
        assert target_at in exact  # an exact tag is never passed over for a regional one
