"""TMX 1.4b on its own: what we write, and how units written by other tools are read."""

from __future__ import annotations

import xml.etree.ElementTree as ET  # noqa: N817

import pytest

from amts_gui.core.errors import InputError
from amts_gui.core.parallel import tmx
from amts_gui.core.parallel.tmx import TmxUnit, read_tmx, tmx_bytes, tmx_date
from amts_gui.core.parallel.xml_files import XML_LANG, xml_safe

HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header srclang="en"/><body>'
TAIL = "</body></tmx>"


def write(tmp_path, body: str, name: str = "m.tmx"):
    path = tmp_path / name
    path.write_text(HEAD + body + TAIL, encoding="utf-8")
    return path


def units(tmp_path, body: str) -> list[TmxUnit]:
    return list(read_tmx(write(tmp_path, body)))


# -- writing --------------------------------------------------------------------------------------
def test_tmx_dates_are_utc_whatever_the_offset_of_the_stamp():
    assert tmx_date("2026-03-01T10:20:30.123+00:00") == "20260301T102030Z"
    assert tmx_date("2026-03-01T10:20:30+08:00") == "20260301T022030Z"  # Beijing time, 8 h ahead
    assert tmx_date("2026-03-01T23:30:00-02:00") == "20260302T013000Z"  # across midnight
    assert tmx_date("2026-03-01T10:20:30") == "20260301T102030Z"  # no offset: taken as UTC


def test_control_characters_are_removed_and_the_rest_kept():
    assert xml_safe("a\x00b\x08c\x0bd\x0ce\x1ff\ufffeg\uffffh") == "abcdefgh"
    assert xml_safe("tab\tnew\nline\rok 中文 ⟦1⟧") == "tab\tnew\nline\rok 中文 ⟦1⟧"


def test_the_written_document_has_the_header_other_tools_read():
    data = tmx_bytes(
        [("Hello\x07.", "你好。"), ("Bye.", "再见。")],
        "en",
        "zh",
        segtype="sentence",
        tool_version="9.9",
        changedates=["2026-01-02T03:04:05+01:00", None],
    )
    assert data.startswith(b'<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">')
    root = ET.fromstring(data)
    header = root.find("header")
    assert header is not None and header.attrib == {
        "creationtool": "AMTS Studio",
        "creationtoolversion": "9.9",
        "segtype": "sentence",
        "o-tmf": "AMTS",
        "adminlang": "en",
        "srclang": "en",
        "datatype": "plaintext",
    }
    tus = root.findall("body/tu")
    assert [tu.get("changedate") for tu in tus] == ["20260102T020405Z", None]
    assert [[(tuv.get(XML_LANG), tuv.findtext("seg")) for tuv in tu] for tu in tus] == [
        [("en", "Hello."), ("zh", "你好。")],  # the bell character cannot be carried by XML 1.0
        [("en", "Bye."), ("zh", "再见。")],
    ]


def test_written_units_read_back_with_their_dates(tmp_path):
    path = tmp_path / "round.tmx"
    path.write_bytes(
        tmx_bytes(
            [("A <b> & c.", "甲 <b> & 丙。")],
            "en",
            "zh-CN",
            segtype="paragraph",
            tool_version="1",
            changedates=["2026-05-06T07:08:09+00:00"],
        )
    )
    assert [(u.number, u.texts, u.changedate) for u in read_tmx(path)] == [
        (1, {"en": "A <b> & c.", "zh-CN": "甲 <b> & 丙。"}, "20260506T070809Z")
    ]


