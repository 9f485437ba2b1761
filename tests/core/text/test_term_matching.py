"""Term matching by inflection, not by "starts with": the probes of issue 31, variants, excluded phrases,
and the Turkish and Korean word rules."""

from __future__ import annotations

import pytest

from amts_gui.core.text.inflection import same_word
from amts_gui.core.text.qa import term_findings
from amts_gui.core.text.terms import TermEntry, TermFinder, contains_term

GLOSSARY = [
    TermEntry("transform", ("变换",)),
    TermEntry("import", ("导入",)),
    TermEntry("mean", ("均值",)),
    TermEntry("label", ("标签",)),
    TermEntry("weight", ("权重",)),
    TermEntry("encoder", ("编码器",)),
    TermEntry("optimizer", ("优化器",)),
    TermEntry("LSTM", ("长短期记忆网络",), case_sensitive=True),
    TermEntry("RNN", ("循环神经网络",), case_sensitive=True),
    TermEntry("GRU", ("门控循环单元",), case_sensitive=True),
    TermEntry("convolutional kernel", ("卷积核",)),
    TermEntry("local minimum", ("局部最小值",)),
    TermEntry("tokenize", ("词元化",)),
    TermEntry("padding", ("填充",)),
    TermEntry("example", ("样例",)),
    TermEntry("token", ("词元",)),
    TermEntry("precision", ("查准率",)),
]


@pytest.fixture(scope="module")
def finder() -> TermFinder:
    return TermFinder(GLOSSARY)


def found(finder: TermFinder, text: str) -> list[tuple[str, str]]:
    return [(m.text(text), m.entry.source) for m in finder.find(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Transformers are everywhere; a Transformer model.",  # not *transform*
        "This is important for the importance of it.",  # not *import*
        "The meaning of the word.",  # not *mean*
        "The labeled data and labeling tools.",  # not the noun *label*
        "A weighted average, and weighting.",  # not the noun *weight*
        "We encode it; the data are encoded.",  # not *encoder*
        "The network is optimized.",  # not *optimizer*
    ],
)
def test_a_word_that_only_starts_like_a_term_is_not_the_term(finder, text):
    assert found(finder, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We train LSTMs and RNNs and GRUs.", [("LSTMs", "LSTM"), ("RNNs", "RNN"), ("GRUs", "GRU")]),
        ("The convolution kernel slides.", [("convolution kernel", "convolutional kernel")]),
        ("There are many local minima.", [("local minima", "local minimum")]),
        ("The labels and the weights.", [("labels", "label"), ("weights", "weight")]),
        ("The text is tokenized; tokenization first.", [("tokenized", "tokenize"), ("tokenization", "tokenize")]),
        ("It pads the sequences.", [("pads", "padding")]),
        ("The means of two samples.", [("means", "mean")]),
        ("Both encoders.", [("encoders", "encoder")]),
    ],
)
def test_inflections_abbreviation_plurals_and_modifiers_are_the_term(finder, text, expected):
    assert found(finder, text) == expected


def test_an_abbreviation_plural_needs_its_case():
    finder = TermFinder([TermEntry("LSTM", ("x",), case_sensitive=True)])
    assert found(finder, "lstms and Lstms") == []


@pytest.mark.parametrize(
    "text",
    [
        "For example, a toy example.",
        "As an illustrative example, see below.",
        "This simply means that we stop.",
        "It is a means of computing; we mean it.",
        "By the same token, it works.",
        "Numerical precision and floating-point precision.",
    ],
)
def test_english_set_phrases_are_not_the_term(finder, text):
    assert found(finder, text) == []


def test_set_phrases_leave_the_term_beside_them(finder):
    text = "For example, each training example has a token and the precision of the classifier."
    assert found(finder, text) == [("example", "example"), ("token", "token"), ("precision", "precision")]


