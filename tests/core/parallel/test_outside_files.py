"""Pair files as other tools write them: OmegaT, translate-toolkit, SDL Trados and memoQ TMX, legacy
encodings, Traditional and Simplified Chinese, and our CSV/TSV read back by Python's csv module.

The TMX fixtures follow files these tools write (a DOCTYPE naming tmx14.dtd, comments, props, notes,
tuv attributes, a UTF-16 byte order mark), written here by hand or by translate-toolkit itself.
"""

from __future__ import annotations

import csv
import http.server
import io
import threading
from pathlib import Path

import pytest

from amts_gui.core.errors import InputError
from amts_gui.core.parallel.formats import LANGUAGE, read_pairs_file, render_pairs, skipped_by_kind
from amts_gui.core.parallel.languages import Tag, best_tag, same_text

OMEGAT = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx14.dtd">
<tmx version="1.4">
  <header creationtool="OmegaT" o-tmf="OmegaT TMX" adminlang="EN-US" datatype="plaintext"
      creationtoolversion="6.0.1_0_42ef0143" segtype="sentence" srclang="en"/>
  <body>
<!-- Default translations -->
    <tu>
      <tuv xml:lang="en">
        <seg>The softmax turns scores into probabilities.</seg>
      </tuv>
      <tuv xml:lang="zh-CN" changeid="Li" changedate="20260117T112458Z" creationid="Li" creationdate="20260117T112458Z">
        <seg>softmax把得分转换为概率。</seg>
      </tuv>
    </tu>
<!-- Alternative translations -->
    <tu>
      <prop type="file">softmax.md</prop>
      <tuv xml:lang="en">
        <seg>Temperature flattens the distribution.</seg>
      </tuv>
      <tuv xml:lang="zh-CN">
        <seg>温度使分布变得平坦。</seg>
      </tuv>
    </tu>
  </body>
</tmx>
"""


def test_a_tmx_from_omegat_with_its_doctype_is_read(tmp_path):
    path = tmp_path / "project_save.tmx"
    path.write_text(OMEGAT, encoding="utf-8")
    found = read_pairs_file(path, "en", "zh")
    assert found.pairs == [
        ("The softmax turns scores into probabilities.", "softmax把得分转换为概率。"),
        ("Temperature flattens the distribution.", "温度使分布变得平坦。"),
    ]
    assert found.notes == []


def test_a_tmx_written_by_translate_toolkit_is_read(tmp_path):
    tmx = pytest.importorskip("translate.storage.tmx")
    memory = tmx.tmxfile(sourcelanguage="en", targetlanguage="zh-CN")
    unit = memory.addsourceunit("Hello <b>world</b>.")
    unit.target = "你好，世界。"
    unit.addnote("from translate-toolkit")
    path = tmp_path / "toolkit.tmx"
    path.write_bytes(bytes(memory))
    assert b'<!DOCTYPE tmx SYSTEM "tmx14.dtd">' in path.read_bytes()
    assert read_pairs_file(path, "en", "zh").pairs == [("Hello <b>world</b>.", "你好，世界。")]


def test_the_dtd_a_doctype_names_is_never_fetched(tmp_path):
    hits: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            hits.append(self.path)
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b'<!ENTITY x "pwned">')

        def log_message(self, *args):
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_port}/tmx14.dtd"
        path = tmp_path / "remote.tmx"
        path.write_text(OMEGAT.replace('SYSTEM "tmx14.dtd"', f'PUBLIC "-//LISA//DTD TMX 1.4//EN" "{url}"'), "utf-8")
        assert len(read_pairs_file(path, "en", "zh").pairs) == 2
    finally:
        server.shutdown()
    assert hits == []


@pytest.mark.parametrize("encoding", ["GBK", "GB18030", "Big5", "Shift_JIS", "UTF-16", "ISO-8859-1"])
def test_any_encoding_the_declaration_names_is_read(tmp_path, encoding):
    target = {
        "Big5": "溫度使分布變得平坦。",
        "Shift_JIS": "温度は分布を平らにする。",
        "ISO-8859-1": "Température.",
    }.get(encoding, "温度使分布变得平坦。")
    lang = {"Big5": "zh-TW", "Shift_JIS": "ja", "ISO-8859-1": "fr"}.get(encoding, "zh")
    doc = (
        f'<?xml version="1.0" encoding="{encoding}"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n<tmx version="1.4">'
        '<header srclang="en"/><body><tu><tuv xml:lang="en"><seg>Temperature flattens.</seg></tuv>'
        f'<tuv xml:lang="{lang}"><seg>{target}</seg></tuv></tu></body></tmx>\n'
    )
    path = tmp_path / f"{encoding}.tmx"
    path.write_bytes(doc.encode(encoding))
    assert read_pairs_file(path, "en", lang).pairs == [("Temperature flattens.", target)]


def test_an_unknown_encoding_is_a_clear_error(tmp_path):
    path = tmp_path / "odd.tmx"
    path.write_bytes(b'<?xml version="1.0" encoding="X-NO-SUCH"?><tmx><body/></tmx>')
    with pytest.raises(InputError) as refused:
        read_pairs_file(path, "en", "zh")
    assert (
        str(refused.value) == f"{path}: declares the encoding 'X-NO-SUCH', which is not known; save the file as UTF-8"
    )


def test_bytes_that_are_not_the_declared_encoding_are_a_clear_error(tmp_path):
    path = tmp_path / "lying.tmx"
    path.write_bytes(b'<?xml version="1.0" encoding="GBK"?><tmx><body><tu><tuv xml:lang="en"><seg>\xff\xff</seg>')
    with pytest.raises(InputError, match=r"lying.tmx: cannot read"):
        read_pairs_file(path, "en", "zh")


# -- Traditional and Simplified Chinese ---------------------------------------------------------------
SCRIPTS = """<tmx version="1.4"><header srclang="en"/><body>
<tu><tuv xml:lang="en"><seg>Both.</seg></tuv><tuv xml:lang="zh-TW"><seg>兩者。</seg></tuv>
    <tuv xml:lang="zh-CN"><seg>两者。</seg></tuv></tu>
