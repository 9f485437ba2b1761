from __future__ import annotations

import pytest

from amts_gui.core.align.beads import check_coverage, format_bead, parse_beads, score_alignments, swap
from amts_gui.core.errors import InputError


def test_parse_and_format_round_trip():
    text = "[0, 1]:[0]\n[2]:[1,2]\n[3]:[]\n[]:[3]\n"
    beads = parse_beads(text)
    assert beads == [((0, 1), (0,)), ((2,), (1, 2)), ((3,), ()), ((), (3,))]
    assert [format_bead(*b) for b in beads] == ["[0, 1]:[0]", "[2]:[1, 2]", "[3]:[]", "[]:[3]"]
    assert swap(beads)[0] == ((0,), (0, 1))


def test_malformed_bead_line_names_the_line():
    with pytest.raises(InputError, match=r"gold.align, line 2"):
        parse_beads("[0]:[0]\n0 -> 1\n", where="gold.align")


def test_coverage_check():
    check_coverage([((0,), (0, 1)), ((1,), ())], 2, 2)
    with pytest.raises(ValueError, match="target"):
        check_coverage([((0,), (0,)), ((1,), (0,))], 2, 1)


def test_perfect_alignment_scores_one():
    gold = [((0,), (0,)), ((1, 2), (1,)), ((3,), ())]
    scores = score_alignments([(gold, gold)])
    assert scores.strict.f1 == scores.lax.f1 == 1.0


def test_strict_and_lax_counts_by_hand():
    gold = [((0,), (0,)), ((1,), (1, 2)), ((2,), (3,))]
    system = [((0,), (0,)), ((1,), (1,)), ((), (2,)), ((2,), (3,))]
    s = score_alignments([(system, gold)])
    # precision: 4 system beads; strict hits [0]:[0] and [2]:[3]; lax adds [1]:[1] (link 1-1 is in gold)
    assert s.strict.precision == pytest.approx(2 / 4)
    assert s.lax.precision == pytest.approx(3 / 4)
    # recall: 3 gold beads vs the 3 non-empty system beads; [1]:[1,2] is a lax hit only
    assert s.strict.recall == pytest.approx(2 / 3)
    assert s.lax.recall == pytest.approx(3 / 3)
    assert s.strict.f1 == pytest.approx(2 * 0.5 * (2 / 3) / (0.5 + 2 / 3))


def test_empty_sided_beads_never_count_for_recall_and_only_strictly_for_precision():
    gold = [((0,), ()), ((1,), (0,))]
    system = [((0,), (0,)), ((1,), ())]
    s = score_alignments([(system, gold)])
    assert s.strict.precision == 0.0
    assert s.lax.precision == 0.0  # [1]:[] cannot be a lax hit; [0]:[0] shares no gold link
    assert s.strict.recall == 0.0


def test_micro_average_over_documents():
    doc1 = ([((0,), (0,))], [((0,), (0,))])
    doc2 = ([((0,), (0,)), ((1,), (1,)), ((2,), (2,))], [((0, 1, 2), (0, 1, 2))])
    s = score_alignments([doc1, doc2])
    assert s.strict.precision == pytest.approx(1 / 4)
    assert s.strict.recall == pytest.approx(1 / 2)
    assert s.lax.precision == pytest.approx(1.0)


def test_zero_denominators_give_zero():
    s = score_alignments([([], [])])
    assert (s.strict.f1, s.lax.f1) == (0.0, 0.0)