def test_an_entrys_variants_and_excluded_phrases():
    entry = TermEntry("convolution kernel", ("卷积核",), variants=("conv kernel",))
    size = TermEntry("size", ("大小",), not_in=("font size",))
    finder = TermFinder([entry, size])
    text = "A conv kernel of size 3, font sizes of 12pt, step sizes of 0.1."
    assert found(finder, text) == [("conv kernel", "convolution kernel"), ("size", "size")]
    unlearnt = TermFinder([TermEntry("size", ("大小",))])
    assert [m.text(text) for m in unlearnt.find(text)] == ["size", "sizes"]  # "step sizes" is English's


def test_ignored_entries_make_no_finding(finder):
    source, translation = "The training example.", "训练样本。"
    assert [str(f.detail) for f in term_findings(finder, source, translation)] == ["example → 样例"]
    assert term_findings(finder, source, translation, ignored={"example"}) == []


@pytest.mark.parametrize(
    ("term", "written", "same"),
    [
        ("point", "points", True),
        ("class", "classes", True),
        ("probability", "probabilities", True),
        ("hypothesis", "hypotheses", True),
        ("matrix", "matrices", True),
        ("converge", "converging", True),
        ("concatenate", "concatenation", True),
        ("transform", "transformations", True),  # the noun of action takes the whole word
        ("transform", "transformer", False),
        ("transform", "transforming", False),
        ("mean", "meaning", False),
        ("import", "important", False),
        ("encoder", "encode", False),
        ("token", "tokenize", False),
    ],
)
def test_same_word_is_inflection_only(term, written, same):
    assert same_word(term, written) is same


def test_turkish_terms_match_with_suffixes_and_softening():
    finder = TermFinder([TermEntry("afin", ("affine",)), TermEntry("ağaç", ("tree",))], "tr", "en")
    text = "Afinler ve afinin dönüşümü; ağacı ve ağaçlar. Afrika değil, ağaçkakan değil."
    assert found(finder, text) == [("Afinler", "afin"), ("afinin", "afin"), ("ağacı", "ağaç"), ("ağaçlar", "ağaç")]
    assert contains_term("Bu bir afin dönüşümüdür.", "afin", "tr")
    assert contains_term("İşlemci ısınır.", "işlemci", "tr")  # İ lowers to i, the Turkish way
    assert not contains_term("Bir ağ.", "ağaç", "tr")


def test_korean_nouns_match_with_particles_attached():
    finder = TermFinder([TermEntry("배치", ("batch",)), TermEntry("정확도", ("accuracy",))], "ko", "en")
    text = "배치를 나누고 정확도는 높다. 배치들의 크기, 배치정규화."
    assert found(finder, text) == [("배치를", "배치"), ("정확도는", "정확도"), ("배치들의", "배치")]
    assert contains_term("모델의 정확도를 측정합니다.", "정확도", "ko")
    assert not contains_term("정확히 측정합니다.", "정확도", "ko")


def test_a_korean_translation_renders_a_term_with_a_particle():
    finder = TermFinder([TermEntry("batch", ("배치",))], "en", "ko")
    assert term_findings(finder, "Each batch is small.", "각 배치는 작습니다.") == []
    assert [str(f.detail) for f in term_findings(finder, "Each batch is small.", "각 묶음은 작습니다.")] == [
        "batch → 배치"
    ]


def test_a_chinese_term_is_found_across_emphasis_and_an_english_gloss():
    assert contains_term("本节将介绍*汇聚*（pooling）层。", "汇聚层", "zh")
    assert contains_term("*汇聚层*很常见。", "汇聚层", "zh")
    assert not contains_term("汇聚（二）层", "汇聚层", "zh")  # a gloss without English is text, not a gloss


def test_diverging_from_a_value_is_not_the_term():
    finder = TermFinder([TermEntry("diverge", ("发散",))])
    assert found(finder, "As the input diverges from 0, the loss may diverge.") == [("diverge", "diverge")]
