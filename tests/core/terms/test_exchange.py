"""Glossaries as TBX and TMX: ours read back whole, and files as translate-toolkit writes and reads them."""

from __future__ import annotations

import xml.etree.ElementTree as ET  # noqa: N817 - our own output, parsed to look at it

import pytest

from amts_gui.cli.main import main
from amts_gui.core.errors import InputError
from amts_gui.core.project.terms import list_terms
from amts_gui.core.terms.files import glossary_bytes, read_glossary
from amts_gui.core.text.terms import TermEntry

translate_storage = pytest.importorskip("translate.storage", reason="translate-toolkit is in the test extra")

ENTRIES = [
    TermEntry("saddle point", ("鞍点",), forbidden=("马鞍点",), note="optimization"),
    TermEntry("accuracy", ("准确率", "精度")),
    TermEntry("PyTorch", (), do_not_translate=True, case_sensitive=True),
    TermEntry("a < b & c", ("甲 < 乙 & 丙",)),  # XML's special characters
]


def _write(tmp_path, fmt: str, entries=ENTRIES):
    path = tmp_path / f"glossary.{fmt}"
    path.write_bytes(glossary_bytes(entries, fmt, "en", "zh-CN", "9.9"))
    return path


def test_tbx_comes_back_with_preferred_and_forbidden_targets_and_notes(tmp_path):
    path = _write(tmp_path, "tbx")
    text = path.read_text(encoding="utf-8")
    assert 'type="TBX-Basic"' in text and "deprecatedTerm-admn-sts" in text and "preferredTerm-admn-sts" in text
    back = {e.source: e for e in read_glossary(path, "en", "zh")}  # zh-CN in the file serves zh
    assert back["saddle point"] == TermEntry("saddle point", ("鞍点",), ("马鞍点",), "optimization")
    assert back["accuracy"].targets == ("准确率", "精度")
    assert back["PyTorch"].do_not_translate and back["PyTorch"].preferred == "PyTorch"
    assert back["a < b & c"].targets == ("甲 < 乙 & 丙",)


def test_translate_toolkit_reads_our_tbx_and_we_read_its(tmp_path):
    from translate.storage import tbx

    ours = tbx.tbxfile.parsestring(_write(tmp_path, "tbx").read_bytes())
    assert {(u.source, u.target) for u in ours.units} >= {("saddle point", "鞍点"), ("accuracy", "准确率")}
    theirs = tbx.tbxfile(sourcelanguage="en", targetlanguage="zh")
    for source, target in (("saddle point", "鞍点"), ("tokenization", "词元化")):
        theirs.addsourceunit(source).target = target
    path = tmp_path / "toolkit.tbx"
    path.write_bytes(bytes(theirs))
    assert {(e.source, e.targets) for e in read_glossary(path, "en", "zh")} == {
        ("saddle point", ("鞍点",)),
        ("tokenization", ("词元化",)),
    }


TBX_2019 = """<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
  <tbxHeader><fileDesc><sourceDesc><p>a TBX 2019 file</p></sourceDesc></fileDesc></tbxHeader>
  <text><body>
    <conceptEntry id="c1">
      <descrip type="definition">a point where the gradient vanishes</descrip>
      <langSec xml:lang="en"><termSec><term>saddle point</term></termSec></langSec>
      <langSec xml:lang="zh">
        <termSec><term>马鞍点</term><termNote type="administrativeStatus">forbidden</termNote></termSec>
        <termSec><term>鞍点</term><termNote type="administrativeStatus">preferred</termNote></termSec>
      </langSec>
    </conceptEntry>
    <conceptEntry id="c2"><langSec xml:lang="fr"><termSec><term>point selle</term></termSec></langSec></conceptEntry>
  </body></text>
</tbx>
"""