# -- reading ----------------------------------------------------------------------------------------
def test_native_codes_stand_in_the_text_by_offset_and_wrappers_keep_their_text(tmp_path):
    found = units(
        tmp_path,
        '<tu><tuv xml:lang="en"><seg><ph x="1">&lt;br/&gt;</ph>Click <hi>here</hi> now'
        '<it pos="begin">&lt;i&gt;</it>.</seg></tuv>'
        '<tuv xml:lang="zh"><seg>现在<ut>{\\b}</ut>点<hi type="b">这里</hi>'
        '<x:ph xmlns:x="urn:x">NS</x:ph>。<ph/></seg></tuv></tu>',
    )
    [unit] = found
    assert unit.texts == {"en": "<br/>Click here now<i>.", "zh": "现在{\\b}点这里NS。"}  # no text lost
    en, zh = (v.inline.events for v in unit.variants)
    assert en == (
        ["code", 0, 5, '<ph x="1">&lt;br/&gt;</ph>'],
        ["open", 11, "hi", {}],
        ["close", 15],
        ["code", 19, 3, '<it pos="begin">&lt;i&gt;</it>'],
    )
    assert zh == (
        ["code", 2, 4, "<ut>{\\b}</ut>"],
        ["open", 7, "hi", {"type": "b"}],
        ["close", 9],
        ["code", 9, 2, '<ns0:ph xmlns:ns0="urn:x">NS</ns0:ph>'],
        ["code", 12, 0, "<ph />"],  # an empty code is a code too
    )


def test_units_are_numbered_and_a_creationdate_stands_in_for_a_missing_changedate(tmp_path):
    found = units(
        tmp_path,
        """<tu creationdate="20250101T000000Z"><tuv xml:lang="en"><seg>One.</seg></tuv></tu>
           <tu changedate="20260101T000000Z" creationdate="20250101T000000Z">
             <tuv xml:lang="en"><seg>Two.</seg></tuv></tu>
           <tu><tuv xml:lang="en"><seg>Three.</seg></tuv></tu>""",
    )
    assert [(u.number, u.changedate) for u in found] == [
        (1, "20250101T000000Z"),
        (2, "20260101T000000Z"),
        (3, None),
    ]


def test_variants_without_a_language_or_a_seg_are_passed_over(tmp_path):
    found = units(
        tmp_path,
        """<tu><tuv><seg>no language</seg></tuv><tuv xml:lang="de"><note>no seg</note></tuv>
               <tuv lang="fr"><seg>Bonjour.</seg></tuv><tuv xml:lang="en"><seg></seg></tuv></tu>""",
    )
    assert [(u.number, u.texts, u.changedate) for u in found] == [(1, {"fr": "Bonjour.", "en": ""}, None)]


def test_a_missing_file_and_a_file_over_the_limit_are_refused_with_the_reason(tmp_path, monkeypatch):
    with pytest.raises(InputError) as missing:
        read_tmx(tmp_path / "gone.tmx")
    assert str(missing.value) == f"{tmp_path / 'gone.tmx'}: cannot read (No such file or directory)"
    path = write(tmp_path, "<tu/>" * (3 * 1024 * 1024 // 5), "big.tmx")
    size = path.stat().st_size
    monkeypatch.setattr(tmx, "MAX_TMX_BYTES", size)
    assert [(u.number, u.variants) for u in read_tmx(path)] == [(i + 1, ()) for i in range(3 * 1024 * 1024 // 5)]
    monkeypatch.setattr(tmx, "MAX_TMX_BYTES", 2 * 1024 * 1024)
    with pytest.raises(InputError) as over:
        read_tmx(path)
    assert str(over.value) == f"{path}: 3 MB is over the 2 MB limit; split it into several files"


def test_a_dtd_is_refused_with_a_message_that_says_what_to_do(tmp_path):
    path = tmp_path / "dtd.tmx"
    path.write_text('<!DOCTYPE tmx [<!ENTITY a "x">]><tmx><body/></tmx>', encoding="utf-8")
    with pytest.raises(InputError) as refused:
        list(read_tmx(path))
    assert str(refused.value) == (
        f"{path}: refused: the file declares a DTD subset or XML entities (DTDForbidden), which can be used to "
        "attack the parser; TMX needs neither — export it again without them"
    )


def test_units_are_read_only_from_the_body(tmp_path):
    path = tmp_path / "header.tmx"
    path.write_text(
        '<tmx version="1.4"><header srclang="en"><tu><tuv xml:lang="en"><seg>In the header.</seg></tuv></tu>'
        '</header><body><tu><tuv xml:lang="en"><seg>In the body.</seg></tuv></tu></body></tmx>',
        encoding="utf-8",
    )
    assert [(u.number, u.texts) for u in read_tmx(path)] == [(1, {"en": "In the body."})]
