"""The term lists of the D2L editions: the Korean table and the Turkish lines beside the Chinese list."""

from __future__ import annotations

import pytest

from amts_gui.core.errors import InputError
from amts_gui.core.terms.d2l_lists import english_forms
from amts_gui.core.terms.files import read_glossary
from amts_gui.core.text.terms import TermEntry, TermFinder
from tests.conftest import shared_path

KOREAN = """## 영어-한국어 용어 비교표

| 영어                          | 한국어          |
| ----------------------------- | --------------- |
| activation function           | 활성화 함수     |
| batch                         | 배치            |
| bucketing                     |                 |
| momentum (method)             | 모멘텀          |
| tokenizer/tokenization        | 토크나이저      |
| update model parameter(s)     | 모델 파라미터 업데이트 |
"""

TURKISH = """## Terimler
:label:`terminology`

affine; afin

api (application programming interface); uygulama programlama arayüzü

batch; toptan, toplu

condition number; (matrisin) sağlamlık sayısı

wrapper: sarmalayıcı
"""


def _write(tmp_path, text):
    path = tmp_path / "TERMINOLOGY.md"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_korean_table_reads_and_rows_without_a_translation_wait(tmp_path):
    entries = {e.source: e for e in read_glossary(_write(tmp_path, KOREAN), "en", "ko")}
    assert set(entries) == {
        "activation function",
        "batch",
        "momentum",
        "momentum method",
        "tokenizer",
        "update model parameter",
    }
    assert entries["tokenizer"].variants == ("tokenization",) and entries["batch"].targets == ("배치",)
    reverse = {e.source: e.preferred for e in read_glossary(_write(tmp_path, KOREAN), "ko", "en")}
    assert reverse["활성화 함수"] == "activation function"
    with pytest.raises(InputError, match="the D2L term list is English–Korean; the project is en → zh"):
        read_glossary(_write(tmp_path, KOREAN), "en", "zh")


def test_the_turkish_lines_read_with_alternatives_full_forms_and_notes(tmp_path):
    entries = {e.source: e for e in read_glossary(_write(tmp_path, TURKISH), "en", "tr")}
    assert entries["batch"].targets == ("toptan", "toplu")
    assert entries["api"].variants == ("application programming interface",)
    assert (entries["condition number"].targets, entries["condition number"].note) == (
        ("sağlamlık sayısı",),
        "matrisin",
    )
    assert entries["wrapper"].targets == ("sarmalayıcı",)
    finder = TermFinder(list(entries.values()), "en", "tr")
    text = "An application programming interface wraps each batch."
    assert [(m.text(text), m.entry.source) for m in finder.find(text)] == [
        ("application programming interface", "api"),
        ("batch", "batch"),
    ]


def test_a_bad_turkish_line_names_itself(tmp_path):
    with pytest.raises(InputError, match=r"line 3: not a `english; translation` line: 'affine afin'"):
        read_glossary(_write(tmp_path, "## Terimler\n\naffine afin\n"), "en", "tr")


@pytest.mark.parametrize(
    ("english", "forms"),
    [
        ("long short-term memory (LSTM)", [("long short-term memory", False, ()), ("LSTM", True, ())]),
        ("momentum (method)", [("momentum", False, ()), ("momentum method", False, ())]),
        ("api (application programming interface)", [("api", False, ("application programming interface",))]),
        (
            "continous bag-of-words (CBOW) model",
            [("continous bag-of-words model", False, ()), ("CBOW model", True, ())],
        ),
        ("tokenizer/tokenization", [("tokenizer", False, ("tokenization",))]),
        ("update model parameter(s)", [("update model parameter", False, ())]),
    ],
)
def test_english_forms(english, forms):
    assert english_forms(english) == forms


@pytest.mark.parametrize(
    ("edition", "language", "at_least"), [("d2l-book-ko/ko", "ko", 70), ("d2l-book-tr/tr", "tr", 170)]
)
def test_the_editions_lists_read_whole(edition, language, at_least):
    path = shared_path(*edition.split("/"), "TERMINOLOGY.md")
    entries = read_glossary(path, "en", language)
    assert len(entries) >= at_least and all(e.targets for e in entries)
    assert len({e.source for e in entries}) == len(entries)


def test_korean_and_turkish_translations_are_checked_by_their_own_rules():
    from amts_gui.core.text.qa import term_findings

    ko = TermFinder([TermEntry("activation function", ("활성화 함수",))], "en", "ko")
    assert term_findings(ko, "The activation function.", "활성화 함수를 적용합니다.") == []
    assert term_findings(ko, "The activation function.", "활성 함수를 적용합니다.")
    tr = TermFinder([TermEntry("affine", ("afin",))], "en", "tr")
    assert term_findings(tr, "An affine map.", "Afinler ve afin dönüşümü.") == []
    assert term_findings(tr, "An affine map.", "Doğrusal dönüşüm.")


def test_a_term_the_list_gives_twice_keeps_both_translations_and_is_said(tmp_path):
    """The Turkish list gives "bias" on two lines; the second once replaced the first without a word."""
    from amts_gui.core.terms.files import read_glossary_file

    path = _write(tmp_path, "## Terimler\n\nbias; ek girdi\n\nloss; kayıp\n\nbias; yanlılık\n")
    glossary = read_glossary_file(path, "en", "tr")
    assert {e.source: e.targets for e in glossary.entries}["bias"] == ("ek girdi", "yanlılık")
    assert glossary.notes == ["line 7: 'bias' again (first at line 3); 1 translation(s) added to it"]
