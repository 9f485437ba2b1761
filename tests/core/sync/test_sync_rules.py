"""What real history taught the sync (issue 33): slide markers end sentences, localized code cells stay,
a sentence the old translation left out stays out, and no English is left where a translation exists."""

from __future__ import annotations

from amts_gui.core.align.documents import AlignedPair
from amts_gui.core.sync.three_way import OMITTED_REASON, RECOVERED, Status, synchronize
from amts_gui.core.text.markdown import parse
from amts_gui.core.text.sentences import sentences


def test_slide_markers_after_the_full_stop_end_the_sentence_in_english_and_chinese():
    assert sentences("We begin by (**creating a dataset.**) Then we load it.", "en") == [
        "We begin by (**creating a dataset.**)",
        "Then we load it.",
    ]
    assert sentences("To do so, [**we call it.**] Next, we fill.", "en") == [
        "To do so, [**we call it.**]",
        "Next, we fill.",
    ]
    assert sentences("It is *great.* Then more.", "en") == ["It is *great.*", "Then more."]
    assert sentences("我们首先（**创建一个数据集。**）然后加载它。", "zh") == [
        "我们首先（**创建一个数据集。**）",
        "然后加载它。",
    ]


OLD = """# Init

We draw the weights.
We scale them.

```python
w = init(3)  # draw weights
```

$$y = \\text{scale} \\cdot x$$
"""
TRANSLATION = """# 初始化

我们抽取权重。

```python
w = init(3)  # 抽取权重
```

$$y = \\text{缩放} \\cdot x$$
"""


def _pairs(old: str, translation: str, beads: list[tuple[list[int], list[int]]]) -> list[AlignedPair]:
    """Beads by sentence number, in order: ([old sentences], [translation sentences])."""
    src, tgt = list(parse(old, "en").segments()), list(parse(translation, "zh").segments())
    return [
        AlignedPair(
            tuple(src[i].key for i in s),
            tuple(tgt[i].key for i in t),
            " ".join(src[i].text for i in s),
            "".join(tgt[i].text for i in t),
            0.9 if s and t else 0.0,
        )
        for s, t in beads
    ]


def _sync(new: str, beads):
    return synchronize(
        parse(OLD, "en"), parse(new, "en"), parse(TRANSLATION, "zh"), alignment=_pairs(OLD, TRANSLATION, beads)
    )


def test_unchanged_code_and_math_keep_the_editions_translated_comments():
    result = _sync(OLD, [([0], [0]), ([1], [1]), ([2], [])])
    output = result.render().text
    assert "w = init(3)  # 抽取权重" in output and "\\text{缩放}" in output
    assert result.counts()["blocks_carried"] == 2
    changed = OLD.replace("init(3)", "init(4)")
    output = _sync(changed, [([0], [0]), ([1], [1]), ([2], [])]).render().text
    assert "w = init(4)  # draw weights" in output  # changed code follows the new English


def test_a_sentence_the_old_translation_left_out_stays_out_and_is_said():
    result = _sync(OLD, [([0], [0]), ([1], [1]), ([2], [])])
    scaled = next(s for s in result.segments if s.source == "We scale them.")
    assert scaled.status is Status.OMITTED and scaled.review and scaled.reasons == (OMITTED_REASON,)
    assert not scaled.carried and "We scale them." not in result.render().text
    assert result.counts()["untranslated"] == 0


def test_two_sentences_the_alignment_left_alone_side_by_side_are_paired_for_review():
    translation = TRANSLATION.replace("我们抽取权重。", "我们抽取权重。我们缩放它们。")
    old_doc, trans_doc = parse(OLD, "en"), parse(translation, "zh")
    pairs = _pairs(OLD, translation, [([0], [0]), ([1], [1]), ([2], []), ([], [2])])
    result = synchronize(old_doc, parse(OLD, "en"), trans_doc, alignment=pairs)
    scaled = next(s for s in result.segments if s.source == "We scale them.")
    assert scaled.translation == "我们缩放它们。" and scaled.review and RECOVERED in scaled.reasons
    assert scaled.confidence is None


def test_a_new_sentence_the_chapter_translates_elsewhere_is_not_left_in_english():
    new = OLD.replace("We scale them.", "We scale them.\n\nWe draw the weights.")
    result = _sync(new, [([0], [0]), ([1], [1]), ([2], [])])
    again = [s for s in result.segments if s.source == "We draw the weights."]
    assert [s.translation for s in again] == ["我们抽取权重。", "我们抽取权重。"]
    assert again[1].review and "translated elsewhere" in again[1].reasons[-1]