def test_tbx_2019_names_and_statuses_are_read(tmp_path):
    path = tmp_path / "new.tbx"
    path.write_text(TBX_2019, encoding="utf-8")
    [entry] = read_glossary(path, "en", "zh")
    assert entry == TermEntry("saddle point", ("鞍点",), ("马鞍点",), "a point where the gradient vanishes")


def test_tmx_glossary_gathers_targets_and_translate_toolkit_reads_it(tmp_path):
    from translate.storage import tmx

    path = _write(tmp_path, "tmx")
    units = [(u.source, u.target) for u in tmx.tmxfile.parsefile(str(path)).units]
    assert ("accuracy", "准确率") in units and ("accuracy", "精度") in units and ("PyTorch", "PyTorch") in units
    back = {e.source: e for e in read_glossary(path, "en", "zh")}
    assert back["accuracy"].targets == ("准确率", "精度") and back["PyTorch"].do_not_translate
    assert back["saddle point"].forbidden == ()  # TMX cannot say "do not use"


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("root.tbx", "<?xml version='1.0'?><tmx version='1.4'/>", "not a TBX file (the root element is <tmx>)"),
        ("broken.tbx", "<martif><text><body><termEntry>", "broken.tbx: not well-formed XML at line 1, column 32"),
        (
            "bomb.tbx",
            '<?xml version="1.0"?><!DOCTYPE m [<!ENTITY a "aaaa">]><martif>&a;</martif>',
            "bomb.tbx",
        ),
        ("french.tbx", TBX_2019.replace('xml:lang="zh"', 'xml:lang="fr"'), "no term entry has both en and zh terms"),
    ],
)
def test_a_bad_tbx_is_one_line_and_nothing_is_imported(project, tmp_path, capsys, name, content, expected):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError):
        read_glossary(path, "en", "zh")
    assert main(["terms", "import", str(project.path), str(path)]) == 2
    err = capsys.readouterr().err
    assert expected in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert list_terms(project) == []


@pytest.mark.parametrize(
    ("fmt", "counts"),
    [("tbx", "0 new, 0 replaced, 4 unchanged"), ("tmx", "0 new, 2 replaced, 2 unchanged")],  # TMX: no notes
)
def test_the_cli_exports_and_imports_tbx_and_tmx(project, tmp_path, capsys, fmt, counts):
    from amts_gui.core.project.terms import save_terms

    save_terms(project, ENTRIES)
    out = tmp_path / f"out.{fmt}"
    assert main(["terms", "export", str(project.path), "--out", str(out)]) == 0
    assert capsys.readouterr().out.strip() == f"wrote {out}: 4 terms"
    assert main(["terms", "import", str(project.path), str(out)]) == 0
    assert capsys.readouterr().out.strip() == f"imported 4 terms from {out}: {counts}"


# -- files other tools wrote, and what a reader must say (issue 32) ----------------------------------------
FIXTURES = __import__("tests.conftest", fromlist=["REPO"]).REPO / "tests" / "fixtures" / "exchange"


def test_a_tbx_round_trip_keeps_the_case_flag_and_declares_the_xcs(tmp_path):
    entries = [
        TermEntry("LSTM", ("长短期记忆网络",), case_sensitive=True),
        TermEntry("i.i.d.", ("独立同分布",), case_sensitive=True),
        TermEntry("dropout", ("暂退法",)),
    ]
    path = _write(tmp_path, "tbx", entries)
    declared = ET.parse(path).getroot().find("martifHeader/encodingDesc/p")
    assert declared is not None and (declared.get("type"), declared.text) == ("XCSURI", "TBXBasicXCSV02.xcs")
    back = {e.source: e.case_sensitive for e in read_glossary(path, "en", "zh-CN")}
    assert back == {"LSTM": True, "i.i.d.": True, "dropout": False}


