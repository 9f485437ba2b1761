"""The project glossary: D2L's term list and Amazon's CSV/TSV in and out, and finding terms in sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from amts_gui.cli.main import main
from amts_gui.core.errors import InputError
from amts_gui.core.project.terms import list_terms, save_terms
from amts_gui.core.terms.files import read_glossary, render_glossary
from amts_gui.core.text.terms import TermEntry, TermFinder
from tests.conftest import shared_path

D2L_LIST = """## 英汉术语对照

鞍点，saddle point

长短期记忆网络，long short-term memory (LSTM)

动量法，momentum (method)

独立同分布，independent and identically distributed (i.i.d.)

准确率/精度，accuracy

词嵌入，word embedding

嵌入，embedding

词元，token
"""


@pytest.fixture
def d2l_list(tmp_path) -> Path:
    path = tmp_path / "TERMINOLOGY.md"
    path.write_text(D2L_LIST, encoding="utf-8")
    return path


def test_the_d2l_list_reads_with_abbreviations_optional_words_and_alternatives(d2l_list):
    entries = {e.source: e for e in read_glossary(d2l_list, "en", "zh")}
    assert sorted(entries) == sorted(
        [
            "saddle point",
            "long short-term memory",
            "LSTM",
            "momentum",
            "momentum method",
            "independent and identically distributed",
            "i.i.d.",
            "accuracy",
            "word embedding",
            "embedding",
            "token",
        ]
    )
    assert entries["LSTM"] == TermEntry(
        "LSTM", ("长短期记忆网络",), note="abbreviation of long short-term memory", case_sensitive=True
    )
    assert entries["accuracy"].targets == ("准确率", "精度") and entries["accuracy"].preferred == "准确率"
    assert entries["momentum method"].targets == ("动量法",)


def test_a_zh_to_en_project_reads_the_list_the_other_way(d2l_list):
    entries = {e.source: e for e in read_glossary(d2l_list, "zh", "en")}
    assert entries["精度"].targets == ("accuracy",) and entries["长短期记忆网络"].targets == ("long short-term memory",)
    with pytest.raises(InputError, match="the D2L term list is English–Chinese; the project is en → es"):
        read_glossary(d2l_list, "en", "es")


def test_the_whole_shared_list_reads(project):
    path = shared_path("d2l-book", "zh", "TERMINOLOGY.md")
    entries = read_glossary(path, "en", "zh")
    assert len(entries) > 130 and len({e.source for e in entries}) == len(entries)


def test_a_bad_line_names_itself_and_nothing_is_imported(project, tmp_path, capsys):
    path = tmp_path / "TERMINOLOGY.md"
    path.write_text("鞍点，saddle point\n\n这一行没有逗号\n", encoding="utf-8")
    assert main(["terms", "import", str(project.path), str(path)]) == 2
    assert "TERMINOLOGY.md, line 3: not a `中文，english` line: '这一行没有逗号'" in capsys.readouterr().err
    assert list_terms(project) == []


@pytest.mark.parametrize("fmt", ["csv", "tsv"])
def test_amazons_csv_and_tsv_go_out_and_come_back(project, d2l_list, tmp_path, fmt):
    save_terms(project, read_glossary(d2l_list, "en", "zh"))
    path = tmp_path / f"terms.{fmt}"
    path.write_text(render_glossary(list_terms(project), fmt, "en", "zh"), encoding="utf-8")
    assert path.read_text(encoding="utf-8").splitlines()[0] == ("en,zh" if fmt == "csv" else "en\tzh")
    again = {e.source: e.preferred for e in read_glossary(path, "en", "zh")}
    assert again == {e.source: e.preferred for e in list_terms(project)}
    back = {e.source: e for e in read_glossary(path, "en", "zh")}
    lossy = sum(1 for e in list_terms(project) if e != back[e.source])  # notes, alternatives: not in Amazon's CSV
    assert 0 < lossy < len(back)
    assert save_terms(project, list(back.values())) == (0, lossy)  # replaced, not doubled; the others untouched


def test_the_cli_imports_lists_and_exports(project, d2l_list, tmp_path, capsys):
    p = str(project.path)
    assert main(["terms", "import", p, str(d2l_list)]) == 0
    assert "imported 11 terms" in capsys.readouterr().out
    assert main(["terms", "list", p]) == 0
    listed = capsys.readouterr().out
    assert "accuracy\t准确率 / 精度\n" in listed and "LSTM\t长短期记忆网络\t(case-sensitive; abbreviation of" in listed
    assert main(["terms", "export", p, "--out", str(tmp_path / "t.md")]) == 0
    assert "准确率/精度，accuracy" in (tmp_path / "t.md").read_text(encoding="utf-8")


# -- matching ------------------------------------------------------------------------------------------
@pytest.fixture
def finder(d2l_list) -> TermFinder:
    return TermFinder(read_glossary(d2l_list, "en", "zh"))


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Saddle points are rare.", ["Saddle points"]),  # plural, capital
        ("The text is tokenized into tokens.", ["tokens"]),  # "tokenized" is another word than *token*
        ("Train word embeddings, then an embedding layer.", ["word embeddings", "embedding"]),  # longest first
        ("A word-embedding table.", ["word-embedding"]),  # a hyphen joins the words of a term
        ("An LSTM, not an lstm.", ["LSTM"]),  # an abbreviation matches its case
        ("We assume i.i.d. samples.", ["i.i.d"]),
        ("The momentum method and momentum.", ["momentum method", "momentum"]),
        ("A pointer to the saddle.", []),  # whole words only
        ("The saddle, point.", []),  # a comma breaks a term
        ("Call ⟦1⟧ on the token.", ["token"]),
        ("saddle ⟦1⟧ point", []),  # a placeholder is never part of a term
    ],
)
def test_terms_are_found_by_stem_whole_words_longest_first(finder, sentence, found):
    assert [m.text(sentence) for m in finder.find(sentence)] == found


def test_chinese_terms_match_as_substrings(d2l_list):
    finder = TermFinder(read_glossary(d2l_list, "zh", "en"))
    sentence = "我们用词嵌入表示词元，并在鞍点附近。"
    assert [(m.text(sentence), m.entry.preferred) for m in finder.find(sentence)] == [
        ("词嵌入", "word embedding"),
        ("词元", "token"),
        ("鞍点", "saddle point"),
    ]


def test_a_glossary_table_in_the_other_script_is_refused_with_the_reason(tmp_path):
    path = tmp_path / "terms.csv"
    path.write_text("en,zh-TW\nsaddle point,鞍點\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"zh-TW \(Traditional\) is not zh \(Simplified\)"):
        read_glossary(path, "en", "zh")
    assert [e.preferred for e in read_glossary(path, "en", "zh-TW")] == ["鞍點"]


def test_terms_with_one_stem_go_to_the_entry_they_inflect_and_apostrophes_join_words():
    finder = TermFinder(
        [
            TermEntry("token", ("词元",)),
            TermEntry("tokenize", ("词元化",)),
            TermEntry("tokenizer", ("词元分析器",)),
            TermEntry("Zipf's law", ("齐普夫定律",)),
        ]
    )
    found = {
        m.text(t): m.entry.source
        for t in ("Tokenization", "tokenized", "the tokenizer", "two tokens")
        for m in finder.find(t)
    }
    # "Tokenization" is the verb's noun of action (one term, 词元化); "tokens" the noun *token*
    assert found == {"Tokenization": "tokenize", "tokenized": "tokenize", "tokenizer": "tokenizer", "tokens": "token"}
    assert [m.entry.source for m in finder.find("following Zipf’s law")] == ["Zipf's law"]


def test_a_stems_relatives_and_set_phrases_are_not_terms():
    finder = TermFinder(
        [
            TermEntry("optimizer", ("优化器",)),
            TermEntry("operator", ("运算符",)),
            TermEntry("generalization", ("泛化",)),
            TermEntry("example", ("样例",)),
            TermEntry("instance", ("实例",)),
            TermEntry("converge", ("收敛",)),
        ]
    )
    text = "For example, the optimization and its operations converge, in general, on a training example."
    assert [(m.text(text), m.entry.source) for m in finder.find(text)] == [
        ("converge", "converge"),  # inflected forms still count: converges, converging
        ("example", "example"),  # "a training example" is the term; "For example" is not
    ]
    assert [m.entry.source for m in finder.find("It keeps converging; take x as an example.")] == ["converge"]
    means = TermFinder([TermEntry("mean", ("均值",))])
    assert [
        m.text(t) for t in ("This means that the mean is 0.", "which means the means differ") for m in means.find(t)
    ] == [
        "mean",
        "means",
    ]


def test_terms_are_removed_by_source_or_all_at_once(project):
    from amts_gui.core.project.terms import remove_terms

    save_terms(project, [TermEntry("a", ("甲",)), TermEntry("b", ("乙",)), TermEntry("c", ("丙",))])
    assert remove_terms(project, ["b", "z"]) == 1
    assert [e.source for e in list_terms(project)] == ["a", "c"]
    assert remove_terms(project) == 2 and list_terms(project) == []
