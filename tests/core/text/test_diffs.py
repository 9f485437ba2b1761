from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from amts_gui.core.text.diffs import Op, apply, char_level, diff, edit_distance, tokens


def test_english_diffs_whole_words():
    changes = diff("The cat sat on the mat.", "The dog sat on a mat.", "en")
    assert [(c.op, c.text) for c in changes if c.op != Op.EQUAL] == [
        (Op.DELETE, "cat"),
        (Op.INSERT, "dog"),
        (Op.DELETE, "the"),
        (Op.INSERT, "a"),
    ]


def test_chinese_diffs_characters_and_keeps_placeholders_whole():
    assert char_level("zh") and char_level("zh-TW") and not char_level("es")
    changes = diff("我们使用温度参数⟦1⟧。", "我们使用了温度参数⟦12⟧。", "zh")
    inserted = [c.text for c in changes if c.op == Op.INSERT]
    deleted = [c.text for c in changes if c.op == Op.DELETE]
    assert "了" in inserted and "⟦12⟧" in "".join(inserted) and "⟦1⟧" in "".join(deleted)
    assert tokens("温度⟦3⟧", "zh") == ["温", "度", "⟦3⟧"]


def test_spanish_word_change_is_one_change():
    changes = diff("La red aprende rápido.", "La red aprende despacio.", "es")
    assert [c.text for c in changes if c.op == Op.INSERT] == ["despacio"]
    assert edit_distance(changes) == len("rápido") + len("despacio")


@given(st.text(max_size=60), st.text(max_size=60), st.sampled_from(["en", "zh", "es"]))
def test_a_diff_loses_nothing(old, new, lang):
    assert apply(diff(old, new, lang)) == (old, new)
