"""Slide markers projected from the English sentence onto its translation (real sentences of D2L)."""

from __future__ import annotations

import pytest

from amts_gui.core.sync.slide_markers import MarkedPart, marked_parts, project_markers


def test_the_marked_parts_and_the_bare_sentence():
    bare, parts = marked_parts("Here, (**our intent is**) not [**this**].")  # type: ignore[misc]
    assert bare == "Here, our intent is not this."
    assert parts == [MarkedPart(6, 19, "(**", "**)"), MarkedPart(24, 28, "[**", "**]")]
    assert bare[6:19] == "our intent is"
    assert marked_parts("An (**open part.") is None
    assert marked_parts("Mixed (**kinds**].") is None
    assert marked_parts("A **]close first[**.") is None


@pytest.mark.parametrize(
    ("source", "translation", "expected"),
    [
        # the closer at the end of a part that ends the sentence: before the final stop
        (
            "Sometimes, we wish to [**move some calculations outside of the recorded computational graph.**]",
            "有时，我们希望将某些计算移动到记录的计算图之外。",
            "有时，[**我们希望将某些计算移动到记录的计算图之外**]。",
        ),
        # a part that is the whole sentence keeps the stop inside
        (
            "[**Now let us calculate another function of `x`.**]",
            "现在计算`x`的另一个函数。",
            "[**现在计算`x`的另一个函数。**]",
        ),
        # the closer just before a code span the translation has too: just before it
        (
            "As an example, we begin by (**creating an artificial dataset that is stored in a csv "
            "(comma-separated values) file**) `../data/house_tiny.csv`.",
            "举一个例子，我们首先创建一个人工数据集，并存储在csv（逗号分隔值）文件 `../data/house_tiny.csv` 中。",
            "举一个例子，(**我们首先创建一个人工数据集，并存储在csv（逗号分隔值）文件**) `../data/house_tiny.csv` 中。",
        ),
        # a closer before an English comma goes before a comma of the translation
        (
            "To [**load the raw dataset from the created csv file**], we import the `pandas` package.",
            "要从创建的 csv 文件中加载原始数据集，我们导入 `pandas` 包。",
            "[**要从创建的 csv 文件中加载原始数据集**]，我们导入 `pandas` 包。",
        ),
        # two parts, each at its own clause
        (
            "Here, (**our intent is**) not to calculate the differentiation matrix but rather "
            "(**the sum of the partial derivatives computed individually for each example**) in the batch.",
            "这里，我们的目的不是计算微分矩阵，而是批量中每个样本单独计算的偏导数之和。",
            "这里，(**我们的目的不是计算微分矩阵**)，(**而是批量中每个样本单独计算的偏导数之和**)。",
        ),
        # inside brackets in English, inside brackets in the translation
        (
            "They show up in machine learning (including [**in deep learning**]), more often "
            "(**when we are calling backward on a vector,**) we are trying to calculate it.",
            "它们出现在机器学习中（包括深度学习中），但当我们调用向量的反向计算时，我们通常会试图计算它。",
            "它们出现在机器学习中（[**包括深度学习中**]），(**但当我们调用向量的反向计算时**)，我们通常会试图计算它。",
        ),
        # a spaced target language: the same boundaries after its commas
        (
            "Next, [**we can automatically calculate the gradient**] by calling the function.",
            "Tiếp theo, chúng ta có thể tự động tính gradient, bằng cách gọi hàm.",
            "Tiếp theo, [**chúng ta có thể tự động tính gradient**], bằng cách gọi hàm.",
        ),
    ],
)
def test_markers_are_projected_by_place(source, translation, expected):
    assert project_markers(source, translation) == expected


def test_nothing_is_guessed_when_there_is_no_place_for_the_part():
    # a clause boundary in English, none in the translation: the opener has nowhere to go but the end
    assert project_markers("Next, [**we can calculate the gradient**] by calling it.", "接着计算梯度。") is None
    # the translation already has its own markers
    assert project_markers("We [**compute it**] now.", "我们[**现在计算**]。") is None
    # markers that do not pair up
    assert project_markers("We (**compute it**] now.", "我们现在计算。") is None


def test_a_code_span_twice_in_the_translation_is_no_anchor():
    source = "We pick (**the maximum**) `x` here."
    once = project_markers(source, "我们在这里选最大值 `x`。")
    twice = project_markers(source, "我们在这里选 `x` 的最大值 `x`。")
    assert once == "(**我们在这里选最大值**) `x`。"
    assert twice == "(**我们在这里选 `x` 的最大值 `x`**)。"  # by position only: the closer at the end