<tu><tuv xml:lang="en"><seg>Traditional only.</seg></tuv><tuv xml:lang="zh-Hant"><seg>僅正體。</seg></tuv></tu>
<tu><tuv xml:lang="en"><seg>Simplified only.</seg></tuv><tuv xml:lang="zh-Hans"><seg>仅简体。</seg></tuv></tu>
<tu><tuv xml:lang="en"><seg>Hong Kong.</seg></tuv><tuv xml:lang="zh-HK"><seg>香港。</seg></tuv></tu>
<tu><tuv xml:lang="en"><seg>Singapore.</seg></tuv><tuv xml:lang="zh-SG"><seg>新加坡。</seg></tuv></tu>
</body></tmx>"""


@pytest.mark.parametrize(
    ("project", "expected"),
    [
        ("zh", ["两者。", "仅简体。", "新加坡。"]),
        ("zh-CN", ["两者。", "仅简体。", "新加坡。"]),
        ("zh-Hans", ["两者。", "仅简体。", "新加坡。"]),
        ("zh-SG", ["两者。", "仅简体。", "新加坡。"]),
        ("zh-TW", ["兩者。", "僅正體。", "香港。"]),
        ("zh-HK", ["兩者。", "僅正體。", "香港。"]),
        ("zh-Hant", ["兩者。", "僅正體。", "香港。"]),
    ],
)
def test_a_chinese_project_takes_units_in_its_own_script_only(tmp_path, project, expected):
    path = tmp_path / "scripts.tmx"
    path.write_text(SCRIPTS, encoding="utf-8")
    found = read_pairs_file(path, "en", project)
    assert [target for _, target in found.pairs] == expected
    assert skipped_by_kind(found.notes) == {LANGUAGE: 2}
    simplified = project in ("zh", "zh-CN", "zh-Hans", "zh-SG")
    reason = "zh-Hant (Traditional) is not" if simplified else "zh-Hans (Simplified) is not"
    assert any(reason in note.reason for note in found.notes), found.notes


def test_an_exact_tag_wins_over_a_same_script_fallback():
    assert best_tag("zh-SG", ["zh-CN", "zh-SG"]) == "zh-SG"
    assert best_tag("zh-SG", ["zh-CN", "zh-TW"]) == "zh-CN"
    assert best_tag("en", ["EN-GB", "en-US"]) == "EN-GB"  # a region alone does not matter
    assert best_tag("zh", ["zh-TW"]) is None
    assert Tag.parse("zh_hant_TW").script == "hant" and same_text("zh-MO", "zh-Hant")


def test_a_csv_header_in_the_other_script_is_refused_with_the_reason(tmp_path):
    path = tmp_path / "pairs.csv"
    path.write_text("en,zh-TW\nHello.,哈囉。\n", encoding="utf-8")
    with pytest.raises(InputError) as refused:
        read_pairs_file(path, "en", "zh")
    assert "zh-TW (Traditional) is not zh (Simplified)" in str(refused.value)
    assert read_pairs_file(path, "en", "zh-TW").pairs == [("Hello.", "哈囉。")]


# -- CSV and TSV as Amazon Translate reads them ---------------------------------------------------------
QUOTED = [('He said "hi".', '他说"嗨"。'), ('"Quoted" start', "「引号」开头"), ("Plain, with a comma", "普通，带逗号")]


@pytest.mark.parametrize(("fmt", "dialect"), [("csv", "excel"), ("tsv", "excel-tab")])
def test_csv_and_tsv_quote_as_amazon_says_and_read_back_whole(tmp_path, fmt, dialect):
    data = render_pairs(QUOTED, fmt, "en", "zh", "sentence").decode("utf-8")
    rows = list(csv.reader(io.StringIO(data), dialect=dialect))
    assert rows == [["en", "zh"], *[list(pair) for pair in QUOTED]]
    assert '"He said ""hi""."' in data  # a quote inside a field is doubled, in the quoted field
    path = tmp_path / f"pairs.{fmt}"
    path.write_text(data, encoding="utf-8")
    assert read_pairs_file(path, "en", "zh").pairs == QUOTED


def test_the_tsv_of_the_previous_release_is_still_read(tmp_path):
    """It wrote quotes bare; a field that does not start with a quote reads the same either way."""
    path = Path(tmp_path / "old.tsv")
    path.write_text('en\tzh\nHe said "hi".\t他说"嗨"。\n', encoding="utf-8")
    assert read_pairs_file(path, "en", "zh").pairs == [('He said "hi".', '他说"嗨"。')]


# -- inline codes, notes and props: kept with the pair, and written back ---------------------------------
CODES = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx14.dtd">
<tmx version="1.4"><header srclang="en" segtype="sentence" o-tmf="OmegaT TMX" adminlang="EN-US"
    datatype="plaintext" creationtool="OmegaT" creationtoolversion="6"/><body>
<tu><prop type="file">ui.html</prop><note>Checked by the reviewer.</note>
  <tuv xml:lang="en"><seg>Press <bpt i="1" x="1">&lt;b&gt;</bpt>Run<ept i="1">&lt;/b&gt;</ept> now.</seg></tuv>
  <tuv xml:lang="zh-CN"><seg>现在按<bpt i="1" x="1">&lt;b&gt;</bpt>运行<ept i="1">&lt;/b&gt;</ept>。</seg></tuv></tu>
<tu><tuv xml:lang="en"><seg>First part <ph>internal</ph> end.</seg></tuv>
  <tuv xml:lang="zh-CN"><seg>第一部分<ph>internal</ph>结束。</seg></tuv></tu>
<tu>
  <tuv xml:lang="en"><seg>Click <ph x="1">&lt;img alt="<sub>Start</sub>"/&gt;</ph> to <hi type="b">start</hi>.</seg>
  </tuv>
  <tuv xml:lang="zh-CN"><seg>点击<ph x="1">&lt;img alt="<sub>开始</sub>"/&gt;</ph><hi type="b">开始</hi>。</seg>
  </tuv></tu>
</body></tmx>
"""


