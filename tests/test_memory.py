"""Translation memory: OmegaT-style percentages, placeholder/number repair, CJK, and the TM engine."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from amts_gui.core.memory import REPAIRED_SCORE, Entry, TranslationMemory, similarity, tokenize
from amts_gui.core.placeholders import mask
from amts_gui.engines.base import SegmentInput
from amts_gui.engines.memory import MemoryEngine


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


def test_memory_engine_drafts_with_tokens_and_match_metadata(demo_store):
    from amts_gui.core.parallel import align_chapter

    align_chapter(demo_store, "softmax-temperature.md")
    rows = demo_store.segments("softmax-temperature.md")
    engine = MemoryEngine.for_project(demo_store)
    segments = [SegmentInput.from_row(r) for r in rows]
    run = engine.translate(segments, "en", "zh")
    assert run.drafts and not run.cancelled
    by_id = {d.segment_id: d for d in run.drafts}
    with_markup = next(s for s in segments if s.markup and s.id in by_id)
    draft = by_id[with_markup.id]
    assert "⟦1⟧" in draft.text and draft.meta["score"] == 100.0
    assert draft.engine == "tm" and json.dumps(draft.meta)
    # leaving the chapter's own pairs out leaves nothing to match in a one-chapter project
    empty = MemoryEngine.for_project(demo_store, exclude_chapters=["softmax-temperature.md"])
    assert empty.translate(segments, "en", "zh").drafts == ()


def test_memory_engine_honours_cancellation():
    engine = MemoryEngine(tm(("a b c", "x")))
    segs = [SegmentInput(str(i), "a b c", (), "a b c") for i in range(5)]
    calls = []
    run = engine.translate(segs, "en", "zh", cancelled=lambda: len(calls) >= 2, progress=lambda *a: calls.append(a))
    assert run.cancelled and len(run.drafts) == 2
