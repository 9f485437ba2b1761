"""Term QA: the glossary's terms of a source sentence, checked in its translation; and `amts qa`."""

from __future__ import annotations

import json

import pytest

from amts_gui.cli.main import main
from amts_gui.core.project.terms import TermEntry, save_terms
from amts_gui.core.terms.matching import TermFinder
from amts_gui.core.terms.qa import term_findings
from amts_gui.core.text.placeholders import FindingKind

GLOSSARY = [
    TermEntry("saddle point", ("鞍点",), forbidden=("马鞍点",)),
    TermEntry("accuracy", ("准确率", "精度")),
    TermEntry("PyTorch", (), do_not_translate=True, case_sensitive=True),
]


@pytest.mark.parametrize(
    ("source", "translation", "expected"),
    [
        ("Saddle points are rare.", "鞍点很少见。", []),
        (
            "Saddle points are rare.",
            "马鞍点很少见。",
            [(FindingKind.TERM_FORBIDDEN, "Saddle points: 马鞍点, use 鞍点")],
        ),
        ("The accuracy stays the same.", "精度保持不变。", []),  # any of the targets will do
        ("The accuracy stays the same.", "预测保持不变。", [(FindingKind.TERM, "accuracy → 准确率")]),
        ("Install PyTorch first.", "先安装PyTorch。", []),
        ("Install PyTorch first.", "先安装火炬。", [(FindingKind.TERM_CHANGED, "PyTorch")]),
        ("The accuracy ⟦1⟧.", "⟦1⟧。", [(FindingKind.TERM, "accuracy → 准确率")]),  # code holds no translation
        ("Call ⟦1⟧ here.", "在这里调用⟦1⟧。", []),  # a term inside a placeholder is not searched
    ],
)
def test_a_term_must_be_rendered_as_the_glossary_says(source, translation, expected):
    found = term_findings(TermFinder(GLOSSARY), source, translation)
    assert [(f.kind, str(f.detail)) for f in found] == expected
    assert not any(f.is_error for f in found)  # warnings: the reviewer decides


def test_english_targets_match_by_stem():
    finder = TermFinder([TermEntry("鞍点", ("saddle point",))])
    assert term_findings(finder, "鞍点很少见。", "Saddle points are rare.") == []
    assert [f.kind for f in term_findings(finder, "鞍点很少见。", "Critical points are rare.")] == [FindingKind.TERM]


def test_amts_qa_lists_placeholders_numbers_and_terms_of_finals_and_drafts(demo_store, capsys):
    save_terms(demo_store, GLOSSARY)
    project = str(demo_store.path)
    assert main(["qa", project, "--chapter", "temperature-scaling.md", "--json"]) == 0
    items = json.loads(capsys.readouterr().out)
    term = [i for i in items if i["kind"] == "term not translated as the glossary says"]
    assert {(i["segment"], i["of"], i["detail"]) for i in term} == {
        (8, "draft", "accuracy → 准确率"),
        (23, "draft", "accuracy → 准确率"),
    }
    assert all(not i["error"] for i in term)
    assert main(["qa", project]) == 0
    out = capsys.readouterr().out
    assert (
        "temperature-scaling.md #8 (draft): warning: term not translated as the glossary says: accuracy → 准确率" in out
    )
    assert out.strip().splitlines()[-1].startswith(f"{len(items)} findings")
