"""Parallel-data files: Amazon Translate's rules on export, hardened TMX/CSV/TSV import."""

from __future__ import annotations

import csv

import pytest

from amts_gui.core.errors import InputError
from amts_gui.core.parallel.formats import export_pairs, read_pairs_file, select_pairs
from amts_gui.core.parallel.tmx import read_tmx
from amts_gui.core.project.rows import PairRow


def row(i, source, target, **extra) -> PairRow:
    values = {
        "id": i,
        "source": source,
        "target": target,
        "origin": "aligned",
        "granularity": "sentence",
        "chapter": "ch.md",
        "chapter_id": 1,
        "segment_id": None,
        "segment_ids": (),
        "confidence": 0.95,
        "flagged": False,
        "source_lang": "en",
        "target_lang": "zh",
        "created_at": "2026-01-01T00:00:00+00:00",
        "updated_at": "2026-01-01T00:00:00+00:00",
        **extra,
    }
    return PairRow(**values)


def test_rules_skip_and_alter_with_reasons():
    rows = [
        row(1, "Line one\nline two.", "第一行\n第二行。"),
        row(2, "x" * 1001, "太长"),
        row(3, "- a dash first", "破折号开头"),
        row(4, "   ", "空"),
        row(5, "Same source.", "旧的译文。"),
        row(6, "Same source.", "新的译文。"),
        row(7, "Doubtful.", "可疑。", flagged=True, confidence=0.3),
        row(8, "Tab\there.", "制表符\t在这里。"),
    ]
    units, notes = select_pairs(rows, "tsv")
    assert units == [
        ("Line one line two.", "第一行 第二行。"),
        ("Same source.", "新的译文。"),
        ("Tab here.", "制表符 在这里。"),
    ]
    text = "\n".join(map(str, notes))
    assert "altered: pair 1 (ch.md): source: line breaks replaced by spaces" in text
    assert "skipped: pair 2 (ch.md): source is 1001 UTF-8 bytes" in text
    assert "skipped: pair 3 (ch.md): source starts with '-'" in text and "export TMX" in text
    assert "skipped: pair 4 (ch.md): empty source" in text
    assert "skipped: pair 5 (ch.md): same source as the newer pair 6" in text
    assert "skipped: pair 7 (ch.md): flagged" in text
    assert "tabs replaced by spaces" in text


def test_field_limit_counts_utf8_bytes_not_characters():
    ok = "中" * 333  # 999 bytes
    over = "中" * 334  # 1002 bytes
    units, notes = select_pairs([row(1, "a", ok), row(2, "b", over)], "tmx")
    assert units == [("a", ok)] and "target is 1002 UTF-8 bytes" in str(notes[0])


def test_tmx_keeps_formula_like_text_and_min_confidence_overrides_flags():
    rows = [row(1, "= is assignment.", "=是赋值。"), row(2, "Doubtful.", "可疑。", flagged=True, confidence=0.6)]
    units, _ = select_pairs(rows, "tmx", min_confidence=0.5)
    assert units == [("= is assignment.", "=是赋值。"), ("Doubtful.", "可疑。")]
    units, notes = select_pairs(rows, "tmx", min_confidence=0.7)
    assert units == [("= is assignment.", "=是赋值。")] and "below 0.70" in str(notes[0])


@pytest.mark.parametrize("fmt", ["csv", "tsv", "tmx"])
def test_export_then_import_round_trip(tmp_path, fmt):
    rows = [row(1, 'He said "hi", then left.', "他说“嗨”，然后走了。"), row(2, "x < y & z", "x < y & z")]
    out = tmp_path / f"pairs.{fmt}"
    report = export_pairs(rows, out, fmt, "en", "zh")
    assert report.written == 2 and not report.notes
    text = out.read_text(encoding="utf-8")
    if fmt != "tmx":
        first = text.splitlines()[0]
        assert first == ("en,zh" if fmt == "csv" else "en\tzh")
        assert len(text.splitlines()) == 3  # header + one line per pair: no field spans lines
    imported = read_pairs_file(out, "en", "zh")
    assert imported.pairs == [(r.source, r.target) for r in rows]


def test_csv_is_readable_by_a_standard_reader(tmp_path):
    out = tmp_path / "p.csv"
    export_pairs([row(1, "a, b", "甲，乙")], out, "csv", "en", "zh")
    with out.open(encoding="utf-8", newline="") as f:
        assert list(csv.reader(f)) == [["en", "zh"], ["a, b", "甲，乙"]]