def test_inline_codes_notes_and_props_come_in_whole_and_go_out_as_they_came(project, tmp_path):
    from amts_gui.core.parallel.project_pairs import export_project_pairs, import_pairs
    from amts_gui.core.project.pairs import list_pairs

    path = tmp_path / "codes.tmx"
    path.write_text(CODES, encoding="utf-8")
    assert import_pairs(project, path).added == 3
    pairs = {p.source: p for p in list_pairs(project)}
    assert set(pairs) == {  # no text lost: codes stand as their native text, as Markdown markup does
        "Press <b>Run</b> now.",
        "First part internal end.",
        'Click <img alt="Start"/> to start.',
    }
    first = pairs["Press <b>Run</b> now."]
    assert first.target == "现在按<b>运行</b>。"
    assert first.extra is not None
    assert first.extra["head"] == [["prop", {"type": "file"}, "ui.html"], ["note", {}, "Checked by the reviewer."]]
    assert pairs['Click <img alt="Start"/> to start.'].target == '点击<img alt="开始"/>开始。'

    out = tmp_path / "out.tmx"
    export_project_pairs(project, out, "tmx")
    written = out.read_text(encoding="utf-8")
    assert '<seg>Press <bpt i="1" x="1">&lt;b&gt;</bpt>Run<ept i="1">&lt;/b&gt;</ept> now.</seg>' in written
    assert "<seg>First part <ph>internal</ph> end.</seg>" in written
    assert '<ph x="1">&lt;img alt="<sub>Start</sub>"/&gt;</ph>' in written
    assert '<prop type="file">ui.html</prop>' in written and "<note>Checked by the reviewer.</note>" in written
    again = read_pairs_file(out, "en", "zh")  # and it reads back to the same pairs
    assert sorted(again.pairs) == sorted((p.source, p.target) for p in pairs.values())
    toolkit = pytest.importorskip("translate.storage.tmx")
    units = toolkit.tmxfile.parsestring(out.read_bytes()).units
    assert len(units) == 3 and "Checked by the reviewer." in units[0].getnotes()