def test_two_language_sections_of_one_language_are_joined_and_said(tmp_path):
    from amts_gui.core.terms.files import read_glossary_file

    glossary = read_glossary_file(FIXTURES / "okapi-tbx-basic.tbx", "en", "zh-CN")
    entries = {e.source: e for e in glossary.entries}
    assert entries["learning rate"].targets == ("学习率", "学习速率")
    assert entries["LSTM"].case_sensitive and entries["LSTM"].variants == ("long short-term memory",)
    assert entries["dropout"].forbidden == ("丢弃法",)
    assert glossary.notes == [
        "entry c2 (line 28): 2 language sections of zh-CN; their terms are joined",
        "entry c4 (line 49): 'learning rate' again (first at entry c2 (line 28)); nothing new in it",
    ]


def test_notes_in_other_languages_stay_out_of_the_entry(tmp_path):
    okapi = {e.source: e for e in read_glossary(FIXTURES / "okapi-tbx-basic.tbx", "en", "zh-CN")}
    assert okapi["dropout"].note == "A layer that randomly sets units to zero during training."  # no German context
    v3 = {e.source: e for e in read_glossary(FIXTURES / "tbx-v3-basic.tbx", "en", "zh")}
    assert v3["overfitting"].note == "Use for the loss, not the network."  # the French note left out
    assert v3["gradient descent"].note == ""  # the Japanese section's note too


def test_a_csv_glossary_with_a_term_twice_joins_them_and_says_where(tmp_path):
    from amts_gui.core.terms.files import read_glossary_file

    path = tmp_path / "terms.csv"
    path.write_text("en,zh\nepoch,轮次\nloss,损失\nepoch,迭代周期\n", encoding="utf-8")
    glossary = read_glossary_file(path, "en", "zh")
    assert {e.source: e.targets for e in glossary.entries} == {"epoch": ("轮次", "迭代周期"), "loss": ("损失",)}
    assert glossary.notes == ["line 4: 'epoch' again (first at line 2); 1 translation(s) added to it"]


def test_every_glossary_format_has_one_size_limit_and_says_so(tmp_path, monkeypatch):
    from amts_gui.core.terms import files

    monkeypatch.setattr(files, "MAX_GLOSSARY_BYTES", 1024 * 1024)
    for suffix in ("csv", "tbx", "tmx"):
        path = tmp_path / f"big.{suffix}"
        path.write_bytes(b" " * (2 * 1024 * 1024))
        with pytest.raises(InputError) as over:
            read_glossary(path, "en", "zh")
        assert str(over.value) == f"{path}: 2 MB is over the 1 MB limit; split it into several files"


def test_a_csv_glossary_with_a_nul_byte_is_named_as_csv(tmp_path):
    path = tmp_path / "terms.csv"
    path.write_bytes(b"en,zh\nepoch\x00,x\n")
    with pytest.raises(InputError) as bad:
        read_glossary(path, "en", "zh")
    assert str(bad.value) == f"{path}: looks like a binary file, not CSV text"


def test_a_tbx_with_a_dtd_subset_is_refused_in_the_name_of_tbx(tmp_path):
    path = tmp_path / "dtd.tbx"
    path.write_text('<!DOCTYPE martif [<!ENTITY a "x">]><martif/>', encoding="utf-8")
    with pytest.raises(InputError) as refused:
        read_glossary(path, "en", "zh")
    assert "TBX needs neither" in str(refused.value)


def test_an_entry_with_only_forbidden_targets_goes_out_to_tbx_and_comes_back(tmp_path):
    from amts_gui.core.terms.exchange import render_tbx
    from amts_gui.core.terms.files import read_glossary_file
    from amts_gui.core.text.terms import TermEntry

    entry = TermEntry("softmax", (), forbidden=("软最大",))
    path = tmp_path / "only-forbidden.tbx"
    path.write_text(render_tbx([entry], "en", "zh"), encoding="utf-8")
    [back] = read_glossary_file(path, "en", "zh").entries
    assert (back.source, back.targets, back.forbidden, back.do_not_translate) == ("softmax", (), ("软最大",), False)
