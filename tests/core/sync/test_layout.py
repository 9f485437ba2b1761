"""The synced chapter keeps the old translation's own text and line layout where the English allows."""

from __future__ import annotations

from amts_gui.core.align.documents import AlignedPair
from amts_gui.core.sync.three_way import synchronize
from amts_gui.core.text.markdown import parse

OLD = """# Init

We draw the weights.
We scale them.
Then we train.

```python
w = init(3)
```


- We sum it.
- We stop.
"""
# the edition writes a paragraph on lines of its own, puts one blank line before the list, and wraps
# after a comma
TRANSLATION = """# 初始化

我们抽取权重，
然后缩放它们。接着训练。

```python
w = init(3)
```

- 我们求和。
- 我们停下。
"""


def _sync(new: str, translation: str = TRANSLATION):
    old_doc, trans_doc = parse(OLD, "en"), parse(translation, "zh")
    src, tgt = list(old_doc.segments()), list(trans_doc.segments())
    beads = [([0], [0]), ([1, 2], [1]), ([3], [2]), ([4], [3]), ([5], [4])]
    pairs = [
        AlignedPair(
            tuple(src[i].key for i in s),
            tuple(tgt[i].key for i in t),
            " ".join(src[i].text for i in s),
            "".join(tgt[i].text for i in t),
            0.9,
        )
        for s, t in beads
    ]
    return synchronize(old_doc, parse(new, "en"), trans_doc, alignment=pairs)


def test_an_unchanged_chapter_comes_out_as_the_old_translation_byte_for_byte():
    rewrapped = OLD.replace("We draw the weights.\nWe scale them.", "We draw the weights. We scale them.")
    assert _sync(OLD).render().text == TRANSLATION
    assert _sync(rewrapped).render().text == TRANSLATION  # the English rewrapped: the translation is not


def test_a_changed_paragraph_keeps_the_translations_one_line_layout():
    translation = TRANSLATION.replace("我们抽取权重，\n然后", "我们抽取权重，然后")
    new = OLD.replace("Then we train.", "Then we train it.")
    output = _sync(new, translation).render().text
    assert "我们抽取权重，然后缩放它们。接着训练。\n" in output  # one line, as the translation has it
    assert "\n\n- 我们求和。" in output and "```\n\n- " in output  # the translation's one blank line


def test_a_changed_paragraph_of_a_wrapped_translation_stays_wrapped():
    new = OLD.replace("Then we train.", "Then we train it.")
    output = _sync(new).render().text
    assert "然后缩放它们。\n接着训练。" in output


def test_a_changed_list_marker_or_a_new_sentence_keeps_no_paragraph_verbatim():
    starred = OLD.replace("- We sum it.", "* We sum it.")
    assert "* 我们求和。" in _sync(starred).render().text  # the English's marker, not the old one
    added = OLD.replace("Then we train.", "Then we train.\nWe test.")
    output = _sync(added).render().text
    assert "We test." in output and "我们抽取权重，" in output


def test_line_layout_follows_the_source_paragraphs_and_else_the_translations_habit():
    from amts_gui.core.sync.layout import line_layout

    new = parse("# T\n\nOne. Two.\n\nThree.\nFour.\n\nFive. Six.\n\nSeven.\n", "en")
    #            block 0, 2: one line of two sentences; 4: wrapped; 6: one line, no source; 8: one sentence
    wrapped_translation = parse("# 标题\n\n一。\n二。\n\n三。\n四。\n\n五。六。\n", "zh")  # 2 of 3 wrapped
    layout = line_layout(new, wrapped_translation, {2: [2], 4: [6]})
    assert layout.wrapped == {2, 6}  # from a wrapped source; and by habit, where no source is known
    assert layout.one_line == {4}  # its source (block 6 of the translation) is on one line
    one_line_translation = parse("# 标题\n\n一。二。\n\n三。四。\n\n五。\n六。\n", "zh")  # 2 of 3 on one line
    layout = line_layout(new, one_line_translation, {})
    assert layout.one_line == {4} and layout.wrapped == set()  # the habit: one line; block 8 has one sentence
    no_paragraphs = parse("# 标题\n\n一。\n", "zh")  # nothing of several sentences: the English's layout
    assert line_layout(new, no_paragraphs, {}) == type(layout)(set(), set())


def test_blank_lines_are_the_translations_only_between_two_blocks_that_stand_for_neighbours():
    from amts_gui.core.sync.layout import kept_blanks

    new = parse("A.\n\n\nB.\n\nC.\n\n", "en")  # blocks: 0 A, 1 blank, 2 B, 3 blank, 4 C, 5 blank
    translation = parse("甲。\n乙。\n\n丙。\n丁。\n", "zh")  # one block, blank, one block
    # B and C stand for the same block: the blank between them stays the English's; the end is the translation's
    assert kept_blanks(new, translation, {0: 0, 2: 2, 4: 2}) == {1: "\n", 5: ""}
    # an anchor that goes back, or a translation block that is not blank between: the English's own
    assert kept_blanks(new, translation, {0: 2, 2: 0}) == {}
    assert kept_blanks(new, translation, {0: 0, 4: 4}) == {}
