from __future__ import annotations

import subprocess
import sys

import pytest

from amts_gui.core.errors import InputError
from amts_gui.core.scoring.metrics import corpus_scores, hter, sentence_bleu

ZH_REFS = [
    "分类器通常用softmax函数把原始得分转换为概率。",
    "当温度趋于零时，分布集中在最大得分上。",
    "本节给这个函数加上一个旋钮。",
]
ZH_HYPS = [
    "分类器通常使用softmax函数将原始分数转换为概率。",
    "当温度接近零时，分布集中于最大的得分。",
    "本节为该函数增加一个旋钮。",
]
EN_REFS = ["A classifier turns raw scores into probabilities.", "The temperature flattens the distribution."]
EN_HYPS = ["A classifier converts the raw scores to probabilities.", "Temperature makes the distribution flatter."]


def _cli(tmp_path, hyps, refs, *options) -> str:
    hyp, ref = tmp_path / "hyp.txt", tmp_path / "ref.txt"
    hyp.write_text("\n".join(hyps) + "\n", encoding="utf-8")
    ref.write_text("\n".join(refs) + "\n", encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-m", "sacrebleu", str(ref), "-i", str(hyp), "-b", "-w", "4", *options],
        capture_output=True,
        text=True,
        check=True,
    )
    return out.stdout.strip()


@pytest.mark.parametrize(
    ("lang", "hyps", "refs", "bleu_options", "ter_options"),
    [
        ("zh", ZH_HYPS, ZH_REFS, ["-tok", "zh"], ["--ter-asian-support", "--ter-normalized"]),
        ("en", EN_HYPS, EN_REFS, ["-tok", "13a"], []),
    ],
)
def test_scores_equal_the_sacrebleu_command_line(tmp_path, lang, hyps, refs, bleu_options, ter_options):
    scores = corpus_scores(hyps, refs, lang)
    assert f"{scores.bleu.value:.4f}" == _cli(tmp_path, hyps, refs, "-m", "bleu", *bleu_options)
    assert f"{scores.chrf.value:.4f}" == _cli(tmp_path, hyps, refs, "-m", "chrf")
    assert f"{scores.ter.value:.4f}" == _cli(tmp_path, hyps, refs, "-m", "ter", *ter_options)
    assert ("tok:zh" if lang == "zh" else "tok:13a") in scores.bleu.signature
    assert 0 < scores.bleu.unit < 1 and scores.segments == len(hyps)


def test_identical_text_scores_perfectly_and_hter_measures_the_edit():
    assert corpus_scores(ZH_REFS, ZH_REFS, "zh").bleu.value == pytest.approx(100.0)
    assert sentence_bleu(ZH_REFS[0], ZH_REFS[0], "zh") == pytest.approx(100.0)
    assert sentence_bleu(ZH_HYPS[1], ZH_REFS[1], "zh") < 100.0
    assert hter(ZH_REFS, ZH_REFS, "zh").value == 0.0
    assert hter(ZH_HYPS, ZH_REFS, "zh").value > 0.0


def test_mismatched_or_empty_input_is_refused():
    with pytest.raises(InputError, match="must pair up"):
        corpus_scores(["a"], ["a", "b"], "en")
    with pytest.raises(InputError, match="nothing to score"):
        corpus_scores([], [], "en")


def test_chinese_ter_counts_characters_not_whole_sentences():
    # one character inserted into a 6-character final: without normalization sacrebleu ignores
    # asian_support and would count the sentence as one word (TER 100)
    assert hter(["狗跑得快。"], ["狗跑得很快。"], "zh").value == pytest.approx(100 / 6)
