"""Each language's bundle of rules: found by its tag, and read by segmentation, QA and counting."""

from __future__ import annotations

import pytest

from amts_gui.core.languages import LANGUAGES, language
from amts_gui.core.overview.analysis import count_words, counted_by
from amts_gui.core.text.punctuation import default_rules, fix_sentence_spaces, punctuation_findings
from amts_gui.core.text.qa import number_findings
from amts_gui.core.text.sentences import sentences


def test_a_tag_finds_its_language_and_an_unknown_one_gets_generic_rules():
    assert language("pt-BR").code == "pt" and language("zh_TW").native == "中文"
    assert language("fr").code == "fr" and language("fr").segmentation.code == "generic"
    assert {"en", "es", "zh", "ja", "ko", "tr", "vi", "pt"} <= set(LANGUAGES)


def test_turkish_changes_case_with_its_dotted_and_dotless_i():
    turkish = language("tr")
    assert turkish.lower("IŞIK İLE") == "ışık ile"
    assert turkish.upper("ışık ile") == "IŞIK İLE"
    assert language("en").lower("I") == "i"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # Korean: sentences glued without the space after the full stop end all the same
        (
            "ko",
            "모델을 검토했습니다.특히 손실을 봅니다. 다음으로 넘어갑니다.",
            ["모델을 검토했습니다.", "특히 손실을 봅니다.", "다음으로 넘어갑니다."],
        ),
        (
            "ko",
            "값은 3.5입니다. ⟦1⟧를 씁니다.NumPy가 빠릅니다.⟦2⟧의 값입니다. d2l.ai 입니다.",
            ["값은 3.5입니다.", "⟦1⟧를 씁니다.", "NumPy가 빠릅니다.", "⟦2⟧의 값입니다.", "d2l.ai 입니다."],
        ),
        # Turkish abbreviations before a name or a reference, and one that may end a sentence
        (
            "tr",
            "Prof. Yılmaz bunu gösterdi. Bkz. Bölüm 3 ve örn. şu model.",
            ["Prof. Yılmaz bunu gösterdi.", "Bkz. Bölüm 3 ve örn. şu model."],
        ),
        ("tr", "Katmanlar, ağırlıklar vb. Bunlar öğrenilir.", ["Katmanlar, ağırlıklar vb.", "Bunlar öğrenilir."]),
        # Portuguese titles and references; etc. before a sentence starter ends the sentence
        (
            "pt",
            "O Sr. Silva viu a fig. 3 ontem. Usamos pesos, vieses etc. Então treinamos.",
            ["O Sr. Silva viu a fig. 3 ontem.", "Usamos pesos, vieses etc.", "Então treinamos."],
        ),
        # Vietnamese titles before names
        (
            "vi",
            "TS. Nguyễn đã viết chương này. Chúng ta xem hình. Tiếp theo là mã.",
            ["TS. Nguyễn đã viết chương này.", "Chúng ta xem hình.", "Tiếp theo là mã."],
        ),
        # Japanese full-width marks, quotes kept whole
        (
            "ja",
            "これは「重要です。」と言いました。次に進みます！",
            ["これは「重要です。」と言いました。", "次に進みます！"],
        ),
    ],
)
def test_each_language_splits_its_own_way(lang, text, expected):
    assert sentences(text, lang) == expected


def test_qa_rules_and_counting_come_from_the_language():
    assert default_rules("ja") == ("fullwidth-punctuation",)
    assert default_rules("ko") == ("halfwidth-punctuation", "sentence-space")
    assert default_rules("tr-TR") == ("halfwidth-punctuation", "sentence-space", "decimal-comma")
    assert default_rules("fr") == ("halfwidth-punctuation",)
    assert counted_by("ja") == "characters" and counted_by("ko") == "words"
    assert count_words("深層学習です", "ja") == 6 and count_words("딥 러닝입니다", "ko") == 2


def test_a_glued_sentence_end_is_found_and_fixed_and_nothing_else_is():
    text = "검토했습니다.특히 e.g. d2l.ai 3.5 ⟦1⟧.⟦2⟧ 봅니다?그렇죠.⟦3⟧를 봅니다."
    (finding,) = punctuation_findings(text, ("sentence-space",))
    assert "(3)" in finding.detail
    assert fix_sentence_spaces(text) == "검토했습니다. 특히 e.g. d2l.ai 3.5 ⟦1⟧.⟦2⟧ 봅니다? 그렇죠. ⟦3⟧를 봅니다."
    assert fix_sentence_spaces("Bitti.Sonra geldi. Tamam!Evet v.v.") == "Bitti. Sonra geldi. Tamam! Evet v.v."
    assert punctuation_findings("검토했습니다. 특히 봅니다.", ("sentence-space",)) == []


def test_a_number_in_the_targets_own_format_is_the_same_number():
    source = "A rate of 3.5 over 1,024 steps and 7 epochs."
    assert number_findings(source, "1.024 adımda 3,5 oranı ve 7 dönem.", decimal_comma=True) == []
    assert number_findings(source, "1024 adımda 3.5 oranı ve 7 dönem.", decimal_comma=True) == []
    wrong = number_findings(source, "1.024 adımda 3,6 oranı ve 7 dönem.", decimal_comma=True)
    assert [(f.kind.name, f.detail) for f in wrong] == [("NUMBER_MISSING", "3.5"), ("NUMBER_EXTRA", "3,6")]
    assert len(number_findings(source, "1.024 步 3,5 和 7。")) == 4  # Chinese: no decimal comma


def test_a_number_the_source_writes_as_a_word_may_be_digits_in_the_translation():
    assert number_findings("We need two GPUs for the first layer.", "第 1 層には 2 つの GPU が必要です。") == []
    wrong = number_findings("We need two GPUs.", "3 つの GPU が必要です。")
    assert [(f.kind.name, f.detail) for f in wrong] == [("NUMBER_EXTRA", "3")]
    assert number_findings("We need 2 GPUs.", "GPU が必要です。")[0].kind.name == "NUMBER_MISSING"


# Japanese cases in the manner of the Golden Rules that pySBD and Pragmatic Segmenter publish (their
# Japanese list: a full stop, a question, an exclamation, a full-width decimal inside quotes), written anew
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("これは層です。それは重みです。", ["これは層です。", "それは重みです。"]),
        ("それは何ですか？勾配ですか？", ["それは何ですか？", "勾配ですか？"]),
        ("収束した！速い！", ["収束した！", "速い！"]),
        (
            "著者は「精度は９７．５％を超える」と述べ、３０日に公開した。２％台の改善が続いた。",
            ["著者は「精度は９７．５％を超える」と述べ、３０日に公開した。", "２％台の改善が続いた。"],
        ),
        ("学習率は 0.01 です。次に進みます。", ["学習率は 0.01 です。", "次に進みます。"]),
    ],
)
def test_japanese_golden_rules(text, expected):
    assert sentences(text, "ja") == expected
