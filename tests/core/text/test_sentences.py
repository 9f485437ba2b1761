from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from amts_gui.core.text.sentences import rules_for, sentences, split_sentences
from tests.conftest import shared_path


def golden_cases():
    path = shared_path("segmentation", "golden_rules.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    for lang, lists in data.items():
        for name, cases in lists.items():
            yield lang, name, cases


def test_every_golden_rule_list_passes_completely():
    results = {}
    for lang, name, cases in golden_cases():
        failures = [c["text"] for c in cases if [s.strip() for s in sentences(c["text"], lang)] != c["expected"]]
        results[name] = failures
    assert results["GOLDEN_EN_RULES_TEST_CASES"] == []
    assert all(not f for f in results.values()), {k: v for k, v in results.items() if v}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("See e.g. the first case. Then stop.", ["See e.g. the first case.", "Then stop."]),
        ("The fig. 3 shows it. Next one.", ["The fig. 3 shows it.", "Next one."]),
        ("We use ⟦1⟧. ⟦2⟧ shows the rest.", ["We use ⟦1⟧.", "⟦2⟧ shows the rest."]),
        ("Smith et al. showed this. It works.", ["Smith et al. showed this.", "It works."]),
        ("The value is 3.14 here. Good.", ["The value is 3.14 here.", "Good."]),
    ],
)
def test_english_rules(text, expected):
    assert sentences(text, "en") == expected


def test_chinese_splits_at_full_stops_keeps_closing_quotes_and_not_at_semicolon():
    text = "他说：“你好。”然后离开了；我们留下。真的吗？是的！"
    assert sentences(text, "zh") == ["他说：“你好。”", "然后离开了；我们留下。", "真的吗？", "是的！"]


def test_chinese_does_not_split_inside_book_title_brackets():
    assert sentences("请读《停！看！》这本书。好。", "zh") == ["请读《停！看！》这本书。", "好。"]


def test_language_variants_and_unknown_languages_fall_back():
    assert rules_for("zh-TW").code == "zh"
    assert rules_for("es_ES").code == "es"
    assert rules_for("fr").code == "generic"
    assert sentences("Bonjour. Ça va? Oui.", "fr") == ["Bonjour.", "Ça va?", "Oui."]


def test_plain_text_blank_lines_break_and_soft_wraps_join():
    text = "First line wraps\nhere. Second.\n\nNew paragraph"
    assert sentences(text, "en") == ["First line wraps here.", "Second.", "New paragraph"]


def test_offsets_point_into_the_text():
    text = "  One sentence.  Two sentences!  "
    spans = split_sentences(text, "en")
    assert [text[a:b] for a, b in spans] == ["One sentence.", "Two sentences!"]


@given(
    st.lists(
        st.sampled_from(
            [
                "Word",
                "word",
                "e.g.",
                "U.S.",
                "Mr.",
                "⟦1⟧",
                ".",
                "?",
                "!",
                "。",
                "“",
                "”",
                "3.5",
                " ",
                "  ",
                "\n",
                "中文",
                "(",
                ")",
                "…",
            ]
        ),
        max_size=40,
    ),
    st.sampled_from(["en", "zh", "es", "xx"]),
)
def test_spans_are_ordered_stripped_and_cover_every_visible_character(tokens, lang):
    text = "".join(tokens)
    spans = split_sentences(text, lang)
    covered = set()
    previous_end = 0
    for a, b in spans:
        assert previous_end <= a < b <= len(text)
        assert not text[a].isspace() and not text[b - 1].isspace()
        covered.update(range(a, b))
        previous_end = b
    visible = {i for i, ch in enumerate(text) if not ch.isspace()}
    assert visible <= covered
    # a placeholder token is never cut
    for a, b in spans:
        piece = text[a:b]
        assert piece.count("⟦") == piece.count("⟧")