def test_a_change_of_form_only_is_carried_with_a_note_and_not_flagged_as_changed():
    from amts_gui.core.sync.report import report

    new = OLD.replace("We scale them.", "(**We scale them.**)").replace("We draw the weights.", "We draw the weights!")
    translation = TRANSLATION.replace("我们抽取权重。", "我们抽取权重。我们缩放它们。")
    pairs = _pairs(OLD, translation, [([0], [0]), ([1], [1]), ([2], [2])])
    result = synchronize(parse(OLD, "en"), parse(new, "en"), parse(translation, "zh"), alignment=pairs)
    by_source = {s.source: s for s in result.segments}
    scaled, drawn = by_source["(**We scale them.**)"], by_source["We draw the weights!"]
    assert scaled.status is Status.TRIVIAL and scaled.carried and not scaled.review
    assert scaled.translation == "(**我们缩放它们。**)"
    assert drawn.status is Status.TRIVIAL and drawn.translation == "我们抽取权重。"
    assert result.counts()["changed"] == 0 and result.counts()["trivial"] == 2
    notes = {e["source"]: e["note"] for e in report(result, {})["segments"] if "note" in e}
    assert notes == {
        "We draw the weights!": "only its punctuation changed",
        "(**We scale them.**)": "only its slide markers changed",
    }


def test_a_paragraph_the_old_translation_left_out_whole_leaves_no_empty_lines():
    old = "# Init\n\nWe draw.\n\nA lone note.\n\nWe scale.\n"
    translation = "# 初始化\n\n我们抽取。\n\n我们缩放。\n"
    pairs = _pairs(old, translation, [([0], [0]), ([1], [1]), ([2], []), ([3], [2])])
    result = synchronize(parse(old, "en"), parse(old, "en"), parse(translation, "zh"), alignment=pairs)
    assert result.render().text == translation


def test_a_changed_code_cell_keeps_the_comments_the_edition_translated():
    from amts_gui.core.sync.blocks import merged_lines

    old = "```python\n# Column names\nf.write('a')\n# Each row is a data point\nf.write('b')\n```\n"
    translated = "```python\n# 列名\nf.write('a')\n# 每行是一个数据点\nf.write('b')\n```\n"
    new = old.replace("f.write('b')", "f.write('c')").replace("data point", "data example")
    # the unchanged comment keeps its translation; the reworded one is English again (the Chinese is out
    # of date); the changed code follows the English
    assert merged_lines(old, new, translated) == (
        "```python\n# 列名\nf.write('a')\n# Each row is a data example\nf.write('c')\n```\n"
    )
    # a comment of two lines said in one, a d2lbook directive never taken for a comment
    old = "```python\n#@tab pytorch\n# Clear the previous\n# values\nx.zero_()\n\ny = 1\n```\n"
    translated = "```python\n#@tab pytorch\n# 清除之前的值\nx.zero_()\n\ny = 1\n```\n"
    new = old.replace("y = 1", "y = 2")
    assert merged_lines(old, new, translated) == "```python\n#@tab pytorch\n# 清除之前的值\nx.zero_()\n\ny = 2\n```\n"
    assert merged_lines(old, new, old) is None  # nothing localized: nothing to merge


def test_the_changed_cell_takes_the_wording_of_the_translation_that_was_ahead_of_the_english():
    old_text = "# T\n\n```python\nmkdir('d')\nw = 1  # weights\n```\n"
    new_text = "# T\n\n```python\nos.makedirs('d')\nw = 1  # weights\n```\n"
    translation = "# T\n\n```python\nos.makedirs('d')\nw = 1  # 权重\n```\n"
    result = synchronize(parse(old_text, "en"), parse(new_text, "en"), parse(translation, "zh"), alignment=[])
    assert "os.makedirs('d')\nw = 1  # 权重\n" in result.render().text


def test_a_renamed_code_span_is_repaired_and_not_reported_missing():
    old, translation = "# T\n\nWe stack `num_layers` blocks.\n", "# T\n\n我们堆叠`num_layers`个块。\n"
    new = old.replace("num_layers", "num_blks")
    pairs = _pairs(old, translation, [([0], [0]), ([1], [1])])
    result = synchronize(parse(old, "en"), parse(new, "en"), parse(translation, "zh"), alignment=pairs)
    stacked = result.segments[1]
    assert stacked.status is Status.TRIVIAL and stacked.translation == "我们堆叠⟦1⟧个块。"
    assert not stacked.review and stacked.reasons == ("only its code, math or roles changed",)
    assert "我们堆叠`num_blks`个块。" in result.render().text


def test_the_fuzzy_floor_counts_and_a_tie_goes_to_the_first_old_sentence():
    from amts_gui.core.sync.three_way import FUZZY_AT_LEAST, match_sentences

    assert FUZZY_AT_LEAST == 50.0
    # "abcd" / "abxy": 2 of 8 characters in common, a ratio of exactly 50: paired as its changed version
    matched, gone = match_sentences(["Same.", "abcd", "End."], ["Same.", "abxy", "End."])
    assert matched[1] == (1, Status.CHANGED) and gone == set()
    # "abcd" / "axyz": 25, under the floor: no pair, the old sentence is gone
    matched, gone = match_sentences(["Same.", "abcd", "End."], ["Same.", "axyz", "End."])
    assert 1 not in matched and gone == {1}
    # two old sentences equally like the new one (75 each): the first is its changed version
    matched, gone = match_sentences(["Same.", "abcd", "abce", "End."], ["Same.", "abcf", "End."])
    assert matched[1] == (1, Status.CHANGED) and gone == {2}
