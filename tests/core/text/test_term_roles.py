"""The role a term plays in an English sentence, and term QA staying quiet in the roles the project's
translators render otherwise."""

from __future__ import annotations

import pytest

from amts_gui.core.text.qa import term_findings
from amts_gui.core.text.term_roles import HEAD, MODIFIER, VERB, role
from amts_gui.core.text.terms import TermEntry, TermFinder

ENTRIES = [
    TermEntry("ground truth", ("真实值",)),
    TermEntry("label", ("标签",)),
    TermEntry("transform", ("变换",)),
    TermEntry("concatenate", ("连结",)),
    TermEntry("epoch", ("轮",)),
    TermEntry("LSTM", ("长短期记忆网络",), case_sensitive=True),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We compare it with the ground truth.", HEAD),
        ("Each ground-truth bounding box is kept.", MODIFIER),
        ("The ground truth of the image is known.", HEAD),  # "of": a function word, not a noun after it
        ("We label the class as background.", VERB),
        ("The labels are noisy.", HEAD),
        ("The label noise is high.", MODIFIER),
        ("The encoder transforms the input.", VERB),
        ("The number of epochs ⟦1⟧ is a hyperparameter.", HEAD),  # code after a plural names the noun
        ("If the number of labels cannot be divided, stop.", HEAD),  # a modal after it: not a modifier
        ("A Fourier transform helps.", HEAD),  # "helps": a verb after it, so the term is the noun
        ("We concatenate the matrices.", HEAD),  # a verb entry: every use is the term
        ("An LSTM model.", HEAD),  # an abbreviation is always the term
    ],
)
def test_the_role_of_a_term(text, expected):
    [match] = TermFinder(ENTRIES).find(text)
    assert role(text, match) == expected


def test_findings_stay_quiet_only_in_the_quiet_roles():
    quiet = TermFinder(ENTRIES, quiet={"ground truth": frozenset({MODIFIER}), "label": frozenset({VERB})})
    loud = TermFinder(ENTRIES)
    modifier = ("Each ground-truth bounding box is kept.", "每个真实边界框都保留。")
    head = ("We compare it with the ground truth.", "我们把它与真实情况比较。")
    verb = ("We label the class as background.", "我们把类别标记为背景。")
    assert term_findings(loud, *modifier) and not term_findings(quiet, *modifier)
    assert term_findings(quiet, *head)  # its own noun always warns
    assert term_findings(loud, *verb) and not term_findings(quiet, *verb)
    both = ("The ground truth and each ground-truth box.", "真实情况和每个真实框。")
    assert term_findings(quiet, *both)  # one occurrence as the noun is enough to warn
