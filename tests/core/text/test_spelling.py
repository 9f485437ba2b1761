"""Spell checking the target: the system's Hunspell dictionaries through Enchant; placeholders, numbers and
one-letter words never flagged; Chinese and Japanese not checked; the right dictionary for a language tag."""

from __future__ import annotations

import pytest

from amts_gui.core.text.spelling import checker_for, dictionary_tag


def _checker(lang: str):
    checker = checker_for(lang)
    if checker is None:
        pytest.skip(f"no {lang} Hunspell dictionary or no libenchant-2: run .ci/system-deps")
    return checker


def test_the_dictionary_for_a_language_tag():
    installed = ["en_US", "en_GB", "es_AR", "es_ES", "pt_BR", "pt_PT", "ko", "ko_KR", "tr_TR", "vi_VN"]
    assert dictionary_tag("en", installed) == "en_US"
    assert dictionary_tag("es", installed) == "es_ES"
    assert dictionary_tag("pt-PT", installed) == "pt_PT"
    assert dictionary_tag("pt", installed) == "pt_BR"
    assert dictionary_tag("tr", installed) == "tr_TR"
    assert dictionary_tag("vi", installed) == "vi_VN"
    assert dictionary_tag("ko", installed) == "ko"  # the exact tag first
    assert dictionary_tag("ko-KR", installed) == "ko_KR"
    assert dictionary_tag("fi", installed) is None


def test_chinese_and_japanese_are_not_checked():
    assert checker_for("zh") is None and checker_for("ja") is None and checker_for("zh-TW") is None


def test_misspelled_words_but_never_placeholders_numbers_or_single_letters():
    checker = _checker("en")
    text = "The temperatur ⟦1⟧ of softmaxx is 2x higher, a b don't."
    flagged = [text[s:e] for s, e in checker.misspelled(text)]
    assert flagged == ["temperatur", "softmaxx"]
    assert "temperature" in checker.suggestions("temperatur")


def test_spanish_accents_and_ignored_words():
    checker = _checker("es")
    text = "La temperatura más alta reduce la confianza del modelo softmax."
    assert [text[s:e] for s, e in checker.misspelled(text)] == ["softmax"]
    checker.ignore(["softmax"])
    assert checker.misspelled(text) == []