TMX_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n'


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_tmx_from_other_tools_regional_tags_inline_codes_and_other_languages(tmp_path):
    path = write(
        tmp_path,
        "omegat.tmx",
        TMX_HEAD
        + """<tmx version="1.4"><header srclang="EN-US" segtype="sentence"
      creationtool="OmegaT" datatype="plaintext" adminlang="EN" o-tmf="x"/><body>
      <tu><tuv xml:lang="EN-US"><seg>Press <bpt i="1">&lt;b&gt;</bpt>Run<ept i="1">&lt;/b&gt;</ept>.</seg></tuv>
          <tuv xml:lang="ZH-CN"><seg>按<bpt i="1">&lt;b&gt;</bpt>运行<ept i="1">&lt;/b&gt;</ept>。</seg></tuv></tu>
      <tu><tuv xml:lang="EN-US"><seg>Hello.</seg></tuv><tuv xml:lang="DE-DE"><seg>Hallo.</seg></tuv></tu>
      <tu><tuv lang="en"><seg>Old style.</seg></tuv><tuv lang="zh"><seg>旧格式。</seg></tuv></tu>
    </body></tmx>""",
    )
    imported = read_pairs_file(path, "en", "zh")
    assert imported.pairs == [("Press <b>Run</b>.", "按<b>运行</b>。"), ("Old style.", "旧格式。")]  # codes kept
    assert str(imported.notes[0]) == "skipped: TMX unit 2 (line 6): no zh (has DE-DE, EN-US)"


@pytest.mark.parametrize(
    "doc",
    [
        # billion laughs
        '<!DOCTYPE tmx [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
        "<tmx><header/><body><tu><tuv xml:lang='en'><seg>&b;</seg></tuv></tu></body></tmx>",
        # external entity
        '<!DOCTYPE tmx [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        "<tmx><header/><body><tu><tuv xml:lang='en'><seg>&x;</seg></tuv></tu></body></tmx>",
        # an internal subset, even without entities
        "<!DOCTYPE tmx [<!ELEMENT tmx ANY>]><tmx><header/><body/></tmx>",
        # an external parameter entity
        '<!DOCTYPE tmx [<!ENTITY % p SYSTEM "http://127.0.0.1:9/p.dtd"> %p;]><tmx><header/><body/></tmx>',
    ],
)
def test_hostile_tmx_is_refused(tmp_path, doc):
    path = write(tmp_path, "evil.tmx", TMX_HEAD + doc)
    with pytest.raises(InputError, match=r"evil.tmx: refused: the file declares a DTD subset or XML entities"):
        read_pairs_file(path, "en", "zh")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("<tmx><body><tu></body></tmx>", r"broken.tmx: not well-formed XML at line 1"),
        ("<html/>", r"not a TMX file \(the root element is <html>"),
        ("<tmx><header/></tmx>", "without a <body>"),
    ],
)
def test_broken_tmx_is_reported(tmp_path, text, message):
    path = write(tmp_path, "broken.tmx", text)
    with pytest.raises(InputError, match=message):
        list(read_tmx(path))  # units are streamed: a late error surfaces while reading them


def test_large_memory_is_streamed(tmp_path):
    path = tmp_path / "big.tmx"
    units = "".join(
        f'<tu><tuv xml:lang="en"><seg>Sentence {i}.</seg></tuv><tuv xml:lang="zh"><seg>第{i}句。</seg></tuv></tu>'
        for i in range(20_000)
    )
    path.write_text(TMX_HEAD + f'<tmx version="1.4"><header srclang="en"/><body>{units}</body></tmx>', encoding="utf-8")
    imported = read_pairs_file(path, "en", "zh")
    assert len(imported.pairs) == 20_000 and imported.pairs[-1] == ("Sentence 19999.", "第19999句。")


def test_binary_and_missing_files(tmp_path):
    binary = tmp_path / "b.tmx"
    binary.write_bytes(b"\x00\x01\xff\xfe garbage")
    with pytest.raises(InputError, match="b.tmx"):
        read_pairs_file(binary, "en", "zh")
    with pytest.raises(InputError, match="no.csv: no such file"):
        read_pairs_file(tmp_path / "no.csv", "en", "zh")
    with pytest.raises(InputError, match="unknown parallel-data format"):
        read_pairs_file(write(tmp_path, "x.xlsx", "a"), "en", "zh")


def test_table_import_needs_a_language_header(tmp_path):
    path = write(tmp_path, "p.csv", "source,target\nHello.,你好。\n")
    with pytest.raises(InputError, match=r"p.csv: the first row must name the languages, e.g. en,zh"):
        read_pairs_file(path, "en", "zh")
    path = write(tmp_path, "q.tsv", "zh\ten\n你好。\tHello.\n只有一列\n")
    imported = read_pairs_file(path, "en", "zh")
    assert imported.pairs == [("Hello.", "你好。")]  # columns found by language, not position
    assert "line 3: 1 fields, expected 2" in str(imported.notes[0])
