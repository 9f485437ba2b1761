"""QA of a translation: placeholders, numbers and emptiness."""

from __future__ import annotations

from amts_gui.core.text.placeholders import FindingKind
from amts_gui.core.text.qa import check_final, number_findings


def test_qa_reports_placeholders_numbers_and_emptiness():
    kinds = [f.kind for f in check_final("Set ⟦1⟧ to 0.5 for 10 epochs.", ("`lr`",), "将学习率设为0.5，训练20轮。")]
    assert kinds == [FindingKind.MISSING, FindingKind.NUMBER_MISSING, FindingKind.NUMBER_EXTRA]
    assert check_final("Run ⟦1⟧ 3 times.", ("`f`",), "运行⟦1⟧３次。") == []  # full-width digits count
    assert [f.kind for f in check_final("x", (), " ")] == [FindingKind.EMPTY]
    assert number_findings("1,000 samples", "1000个样本") == []
