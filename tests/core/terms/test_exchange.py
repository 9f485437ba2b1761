"""Glossaries as TBX and TMX: ours read back whole, and files as translate-toolkit writes and reads them."""

from __future__ import annotations

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


@pytest.mark.parametrize("fmt", ["tbx", "tmx"])
def test_the_cli_exports_and_imports_tbx_and_tmx(project, tmp_path, capsys, fmt):
    from amts_gui.core.project.terms import save_terms

    save_terms(project, ENTRIES)
    out = tmp_path / f"out.{fmt}"
    assert main(["terms", "export", str(project.path), "--out", str(out)]) == 0
    assert capsys.readouterr().out.strip() == f"wrote {out}: 4 terms"
    assert main(["terms", "import", str(project.path), str(out)]) == 0
    assert capsys.readouterr().out.strip() == f"imported 4 terms from {out}: 0 new, 4 replaced"
