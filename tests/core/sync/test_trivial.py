"""Changes of form only: which kinds, and the old translation carried over them."""

from __future__ import annotations

import pytest

from amts_gui.core.sync.trivial import carry_trivial, partial_slide_markers, trivial_change


@pytest.mark.parametrize(
    ("old", "new", "kinds"),
    [
        ("Now let us calculate $y$.", "(**Now let us calculate $y$.**)", ("slide markers",)),
        ("One benefit is that even if it works.", "One benefit is that [**even if**] it works.", ("slide markers",)),
        ("It is *great*.", "It is **great**.", ("emphasis",)),
        ("Applied to Fashion MNIST.", "Applied to Fashion-MNIST.", ("punctuation",)),
        ("Here's the plan.", "Here is the plan.", ("contractions",)),
        ("The Model.", "The model.", ("case",)),
        ("We use 3 layers.", "We use 4 layers.", ("numbers",)),
        ("Set `y` to 1.", "Set `Y` to 1.", ("code, math or roles",)),
        ("A  b.", "A b.", ("spacing",)),
        ("We use three layers.", "We use four layers.", None),  # a word changed
        ("Same.", "Same.", None),  # nothing changed
    ],
)
def test_the_kinds_of_a_change_of_form(old, new, kinds):
    assert trivial_change(old, new) == kinds


def test_the_translation_is_carried_with_numbers_and_placeholders_repaired():
    assert carry_trivial("We use 3 layers.", "We use 4 layers.", "我们使用3层。") == "我们使用4层。"
    assert carry_trivial("Set `y` to 1.", "Set `Y` to 1.", "将`y`设为1。") == "将`Y`设为1。"
    assert carry_trivial("Use 3 or 3.", "Use 4 or 5.", "用3或3。") is None  # ambiguous: not guessed


def test_a_slide_marker_around_the_whole_sentence_goes_around_the_whole_translation():
    assert carry_trivial("Now let us calculate $y$.", "(**Now let us calculate $y$.**)", "现在计算$y$。") == (
        "(**现在计算$y$。**)"
    )
    partial = "Next, [**we can calculate the gradient**] by calling it."
    old = "Next, we can calculate the gradient by calling it."
    translation = "接着，我们可以计算梯度，通过调用它。"
    assert carry_trivial(old, partial, translation) == "接着，[**我们可以计算梯度**]，通过调用它。"
    assert carry_trivial(old, partial, "接着计算梯度。") == "接着计算梯度。"  # no place for the part: left for a person
    assert partial_slide_markers("Next, we can calculate the gradient by calling it.", partial)
    assert not partial_slide_markers("Now let us calculate $y$.", "(**Now let us calculate $y$.**)")
