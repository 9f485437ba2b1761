"""Translation memory: OmegaT-style percentages, placeholder/number repair, CJK, and the TM engine."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from amts_gui.core.memory.index import REPAIRED_SCORE, Entry, TranslationMemory, similarity, tokenize
from amts_gui.core.memory.thresholds import DEFAULT_MIN_SCORE
from amts_gui.core.text.placeholders import mask


def tm(*pairs: tuple[str, str], **kw) -> TranslationMemory:
    return TranslationMemory([Entry(s, t, i, "aligned", f"2026-01-0{i + 1}") for i, (s, t) in enumerate(pairs)], **kw)


def test_tokens_keep_markup_whole_and_split_chinese_by_character():
    toks = tokenize("Call `f(x)` on $x_1$ twice, 3 times.")
    assert toks.raw == ("Call", "`f(x)`", "on", "$x_1$", "twice", ",", "3", "times", ".")
    assert toks.spans == ("`f(x)`", "$x_1$") and toks.numbers == ("3",)
    assert tokenize("我们用softmax函数").raw == ("我", "们", "用", "softmax", "函", "数")


def test_percentage_is_token_edit_distance_over_the_longer_side():
    # one substitution in five tokens: 1 - 1/5 = 80 %
    assert similarity(["a", "b", "c", "d", "e"], ["a", "b", "x", "d", "e"]) == 80.0
    # one deletion: the longer side (4) is the denominator
    assert similarity(["a", "b", "c", "d"], ["a", "b", "c"]) == 75.0


def test_exact_match_is_100_and_fuzzy_match_reports_its_score():
    memory = tm(("The model is trained on the data.", "模型在数据上训练。"), ("Something else entirely here.", "别的"))
    exact = memory.lookup("The model is trained on the data.")
    assert exact is not None and exact.score == 100.0 and exact.exact and exact.target == "模型在数据上训练。"
    fuzzy = memory.lookup("The model is tested on the data.")
    # 8 tokens, one substituted → 87.5 %
    assert fuzzy is not None and fuzzy.score == 87.5 and not fuzzy.exact
    assert fuzzy.target == "模型在数据上训练。"


def test_no_match_below_the_threshold():
    memory = tm(("The model is trained on the data.", "模型在数据上训练。"))
    assert memory.lookup("Completely different words appear in this line.") is None


def test_placeholder_and_number_only_differences_are_repaired():
    memory = tm(("Set `lr` to 0.1 for 10 epochs.", "将`lr`设为0.1，训练10轮。"))
    match = memory.lookup("Set `batch_size` to 0.5 for 20 epochs.")
    assert match is not None
    assert match.score == REPAIRED_SCORE and match.raw_score < 70
    assert match.target == "将`batch_size`设为0.5，训练20轮。"
    assert set(match.repairs) == {("`lr`", "`batch_size`"), ("0.1", "0.5"), ("10", "20")}


def test_ambiguous_repair_is_not_guessed():
    # the memory target has "1" twice, so which one to change is unknowable: no repair, raw score stays
    memory = tm(("Use 1 layer.", "用1层，共1个。"))
    match = memory.lookup("Use 2 layer.")
    assert match is not None and match.repairs == () and match.target == "用1层，共1个。"
    assert match.score == match.raw_score == 75.0


def test_chinese_sources_match_by_character():
    memory = tm(("我们在数据上训练模型。", "We train the model on the data."))
    match = memory.lookup("我们在数据上测试模型。")
    assert match is not None and match.target == "We train the model on the data."
    assert match.score == round(100 * (1 - 2 / 11), 1)


def test_newer_pair_wins_for_the_same_source():
    memory = TranslationMemory(
        [Entry("Hello.", "旧", 1, "aligned", "2026-01-01"), Entry("Hello.", "新", 2, "accepted", "2026-02-01")]
    )
    match = memory.lookup("Hello.")
    assert match is not None and match.target == "新"


@given(st.lists(st.sampled_from(["alpha", "beta", "gamma", "`x`", "3", ".", "的"]), min_size=1, max_size=12))
def test_a_memory_always_finds_its_own_sources_exactly(words):
    text = " ".join(words)
    memory = tm((text, "T"), ("unrelated filler sentence", "U"))
    match = memory.lookup(text)
    assert match is not None and match.score == 100.0 and match.target == "T"


def test_mask_turns_written_out_markup_back_into_tokens():
    assert mask("将`lr`设为$x$。", ("$x$", "`lr`")) == "将⟦2⟧设为⟦1⟧。"
    assert mask("没有标记。", ("`lr`",)) == "没有标记。"  # missing stays missing, for QA to report


def test_similarity_of_two_empty_texts_is_100():
    assert similarity([], []) == 100.0


def test_a_one_token_segment_matches_through_its_single_token():
    # "Softmax" vs "softmax": the raw tokens differ, the case-folded classes agree → repaired, shown as 99
    match = tm(("Softmax", "软最大")).lookup("softmax")
    assert match is not None and match.target == "软最大"
    assert (match.score, match.raw_score) == (REPAIRED_SCORE, 0.0)


def test_a_two_token_query_finds_a_three_token_source():
    match = tm(("Hello world.", "你好，世界。"), min_score=50.0).lookup("Hello world")
    assert match is not None and match.target == "你好，世界。"
    assert (match.score, match.raw_score) == (66.7, 66.7)  # one token of three missing, to one decimal


def test_a_match_exactly_at_min_score_is_kept_and_one_below_is_not():
    memory = tm(("alpha beta gamma delta", "甲乙丙丁"), min_score=50.0)
    at = memory.lookup("alpha beta")  # two of four tokens missing: exactly 50 %
    assert at is not None and at.score == 50.0 and at.target == "甲乙丙丁"
    assert tm(("alpha beta gamma delta", "甲乙丙丁"), min_score=50.1).lookup("alpha beta") is None


def test_the_best_match_wins_even_when_another_shares_more_bigrams():
    # the long source shares five bigrams with the query but is 60 % alike; the short one shares three
    # and is 83 % alike; unrelated entries share none
    memory = tm(
        ("a b c d e f g h i j", "LONG"),
        ("a b c x e f", "SHORT"),
        *[(f"unrelated words number {i} here", f"U{i}") for i in range(12)],
        min_score=50.0,
    )
    match = memory.lookup("a b c d e f")
    assert match is not None and match.target == "SHORT" and match.score == round(100 * 5 / 6, 1)
    ranked = memory.matches("a b c d e f")
    assert [m.target for m in ranked] == ["SHORT", "LONG"]
    assert [m.score for m in ranked] == [83.3, 60.0]


def test_a_candidate_below_the_threshold_does_not_hide_a_good_one():
    memory = tm(("The model is trained on the data!", "模型在数据上训练！"), ("On the data.", "在数据上。"))
    match = memory.lookup("The model is trained on the data.")
    assert match is not None and match.target == "模型在数据上训练！" and match.score == 87.5


def test_matches_are_best_first_limited_and_above_the_threshold():
    memory = tm(
        ("The cat sat on the mat.", "猫坐在垫子上。"),
        ("The cat sat on a mat.", "猫坐在一块垫子上。"),
        ("The dog sat on the mat.", "狗坐在垫子上。"),
        ("The dog lay on a rug today.", "狗今天躺在地毯上。"),
        min_score=60.0,
    )
    found = memory.matches("The cat sat on the mat.")
    # the two 6-of-7 matches tie on score; the newer pair comes first
    assert [m.target for m in found] == ["猫坐在垫子上。", "狗坐在垫子上。", "猫坐在一块垫子上。"]
    assert [m.score for m in found] == [100.0, 85.7, 85.7]
    assert all(m.score >= 60.0 for m in found)
    assert [m.target for m in memory.matches("The cat sat on the mat.", limit=1)] == ["猫坐在垫子上。"]


def test_matches_break_score_ties_by_the_newer_pair():
    memory = TranslationMemory(
        [
            Entry("The cat sat on a mat.", "旧", 1, "aligned", "2026-01-01"),
            Entry("The cat sat on my mat.", "新", 2, "aligned", "2026-03-01"),
        ]
    )
    assert [m.target for m in memory.matches("The cat sat on the mat.")] == ["新", "旧"]


def test_the_newer_pair_wins_whatever_the_order_they_come_in():
    memory = TranslationMemory(
        [Entry("Hello.", "新", 2, "accepted", "2026-02-01"), Entry("Hello.", "旧", 1, "aligned", "2026-01-01")]
    )
    match = memory.lookup("Hello.")
    assert match is not None and match.target == "新"


def test_on_the_same_timestamp_an_accepted_edit_beats_an_alignment_and_the_later_row_wins_a_full_tie():
    stamp = "2026-01-01T00:00:00"
    accepted_first = TranslationMemory(
        [Entry("Hello.", "接受的", 1, "accepted", stamp), Entry("Hello.", "对齐的", 2, "aligned", stamp)]
    )
    assert accepted_first.lookup("Hello.").target == "接受的"  # type: ignore[union-attr]
    imported_over_aligned = TranslationMemory(
        [Entry("Hello.", "对齐的", 1, "aligned", stamp), Entry("Hello.", "导入的", 2, "imported", stamp)]
    )
    assert imported_over_aligned.lookup("Hello.").target == "导入的"  # type: ignore[union-attr]
    tie = TranslationMemory([Entry("Hello.", "一", 1, "aligned", stamp), Entry("Hello.", "二", 2, "aligned", stamp)])
    assert tie.lookup("Hello.").target == "二"  # type: ignore[union-attr]
    assert len(tie) == 1


def test_a_case_only_difference_is_shown_as_a_repaired_match():
    match = tm(("The model is trained.", "模型被训练。")).lookup("the model is trained.")
    assert match is not None and match.target == "模型被训练。" and match.repairs == ()
    assert (match.score, match.raw_score) == (REPAIRED_SCORE, 80.0)
    assert match.source == "The model is trained." and match.entry.pair_id == 0 and not match.exact


def test_tokens_that_differ_only_in_white_space_are_a_full_match():
    match = tm(("The model is trained.", "模型被训练。")).lookup("The model  is trained.")
    assert match is not None and (match.score, match.raw_score) == (100.0, 100.0) and match.repairs == ()


def test_a_repaired_match_that_also_differs_in_a_word_keeps_its_class_score():
    memory = tm(("Set `lr` to 5 for the model training run.", "为模型训练将`lr`设为5。"))
    match = memory.lookup("Set `eta` to 5 for a model training run.")
    assert match is not None and match.target == "为模型训练将`eta`设为5。"
    # 10 tokens: the span differs (a class match) and one word differs → 9/10 by class, 8/10 raw
    assert (match.score, match.raw_score) == (90.0, 80.0)
    assert match.repairs == (("`lr`", "`eta`"),)


def test_a_number_inside_a_decimal_is_not_repaired_by_mistake():
    memory = tm(("Use 1 layer with rate 0.1.", "用1层，学习率0.1。"))
    match = memory.lookup("Use 2 layer with rate 0.1.")
    assert match is not None and match.target == "用2层，学习率0.1。" and match.repairs == (("1", "2"),)


def test_a_span_after_a_comma_is_repaired_as_markup_not_as_a_number():
    memory = tm(("For example, `lr` is small.", "例如,`lr`很小。"))
    match = memory.lookup("For example, `eta` is small.")
    assert match is not None and match.target == "例如,`eta`很小。" and match.score == REPAIRED_SCORE


def test_a_span_that_occurs_twice_in_the_target_is_not_repaired():
    memory = tm(("Use `x` here.", "这里用`x`，只用`x`。"))
    match = memory.lookup("Use `y` here.")
    assert match is not None and match.repairs == () and match.target == "这里用`x`，只用`x`。"
    assert match.score == match.raw_score == 75.0


def test_a_different_number_of_spans_is_not_repaired():
    memory = tm(("Call `f` now.", "现在调用`f`。"), min_score=50.0)
    match = memory.lookup("Call `g` `h` now.")
    assert match is not None and match.repairs == () and match.target == "现在调用`f`。"
    assert match.score == match.raw_score == 60.0


def test_the_default_threshold_is_what_translators_expect():
    assert DEFAULT_MIN_SCORE == 75.0
    memory = tm(("alpha beta gamma delta", "甲乙丙丁"))
    assert memory.lookup("alpha beta gamma") is not None  # 75 %: kept
    assert memory.lookup("alpha beta") is None  # 50 %: below the default


def test_a_match_that_differs_by_a_glossary_term_gets_the_terms_translation():
    from amts_gui.core.text.terms import TermEntry, TermFinder

    terms = TermFinder([TermEntry("saddle point", ("鞍点",)), TermEntry("local minimum", ("局部最小值",))])
    entries = [Entry("A saddle point is rare in 2 dimensions.", "在 2 维中鞍点很少见。", 1, "accepted", "t")]
    with_glossary = TranslationMemory(entries, terms=terms)
    match = with_glossary.lookup("A local minimum is rare in 3 dimensions.")
    assert match is not None
    assert match.target == "在 3 维中局部最小值很少见。" and match.score == 99.0
    assert match.repairs == (("2", "3"), ("saddle point", "local minimum"))
    plain = TranslationMemory(entries).lookup("A local minimum is rare in 3 dimensions.")
    assert plain.target == "在 3 维中鞍点很少见。" and plain.score < 80  # without the glossary: the number only
    # the memory term's translation missing from the target (or twice there): no repair, no false 99
    odd = [Entry("A saddle point is rare.", "这种点很少见。", 2, "accepted", "t")]
    unrepaired = TranslationMemory(odd, min_score=0, terms=terms).lookup("A local minimum is rare.")
    assert unrepaired is not None and unrepaired.target == "这种点很少见。" and unrepaired.score < 99
    twice = [Entry("A saddle point is rare.", "鞍点，鞍点很少见。", 3, "accepted", "t")]
    assert TranslationMemory(twice, min_score=0, terms=terms).lookup("A local minimum is rare.").score < 99


def test_a_short_chinese_query_finds_a_match_that_shares_no_bigram_with_it():
    # "的数" and "范数" share one character and no bigram; 40 longer entries share "的" and come first by count
    fillers = [(f"这是第{k}个很长的句子的例子", f"filler {k}") for k in range(40)]
    memory = tm(*fillers, ("范数", "norm"), min_score=50)
    match = memory.lookup("的数")
    assert match is not None and match.target == "norm" and match.score == 50.0


def test_duplicate_sources_give_the_newest_pair_once():
    memory = TranslationMemory(
        [
            Entry("Same source.", "旧", 1, "aligned", "2026-01-01"),
            Entry("Same source.", "新", 2, "accepted", "2026-02-01"),
        ],
        min_score=50,
    )
    assert memory.lookup("Same source.").target == "新"
    assert [m.target for m in memory.matches("Same source!", limit=5)] == ["新"]
